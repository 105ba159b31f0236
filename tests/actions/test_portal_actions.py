"""Portal actions against the emulator: the session's flow, locale and configuration,
the URL opened (caught by a URL handler) and shown with Copy, the demo portal's forms,
and the incremental sync that shows the change."""

from __future__ import annotations

import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from desktop_app.audit import AuditLog
from desktop_app.portal import PortalFlow
from desktop_app.redaction import contains_secret
from tests.actions.conftest import pick, portal_posts, posts, row_of, tick_clock
from tests.actions.helpers import RefreshWatch, make_controller, with_configuration
from tests.url_catcher import UrlCatcher
from ui.portal_dialog import PortalDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    c = UrlCatcher()
    c.install()
    yield c
    c.uninstall()


def _customer(emu: Any, customer_id: str) -> dict[str, Any]:
    with emu.lock:
        return dict(emu.state.customers[customer_id])


def _open(qtbot: Any, controller: Any, sub_id: str, flow: PortalFlow) -> PortalDialog:
    controller.set_current(sub_id)
    dialog = controller.open_portal(sub_id, flow)
    assert isinstance(dialog, PortalDialog)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sessionOpened, timeout=10000):
        pass  # the session is created on a worker; its result arrives in this wait
    return dialog


def _running(row: Any) -> bool:
    return row.display_status.value == "active" and not row.collection_paused


def test_each_flow_sends_its_flow_locale_and_configuration(
    qtbot: Any, emu: Any, api: Any, store: Any, catcher: UrlCatcher
) -> None:
    controller = make_controller(api, store, app_language="sv")
    configs = {c.name: c for c in controller.ctx.configurations}  # type: ignore[union-attr]
    default, self_service = configs["Default"], configs["Self-service (no cancellations)"]
    row = pick(store, _running)
    locales = _customer(emu, row.customer_id).get("preferred_locales") or []
    expected_locale = locales[0].split("-")[0] if locales else "sv"
    emu.clear_request_log()

    cases = [
        (PortalFlow.PAYMENT_METHOD_UPDATE, None, "payment_method_update"),
        (PortalFlow.MANAGE, self_service.id, None),
        (PortalFlow.CANCEL, None, "subscription_cancel"),
    ]
    for number, (flow, config_id, flow_type) in enumerate(cases, start=1):
        with_configuration(controller, config_id)
        dialog = _open(qtbot, controller, row.id, flow)
        sent = portal_posts(emu)
        assert len(sent) == number
        form = sent[-1].form
        assert form["customer"] == [row.customer_id]
        assert form["locale"][0].startswith(expected_locale)
        assert form.get("configuration") == ([config_id] if config_id else None)
        assert form.get("flow_data[type]") == ([flow_type] if flow_type else None)
        if flow is PortalFlow.CANCEL:
            assert form["flow_data[subscription_cancel][subscription]"] == [row.id]
        # the return URL: the configuration's default when it has one, else the Dashboard
        chosen = self_service if config_id else default
        expected_return = chosen.default_return_url or (
            f"https://dashboard.stripe.com/test/subscriptions/{row.id}"
        )
        assert form["return_url"] == [expected_return]
        # opened in the "browser" and shown, selectable, with Copy
        url = catcher.urls[-1]
        assert url.startswith(f"{emu.base_url}/p/session/")
        assert len(catcher.urls) == number
        assert dialog.url_field.text() == url
        assert dialog.url_field.isVisible()
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == url
        dialog.close()
        assert dialog.url_field.text() == ""  # the secret is dropped with the dialog

    entries = AuditLog().read()
    assert [e.flow for e in entries] == [
        "subscription_cancel",
        "manage",
        "payment_method_update",
    ]
    assert all(e.subscription == row.id and e.customer == row.customer_id for e in entries)
    text = AuditLog().path.read_text()
    assert "/p/session/" not in text
    assert emu.api_key not in text
    assert not contains_secret(text)


def test_disabled_feature_is_explained_and_nothing_is_sent(
    qtbot: Any, emu: Any, api: Any, store: Any, catcher: UrlCatcher
) -> None:
    controller = make_controller(api, store)
    configs = {c.name: c for c in controller.ctx.configurations}  # type: ignore[union-attr]
    row = pick(store, _running)
    emu.clear_request_log()
    # the default configuration has plan changes turned off
    dialog = controller.open_portal(row.id, PortalFlow.CHANGE_PLAN)
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        pass
    assert "Change plan" in dialog.status.text()
    assert "turned off" in dialog.status.text()
    # the self-service configuration has cancellations turned off
    with_configuration(controller, configs["Self-service (no cancellations)"].id)
    dialog = controller.open_portal(row.id, PortalFlow.CANCEL)
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        pass
    assert "Cancel subscriptions" in dialog.status.text()
    assert portal_posts(emu) == []
    assert catcher.urls == []


def _session_secret(url: str) -> str:
    match = re.search(r"/p/session/([A-Za-z0-9_-]+)", url)
    assert match
    return match.group(1)


def _submit(base: str, secret: str, action: str, fields: dict[str, str]) -> str:
    body = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(  # noqa: S310 - the emulator on 127.0.0.1
        f"{base}/p/session/{secret}/{action}", data=body, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return str(response.read().decode())


@pytest.mark.slow
def test_demo_portal_card_change_and_cancel_show_after_incremental_sync(
    qtbot: Any, emu: Any, api: Any, store: Any, catcher: UrlCatcher
) -> None:
    tick_clock(emu)
    controller = make_controller(api, store)
    row = pick(store, lambda r: _running(r) and r.customer_id)
    before = store.subscription_detail(row.id)
    old_last4 = before.payment_method.last4 if before.payment_method else None
    new_card, new_last4 = (
        ("5555555555554444", "4444") if old_last4 != "4444" else ("378282246310005", "0005")
    )

    _open(qtbot, controller, row.id, PortalFlow.PAYMENT_METHOD_UPDATE)
    secret = _session_secret(catcher.urls[-1])
    with urllib.request.urlopen(catcher.urls[-1], timeout=10) as page:  # noqa: S310
        assert "Payment method" in page.read().decode()
    assert new_last4 in _submit(emu.base_url, secret, "payment_method", {"card": new_card})
    assert "Cancels on" in _submit(emu.base_url, secret, "cancel", {"subscription": row.id})

    emu.clear_request_log()
    watch = RefreshWatch(controller)
    controller.refresh()
    assert watch.wait(qtbot).kind == "incremental"
    assert not any(r.path == "/v1/subscriptions" for r in emu.request_log)  # no full listing
    after = store.subscription_detail(row.id)
    assert after.payment_method is not None
    assert after.payment_method.last4 == new_last4
    assert row_of(store, row.id).display_status.value == "canceling"
    # the controller re-read the row: Renew is now offered, cancel is not
    assert controller.write_actions[controller_kind("renew")].isEnabled()
    assert not controller.write_actions[controller_kind("cancel")].isEnabled()
    assert posts(emu) == []  # refreshing wrote nothing


def controller_kind(name: str) -> Any:
    from desktop_app.confirmations import ConfirmKind

    return ConfirmKind(name)


def test_closing_the_dialog_before_the_link_arrives_opens_nothing(
    qtbot: Any, emu: Any, api: Any, store: Any, catcher: UrlCatcher
) -> None:
    controller = make_controller(api, store)
    row = pick(store, _running)
    controller.set_current(row.id)
    dialog = controller.open_portal(row.id, PortalFlow.MANAGE)
    assert isinstance(dialog, PortalDialog)
    qtbot.addWidget(dialog)
    dialog.reject()  # before the worker's answer is delivered to the GUI thread
    with qtbot.waitSignal(dialog.sessionOpened, timeout=10000):
        pass
    assert catcher.urls == []
    assert dialog.url_field.text() == ""
    assert AuditLog().read()[0].action == "portal_session"  # it was created: recorded
