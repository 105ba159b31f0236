"""The actions in the main window (demo mode): the summary card's portal button opens
the portal, the demo portal replaces the card, and a refresh shows it; the Actions
menu and the table's context menu carry the actions; exports use the CLI's writer."""

from __future__ import annotations

import csv
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.audit import AuditLog
from tests.actions.conftest import tick_clock
from tests.ui.conftest import demo_window, emulator_of  # noqa: F401 - fixture
from tests.url_catcher import UrlCatcher
from ui.window_actions import WindowActions, install_actions

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    c = UrlCatcher()
    c.install()
    yield c
    c.uninstall()


def _actions(window: Any) -> WindowActions:
    existing = getattr(window, "account_actions", None)
    return existing if isinstance(existing, WindowActions) else install_actions(window)


def _select(qtbot: Any, window: Any, predicate: Any) -> Any:
    for row in window.model.rows():
        if predicate(row):
            with qtbot.waitSignal(window.detailShown, timeout=10_000):
                assert window.table.select_id(row.id)
            return row
    pytest.fail("the demo data has no such subscription")


def test_past_due_card_to_portal_to_new_card_after_refresh(
    qtbot: Any,
    demo_window: Any,  # noqa: F811
    catcher: UrlCatcher,
) -> None:
    window = demo_window
    actions = _actions(window)
    emu = emulator_of(window)
    tick_clock(emu)
    row = _select(qtbot, window, lambda r: r.display_status.value == "past_due")
    assert window.card.portal_button.isVisibleTo(window.card)
    qtbot.mouseClick(window.card.portal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(catcher.urls), timeout=10_000)
    url = catcher.urls[-1]
    assert url.startswith(f"{emu.base_url}/p/session/")
    dialog = actions.controller.dialog
    assert dialog is not None
    assert dialog.url_field.text() == url  # type: ignore[attr-defined]
    sessions = [r for r in emu.request_log if r.path == "/v1/billing_portal/sessions"]
    assert sessions[-1].form["flow_data[type]"] == ["payment_method_update"]
    assert sessions[-1].form["customer"] == [row.customer_id]
    dialog.close()

    secret = re.search(r"/p/session/([A-Za-z0-9_-]+)", url)
    assert secret
    body = urllib.parse.urlencode({"card": "378282246310005"}).encode()
    request = urllib.request.Request(  # noqa: S310 - the emulator on 127.0.0.1
        f"{emu.base_url}/p/session/{secret.group(1)}/payment_method", data=body, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as page:  # noqa: S310
        assert "0005" in page.read().decode()

    with qtbot.waitSignal(window.syncCompleted, timeout=30_000):
        window.header.refresh_action.trigger()
    qtbot.waitUntil(lambda: "0005" in window.card.field_text("payment_method"), timeout=10_000)
    entry = AuditLog().read()[0]
    assert (entry.action, entry.subscription) == ("portal_session", row.id)


def test_menus_carry_the_actions_and_reasons(
    qtbot: Any,
    demo_window: Any,  # noqa: F811
) -> None:
    window = demo_window
    actions = _actions(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert any("Actions" in t for t in titles)
    _select(
        qtbot,
        window,
        lambda r: r.display_status.value == "active" and not r.collection_paused,
    )
    controller = actions.controller
    menu = actions.context_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Pause collection…" in texts
    assert "Update payment method…" in texts
    from desktop_app.confirmations import ConfirmKind

    assert controller.write_actions[ConfirmKind.PAUSE].isEnabled()
    assert not controller.write_actions[ConfirmKind.RESUME].isEnabled()
    assert controller.write_actions[ConfirmKind.RESUME].toolTip() == "Collection is not paused."
    menu.deleteLater()


def test_export_collection_paused_in_one_click(
    qtbot: Any,
    demo_window: Any,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.export_actions as export_actions

    window = demo_window
    actions = _actions(window)
    target = tmp_path / "paused.csv"
    monkeypatch.setattr(export_actions, "choose_save_path", lambda *_a: target)
    actions._sync_session()
    with qtbot.waitSignal(actions.exports.exported, timeout=10_000) as done:
        actions.exports.paused_action.trigger()
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    emu = emulator_of(window)
    with emu.lock:
        expected = {
            s["id"]
            for s in emu.state.subscriptions.values()
            if s["pause_collection"] and s["status"] not in ("canceled", "incomplete_expired")
        }
    assert done.args[0] == len(rows)
    assert {r["subscription_id"] for r in rows} == expected
    assert all(r["collection_paused_behavior"] for r in rows)
