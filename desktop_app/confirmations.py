"""The confirmation a user reads before a write action: who, what, and the effect.

Built here, without Qt, so the wording is tested once and the CLI and the window say
the same thing. In live mode the wording is stronger and the window asks the user to
type the customer's name (``typed_phrase``) before the action button is enabled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop_app.actions import ActionTarget
from desktop_app.pause import PauseBehavior


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
        """Whether ``typed`` unlocks the confirm button (always, outside live mode)."""
        if self.typed_phrase is None:
            return True
        return typed.strip().casefold() == self.typed_phrase.strip().casefold()


LIVE_WARNING = (
    "This is a LIVE account: the change applies at once to a real customer and real money."
)


def _day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def _subject(target: ActionTarget) -> str:
    plan = f" {target.plan_label}" if target.plan_label else ""
    return f"{target.customer_label}’s subscription{plan} ({target.subscription_id})"


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
            f"Collection resumes automatically on {until}."
            if until
            else "Collection stays paused until you resume it."
        )
        title = "Pause payment collection"
        effect = (
            f"Payment collection for {subject} will be paused: {behavior.label.lower()}.\n\n"
            f"{behavior.explanation}\n\n{when} The subscription itself stays active."
        )
        label = "Pause collection"
    elif kind is ConfirmKind.RESUME:
        title = "Resume payment collection"
        effect = (
            f"Payment collection for {subject} will resume: the next invoices are charged "
            "as usual. Invoices created while paused keep the state they are in."
        )
        label = "Resume collection"
    elif kind is ConfirmKind.CANCEL:
        title = "Cancel at period end"
        end = f"on {period_end}" if period_end else "at the end of the current period"
        effect = (
            f"{subject} will end {end}. The customer keeps the service until then and is "
            "not charged again. You can renew it before that date."
        )
        label = "Cancel at period end"
    else:
        title = "Renew subscription"
        renews = f" on {period_end}" if period_end else ""
        effect = (
            f"The scheduled cancellation of {subject} will be undone: it renews{renews} "
            "and the customer is charged as usual."
        )
        label = "Renew"
    if not livemode:
        return Confirmation(title=title, text=effect, confirm_label=label, live=False)
    phrase = target.customer_name or target.customer_email or target.subscription_id
    return Confirmation(
        title=f"LIVE: {title}",
        text=f"{LIVE_WARNING}\n\n{effect}\n\nType “{phrase}” to confirm.",
        confirm_label=label,
        live=True,
        typed_phrase=phrase,
    )
