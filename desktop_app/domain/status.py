"""Derived state of a subscription: display status, collection pause, next billing date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from desktop_app.domain.models import PauseCollection, Subscription


class DisplayStatus(StrEnum):
    """What the status badge says. Declaration order is the sort order of the column."""

    ACTIVE = "active"
    TRIALING = "trialing"
    CANCELING = "canceling"
    CANCELED = "canceled"
    PAST_DUE = "past_due"
    UNPAID = "unpaid"
    PAUSED = "paused"
    INCOMPLETE = "incomplete"
    INCOMPLETE_EXPIRED = "incomplete_expired"
    UNKNOWN = "unknown"


STATUS_ORDER: dict[DisplayStatus, int] = {s: i for i, s in enumerate(DisplayStatus)}

ENGLISH_STATUS_LABELS: dict[DisplayStatus, str] = {
    DisplayStatus.ACTIVE: "Active",
    DisplayStatus.TRIALING: "Trialing",
    DisplayStatus.CANCELING: "Canceling",
    DisplayStatus.CANCELED: "Canceled",
    DisplayStatus.PAST_DUE: "Past due",
    DisplayStatus.UNPAID: "Unpaid",
    DisplayStatus.PAUSED: "Paused",
    DisplayStatus.INCOMPLETE: "Incomplete",
    DisplayStatus.INCOMPLETE_EXPIRED: "Incomplete expired",
    DisplayStatus.UNKNOWN: "Unknown",
}

KNOWN_RAW_STATUSES = frozenset(
    {
        "active",
        "trialing",
        "canceled",
        "past_due",
        "unpaid",
        "paused",
        "incomplete",
        "incomplete_expired",
    }
)

_ENDED = frozenset({DisplayStatus.CANCELED, DisplayStatus.INCOMPLETE_EXPIRED})

# Statuses that can still turn into "Canceling" (a subscription that is running).
_CAN_BE_CANCELING = frozenset({"active", "trialing"})


def is_canceling(sub: Subscription) -> bool:
    """Set to end: ``cancel_at_period_end``, or ``cancel_at`` set while not ended yet."""
    if sub.status not in _CAN_BE_CANCELING or sub.ended_at is not None:
        return False
    return sub.cancel_at_period_end or sub.cancel_at is not None


def display_status(sub: Subscription) -> DisplayStatus:
    """The one badge a subscription shows.

    Precedence, first match wins: Canceled, Incomplete expired, Incomplete, Unpaid,
    Past due, Paused (these are Stripe's raw statuses: payment trouble outranks a
    pending cancellation), then Canceling (an active or trialing subscription set
    to end), Trialing, Active; any other raw value is Unknown. A subscription
    whose ``ended_at`` is set is Canceled whatever the status says.
    Paused *collection* is not a status: see ``collection_pause``.
    """
    raw = sub.status
    if raw == "incomplete_expired":  # Stripe sets ended_at on these too
        return DisplayStatus.INCOMPLETE_EXPIRED
    if raw == "canceled" or (sub.ended_at is not None and raw in KNOWN_RAW_STATUSES):
        return DisplayStatus.CANCELED
    if raw not in KNOWN_RAW_STATUSES:
        return DisplayStatus.UNKNOWN
    if raw in {"incomplete_expired", "incomplete", "unpaid", "past_due", "paused"}:
        return DisplayStatus(raw)
    if is_canceling(sub):
        return DisplayStatus.CANCELING
    return DisplayStatus(raw)


def collection_pause(sub: Subscription) -> PauseCollection | None:
    """The collection pause (behavior, resume date) in force, or None.

    Independent of the status: a paused-collection subscription stays ``active``.
    An ended subscription (Canceled, Incomplete expired) collects nothing, so a
    leftover pause is not shown.
    """
    if sub.pause_collection is None or display_status(sub) in _ENDED:
        return None
    return sub.pause_collection


def is_collection_paused(sub: Subscription) -> bool:
    return collection_pause(sub) is not None


NextBillingKind = Literal["renews", "trial_ends", "ends"]


@dataclass(frozen=True, slots=True)
class NextBilling:
    """When the subscription next bills (``renews``), its trial ends, or it ``ends``."""

    kind: NextBillingKind
    at: datetime

    @property
    def date(self) -> date:
        """The UTC calendar date of ``at`` (what tables and the CSV show)."""
        return self.at.date()


def current_period_end(sub: Subscription) -> datetime | None:
    """The nearest item period end, else the legacy subscription-level period end."""
    ends = [item.current_period_end for item in sub.items if item.current_period_end]
    if ends:
        return min(ends)
    return sub.current_period_end


def next_billing(sub: Subscription) -> NextBilling | None:
    """The date the next-billing column shows.

    * Canceled, Incomplete expired, Incomplete, Paused, Unknown: None (nothing is
      scheduled to bill).
    * Canceling: ``ends`` at ``cancel_at``, else at the end of the current period
      (the trial end while trialing).
    * Trialing: ``trial_ends`` at ``trial_end``.
    * Active, Past due, Unpaid: ``renews`` at the nearest item period end (legacy:
      the subscription's period end).
    """
    status = display_status(sub)
    if status is DisplayStatus.CANCELING:
        trial_end = sub.trial_end if sub.status == "trialing" else None
        end = sub.cancel_at or current_period_end(sub) or trial_end
        return NextBilling("ends", end) if end else None
    if status is DisplayStatus.TRIALING:
        at = sub.trial_end or current_period_end(sub)
        return NextBilling("trial_ends", at) if at else None
    if status in {DisplayStatus.ACTIVE, DisplayStatus.PAST_DUE, DisplayStatus.UNPAID}:
        at = current_period_end(sub)
        return NextBilling("renews", at) if at else None
    return None
