"""Confirmation texts name the customer and the effect; live mode asks for more."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.actions import ActionTarget
from desktop_app.confirmations import ConfirmKind, build_confirmation
from desktop_app.pause import PauseBehavior

TARGET = ActionTarget(
    subscription_id="sub_123",
    customer_id="cus_9",
    customer_name="Sanne de Vries",
    plan_label="Pro",
    period_end=date(2026, 12, 1),
)


def test_pause_names_customer_behavior_and_resume_date() -> None:
    c = build_confirmation(
        ConfirmKind.PAUSE,
        TARGET,
        livemode=False,
        behavior=PauseBehavior.VOID,
        resumes_at=datetime(2027, 1, 15, tzinfo=UTC),
    )
    assert "Sanne de Vries" in c.text
    assert "sub_123" in c.text
    assert "void invoices" in c.text
    assert PauseBehavior.VOID.explanation in c.text
    assert "2027-01-15" in c.text
    assert not c.live
    assert c.typed_phrase is None
    assert c.accepts("")


def test_each_kind_states_its_effect() -> None:
    cancel = build_confirmation(ConfirmKind.CANCEL, TARGET, livemode=False)
    assert "will end on 2026-12-01" in cancel.text
    renew = build_confirmation(ConfirmKind.RENEW, TARGET, livemode=False)
    assert "renews on 2026-12-01" in renew.text
    resume = build_confirmation(ConfirmKind.RESUME, TARGET, livemode=False)
    assert "will resume" in resume.text
    pause = build_confirmation(
        ConfirmKind.PAUSE, TARGET, livemode=False, behavior=PauseBehavior.KEEP_AS_DRAFT
    )
    assert "until you resume it" in pause.text
    with pytest.raises(ValueError, match="behavior"):
        build_confirmation(ConfirmKind.PAUSE, TARGET, livemode=False)


def test_live_mode_is_stronger_and_wants_the_name_typed() -> None:
    c = build_confirmation(ConfirmKind.CANCEL, TARGET, livemode=True)
    assert c.live
    assert c.title.startswith("LIVE")
    assert "real customer" in c.text
    assert c.typed_phrase == "Sanne de Vries"
    assert not c.accepts("")
    assert not c.accepts("Sanne")
    assert c.accepts(" sanne de vries ")


def test_live_mode_without_a_name_falls_back_to_email_then_id() -> None:
    anon = ActionTarget(subscription_id="sub_7", customer_id="cus_7")
    assert build_confirmation(ConfirmKind.RENEW, anon, livemode=True).typed_phrase == "sub_7"
    mail = ActionTarget(subscription_id="sub_7", customer_id="cus_7", customer_email="a@b.se")
    c = build_confirmation(ConfirmKind.RENEW, mail, livemode=True)
    assert c.typed_phrase == "a@b.se"
    assert "a@b.se" in c.text
