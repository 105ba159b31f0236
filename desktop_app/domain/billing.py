"""Amounts a subscription bills: per item, per period, plan label, and MRR.

Amounts are list prices in minor units: discounts, taxes, prorations and credit
balances are not applied (they live on invoices, which the app shows separately).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

from desktop_app.domain.models import Product, Subscription, SubscriptionItem
from desktop_app.money import quantize_major, to_decimal

# Raw statuses whose subscriptions count toward MRR. Like Stripe's own MRR, active
# and past-due subscriptions count (a past-due one is still expected to pay);
# trialing ones do not (nothing is billed yet), nor unpaid, paused, incomplete or
# ended ones. Canceling subscriptions count until they end; a paused collection
# does not change it either (the subscription is still active).
MRR_STATUSES = frozenset({"active", "past_due"})

# Monthly factor per interval as an exact fraction (numerator, denominator), with
# an average month of 365.25 / 12 days: a week is 365.25 / 12 / 7 of a month.
_PER_MONTH: dict[str, tuple[int, int]] = {
    "month": (1, 1),
    "year": (1, 12),
    "week": (36525, 1200 * 7),
    "day": (36525, 1200),
}


def item_quantity(item: SubscriptionItem) -> int:
    """The billed quantity: Stripe's quantity (1 when absent), after ``transform_quantity``."""
    quantity = item.quantity if item.quantity is not None else 1
    divide_by = item.price.transform_divide_by
    if divide_by and divide_by > 0:
        rounding = ROUND_FLOOR if item.price.transform_round == "down" else ROUND_CEILING
        quantity = int((Decimal(quantity) / Decimal(divide_by)).to_integral_value(rounding))
    return quantity


def item_amount(item: SubscriptionItem) -> int | None:
    """Minor units one period of ``item`` costs, or None when it cannot be known here.

    None for metered prices (billed on usage), tiered prices (the amount depends on
    the tiers, which the list payload does not include) and prices without an
    amount (customer-chosen). A per-unit price below one minor unit (only
    ``unit_amount_decimal``) is multiplied out and rounded half up.
    """
    price = item.price
    if price.is_metered or price.is_tiered:
        return None
    quantity = item_quantity(item)
    if price.unit_amount is not None:
        return price.unit_amount * quantity
    if price.unit_amount_decimal is None:
        return None
    try:
        unit = Decimal(price.unit_amount_decimal)
    except InvalidOperation:
        return None
    return int((unit * quantity).to_integral_value(ROUND_HALF_UP))


def amount_per_period(sub: Subscription) -> int | None:
    """Sum of the items' amounts in minor units of ``sub.currency``.

    None when the subscription has no items, when Stripe sent only part of its
    items, or when any item's amount is unknown (metered, tiered, no amount): a
    partial sum would read as the full bill.
    """
    if not sub.items or sub.items_truncated:
        return None
    total = 0
    for item in sub.items:
        amount = item_amount(item)
        if amount is None:
            return None
        total += amount
    return total


def item_name(item: SubscriptionItem, products: Mapping[str, Product] | None = None) -> str:
    """Product name, else the price's nickname, else the product ID, else the price ID."""
    price = item.price
    product = price.product
    if (product is None or product.name is None) and products and price.product_id:
        product = products.get(price.product_id, product)
    if product is not None and product.name:
        return product.name
    return price.nickname or price.product_id or price.id


def plan_names(sub: Subscription, products: Mapping[str, Product] | None = None) -> list[str]:
    return [item_name(item, products) for item in sub.items]


def plan_label(sub: Subscription, products: Mapping[str, Product] | None = None) -> str:
    """``Pro`` for one item, ``Pro, Seats`` for two, ``Pro + 2 more`` for three or more
    (in item order); empty without items. For a translated label use ``plan_names``."""
    names = plan_names(sub, products)
    if len(names) <= 2:
        return ", ".join(names)
    return f"{names[0]} + {len(names) - 1} more"


def monthly_fraction(interval: str | None, count: int) -> tuple[int, int] | None:
    """(numerator, denominator) turning one period's amount into a monthly amount.

    ``month``: 1/count; ``year``: 1/(12*count); ``week``: (365.25/12/7)/count;
    ``day``: (365.25/12)/count. None for one-time prices or unknown intervals.
    """
    if interval is None or interval not in _PER_MONTH:
        return None
    numerator, denominator = _PER_MONTH[interval]
    return numerator, denominator * max(1, count)


def monthly_minor(amount_minor: int, interval: str | None, count: int) -> Decimal | None:
    """``amount_minor`` per period as (fractional) minor units per month, one division."""
    fraction = monthly_fraction(interval, count)
    if fraction is None:
        return None
    return Decimal(amount_minor * fraction[0]) / Decimal(fraction[1])


def item_monthly_minor(item: SubscriptionItem) -> Decimal | None:
    """The item's amount normalised to one month, in (fractional) minor units."""
    amount = item_amount(item)
    if amount is None:
        return None
    return monthly_minor(amount, item.price.interval, item.price.interval_count)


def counts_toward_mrr(sub: Subscription) -> bool:
    return sub.status in MRR_STATUSES and sub.ended_at is None


def subscription_mrr_minor(sub: Subscription) -> Decimal:
    """Monthly recurring revenue of one subscription in minor units of its currency.

    The rule: for a subscription whose raw status is in ``MRR_STATUSES``, the sum
    over its items of ``monthly_minor(item_amount, interval, interval_count)``;
    items without a computable amount (metered, tiered, no amount) contribute 0.
    Any other subscription contributes 0. Unrounded.
    """
    if not counts_toward_mrr(sub):
        return Decimal(0)
    total = Decimal(0)
    for item in sub.items:
        monthly = item_monthly_minor(item)
        if monthly is not None:
            total += monthly
    return total


def mrr_by_currency(subs: Iterable[Subscription]) -> dict[str, Decimal]:
    """MRR per currency in major units, rounded to the currency's decimals at the end.

    Currencies are never added together; a currency with no counting subscription
    is absent.
    """
    totals: dict[str, Decimal] = {}
    for sub in subs:
        if not counts_toward_mrr(sub) or not sub.currency:
            continue
        totals[sub.currency] = totals.get(sub.currency, Decimal(0)) + subscription_mrr_minor(sub)
    return {cur: minor_to_major_rounded(value, cur) for cur, value in sorted(totals.items())}


def minor_to_major_rounded(amount_minor: Decimal, currency: str) -> Decimal:
    """Fractional minor units to major units rounded to the currency's decimals."""
    return quantize_major(amount_minor * to_decimal(1, currency), currency)
