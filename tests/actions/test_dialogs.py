"""Confirmation, pause and audit dialogs on real widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.actions import ActionTarget
from desktop_app.audit import AuditAction, AuditLog
from desktop_app.confirmations import ConfirmKind, build_confirmation
from desktop_app.pause import PauseBehavior
from ui.audit_view import AuditView
from ui.confirm import ConfirmDialog
from ui.pause_dialog import PauseDialog, local_midnight_utc

pytestmark = pytest.mark.gui

TARGET = ActionTarget(
    subscription_id="sub_42",
    customer_id="cus_42",
    customer_name="Lars Nilsson",
    plan_label="Team",
    period_end=date(2026, 12, 31),
)


def test_test_mode_confirmation_is_enabled_and_cancel_is_default(qtbot: Any) -> None:
    dialog = ConfirmDialog(build_confirmation(ConfirmKind.CANCEL, TARGET, livemode=False))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Lars Nilsson" in dialog.panel.text.text()
    assert dialog.confirm_button.isEnabled()
    assert not dialog.panel.typed.isVisible()
    assert not dialog.panel.live_banner.isVisible()
    assert dialog.cancel_button.isDefault()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_live_confirmation_needs_the_customer_name(qtbot: Any) -> None:
    dialog = ConfirmDialog(build_confirmation(ConfirmKind.RENEW, TARGET, livemode=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.panel.live_banner.isVisible()
    assert dialog.panel.typed.isVisible()
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.panel.typed, "Lars")
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.panel.typed, " Nilsson")
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)


def test_pause_dialog_explains_each_behavior_and_the_resume_date(qtbot: Any) -> None:
    dialog = PauseDialog(TARGET, livemode=False, today=date(2026, 11, 21))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.behavior() is PauseBehavior.KEEP_AS_DRAFT
    assert dialog.resumes_at() is None
    for behavior in PauseBehavior:
        dialog.radios[behavior].click()
        assert dialog.behavior() is behavior
        text = dialog.panel.text.text()
        assert behavior.explanation in text
        assert "Lars Nilsson" in text
    assert "until you resume it" in dialog.panel.text.text()
    dialog.resume_check.click()
    assert dialog.resume_date.minimumDate().toString("yyyy-MM-dd") == "2026-11-22"
    dialog.resume_date.setDate(dialog.resume_date.minimumDate().addDays(10))
    assert "2026-12-02" in dialog.panel.text.text()
    assert dialog.resumes_at() == local_midnight_utc(date(2026, 12, 2))
    resumes = dialog.resumes_at()
    assert resumes is not None
    assert resumes.tzinfo is UTC
    assert resumes.astimezone().date() == date(2026, 12, 2)
    assert dialog.confirm_button.isEnabled()


def test_pause_dialog_in_live_mode_waits_for_the_name(qtbot: Any) -> None:
    dialog = PauseDialog(TARGET, livemode=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.panel.typed, "lars nilsson")
    assert dialog.confirm_button.isEnabled()
    dialog.radios[PauseBehavior.VOID].click()  # changing the choice keeps what was typed
    assert dialog.confirm_button.isEnabled()


def test_audit_view_lists_entries_newest_first(qtbot: Any) -> None:
    audit = AuditLog()
    audit.record(profile="acme", action=AuditAction.PAUSE_COLLECTION, subscription="sub_1")
    audit.record(profile="other", action=AuditAction.RENEW, subscription="sub_2", error="boom")
    view = AuditView(audit, profile="acme")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    table = view.table
    assert table.rowCount() == 1  # only this account by default
    assert table.item(0, 3).text() == "sub_1"
    assert table.item(0, 2).text() == "Collection paused"
    view.only_profile.setChecked(False)
    assert table.rowCount() == 2
    assert table.item(0, 3).text() == "sub_2"
    assert table.item(0, 6).text() == "Failed: boom"
    assert datetime.now(UTC).astimezone().strftime("%Y-%m-%d") in table.item(1, 0).text()
