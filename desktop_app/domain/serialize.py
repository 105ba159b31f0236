"""Domain models back to minimal Stripe-shaped JSON, which ``domain.parse`` reads again.

The cache stores objects this way, so there is one reader for Stripe's payloads and
our own, and ``parse_x(x_to_json(obj)) == obj`` holds for every model (tested).
Expanded references (a subscription's customer, payment method and latest invoice)
are written as IDs: the cache keeps those objects in their own tables. Null values
are left out (the parser reads a missing key as null), which keeps the cache small.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop_app.domain.models import (
    Address,
    Customer,
    Invoice,
    PauseCollection,
    PaymentMethod,
    Price,
    Product,
    Subscription,
    SubscriptionItem,
    TaxId,
)

JsonDict = dict[str, Any]


def compact(data: Any) -> Any:
    """``data`` without null values at any depth (lists keep their length)."""
    if isinstance(data, dict):
        return {
            key: compact(value) if isinstance(value, dict | list) else value
            for key, value in data.items()
            if value is not None
        }
    if isinstance(data, list):
        return [compact(value) if isinstance(value, dict | list) else value for value in data]
    return data


def _pruned(data: JsonDict) -> JsonDict:
    return {key: value for key, value in data.items() if value is not None}


def _ts(value: datetime | None) -> int | None:
    return None if value is None else int(value.timestamp())


def product_to_json(product: Product) -> JsonDict:
    return _pruned(
        {
            "id": product.id,
            "name": product.name,
            "active": product.active,
            "deleted": product.deleted,
            "livemode": product.livemode,
        }
    )


def price_to_json(price: Price) -> JsonDict:
    recurring = None
    if price.interval is not None:
        recurring = _pruned(
            {
                "interval": price.interval,
                "interval_count": price.interval_count,
                "usage_type": price.usage_type,
            }
        )
    transform = None
    if price.transform_divide_by is not None or price.transform_round is not None:
        transform = _pruned(
            {"divide_by": price.transform_divide_by, "round": price.transform_round}
        )
    product: Any = price.product_id
    if price.product is not None:
        product = product_to_json(price.product)
    return _pruned(
        {
            "id": price.id,
            "product": product,
            "currency": price.currency,
            "unit_amount": price.unit_amount,
            "unit_amount_decimal": price.unit_amount_decimal,
            "billing_scheme": price.billing_scheme,
            "recurring": recurring,
            "nickname": price.nickname,
            "active": price.active,
            "deleted": price.deleted,
            "transform_quantity": transform,
            "livemode": price.livemode,
        }
    )


def payment_method_to_json(pm: PaymentMethod) -> JsonDict:
    """A payment method in Stripe's payment method shape (a legacy card source or
    bank account too: the parser reads both shapes)."""
    if pm.type == "card":
        details: JsonDict = {
            "brand": pm.brand,
            "last4": pm.last4,
            "exp_month": pm.exp_month,
            "exp_year": pm.exp_year,
        }
    else:
        details = {
            "bank_name": pm.brand,
            "last4": pm.last4,
            "country": pm.country,
            "bank_code": pm.bank_code,
            "sort_code": pm.sort_code,
            "email": pm.email,
            "generated_from": {"setup_attempt": "(saved)"} if pm.generated_from else None,
        }
    return _pruned(
        {
            "id": pm.id,
            "type": pm.type,
            pm.type: _pruned(details),
            "billing_details": {"address": {"postal_code": pm.postal_code}},
            "customer": pm.customer_id,
            "livemode": pm.livemode,
        }
    )


def _address_to_json(address: Address | None) -> JsonDict | None:
    if address is None:
        return None
    return _pruned(
        {
            "line1": address.line1,
            "line2": address.line2,
            "postal_code": address.postal_code,
            "city": address.city,
            "state": address.state,
            "country": address.country,
        }
    )


def _tax_id_to_json(tax_id: TaxId) -> JsonDict:
    return _pruned(
        {
            "id": tax_id.id,
            "type": tax_id.type,
            "value": tax_id.value,
            "country": tax_id.country,
        }
    )


def customer_to_json(customer: Customer) -> JsonDict:
    if customer.deleted:
        return {
            "id": customer.id,
            "deleted": True,
            "livemode": customer.livemode,
        }
    return _pruned(
        {
            "id": customer.id,
            "name": customer.name,
            "email": customer.email,
            "phone": customer.phone,
            "address": _address_to_json(customer.address),
            "tax_ids": {"object": "list", "data": [_tax_id_to_json(t) for t in customer.tax_ids]},
            "invoice_settings": {"default_payment_method": customer.default_payment_method_id},
            "default_source": customer.default_source_id,
            "created": _ts(customer.created),
            "livemode": customer.livemode,
        }
    )


def invoice_to_json(invoice: Invoice) -> JsonDict:
    return _pruned(
        {
            "id": invoice.id,
            "status": invoice.status,
            "number": invoice.number,
            "currency": invoice.currency,
            "amount_due": invoice.amount_due,
            "amount_paid": invoice.amount_paid,
            "amount_remaining": invoice.amount_remaining,
            "total": invoice.total,
            "attempt_count": invoice.attempt_count,
            "next_payment_attempt": _ts(invoice.next_payment_attempt),
            "hosted_invoice_url": invoice.hosted_invoice_url,
            "invoice_pdf": invoice.invoice_pdf,
            "parent": {
                "type": "subscription_details",
                "subscription_details": {"subscription": invoice.subscription_id},
            },
            "customer": invoice.customer_id,
            "created": _ts(invoice.created),
            "due_date": _ts(invoice.due_date),
            "period_start": _ts(invoice.period_start),
            "period_end": _ts(invoice.period_end),
            "billing_reason": invoice.billing_reason,
            "livemode": invoice.livemode,
        }
    )


def _item_to_json(item: SubscriptionItem) -> JsonDict:
    return _pruned(
        {
            "id": item.id,
            "price": price_to_json(item.price),
            "quantity": item.quantity,
            "current_period_start": _ts(item.current_period_start),
            "current_period_end": _ts(item.current_period_end),
        }
    )


def _pause_to_json(pause: PauseCollection | None) -> JsonDict | None:
    if pause is None:
        return None
    return _pruned({"behavior": pause.behavior, "resumes_at": _ts(pause.resumes_at)})


def subscription_to_json(sub: Subscription) -> JsonDict:
    return _pruned(
        {
            "id": sub.id,
            "status": sub.status,
            "created": _ts(sub.created),
            "customer": sub.customer_id,
            "livemode": sub.livemode,
            "currency": sub.currency,
            "collection_method": sub.collection_method,
            "description": sub.description,
            "cancel_at_period_end": sub.cancel_at_period_end,
            "cancel_at": _ts(sub.cancel_at),
            "canceled_at": _ts(sub.canceled_at),
            "ended_at": _ts(sub.ended_at),
            "start_date": _ts(sub.start_date),
            "trial_start": _ts(sub.trial_start),
            "trial_end": _ts(sub.trial_end),
            "current_period_start": _ts(sub.current_period_start),
            "current_period_end": _ts(sub.current_period_end),
            "pause_collection": _pause_to_json(sub.pause_collection),
            "items": {
                "data": [_item_to_json(item) for item in sub.items],
                "has_more": sub.items_truncated,
            },
            "default_payment_method": sub.default_payment_method_id,
            "default_source": sub.default_source_id,
            "latest_invoice": sub.latest_invoice_id,
        }
    )
