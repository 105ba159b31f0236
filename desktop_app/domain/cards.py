"""Expired and expiring cards: the one rule the table, summary card, filter and CSV share.

A card is valid through the last day of its expiry month ("a card's expiry is the
end of its expiry month": ``exp_month``/``exp_year``, docs.stripe.com/api/cards/object
and docs.stripe.com/api/payment_methods/object#payment_method_object-card-exp_month).
Times are UTC, as everywhere in the cache.

* ``expired``: today is past the card's expiry month;
* ``expiring``: still valid today, but it lapses before the subscription's next
  payment (its renewal, or the end of its trial), so that payment will fail unless
  the card updater or the customer brings a new one;
* ``ok``: neither, or a method without an expiry (SEPA, bank accounts, Link...);
* ``none``: no payment method on file.

``card_alert_at`` is when a running subscription's card becomes a problem (the
"Card problem" filter): at once if it lapses before the next payment, else when
it lapses; never for an ended subscription (nothing more will be charged).
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from desktop_app.domain.status import DisplayStatus, NextBilling

# The start of time for "a problem already": before any cached time.
ALWAYS = datetime(1970, 1, 1, tzinfo=UTC)

_ENDED = frozenset({DisplayStatus.CANCELED, DisplayStatus.INCOMPLETE_EXPIRED})


class CardStatus(StrEnum):
    OK = "ok"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NONE = "none"


def valid_until(exp_month: int | None, exp_year: int | None) -> datetime | None:
    """The first instant after the card's expiry month (None: no usable expiry)."""
    if exp_month is None or exp_year is None or not 1 <= exp_month <= 12:
        return None
    if not 1900 <= exp_year <= 9998:
        return None
    if exp_month == 12:
        return datetime(exp_year + 1, 1, 1, tzinfo=UTC)
    return datetime(exp_year, exp_month + 1, 1, tzinfo=UTC)


def next_payment(nb: NextBilling | None) -> datetime | None:
    """When the subscription is next charged: its renewal or its trial's end."""
    if nb is None or nb.kind not in ("renews", "trial_ends"):
        return None
    return nb.at


def card_alert_at(
    until: datetime | None, payment: datetime | None, status: DisplayStatus
) -> datetime | None:
    """When this subscription's card becomes a problem (see the module's docstring)."""
    if until is None or status in _ENDED:
        return None
    if payment is not None and until <= payment:
        return ALWAYS
    return until


def card_status(
    has_method: bool, until: datetime | None, payment: datetime | None, now: datetime
) -> CardStatus:
    """The card status of a subscription's payment method at ``now``."""
    if not has_method:
        return CardStatus.NONE
    if until is None:
        return CardStatus.OK
    if until <= now:
        return CardStatus.EXPIRED
    if payment is not None and until <= payment:
        return CardStatus.EXPIRING
    return CardStatus.OK
