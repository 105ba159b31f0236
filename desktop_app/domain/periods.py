"""Billing period labels ("Monthly", "Every 3 months") as data the UI can translate."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.models import Price, Subscription

_SINGULAR = {"day": "Daily", "week": "Weekly", "month": "Monthly", "year": "Yearly"}
_EVERY = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


@dataclass(frozen=True, slots=True)
class BillingPeriod:
    """``interval`` is Stripe's ``day``/``week``/``month``/``year`` (or a newer value)."""

    interval: str
    count: int = 1

    def english(self) -> str:
        return billing_period_label(self.interval, self.count)


def billing_period_label(interval: str, count: int = 1) -> str:
    """English label: ``Monthly``, ``Yearly``, ``Every 3 months``, ``Every 2 weeks``.

    Twelve months reads ``Every 12 months`` (it is what the price says); an
    unknown interval reads ``Every N <interval>``.
    """
    if count <= 1 and interval in _SINGULAR:
        return _SINGULAR[interval]
    plural = _EVERY.get(interval, interval)
    if count <= 1:
        return f"Every {interval}"
    return f"Every {count} {plural}"


def price_period(price: Price) -> BillingPeriod | None:
    if price.interval is None:
        return None
    return BillingPeriod(price.interval, max(1, price.interval_count))


def billing_period(sub: Subscription) -> BillingPeriod | None:
    """The period of the subscription's first recurring item (Stripe bills all items of
    a classic subscription on one period), or None without recurring items."""
    for item in sub.items:
        period = price_period(item.price)
        if period is not None:
            return period
    return None
