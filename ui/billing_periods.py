"""Billing periods in the user's language: Monthly, Yearly, Every 3 months.

The core keeps Stripe's ``recurring.interval`` and ``interval_count`` on each row (and
an English label for the CLI and CSV); the window writes the period with these words,
plural forms included (``%n``: Dutch and Swedish have two, and English has its own
plural-only catalogue, so "Every 3 months" rather than "Every 3 month(s)").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.periods import billing_period_label
from desktop_app.store.rows import SubscriptionRow
from ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "BillingPeriod"

_EVERY_ONE: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("BillingPeriod", "Daily"),
    "week": QT_TRANSLATE_NOOP("BillingPeriod", "Weekly"),
    "month": QT_TRANSLATE_NOOP("BillingPeriod", "Monthly"),
    "year": QT_TRANSLATE_NOOP("BillingPeriod", "Yearly"),
}


def period_label(interval: str | None, count: int | None = 1) -> str:
    """Stripe's interval and count as a billing period; "" for a one-off price.

    An interval Stripe adds later shows in English, as the core writes it."""
    if interval is None:
        return ""
    n = max(1, count or 1)
    if n == 1 and interval in _EVERY_ONE:
        return QCoreApplication.translate(CONTEXT, _EVERY_ONE[interval])
    if interval == "day":
        return QCoreApplication.translate("BillingPeriod", "Every %n day(s)", None, n)
    if interval == "week":
        return QCoreApplication.translate("BillingPeriod", "Every %n week(s)", None, n)
    if interval == "month":
        return QCoreApplication.translate("BillingPeriod", "Every %n month(s)", None, n)
    if interval == "year":
        return QCoreApplication.translate("BillingPeriod", "Every %n year(s)", None, n)
    return billing_period_label(interval, n)


def row_period_label(row: SubscriptionRow) -> str:
    """A table row's period; rows without Stripe's interval keep the core's label."""
    if row.interval:
        return period_label(row.interval, row.interval_count)
    return row.interval_label or ""
