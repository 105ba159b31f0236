"""Stripe JSON to domain models: layouts, expandables, deleted and unknown values."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop_app.domain.parse import (
    parse_customer,
    parse_invoice,
    parse_payment_method,
    parse_price,
    parse_subscription,
)
from tests.core import factories as f


def test_stripe_example_subscription_parses(stripe_fixtures: dict[str, Any]) -> None:
    raw = stripe_fixtures["subscription"]
    sub = parse_subscription(raw)
    assert sub.id == raw["id"]
    assert sub.status == "active"
    assert sub.customer_id == raw["customer"]
    assert sub.customer is None
    assert sub.cancel_at_period_end is True
    assert sub.pause_collection is not None
    assert sub.pause_collection.behavior == "mark_uncollectible"
    assert sub.pause_collection.resumes_at is None
    (item,) = sub.items
    assert item.price.unit_amount == raw["items"]["data"][0]["price"]["unit_amount"]
    assert item.price.interval == "month"
    assert item.current_period_end == datetime.fromtimestamp(
        raw["items"]["data"][0]["current_period_end"], tz=UTC
    )


def test_stripe_example_objects_parse(stripe_fixtures: dict[str, Any]) -> None:
    customer = parse_customer(stripe_fixtures["customer"])
    assert customer.id == stripe_fixtures["customer"]["id"]
    assert customer.address is None  # every address field is null
    invoice = parse_invoice(stripe_fixtures["invoice"])
    assert invoice.subscription_id == "subscription"  # parent.subscription_details
    assert invoice.amount_remaining == stripe_fixtures["invoice"]["amount_remaining"]
    price = parse_price(stripe_fixtures["price"])
    assert price.product_id == stripe_fixtures["price"]["product"]
    assert parse_customer(stripe_fixtures["deleted_customer"]).deleted


def test_payment_method_keeps_only_brand_last4_expiry_and_postal_code(
    stripe_fixtures: dict[str, Any],
) -> None:
    pm = parse_payment_method(stripe_fixtures["payment_method"])
    fields = {f.name: getattr(pm, f.name) for f in dataclasses.fields(pm)}
    assert fields == {
        "id": stripe_fixtures["payment_method"]["id"],
        "type": "card",
        "brand": "visa",
        "last4": "4242",
        "exp_month": 8,
        "exp_year": 2030,
        "postal_code": "94102",
        "customer_id": None,
        "livemode": False,
        # What tells other types apart: nothing of a card's.
        "country": None,
        "bank_code": None,
        "sort_code": None,
        "email": None,
        "generated_from": False,
    }
    text = repr(pm)
    for secret_ish in ("AOB934RVNwzk6xtn", "Fake Street", "jenny@example.com", "5555"):
        assert secret_ish not in text


def test_period_dates_on_items_current_layout() -> None:
    sub = parse_subscription(
        f.subscription(items=[f.item(period_start=f.ts(2026, 11, 1), period_end=f.ts(2026, 12, 1))])
    )
    assert sub.items[0].current_period_end == datetime(2026, 12, 1, tzinfo=UTC)
    assert sub.current_period_end is None


def test_period_dates_on_subscription_legacy_layout() -> None:
    raw = f.subscription(
        items=[f.item(period_start=None, period_end=None)],
        current_period_start=f.ts(2026, 11, 1),
        current_period_end=f.ts(2026, 12, 1),
    )
    sub = parse_subscription(raw)
    # Before 2025-03-31.basil the subscription's one period is its items' too
    # (docs.stripe.com/changelog/basil/2025-03-31/deprecate-subscription-current-
    # period-start-and-end): each item gets it.
    assert sub.items[0].current_period_start == datetime(2026, 11, 1, tzinfo=UTC)
    assert sub.items[0].current_period_end == datetime(2026, 12, 1, tzinfo=UTC)
    assert sub.current_period_end == datetime(2026, 12, 1, tzinfo=UTC)
    assert sub.current_period_start == datetime(2026, 11, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "customer_id", "expanded", "deleted"),
    [
        ("cus_1", "cus_1", False, False),
        (f.customer("cus_1"), "cus_1", True, False),
        ({"id": "cus_1", "object": "customer", "deleted": True}, "cus_1", True, True),
        (None, None, False, False),
    ],
)
def test_customer_as_id_expanded_deleted_or_null(
    value: Any, customer_id: str | None, expanded: bool, deleted: bool
) -> None:
    sub = parse_subscription(f.subscription(customer_obj=value))
    assert sub.customer_id == customer_id
    assert (sub.customer is not None) == expanded
    if sub.customer is not None:
        assert sub.customer.deleted == deleted
        assert (sub.customer.name is None) == deleted


def test_expanded_customer_details() -> None:
    raw = f.customer()
    raw["tax_ids"] = {
        "object": "list",
        "data": [{"id": "txi_1", "type": "eu_vat", "value": "NL123456789B01", "country": "NL"}],
        "has_more": False,
    }
    customer = parse_customer(raw)
    assert customer.name == "Acme BV"
    assert customer.address is not None
    assert customer.address.city == "Amsterdam"
    assert customer.tax_ids[0].value == "NL123456789B01"
    assert customer.default_payment_method_id == "pm_cust"


@pytest.mark.parametrize(
    "blank", ["", " ", "   \t\n ", "\u00a0\u3000", "\u200b\u200d\ufeff", "\u202e \u2066"]
)
def test_a_blank_or_invisible_name_email_or_phone_is_none(blank: str) -> None:
    # The customer portal lets a customer edit their own name, e-mail and phone
    # (features.customer_update.allowed_updates: name, email, phone; "The Customer portal
    # configuration object", https://docs.stripe.com/api/customer_portal/configurations/object),
    # so any of them can be only spaces: nothing to show, and nothing to name them by.
    raw = {**f.customer(), "name": blank, "email": blank, "phone": blank}
    customer = parse_customer(raw)
    assert (customer.name, customer.email, customer.phone) == (None, None, None)
    kept = parse_customer({**raw, "name": " Acme\u200b BV ", "email": "a@acme.test"})
    assert (kept.name, kept.email) == (" Acme\u200b BV ", "a@acme.test")  # as Stripe has it


def test_expanded_payment_method_and_invoice() -> None:
    raw = f.subscription(default_payment_method=f.card("pm_9"), latest_invoice=f.invoice("in_9"))
    sub = parse_subscription(raw)
    assert sub.default_payment_method_id == "pm_9"
    assert sub.default_payment_method is not None
    assert sub.default_payment_method.last4 == "4242"
    assert sub.latest_invoice_id == "in_9"
    assert sub.latest_invoice is not None
    assert sub.latest_invoice.subscription_id == "sub_1"
    ids_only = parse_subscription(
        f.subscription(default_payment_method="pm_9", latest_invoice="in_9")
    )
    assert ids_only.default_payment_method is None
    assert ids_only.default_payment_method_id == "pm_9"
    assert ids_only == sub  # expanded objects do not take part in equality


def test_price_product_expanded_deleted_or_id() -> None:
    expanded = parse_price(f.price(product=f.product("prod_x", "Seats")))
    assert expanded.product_id == "prod_x"
    assert expanded.product is not None
    assert expanded.product.name == "Seats"
    deleted = parse_price(f.price(product={"id": "prod_x", "object": "product", "deleted": True}))
    assert deleted.product is not None
    assert deleted.product.deleted
    assert deleted.product.name is None
    assert parse_price(f.price(product="prod_x")).product is None
    assert parse_price(f.price(product=None)).product_id is None


def test_unknown_status_is_kept_raw() -> None:
    sub = parse_subscription(f.subscription(status="on_hold_2027"))
    assert sub.status == "on_hold_2027"


def test_metered_and_tiered_prices_have_no_unit_amount() -> None:
    metered = parse_price(f.price(unit_amount=None, usage_type="metered"))
    assert metered.is_metered
    assert metered.unit_amount is None
    tiered = parse_price(f.price(unit_amount=None, billing_scheme="tiered"))
    assert tiered.is_tiered
    assert tiered.unit_amount is None


def test_zero_and_three_decimal_currencies_keep_their_integers() -> None:
    jpy = parse_price(f.price(currency="JPY", unit_amount=1235))
    assert (jpy.currency, jpy.unit_amount) == ("jpy", 1235)
    bhd = parse_price(f.price(currency="bhd", unit_amount=1500))
    assert (bhd.currency, bhd.unit_amount) == ("bhd", 1500)


def test_invoice_subscription_from_parent_or_legacy_field() -> None:
    assert parse_invoice(f.invoice(subscription="sub_a")).subscription_id == "sub_a"
    assert parse_invoice(f.invoice(subscription="sub_b", legacy=True)).subscription_id == "sub_b"
    assert parse_invoice(f.invoice(subscription=None)).subscription_id is None


def test_legacy_plan_without_price_object() -> None:
    raw_item = f.item()
    del raw_item["price"]
    raw_item["plan"] = {
        "id": "plan_old",
        "object": "plan",
        "amount": 900,
        "currency": "usd",
        "interval": "year",
        "interval_count": 1,
        "usage_type": "licensed",
        "billing_scheme": "per_unit",
        "product": "prod_old",
    }
    sub = parse_subscription(f.subscription(items=[raw_item]))
    price = sub.items[0].price
    assert (price.id, price.unit_amount, price.interval, price.product_id) == (
        "plan_old",
        900,
        "year",
        "prod_old",
    )


def test_truncated_item_list_is_flagged() -> None:
    raw = f.subscription()
    raw["items"]["has_more"] = True
    assert parse_subscription(raw).items_truncated


def test_missing_id_raises_a_clear_value_error() -> None:
    raw = f.subscription()
    del raw["id"]
    with pytest.raises(ValueError, match="subscription without an id"):
        parse_subscription(raw)


def test_a_price_is_parsed_once_per_answer_and_never_reused_across_answers() -> None:
    """Subscriptions of one list answer share their prices; another answer (a later
    page or event) may show the same price changed, and then that is what counts."""
    from desktop_app.sync.collect import Collected

    def sub(ident: str, amount: int) -> dict[str, object]:
        return f.subscription(
            ident, items=[f.item(f"si_{ident}", price_obj=f.price(unit_amount=amount))]
        )

    found = Collected()
    found.add_page([sub("sub_a", 2000), sub("sub_b", 2000)])
    first, second = (found.subscriptions[s].items[0].price for s in ("sub_a", "sub_b"))
    assert first is second  # one Price for the answer
    found.add_page([sub("sub_c", 2500)])
    assert found.subscriptions["sub_c"].items[0].price.unit_amount == 2500
    assert found.subscriptions["sub_a"].items[0].price.unit_amount == 2000
