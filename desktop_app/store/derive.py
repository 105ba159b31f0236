"""Column values the cache derives when it writes a subscription.

Everything the table filters, sorts, searches or counts on is computed here once,
from the domain rules, so queries are plain indexed SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import orjson

from desktop_app.domain.billing import amount_per_period, counts_toward_mrr, item_amount, plan_label
from desktop_app.domain.cards import card_alert_at, next_payment, valid_until
from desktop_app.domain.models import PaymentMethod, Product, Subscription
from desktop_app.domain.payment_methods import MethodDisplay
from desktop_app.domain.periods import billing_period
from desktop_app.domain.serialize import subscription_to_json
from desktop_app.domain.status import (
    STATUS_ORDER,
    DisplayStatus,
    NextBilling,
    collection_pause,
    display_status,
    next_billing,
)

# What names the payment method Stripe charges, and its card's expiry (see
# ``payment_values``); rewritten alone when a customer or card changes.
PAYMENT_COLUMNS = (
    "payment_method_id",
    "pm_type",
    "pm_brand",
    "pm_last4",
    "pm_detail",
    "card_valid_until",
    "card_alert_at",
)

SUBSCRIPTION_COLUMNS = (
    "id",
    "customer_id",
    "customer_name",
    "customer_email",
    "customer_sort",
    "email_sort",
    "plan_label",
    "plan_sort",
    "amount_minor",
    "currency",
    "interval",
    "interval_count",
    "interval_label",
    "display_status",
    "status_rank",
    "raw_status",
    "collection_paused",
    "pause_behavior",
    "pause_resumes_at",
    "next_billing_at",
    "next_billing_kind",
    "cancel_at",
    "canceled_at",
    "ended_at",
    "created",
    "livemode",
    "default_payment_method_id",
    "latest_invoice_id",
    "search_base",
    "search",
    "default_source_id",
    *PAYMENT_COLUMNS,
)

ITEM_COLUMNS = (
    "subscription_id",
    "item_id",
    "position",
    "price_id",
    "product_id",
    "currency",
    "interval",
    "interval_count",
    "amount_minor",
    "counts_mrr",
)


def fold(text: str | None) -> str:
    """Case-folded text for search and sorting (Unicode-aware, unlike SQLite's lower())."""
    return (text or "").casefold()


def _ts(value: datetime | None) -> int | None:
    return None if value is None else int(value.timestamp())


def customer_sort_key(name: str | None, email: str | None, customer_id: str | None) -> str:
    return fold(name or email or customer_id or "")


def search_text(search_base: str, name: str | None, email: str | None) -> str:
    return " ".join(part for part in (search_base, fold(name), fold(email)) if part)


def payment_values(
    method_id: str | None,
    method: PaymentMethod | None,
    nb: NextBilling | None,
    status: DisplayStatus,
) -> tuple[Any, ...]:
    """Values for ``PAYMENT_COLUMNS``: the method Stripe charges (``method_id``, see
    ``domain.payment_methods.charged_method_id``; ``method`` when the cache holds it),
    what names it, and its card's expiry rule (``domain.cards``)."""
    if method is None:
        return (method_id, None, None, None, None, None, None)
    shown = MethodDisplay.of(method)
    until = valid_until(method.exp_month, method.exp_year) if method.type == "card" else None
    alert = card_alert_at(until, next_payment(nb), status)
    return (
        method_id,
        shown.type,
        shown.brand,
        shown.last4,
        shown.detail,
        _ts(until),
        _ts(alert),
    )


def subscription_row(
    sub: Subscription,
    customer_name: str | None,
    customer_email: str | None,
    products: Mapping[str, Product],
    method: tuple[str | None, PaymentMethod | None] = (None, None),
) -> tuple[Any, ...]:
    """Values for ``SUBSCRIPTION_COLUMNS`` (in that order). ``method``: the ID of the
    payment method Stripe charges and the method itself when known."""
    status = display_status(sub)
    pause = collection_pause(sub)
    nb = next_billing(sub)
    period = billing_period(sub)
    label = plan_label(sub, products)
    parts = [sub.id, sub.customer_id or ""]
    for item in sub.items:
        parts += [item.price.id, item.price.product_id or ""]
    parts.append(label)
    search_base = " ".join(part for part in " ".join(parts).casefold().split(" ") if part)
    return (
        sub.id,
        sub.customer_id,
        customer_name,
        customer_email,
        customer_sort_key(customer_name, customer_email, sub.customer_id),
        fold(customer_email) if customer_email else None,
        label,
        fold(label),
        amount_per_period(sub),
        sub.currency,
        period.interval if period else None,
        period.count if period else None,
        period.english() if period else None,
        status.value,
        STATUS_ORDER[status],
        sub.status,
        int(pause is not None),
        pause.behavior if pause else None,
        _ts(pause.resumes_at) if pause else None,
        _ts(nb.at) if nb else None,
        nb.kind if nb else None,
        _ts(sub.cancel_at),
        _ts(sub.canceled_at),
        _ts(sub.ended_at),
        _ts(sub.created),
        int(sub.livemode),
        sub.default_payment_method_id,
        sub.latest_invoice_id,
        search_base,
        search_text(search_base, customer_name, customer_email),
        sub.default_source_id,
        *payment_values(method[0], method[1], nb, status),
    )


def to_json_text(data: dict[str, Any]) -> str:
    """JSON for a ``data`` column, without spaces (the serializers leave out nulls)."""
    return orjson.dumps(data).decode()


def subscription_data(sub: Subscription) -> str:
    return to_json_text(subscription_to_json(sub))


def item_rows(sub: Subscription) -> list[tuple[Any, ...]]:
    """Values for ``ITEM_COLUMNS``, one tuple per item (MRR is summed from these)."""
    mrr = int(counts_toward_mrr(sub))
    return [
        (
            sub.id,
            item.id,
            position,
            item.price.id,
            item.price.product_id,
            sub.currency or item.price.currency,
            item.price.interval,
            item.price.interval_count,
            item_amount(item),
            mrr,
        )
        for position, item in enumerate(sub.items)
    ]
