"""A small, varied account for store tests, built from Stripe-shaped JSON."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.models import Customer, Product, Subscription
from desktop_app.domain.parse import parse_customer, parse_product, parse_subscription
from tests.core import factories as f

PRODUCTS = [f.product("prod_pro", "Pro"), f.product("prod_seat", "Seats")]

CUSTOMERS = [
    f.customer("cus_acme", "Acme BV", "ap@acme.example"),
    f.customer("cus_bolt", "Bolt AB", "finance@bolt.example"),
    f.customer("cus_zed", "Zoë Café", "zoe@cafe.example"),
    f.customer("cus_noname", None, "someone@example.com"),
]


def _sub(ident: str, customer: str, **extra: Any) -> dict[str, Any]:
    return f.subscription(ident, customer_obj=customer, **extra)


def raw_subscriptions() -> list[dict[str, Any]]:
    seat = f.price("price_seat", product="prod_seat", unit_amount=450)
    yearly = f.price("price_year", unit_amount=120000, interval="year")
    usd = f.price("price_usd", unit_amount=900, currency="usd")
    metered = f.price("price_meter", unit_amount=None, usage_type="metered")
    return [
        _sub("sub_a1", "cus_acme", items=[f.item("si_a1", period_end=f.ts(2026, 12, 1))]),
        _sub(
            "sub_a2",
            "cus_acme",
            status="past_due",
            latest_invoice="in_a2",
            items=[
                f.item("si_a2", period_end=f.ts(2026, 12, 10)),
                f.item("si_a2s", price_obj=seat, quantity=3, period_end=f.ts(2026, 12, 10)),
            ],
        ),
        _sub(
            "sub_b1",
            "cus_bolt",
            cancel_at_period_end=True,
            items=[f.item("si_b1", price_obj=yearly, period_end=f.ts(2027, 2, 1))],
        ),
        _sub(
            "sub_b2",
            "cus_bolt",
            status="trialing",
            trial_end=f.ts(2026, 11, 20),
            pause_collection={"behavior": "keep_as_draft", "resumes_at": None},
        ),
        _sub(
            "sub_z1",
            "cus_zed",
            currency="usd",
            pause_collection={"behavior": "void", "resumes_at": f.ts(2027, 1, 1)},
            items=[f.item("si_z1", price_obj=usd, period_end=f.ts(2026, 11, 25))],
        ),
        _sub("sub_z2", "cus_zed", status="canceled", ended_at=f.ts(2026, 10, 1)),
        _sub("sub_n1", "cus_noname", status="unpaid", items=[f.item("si_n1", price_obj=metered)]),
        _sub("sub_x1", "cus_missing", status="future_status"),
    ]


def products() -> list[Product]:
    return [parse_product(p) for p in PRODUCTS]


def customers() -> list[Customer]:
    return [parse_customer(c) for c in CUSTOMERS]


def subscriptions() -> list[Subscription]:
    return [parse_subscription(s) for s in raw_subscriptions()]
