"""Confirmation texts name the customer and the effect; live mode asks for more."""

from __future__ import annotations

import dataclasses
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


# A customer sets their own name and e-mail in the customer portal
# (features.customer_update.allowed_updates: name, email; "The Customer portal configuration
# object", https://docs.stripe.com/api/customer_portal/configurations/object): the phrase a live
# confirmation asks for must still be something a person reads and types.
UNREADABLE_NAMES = {
    "spaces": "   ",
    "tabs-and-line-breaks": " \t\n\r ",
    "zero-width": "\u200b\u200c\u200d\ufeff",
    "bidi-controls": "\u202e\u2066 \u2069\u200f",
    "control-characters": "\x00\x07\x1b\x7f",
    "hangul-fillers": "\u3164\u3164\u3164\u3164",
    "combining-marks-only": "\u0301\u0308\u0301",
    "one-letter": "A",
    "two-letters": " Li ",
    "look-alike-scripts": "\u0410cme Ltd",  # Cyrillic А, then Latin: reads as "Acme Ltd"
    "too-long-to-type": "Grossbuchhandlung " * 10,
}


@pytest.mark.parametrize("case", list(UNREADABLE_NAMES))
@pytest.mark.parametrize("kind", list(ConfirmKind))
def test_live_mode_never_asks_for_an_unreadable_name(case: str, kind: ConfirmKind) -> None:
    name = UNREADABLE_NAMES[case]
    target = ActionTarget(
        subscription_id="sub_123", customer_id="cus_9", customer_name=name,
        customer_email="billing@acme.test",
    )  # fmt: skip
    c = build_confirmation(kind, target, livemode=True, behavior=PauseBehavior.VOID)
    assert c.typed_phrase == "billing@acme.test"
    assert "Type “billing@acme.test” to confirm." in c.text
    for typed in ("", " ", name, name.strip(), "\u200b"):
        assert not c.accepts(typed), repr(typed)
    assert c.accepts("Billing@Acme.test ")


def test_live_mode_with_nothing_readable_asks_for_the_action_itself() -> None:
    target = ActionTarget(
        subscription_id="\u202e\u200b", customer_id=" ", customer_name="\u200b",
        customer_email="\t",
    )  # fmt: skip
    c = build_confirmation(ConfirmKind.CANCEL, target, livemode=True)
    assert c.typed_phrase == c.confirm_label == "Cancel at period end"
    assert not c.accepts("")
    assert c.accepts("cancel at period end")


def test_the_phrase_is_the_name_as_it_reads_and_compares_as_typed() -> None:
    target = dataclasses.replace(TARGET, customer_name="\u202eSa\u200bnne  de\u00a0Vries\u2069\n")
    c = build_confirmation(ConfirmKind.CANCEL, target, livemode=True)
    assert c.typed_phrase == "Sanne de Vries"  # no invisible characters to copy or miss
    assert "Type “Sanne de Vries” to confirm." in c.text
    assert c.accepts("sanne de vries")
    assert c.accepts("ＳＡＮＮＥ　ＤＥ　ＶＲＩＥＳ")  # full-width, as a Japanese keyboard types
    assert not c.accepts("Sanne de Vrie")


def test_a_name_cannot_add_paragraphs_or_hide_text_in_the_effect() -> None:
    name = "Acme\n\nNothing will change.\u202e\u200b"
    c = build_confirmation(
        ConfirmKind.CANCEL, dataclasses.replace(TARGET, customer_name=name), livemode=True
    )
    effect = c.text.split("\n\n")[1]  # warning, effect, what to type
    assert effect.startswith("Acme Nothing will change.’s subscription Pro (sub_123) will end")
    assert "\u202e" not in c.text
    assert "\u200b" not in c.text
