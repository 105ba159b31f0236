"""Models written as Stripe-shaped JSON read back as the same models."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_app.domain.parse import (
    parse_customer,
    parse_invoice,
    parse_payment_method,
    parse_price,
    parse_product,
    parse_subscription,
)
from desktop_app.domain.serialize import (
    compact,
    customer_to_json,
    invoice_to_json,
    payment_method_to_json,
    price_to_json,
    product_to_json,
    subscription_to_json,
)
from tests.core import factories as f
from tests.core import store_data


def _roundtrip(obj: Any, to_json: Any, parse: Any) -> None:
    text = json.dumps(to_json(obj))
    assert parse(json.loads(text)) == obj
    assert parse(json.loads(json.dumps(compact(to_json(obj))))) == obj  # as the cache stores it


@pytest.mark.parametrize("raw", store_data.raw_subscriptions(), ids=lambda r: r["id"])
def test_subscriptions_roundtrip(raw: dict[str, Any]) -> None:
    _roundtrip(parse_subscription(raw), subscription_to_json, parse_subscription)


def test_legacy_layout_and_truncated_items_roundtrip() -> None:
    raw = f.subscription(
        items=[f.item(period_end=None, period_start=None)],
        current_period_start=f.T0,
        current_period_end=f.T0 + 30 * f.DAY,
        trial_start=f.T0,
        trial_end=f.T0 + f.DAY,
        cancel_at=f.T0 + 60 * f.DAY,
        pause_collection={"behavior": "void", "resumes_at": f.T0 + 5 * f.DAY},
    )
    raw["items"]["has_more"] = True
    _roundtrip(parse_subscription(raw), subscription_to_json, parse_subscription)


@pytest.mark.parametrize(
    "raw",
    [
        f.price(),
        f.price(product=f.product("prod_x", "X")),
        f.price(unit_amount=None, usage_type="metered"),
        f.price(unit_amount=None, billing_scheme="tiered", interval="year", interval_count=2),
        f.price(interval=None),
        f.price(transform_quantity={"divide_by": 5, "round": "down"}),
    ],
)
def test_prices_roundtrip(raw: dict[str, Any]) -> None:
    _roundtrip(parse_price(raw), price_to_json, parse_price)


def test_other_objects_roundtrip() -> None:
    customer = f.customer()
    customer["tax_ids"] = {
        "data": [{"id": "txi_1", "type": "eu_vat", "value": "NL1", "country": "NL"}]
    }
    _roundtrip(parse_customer(customer), customer_to_json, parse_customer)
    deleted = {"id": "cus_gone", "object": "customer", "deleted": True}
    _roundtrip(parse_customer(deleted), customer_to_json, parse_customer)
    _roundtrip(parse_product(f.product()), product_to_json, parse_product)
    _roundtrip(parse_payment_method(f.card()), payment_method_to_json, parse_payment_method)
    sepa = {
        "id": "pm_sepa",
        "type": "sepa_debit",
        "sepa_debit": {"last4": "3000", "bank_code": "x"},
    }
    _roundtrip(parse_payment_method(sepa), payment_method_to_json, parse_payment_method)
    _roundtrip(parse_invoice(f.invoice()), invoice_to_json, parse_invoice)
    _roundtrip(parse_invoice(f.invoice(legacy=True)), invoice_to_json, parse_invoice)
