"""The confirmation a user reads before a write action: who, what, and the effect.

Built here, without Qt, so the wording is tested once and the CLI and the window say
the same thing. In live mode the wording is stronger and the window asks the user to
type the customer's name (``typed_phrase``: or what else names the customer, when the
name is blank, invisible or too short to read) before the action button is enabled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop_app.actions import ActionTarget
from desktop_app.pause import PauseBehavior
from desktop_app.text import day_text, mark, translate
from desktop_app.visible_text import comparable, label_text, typeable


class ConfirmKind(StrEnum):
    PAUSE = "pause"
    RESUME = "resume"
    CANCEL = "cancel"
    RENEW = "renew"


@dataclass(frozen=True)
class Confirmation:
    title: str
    text: str  # plain text, paragraphs separated by blank lines
    confirm_label: str
    live: bool
    typed_phrase: str | None = None  # live mode: what the user must type to confirm

    def accepts(self, typed: str) -> bool:
        """Whether ``typed`` unlocks the confirm button (always, outside live mode).
        Case, spacing, invisible characters and full-width forms do not count; nothing
        typed never unlocks it."""
        if self.typed_phrase is None:
            return True
        expected = comparable(self.typed_phrase)
        return bool(expected) and comparable(typed) == expected


LIVE_WARNING = mark(
    "Confirmations",
    "This is a LIVE account: the change applies at once to a real customer and real money.",
)


def _day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    return day_text(value)


def typed_phrase(target: ActionTarget, fallback: str) -> str:
    """What a live confirmation asks the user to type: the customer's name, else their
    e-mail, else the subscription ID (which the effect names) or the customer ID: the
    first that a person can read and type (``visible_text.typeable``: a blank,
    invisible, one- or two-letter or look-alike name does not count); if none can,
    ``fallback`` (the action's name)."""
    candidates = (
        target.customer_name,
        target.customer_email,
        target.subscription_id,
        target.customer_id,
    )
    for candidate in candidates:
        phrase = typeable(candidate)
        if phrase is not None:
            return phrase
    return fallback


def _subject(target: ActionTarget) -> str:
    customer, sub_id = target.customer_label, label_text(target.subscription_id)
    plan = label_text(target.plan_label)
    if plan:
        return translate("Confirmations", "{customer}’s subscription {plan} ({id})").format(
            customer=customer, plan=plan, id=sub_id
        )
    return translate("Confirmations", "{customer}’s subscription ({id})").format(
        customer=customer, id=sub_id
    )


def build_confirmation(
    kind: ConfirmKind,
    target: ActionTarget,
    *,
    livemode: bool,
    behavior: PauseBehavior | None = None,
    resumes_at: date | datetime | None = None,
) -> Confirmation:
    subject = _subject(target)
    period_end = _day(target.period_end)
    if kind is ConfirmKind.PAUSE:
        if behavior is None:
            raise ValueError("a pause confirmation needs the behavior")
        until = _day(resumes_at)
        when = (
            translate("Confirmations", "Collection resumes automatically on {date}.").format(
                date=until
            )
            if until
            else translate("Confirmations", "Collection stays paused until you resume it.")
        )
        title = translate("Confirmations", "Pause payment collection")
        paused = translate(
            "Confirmations", "Payment collection for {subject} will be paused: {behavior}."
        )
        stays = translate("Confirmations", "The subscription itself stays active.")
        effect = (
            f"{paused.format(subject=subject, behavior=behavior.label.lower())}\n\n"
            f"{behavior.explanation}\n\n{when} {stays}"
        )
        label = translate("Confirmations", "Pause collection")
    elif kind is ConfirmKind.RESUME:
        title = translate("Confirmations", "Resume payment collection")
        effect = translate(
            "Confirmations",
            "Payment collection for {subject} will resume: the next invoices are charged "
            "as usual. Invoices created while paused keep the state they are in.",
        ).format(subject=subject)
        label = translate("Confirmations", "Resume collection")
    elif kind is ConfirmKind.CANCEL:
        title = translate("Confirmations", "Cancel at period end")
        end = (
            translate("Confirmations", "{subject} will end on {date}.").format(
                subject=subject, date=period_end
            )
            if period_end
            else translate(
                "Confirmations", "{subject} will end at the end of the current period."
            ).format(subject=subject)
        )
        keeps = translate(
            "Confirmations",
            "The customer keeps the service until then and is not charged again. "
            "You can renew it before that date.",
        )
        effect = f"{end} {keeps}"
        label = translate("Confirmations", "Cancel at period end")
    else:
        title = translate("Confirmations", "Renew subscription")
        effect = (
            translate(
                "Confirmations",
                "The scheduled cancellation of {subject} will be undone: it renews on {date} "
                "and the customer is charged as usual.",
            ).format(subject=subject, date=period_end)
            if period_end
            else translate(
                "Confirmations",
                "The scheduled cancellation of {subject} will be undone: it renews "
                "and the customer is charged as usual.",
            ).format(subject=subject)
        )
        label = translate("Confirmations", "Renew")
    if not livemode:
        return Confirmation(title=title, text=effect, confirm_label=label, live=False)
    phrase = typed_phrase(target, label)
    typing = translate("Confirmations", "Type “{phrase}” to confirm.").format(phrase=phrase)
    return Confirmation(
        title=translate("Confirmations", "LIVE: {title}").format(title=title),
        text=f"{translate('Confirmations', LIVE_WARNING)}\n\n{effect}\n\n{typing}",
        confirm_label=label,
        live=True,
        typed_phrase=phrase,
    )
