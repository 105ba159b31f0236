"""Pause, resume, cancel at period end and renew from the window's controller against
the emulator: confirmations, what is sent, the audit log and the refreshed rows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool

from desktop_app.action_permissions import availability_from_permissions
from desktop_app.audit import AuditLog
from desktop_app.confirmations import ConfirmKind
from desktop_app.key_check import probe
from desktop_app.pause import PauseBehavior
from desktop_app.portal import PortalFlow
from desktop_app.stripe_api import StripeApi
from tests.actions.conftest import freeze_clock, pick, posts, row_of, tick_clock
from tests.actions.helpers import RefreshWatch, make_controller
from ui.confirm import ConfirmDialog
from ui.pause_dialog import PauseDialog

pytestmark = pytest.mark.gui


def _running(row: Any) -> bool:
    return row.display_status.value == "active" and not row.collection_paused


def _confirm(qtbot: Any, controller: Any, dialog: Any) -> tuple[str, str, bool, str]:
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    watch = RefreshWatch(controller)
    with qtbot.waitSignal(controller.actionFinished, timeout=10000) as done:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert done.args[2], f"the action failed: {done.args[3]}"
    result = watch.wait(qtbot)
    assert result.kind == "incremental"
    return tuple(done.args)  # type: ignore[return-value]


@pytest.mark.slow
def test_pause_with_each_behavior_and_resume_round_trip(
    qtbot: Any, emu: Any, api: Any, store: Any
) -> None:
    tick_clock(emu)
    controller = make_controller(api, store)
    row = pick(store, _running)
    controller.set_current(row.id)
    for behavior in PauseBehavior:
        dialog = controller.request(ConfirmKind.PAUSE, row.id)
        assert isinstance(dialog, PauseDialog)
        dialog.radios[behavior].click()
        resumes = behavior is PauseBehavior.VOID
        if resumes:
            dialog.resume_check.click()
        expected_day = dialog.resume_day()
        name, sub_id, ok, message = _confirm(qtbot, controller, dialog)
        assert (name, sub_id, ok, message) == ("pause_collection", row.id, True, "")
        cached = row_of(store, row.id)
        assert cached.collection_paused
        assert cached.pause_behavior == behavior.value
        assert cached.display_status.value == "active"  # the status itself stays
        with emu.lock:
            pause = emu.state.subscriptions[row.id]["pause_collection"]
        assert pause["behavior"] == behavior.value
        if resumes:
            assert expected_day is not None
            assert cached.pause_resumes_at is not None
            stamp = datetime.fromtimestamp(pause["resumes_at"], UTC)
            assert stamp.astimezone().date() == expected_day
        # resume clears it
        assert controller.write_actions[ConfirmKind.RESUME].isEnabled()
        resume = controller.request(ConfirmKind.RESUME, row.id)
        assert isinstance(resume, ConfirmDialog)
        assert row.customer_name in resume.panel.text.text()
        _confirm(qtbot, controller, resume)
        assert not row_of(store, row.id).collection_paused
        with emu.lock:
            assert emu.state.subscriptions[row.id]["pause_collection"] is None
    actions = [e.action for e in AuditLog().read()]
    assert actions == ["resume_collection", "pause_collection"] * 3
    assert AuditLog().read()[-1].details["behavior"] == "keep_as_draft"


@pytest.mark.slow
def test_cancel_at_period_end_then_renew(qtbot: Any, emu: Any, api: Any, store: Any) -> None:
    tick_clock(emu)
    controller = make_controller(api, store)
    row = pick(store, _running)
    controller.set_current(row.id)
    assert not controller.write_actions[ConfirmKind.RENEW].isEnabled()
    dialog = controller.request(ConfirmKind.CANCEL, row.id)
    assert isinstance(dialog, ConfirmDialog)
    assert "will end" in dialog.panel.text.text()
    _confirm(qtbot, controller, dialog)
    assert row_of(store, row.id).display_status.value == "canceling"
    assert controller.write_actions[ConfirmKind.RENEW].isEnabled()
    manage = controller.portal_actions[PortalFlow.MANAGE]
    assert "renew" in manage.text().lower()
    renew = controller.request(ConfirmKind.RENEW, row.id)
    assert isinstance(renew, ConfirmDialog)
    _confirm(qtbot, controller, renew)
    assert row_of(store, row.id).display_status.value == "active"
    with emu.lock:
        sub = emu.state.subscriptions[row.id]
        assert sub["cancel_at_period_end"] is False
        assert sub["cancel_at"] is None
    assert [e.action for e in AuditLog().read()] == ["renew", "cancel_at_period_end"]


def test_cancel_in_a_confirmation_sends_nothing(qtbot: Any, emu: Any, api: Any, store: Any) -> None:
    controller = make_controller(api, store)
    row = pick(store, _running)
    controller.set_current(row.id)
    emu.clear_request_log()
    for kind in (ConfirmKind.PAUSE, ConfirmKind.CANCEL):
        dialog = controller.request(kind, row.id)
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert row.customer_name in dialog.panel.text.text()  # type: ignore[attr-defined]
        with qtbot.waitSignal(dialog.rejected):
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    # had anything been started, it would be on the pool: wait for it, then check
    assert QThreadPool.globalInstance().waitForDone(10000)
    QCoreApplication.processEvents()
    assert posts(emu) == []
    assert AuditLog().read() == []


def test_live_mode_confirmation_wants_the_customer_name(
    qtbot: Any, emu: Any, api: Any, store: Any
) -> None:
    controller = make_controller(api, store, livemode=True)
    row = pick(store, lambda r: _running(r) and bool(r.customer_name))
    controller.set_current(row.id)
    dialog = controller.request(ConfirmKind.CANCEL, row.id)
    assert isinstance(dialog, ConfirmDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("LIVE")
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.panel.typed, row.customer_name)
    assert dialog.confirm_button.isEnabled()
    dialog.reject()


def test_restricted_key_without_write_shows_the_actions_disabled(
    qtbot: Any, emu: Any, store: Any
) -> None:
    key = "rk_test_FAKEreadonly000000000000"
    reads = {
        "rak_subscription_read",
        "rak_customer_read",
        "rak_invoice_read",
        "rak_product_read",
        "rak_plan_read",
        "rak_payment_method_read",
        "rak_event_read",
    }
    emu.add_key(key, permissions=reads | {"rak_customer_portal_write"})
    restricted = StripeApi(key, emu.base_url, budget_rps=500.0)
    controller = make_controller(restricted, store)
    row = pick(store, _running)
    controller.set_current(row.id)
    with qtbot.waitSignal(controller.stateChanged, timeout=10000):
        controller.probe(lambda: availability_from_permissions(probe(restricted)))
    reason = "This key can't change subscriptions (rak_subscription_write missing)."
    for kind in (ConfirmKind.PAUSE, ConfirmKind.CANCEL):
        action = controller.write_actions[kind]
        assert not action.isEnabled()
        assert action.toolTip() == reason
        assert controller.request(kind, row.id) is None
    assert controller.portal_actions[PortalFlow.PAYMENT_METHOD_UPDATE].isEnabled()
    assert not any(r.method == "POST" and r.path.endswith(row.id) for r in emu.request_log)


def test_a_403_during_an_action_disables_the_group(qtbot: Any, emu: Any, store: Any) -> None:
    key = "rk_test_FAKEnowrite0000000000000"
    emu.add_key(key, permissions={"rak_subscription_read", "rak_customer_read"})
    restricted = StripeApi(key, emu.base_url, budget_rps=500.0)
    controller = make_controller(restricted, store)
    row = pick(store, _running)
    controller.set_current(row.id)
    dialog = controller.request(ConfirmKind.CANCEL, row.id)
    assert isinstance(dialog, ConfirmDialog)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.actionFinished, timeout=10000) as done:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    name, _sub, ok, message = done.args
    assert (name, ok) == ("cancel_at_period_end", False)
    assert "rak_subscription_write" in message
    assert not controller.write_actions[ConfirmKind.PAUSE].isEnabled()
    assert "rak_subscription_write" in controller.write_actions[ConfirmKind.PAUSE].toolTip()
    entry = AuditLog().read()[0]
    assert (entry.action, entry.result) == ("cancel_at_period_end", "error")
    assert key not in AuditLog().path.read_text()


def test_two_changes_in_one_second_both_reach_the_cache(
    qtbot: Any, emu: Any, api: Any, store: Any
) -> None:
    freeze_clock(emu)
    controller = make_controller(api, store)
    row = pick(store, _running)
    controller.set_current(row.id)
    pause = controller.request(ConfirmKind.PAUSE, row.id)
    assert isinstance(pause, PauseDialog)
    _confirm(qtbot, controller, pause)
    assert row_of(store, row.id).collection_paused
    resume = controller.request(ConfirmKind.RESUME, row.id)
    assert isinstance(resume, ConfirmDialog)
    _confirm(qtbot, controller, resume)
    assert not row_of(store, row.id).collection_paused
