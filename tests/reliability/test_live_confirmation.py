"""In a live account, no write goes out without the explicit confirmation: the
customer's name typed in the dialog. Enter, a click on the (disabled) button, a
wrong or partial name, and Cancel send nothing; the exact name sends one request.
Through the window's actions controller, against the emulator's live-mode key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool

from desktop_app.audit import AuditLog
from desktop_app.confirmations import ConfirmKind
from desktop_app.emulator import Emulator, run_emulator
from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import run_sync
from tests.actions.helpers import make_controller

pytestmark = [pytest.mark.gui, pytest.mark.bad_input]


@pytest.fixture
def live() -> Iterator[tuple[Emulator, StripeApi]]:
    # the seeded live data has running, paused-collection and canceling subscriptions
    with run_emulator(seed=21, subscriptions=10, live_subscriptions=12) as emu:
        yield emu, StripeApi(emu.live_api_key, emu.base_url, budget_rps=500.0)


@pytest.fixture
def live_store(live: tuple[Emulator, StripeApi], tmp_path: Path) -> Iterator[Any]:
    _emu, api = live
    store = Store.open(tmp_path / "live.sqlite3")
    run_sync(api, store, full=True)
    assert store.meta.livemode is True
    yield store
    store.close()


def _row_for(store: Store, kind: ConfirmKind) -> Any:
    for row in store.query_subscriptions():
        status = row.display_status.value
        if kind is ConfirmKind.RESUME and row.collection_paused:
            return row
        if kind is ConfirmKind.RENEW and status == "canceling":
            return row
        if (
            kind in (ConfirmKind.PAUSE, ConfirmKind.CANCEL)
            and status == "active"
            and not row.collection_paused
        ):
            return row
    raise AssertionError(f"no live subscription for {kind}")


def _settle() -> None:
    """Had anything been started, it would be on the pool: let it finish."""
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()


def _posts(emu: Emulator) -> list[Any]:
    return [r for r in emu.request_log if r.method == "POST"]


@pytest.mark.parametrize("kind", list(ConfirmKind))
def test_no_live_write_without_the_typed_name(
    qtbot: Any, live: tuple[Emulator, StripeApi], live_store: Store, kind: ConfirmKind
) -> None:
    emu, api = live
    controller = make_controller(api, live_store, livemode=True, profile="Acme live")
    row = _row_for(live_store, kind)
    controller.set_current(row.id)
    emu.clear_request_log()

    dialog = controller.request(kind, row.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    panel: Any = dialog.panel  # type: ignore[attr-defined]
    phrase = panel.confirmation.typed_phrase
    assert phrase  # live mode always asks for a name (or e-mail, or ID)
    button = dialog.confirm_button  # type: ignore[attr-defined]
    assert "live" in (dialog.windowTitle() + panel.text.text()).lower()  # says it is live

    # Enter, a click on the disabled button, partial and wrong names: nothing is sent
    qtbot.keyClick(panel.typed, Qt.Key.Key_Return)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for attempt in (phrase[:-1], phrase + "x", "Someone Else AB", " "):
        panel.typed.setText(attempt)
        assert not button.isEnabled()
        qtbot.keyClick(panel.typed, Qt.Key.Key_Return)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle()
    assert _posts(emu) == []
    assert AuditLog().read() == []

    # the exact name: one request, one audit entry
    panel.typed.setText(phrase)
    assert button.isEnabled()
    with qtbot.waitSignal(controller.actionFinished, timeout=10_000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert done.args[2], done.args[3]
    _settle()
    assert len(_posts(emu)) == 1
    (entry,) = AuditLog().read()
    assert (entry.subscription, entry.result, entry.details["mode"]) == (row.id, "ok", "live")


def test_cancelling_the_live_dialog_sends_nothing(
    qtbot: Any, live: tuple[Emulator, StripeApi], live_store: Store
) -> None:
    emu, api = live
    controller = make_controller(api, live_store, livemode=True)
    row = _row_for(live_store, ConfirmKind.CANCEL)
    controller.set_current(row.id)
    emu.clear_request_log()
    dialog = controller.request(ConfirmKind.CANCEL, row.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.panel.typed.setText(dialog.panel.confirmation.typed_phrase)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _settle()
    assert not dialog.isVisible()
    assert _posts(emu) == []


# A customer edits their own name and e-mail in the customer portal
# (features.customer_update.allowed_updates: name, email, phone; "The Customer portal
# configuration object", https://docs.stripe.com/api/customer_portal/configurations/object),
# and Stripe sends the change as a customer.updated event ("Types of events",
# https://docs.stripe.com/api/events/types): the next sync brings it to the window.
HOSTILE_HTML = '<b>Nothing will change…</b><span style="font-size:1px">'
UNREADABLE = {
    "spaces": ("   ", "   "),
    "zero-width": ("\u200b\u200d\ufeff", "\u2060"),
    "bidi-override": ("\u202e \u2066", "\u202d\u2069"),
    "two-letters": ("Li", "a@b"),
}


def _customer_renamed(
    emu: Emulator, api: StripeApi, store: Store, kind: ConfirmKind, **fields: str
) -> Any:
    row = _row_for(store, kind)
    assert row.customer_id
    emu.update_customer(row.customer_id, livemode=True, **fields)
    run_sync(api, store)  # the incremental sync, from the customer.updated event
    return row


@pytest.mark.parametrize("case", list(UNREADABLE))
@pytest.mark.parametrize("kind", [ConfirmKind.CANCEL, ConfirmKind.PAUSE])
def test_an_unreadable_name_never_unlocks_a_live_write_with_nothing_typed(
    qtbot: Any, live: tuple[Emulator, StripeApi], live_store: Store, kind: ConfirmKind, case: str
) -> None:
    emu, api = live
    name, email = UNREADABLE[case]
    row = _customer_renamed(emu, api, live_store, kind, name=name, email=email)
    controller = make_controller(api, live_store, livemode=True, profile="Acme live")
    controller.set_current(row.id)
    emu.clear_request_log()

    dialog: Any = controller.request(kind, row.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    panel, button = dialog.panel, dialog.confirm_button
    for typed in ("", " ", name, email):  # nothing, or what cannot be read
        panel.typed.setText(typed)
        assert not button.isEnabled(), repr(typed)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(panel.typed, Qt.Key.Key_Return)
    _settle()
    assert _posts(emu) == []
    assert AuditLog().read() == []
    # neither name nor e-mail can be read: the subscription ID, which the effect names
    assert panel.confirmation.typed_phrase == row.id
    assert f"Type “{row.id}” to confirm." in panel.text.text()


def test_the_live_confirmation_shows_a_hostile_name_as_written(
    qtbot: Any, live: tuple[Emulator, StripeApi], live_store: Store
) -> None:
    emu, api = live
    row = _customer_renamed(emu, api, live_store, ConfirmKind.CANCEL, name=HOSTILE_HTML)
    controller = make_controller(api, live_store, livemode=True, profile="Acme live")
    controller.set_current(row.id)
    dialog: Any = controller.request(ConfirmKind.CANCEL, row.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    label = dialog.panel.text
    assert label.textFormat() == Qt.TextFormat.PlainText  # what is shown is the text itself
    assert f"{HOSTILE_HTML}’s subscription" in label.text()
    assert "will end" in label.text()
    assert dialog.panel.confirmation.typed_phrase == HOSTILE_HTML
    assert not dialog.confirm_button.isEnabled()
    dialog.panel.typed.setText(HOSTILE_HTML)
    assert dialog.confirm_button.isEnabled()
