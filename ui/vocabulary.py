"""The billing words the window shows for Stripe's values, translated.

Subscription statuses (``DisplayStatus`` values), the collection-paused flag,
invoice statuses, pause behaviours and billing periods. The tables hold
``QT_TRANSLATE_NOOP`` markers with an explicit context, so lupdate files each word
under the same context the lookup uses (``QT_TR_NOOP`` in a class body lands in the
empty context, where ``self.tr`` never looks). resources/translations/GLOSSARY.md
lists the Dutch and Swedish terms.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.periods import billing_period_label

STATUS_CONTEXT = "SubscriptionStatus"
INVOICE_CONTEXT = "InvoiceStatus"
PAUSE_CONTEXT = "PauseBehavior"
PERIOD_CONTEXT = "BillingPeriod"

# Keys are DisplayStatus values (a StrEnum, so the enum members look up too).
_STATUS: dict[str, object] = {
    "active": QT_TRANSLATE_NOOP("SubscriptionStatus", "Active"),
    "trialing": QT_TRANSLATE_NOOP("SubscriptionStatus", "Trialing"),
    "canceling": QT_TRANSLATE_NOOP("SubscriptionStatus", "Canceling"),
    "canceled": QT_TRANSLATE_NOOP("SubscriptionStatus", "Canceled"),
    "past_due": QT_TRANSLATE_NOOP("SubscriptionStatus", "Past due"),
    "unpaid": QT_TRANSLATE_NOOP("SubscriptionStatus", "Unpaid"),
    "paused": QT_TRANSLATE_NOOP("SubscriptionStatus", "Paused"),
    "incomplete": QT_TRANSLATE_NOOP("SubscriptionStatus", "Incomplete"),
    "incomplete_expired": QT_TRANSLATE_NOOP("SubscriptionStatus", "Incomplete expired"),
    "collection_paused": QT_TRANSLATE_NOOP("SubscriptionStatus", "Collection paused"),
    "unknown": QT_TRANSLATE_NOOP("SubscriptionStatus", "Unknown"),
}

_INVOICE: dict[str, object] = {
    "draft": QT_TRANSLATE_NOOP("InvoiceStatus", "Draft"),
    "open": QT_TRANSLATE_NOOP("InvoiceStatus", "Open"),
    "paid": QT_TRANSLATE_NOOP("InvoiceStatus", "Paid"),
    "uncollectible": QT_TRANSLATE_NOOP("InvoiceStatus", "Uncollectible"),
    "void": QT_TRANSLATE_NOOP("InvoiceStatus", "Void"),
}

_PAUSE: dict[str, object] = {
    "keep_as_draft": QT_TRANSLATE_NOOP("PauseBehavior", "Keep invoices as drafts"),
    "mark_uncollectible": QT_TRANSLATE_NOOP("PauseBehavior", "Mark invoices as uncollectible"),
    "void": QT_TRANSLATE_NOOP("PauseBehavior", "Void invoices"),
}

_EVERY_ONE: dict[str, object] = {
    "day": QT_TRANSLATE_NOOP("BillingPeriod", "Daily"),
    "week": QT_TRANSLATE_NOOP("BillingPeriod", "Weekly"),
    "month": QT_TRANSLATE_NOOP("BillingPeriod", "Monthly"),
    "year": QT_TRANSLATE_NOOP("BillingPeriod", "Yearly"),
}


def _translate(context: str, text: object) -> str:
    # The tables hold what QT_TRANSLATE_NOOP returns: the source text itself.
    return QCoreApplication.translate(context, str(text))


def status_name(status: str) -> str:
    """A status by its value: past_due -> Past due / Achterstallig / Förfallen.

    Values the app does not know show as Unknown."""
    return _translate(STATUS_CONTEXT, _STATUS.get(str(status), _STATUS["unknown"]))


def collection_paused_name() -> str:
    return status_name("collection_paused")


def invoice_status_name(status: str | None) -> str:
    """An invoice's status; a value Stripe adds later shows as it came."""
    if status is None:
        return ""
    source = _INVOICE.get(status)
    return _translate(INVOICE_CONTEXT, source) if source is not None else status


def pause_behavior_name(behavior: str | None) -> str:
    if behavior is None:
        return ""
    source = _PAUSE.get(behavior)
    return _translate(PAUSE_CONTEXT, source) if source is not None else behavior


def period_label(interval: str | None, count: int = 1) -> str:
    """Stripe's ``recurring.interval`` and ``interval_count`` as a billing period:
    Monthly, Yearly, Every 3 months ... ; "" for a one-off price."""
    if interval is None:
        return ""
    if count == 1 and interval in _EVERY_ONE:
        return _translate(PERIOD_CONTEXT, _EVERY_ONE[interval])
    if interval == "day":
        return QCoreApplication.translate("BillingPeriod", "Every %n day(s)", None, count)
    if interval == "week":
        return QCoreApplication.translate("BillingPeriod", "Every %n week(s)", None, count)
    if interval == "month":
        return QCoreApplication.translate("BillingPeriod", "Every %n month(s)", None, count)
    if interval == "year":
        return QCoreApplication.translate("BillingPeriod", "Every %n year(s)", None, count)
    return billing_period_label(interval, count)  # a newer Stripe interval: as it came
