"""Stripe JSON (``StripeObject.to_dict()`` or raw API/event payloads) to domain models.

Tolerant by design, because payloads differ between API versions and events are
rendered in the account's API version of the day:

* period dates on items (``items.data[].current_period_end``, since 2025-03-31.basil)
  or on the subscription (older versions): both are read;
* an expandable field (customer, default_payment_method, latest_invoice,
  price.product) may be an ID string, the expanded object, a deleted object
  (``{"id": ..., "deleted": true}``) or null;
* unknown statuses are kept as they are; missing optional keys become None;
* an invoice's subscription is ``parent.subscription_details.subscription``, or the
  legacy top-level ``subscription``.

Malformed input (no ``id``, a time, amount or count of the wrong type or out of
range: ``values.py``) raises ``UnreadableValue`` (a ``ValueError``) naming the field,
as seen from the object parsed (``customer.created``), never a bare ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from desktop_app.domain.billing import item_amount
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
from desktop_app.domain.values import (
    UnreadableValue,
    amount_in_range,
    decimal_text,
    unix_time,
    whole_number,
)
from desktop_app.visible_text import visible_text

Json = Mapping[str, Any]
T = TypeVar("T")


def timestamp(value: object, field: str = "time") -> datetime | None:
    """A Stripe Unix timestamp as an aware UTC datetime (None for null/absent);
    UnreadableValue for anything else (``values.unix_time``)."""
    return unix_time(value, field)


def _time(obj: Json, key: str) -> datetime | None:
    return unix_time(obj.get(key), key)


def _within(prefix: str, parse: Callable[..., T], *args: Any) -> T:
    """``parse(*args)`` for an object nested at ``prefix``: its unreadable fields are
    named from the outer object (``customer.created``)."""
    try:
        return parse(*args)
    except UnreadableValue as exc:
        raise exc.inside(prefix) from None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def _text(value: object) -> str | None:
    """A customer's own text (name, e-mail, phone), None when nothing of it shows:
    blank, spaces only or invisible characters only (the portal lets a customer set
    those). Kept as Stripe has it otherwise."""
    return value if isinstance(value, str) and visible_text(value) else None


def _int(obj: Json, key: str) -> int | None:
    return whole_number(obj.get(key), key)


def _map(value: object) -> Json | None:
    if type(value) is dict:  # decoded JSON; the ABC check below is ~10x slower
        return value
    return value if isinstance(value, Mapping) else None


def _id(obj: Json, what: str) -> str:
    value = obj.get("id")
    if not isinstance(value, str) or not value:
        raise UnreadableValue("id", f"is missing: a {what} without an id cannot be read")
    return value


def expandable(value: object) -> tuple[str | None, Json | None]:
    """(id, expanded object or None) of an expandable field; (None, None) for null."""
    if isinstance(value, str):
        return (value or None), None
    if type(value) is dict or isinstance(value, Mapping):
        ident = value.get("id")
        return (ident if isinstance(ident, str) else None), value
    return None, None


def is_deleted(obj: Json) -> bool:
    return bool(obj.get("deleted"))


def _list_data(value: object) -> tuple[list[Json], bool]:
    """Items of a Stripe list object (``{"data": [...], "has_more": ...}``) or plain list."""
    if type(value) is dict or isinstance(value, Mapping):
        data = value.get("data")
        if type(data) is not list:
            return [], bool(value.get("has_more"))
        items = [x for x in data if type(x) is dict or isinstance(x, Mapping)]
        return items, bool(value.get("has_more"))
    if isinstance(value, list):
        return [x for x in value if isinstance(x, Mapping)], False
    return [], False


def parse_product(obj: Json) -> Product:
    return Product(
        id=_id(obj, "product"),
        name=_str(obj.get("name")),
        active=bool(obj.get("active", True)),
        deleted=is_deleted(obj),
        livemode=bool(obj.get("livemode", False)),
    )


def parse_price(obj: Json) -> Price:
    recurring = _map(obj.get("recurring")) or {}
    transform = _map(obj.get("transform_quantity")) or {}
    product_id, product_obj = expandable(obj.get("product"))
    product = (
        _within("product", parse_product, product_obj)
        if product_obj is not None and product_id
        else None
    )
    return Price(
        id=_id(obj, "price"),
        product_id=product_id,
        currency=(_str(obj.get("currency")) or "").lower(),
        unit_amount=_int(obj, "unit_amount"),
        unit_amount_decimal=decimal_text(obj.get("unit_amount_decimal"), "unit_amount_decimal"),
        billing_scheme=_str(obj.get("billing_scheme")) or "per_unit",
        interval=_str(recurring.get("interval")),
        interval_count=whole_number(recurring.get("interval_count"), "recurring.interval_count")
        or 1,
        usage_type=_str(recurring.get("usage_type")) or "licensed",
        nickname=_str(obj.get("nickname")),
        active=bool(obj.get("active", True)),
        deleted=is_deleted(obj),
        transform_divide_by=whole_number(
            transform.get("divide_by"), "transform_quantity.divide_by"
        ),
        transform_round=_str(transform.get("round")),
        livemode=bool(obj.get("livemode", False)),
        product=product,
    )


def parse_payment_method(obj: Json) -> PaymentMethod:
    """Keep what identifies a payment method to a person; drop everything else.

    A card: brand, last 4, expiry, billing postal code. Another type: what Stripe
    gives under the type's name to tell it apart (bank name, last 4, IBAN country and
    bank code, Bacs sort code, Link's e-mail: masked here). A legacy card source
    (``"object": "card"``, ``card_...``, as in ``customer.source.updated`` events and
    a customer's ``default_source``) has its fields at its top level, the postal code
    as ``address_zip``; so has a legacy bank account (``ba_...``). A Sources API
    object (``src_...``) keeps them under its type's name, as a payment method does.
    """
    kind_of_object = obj.get("object")
    if kind_of_object == "card":
        return _parse_card_source(obj)
    if kind_of_object == "bank_account":
        return _parse_bank_account(obj)
    kind = _str(obj.get("type")) or "card"
    details = _map(obj.get(kind)) or {}
    billing = _map(obj.get("billing_details")) or {}
    address = _map(billing.get("address")) or {}
    if kind == "card":
        brand = _str(details.get("display_brand")) or _str(details.get("brand"))
    else:
        brand = _str(details.get("bank_name")) or _str(details.get("bank"))
        brand = brand or _str(details.get("brand"))
    customer_id, _ = expandable(obj.get("customer"))
    return PaymentMethod(
        id=_id(obj, "payment method"),
        type=kind,
        brand=brand,
        last4=_str(details.get("last4")) or _str(details.get("iban_last4")),
        exp_month=whole_number(details.get("exp_month"), f"{kind}.exp_month"),
        exp_year=whole_number(details.get("exp_year"), f"{kind}.exp_year"),
        postal_code=_str(address.get("postal_code")),
        customer_id=customer_id,
        livemode=bool(obj.get("livemode", False)),
        country=_str(details.get("country")) if kind != "card" else None,
        bank_code=_str(details.get("bank_code")),
        sort_code=_str(details.get("sort_code")),
        email=mask_email(details.get("email")),
        generated_from=_generated(details.get("generated_from")),
    )


def _generated(value: object) -> bool:
    """Whether ``sepa_debit.generated_from`` names the payment it was saved from."""
    found = _map(value)
    if found is None:
        return False
    return any(found.get(key) for key in ("charge", "setup_attempt"))


def mask_email(value: object) -> str | None:
    """An e-mail as the app shows it of a payment method: its first character and the
    domain (``j…@example.com``); None for anything that is not one."""
    text = _text(value)
    if text is None or "@" not in text:
        return None
    local, _, domain = text.rpartition("@")
    if not local or not domain:
        return None
    return f"{local[0]}…@{domain}"


def _parse_card_source(obj: Json) -> PaymentMethod:
    customer_id, _ = expandable(obj.get("customer"))
    return PaymentMethod(
        id=_id(obj, "card"),
        type="card",
        brand=_str(obj.get("brand")),
        last4=_str(obj.get("last4")),
        exp_month=_int(obj, "exp_month"),
        exp_year=_int(obj, "exp_year"),
        postal_code=_str(obj.get("address_zip")),
        customer_id=customer_id,
        livemode=bool(obj.get("livemode", False)),
    )


def _parse_bank_account(obj: Json) -> PaymentMethod:
    customer_id, _ = expandable(obj.get("customer"))
    return PaymentMethod(
        id=_id(obj, "bank account"),
        type="bank_account",
        brand=_str(obj.get("bank_name")),
        last4=_str(obj.get("last4")),
        customer_id=customer_id,
        livemode=bool(obj.get("livemode", False)),
        country=_str(obj.get("country")),
    )


def _method(value: object, field: str) -> tuple[str | None, PaymentMethod | None]:
    """An expandable payment method or source at ``field``: (id, parsed when expanded
    and not deleted)."""
    ident, found = expandable(value)
    if found is None or not ident or is_deleted(found):
        return ident, None
    return ident, _within(field, parse_payment_method, found)


def parse_address(value: object) -> Address | None:
    obj = _map(value)
    if obj is None:
        return None
    address = Address(
        line1=_str(obj.get("line1")),
        line2=_str(obj.get("line2")),
        postal_code=_str(obj.get("postal_code")),
        city=_str(obj.get("city")),
        state=_str(obj.get("state")),
        country=_str(obj.get("country")),
    )
    return None if address.is_empty else address


def parse_tax_id(obj: Json) -> TaxId:
    return TaxId(
        id=_id(obj, "tax ID"),
        type=_str(obj.get("type")) or "unknown",
        value=_str(obj.get("value")) or "",
        country=_str(obj.get("country")),
    )


def parse_customer(obj: Json) -> Customer:
    """A customer; a deleted one (``{"id", "deleted": true}``) keeps only its ID."""
    ident = _id(obj, "customer")
    if is_deleted(obj):
        return Customer(id=ident, deleted=True, livemode=bool(obj.get("livemode", False)))
    settings = _map(obj.get("invoice_settings")) or {}
    default_pm, default_pm_obj = _method(
        settings.get("default_payment_method"), "invoice_settings.default_payment_method"
    )
    source_id, source = _method(obj.get("default_source"), "default_source")
    tax_objects, _ = _list_data(obj.get("tax_ids"))
    return Customer(
        id=ident,
        name=_text(obj.get("name")),
        email=_text(obj.get("email")),
        phone=_text(obj.get("phone")),
        address=parse_address(obj.get("address")),
        tax_ids=tuple(
            _within("tax_ids", parse_tax_id, t) for t in tax_objects if _str(t.get("id"))
        ),
        default_payment_method_id=default_pm,
        created=_time(obj, "created"),
        livemode=bool(obj.get("livemode", False)),
        default_source_id=source_id,
        default_payment_method=default_pm_obj,
        default_source=source,
    )


def invoice_subscription_id(obj: Json) -> str | None:
    parent = _map(obj.get("parent")) or {}
    details = _map(parent.get("subscription_details")) or {}
    current, _ = expandable(details.get("subscription"))
    if current:
        return current
    legacy, _ = expandable(obj.get("subscription"))
    return legacy


def parse_invoice(obj: Json) -> Invoice:
    customer_id, _ = expandable(obj.get("customer"))
    return Invoice(
        id=_id(obj, "invoice"),
        status=_str(obj.get("status")),
        number=_str(obj.get("number")),
        currency=(_str(obj.get("currency")) or "").lower(),
        amount_due=_int(obj, "amount_due") or 0,
        amount_paid=_int(obj, "amount_paid") or 0,
        amount_remaining=_int(obj, "amount_remaining") or 0,
        total=_int(obj, "total") or 0,
        attempt_count=_int(obj, "attempt_count") or 0,
        next_payment_attempt=_time(obj, "next_payment_attempt"),
        hosted_invoice_url=_str(obj.get("hosted_invoice_url")),
        invoice_pdf=_str(obj.get("invoice_pdf")),
        subscription_id=invoice_subscription_id(obj),
        customer_id=customer_id,
        created=_time(obj, "created"),
        due_date=_time(obj, "due_date"),
        period_start=_time(obj, "period_start"),
        period_end=_time(obj, "period_end"),
        billing_reason=_str(obj.get("billing_reason")),
        livemode=bool(obj.get("livemode", False)),
    )


def _legacy_plan_as_price(plan: Json) -> Json:
    """Turn a legacy ``plan`` object (items before prices existed) into a price shape."""
    return {
        "id": plan.get("id"),
        "product": plan.get("product"),
        "currency": plan.get("currency"),
        "unit_amount": plan.get("amount"),
        "unit_amount_decimal": plan.get("amount_decimal"),
        "billing_scheme": plan.get("billing_scheme"),
        "nickname": plan.get("nickname"),
        "active": plan.get("active", True),
        "livemode": plan.get("livemode", False),
        "transform_quantity": plan.get("transform_usage"),
        "recurring": {
            "interval": plan.get("interval"),
            "interval_count": plan.get("interval_count"),
            "usage_type": plan.get("usage_type"),
        },
    }


def parse_subscription_item(obj: Json, prices: dict[str, Price] | None = None) -> SubscriptionItem:
    """``prices``: the prices already parsed from the same payload, by ID (one API answer
    shows a price the same way wherever it appears), reused and added to."""
    price_obj = _map(obj.get("price"))
    where = "price"
    if price_obj is None:
        price_id = _str(obj.get("price"))
        plan = _map(obj.get("plan"))
        if plan is not None:
            price_obj, where = _legacy_plan_as_price(plan), "plan"
        elif price_id:
            price_obj = {"id": price_id}
        else:
            raise UnreadableValue("price", "is missing: a subscription item without a price")
    price = None if prices is None else prices.get(price_obj.get("id"))  # type: ignore[arg-type]
    if price is None:
        price = _within(where, parse_price, price_obj)
        if prices is not None:
            prices[price.id] = price
    return SubscriptionItem(
        id=_id(obj, "subscription item"),
        price=price,
        quantity=_int(obj, "quantity"),
        current_period_start=_time(obj, "current_period_start"),
        current_period_end=_time(obj, "current_period_end"),
    )


def _pause(value: object) -> PauseCollection | None:
    obj = _map(value)
    if obj is None:
        return None
    behavior = _str(obj.get("behavior"))
    if behavior is None:
        return None
    return PauseCollection(behavior=behavior, resumes_at=_time(obj, "resumes_at"))


def parse_subscription(obj: Json, prices: dict[str, Price] | None = None) -> Subscription:
    """``prices``: see ``parse_subscription_item`` (for the pages of a list answer)."""
    ident = _id(obj, "subscription")
    created = _time(obj, "created")
    if created is None:
        raise UnreadableValue("created", "is missing: every subscription has a creation time")
    customer_id, customer_obj = expandable(obj.get("customer"))
    pm_id, pm = _method(obj.get("default_payment_method"), "default_payment_method")
    source_id, source = _method(obj.get("default_source"), "default_source")
    invoice_id, invoice_obj = expandable(obj.get("latest_invoice"))
    item_objects, has_more = _list_data(obj.get("items"))
    items = tuple(
        _within(f"items.{i}", parse_subscription_item, item, prices)
        for i, item in enumerate(item_objects)
    )
    period_start = _time(obj, "current_period_start")
    period_end = _time(obj, "current_period_end")
    if period_start or period_end:
        # Before 2025-03-31.basil (events of accounts still on an older version) the
        # one billing period is the subscription's, shared by its items.
        items = tuple(
            item
            if item.current_period_start or item.current_period_end
            else replace(item, current_period_start=period_start, current_period_end=period_end)
            for item in items
        )
    currency = _str(obj.get("currency")) or (items[0].price.currency if items else "")
    sub = Subscription(
        id=ident,
        status=_str(obj.get("status")) or "unknown",
        created=created,
        customer_id=customer_id,
        livemode=bool(obj.get("livemode", False)),
        currency=currency.lower(),
        collection_method=_str(obj.get("collection_method")),
        description=_str(obj.get("description")),
        cancel_at_period_end=bool(obj.get("cancel_at_period_end", False)),
        cancel_at=_time(obj, "cancel_at"),
        canceled_at=_time(obj, "canceled_at"),
        ended_at=_time(obj, "ended_at"),
        start_date=_time(obj, "start_date"),
        trial_start=_time(obj, "trial_start"),
        trial_end=_time(obj, "trial_end"),
        current_period_start=period_start,
        current_period_end=period_end,
        pause_collection=_pause(obj.get("pause_collection")),
        items=items,
        items_truncated=has_more,
        default_payment_method_id=pm_id,
        latest_invoice_id=invoice_id,
        customer=(
            _within("customer", parse_customer, customer_obj)
            if customer_obj is not None and customer_id
            else None
        ),
        default_payment_method=pm,
        default_source_id=source_id,
        default_source=source,
        latest_invoice=(
            _within("latest_invoice", parse_invoice, invoice_obj)
            if invoice_obj is not None and invoice_id and not is_deleted(invoice_obj)
            else None
        ),
    )
    _check_amounts(sub)
    return sub


def _check_amounts(sub: Subscription) -> None:
    """Each item's amount (price times quantity) and their sum within what the app can
    hold (``values.MAX_AMOUNT``): UnreadableValue otherwise."""
    total = 0
    for i, item in enumerate(sub.items):
        amount = item_amount(item)
        if amount is not None:
            total += amount_in_range(amount, f"items.{i} (price times quantity)")
    amount_in_range(total, "items (their sum)")
