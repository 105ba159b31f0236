"""Billing period labels, plan labels, amounts per period and MRR."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.billing import (
    amount_per_period,
    mrr_by_currency,
    plan_label,
    plan_names,
    subscription_mrr_minor,
)
from desktop_app.domain.models import Product
from desktop_app.domain.parse import parse_subscription
from desktop_app.domain.periods import BillingPeriod, billing_period, billing_period_label
from tests.core import factories as f


def sub(**fields: Any) -> Any:
    return parse_subscription(f.subscription(**fields))


@pytest.mark.parametrize(
    ("interval", "count", "label"),
    [
        ("month", 1, "Monthly"),
        ("year", 1, "Yearly"),
        ("month", 3, "Every 3 months"),
        ("week", 1, "Weekly"),
        ("week", 2, "Every 2 weeks"),
        ("day", 1, "Daily"),
        ("day", 10, "Every 10 days"),
        ("year", 2, "Every 2 years"),
        ("fortnight", 1, "Every fortnight"),
    ],
)
def test_billing_period_labels(interval: str, count: int, label: str) -> None:
    assert billing_period_label(interval, count) == label
    assert BillingPeriod(interval, count).english() == label


def test_billing_period_of_subscription() -> None:
    quarterly = sub(items=[f.item(price_obj=f.price(interval="month", interval_count=3))])
    assert billing_period(quarterly) == BillingPeriod("month", 3)
    assert billing_period(sub(items=[f.item(price_obj=f.price(interval=None))])) is None


def test_plan_label_single_two_and_many_items() -> None:
    products = {
        "prod_pro": Product("prod_pro", "Pro"),
        "prod_seat": Product("prod_seat", "Seats"),
        "prod_sup": Product("prod_sup", "Support"),
    }
    one = sub(items=[f.item()])
    two = sub(
        items=[f.item("si_a"), f.item("si_b", price_obj=f.price("price_s", product="prod_seat"))]
    )
    three = sub(
        items=[
            f.item("si_a"),
            f.item("si_b", price_obj=f.price("price_s", product="prod_seat")),
            f.item("si_c", price_obj=f.price("price_c", product="prod_sup")),
        ]
    )
    assert plan_label(one, products) == "Pro"
    assert plan_label(two, products) == "Pro, Seats"
    assert plan_label(three, products) == "Pro + 2 more"
    assert plan_names(three, products) == ["Pro", "Seats", "Support"]


def test_plan_label_falls_back_for_missing_or_deleted_product() -> None:
    expanded = sub(items=[f.item(price_obj=f.price(product=f.product("prod_x", "Gold")))])
    assert plan_label(expanded) == "Gold"
    nickname = sub(items=[f.item(price_obj=f.price(product="prod_gone", nickname="Legacy"))])
    assert plan_label(nickname, {}) == "Legacy"
    deleted = sub(items=[f.item(price_obj=f.price(product={"id": "prod_gone", "deleted": True}))])
    assert plan_label(deleted) == "prod_gone"


def test_amount_per_period_sums_licensed_items_times_quantity() -> None:
    items = [
        f.item("si_a", price_obj=f.price(unit_amount=2000), quantity=1),
        f.item("si_b", price_obj=f.price("price_s", unit_amount=450), quantity=3),
    ]
    assert amount_per_period(sub(items=items)) == 2000 + 3 * 450


def test_amount_per_period_is_none_with_metered_or_tiered_items() -> None:
    metered = f.item("si_m", price_obj=f.price("p_m", unit_amount=None, usage_type="metered"))
    tiered = f.item("si_t", price_obj=f.price("p_t", unit_amount=None, billing_scheme="tiered"))
    assert amount_per_period(sub(items=[f.item(), metered])) is None
    assert amount_per_period(sub(items=[tiered])) is None
    assert amount_per_period(sub(items=[])) is None


def test_amount_with_transform_quantity_and_decimal_unit_amount() -> None:
    package = f.price(unit_amount=1000, transform_quantity={"divide_by": 10, "round": "up"})
    assert amount_per_period(sub(items=[f.item(price_obj=package, quantity=25)])) == 3000
    tiny = f.price(unit_amount=None)
    tiny["unit_amount_decimal"] = "0.5"
    assert amount_per_period(sub(items=[f.item(price_obj=tiny, quantity=3)])) == 2


def test_zero_and_three_decimal_amounts() -> None:
    jpy = sub(currency="jpy", items=[f.item(price_obj=f.price(currency="jpy", unit_amount=1235))])
    assert amount_per_period(jpy) == 1235
    bhd = sub(currency="bhd", items=[f.item(price_obj=f.price(currency="bhd", unit_amount=1500))])
    assert mrr_by_currency([bhd]) == {"bhd": Decimal("1.500")}


def test_mrr_normalises_intervals() -> None:
    def one(interval: str, count: int, amount: int) -> Any:
        p = f.price(unit_amount=amount, interval=interval, interval_count=count)
        return sub(items=[f.item(price_obj=p)])

    assert subscription_mrr_minor(one("month", 1, 1000)) == Decimal(1000)
    assert subscription_mrr_minor(one("year", 1, 12000)) == Decimal(1000)
    assert subscription_mrr_minor(one("month", 3, 3000)) == Decimal(1000)
    weekly = subscription_mrr_minor(one("week", 1, 700))
    assert weekly == Decimal(700 * 36525) / Decimal(1200 * 7)  # 365.25 / 12 / 7 per week
    biweekly = subscription_mrr_minor(one("week", 2, 1400))
    assert biweekly == weekly
    assert subscription_mrr_minor(one("day", 1, 100)) == Decimal("3043.75")


def test_mrr_counts_active_and_past_due_only_and_never_mixes_currencies() -> None:
    usd = f.item(price_obj=f.price("p_usd", currency="usd", unit_amount=500))
    subs = [
        sub(ident="s1", status="active"),
        sub(ident="s2", status="past_due"),
        sub(ident="s3", status="active", cancel_at_period_end=True),
        sub(ident="s4", status="trialing"),
        sub(ident="s5", status="canceled", ended_at=f.T0),
        sub(ident="s6", status="unpaid"),
        sub(ident="s7", status="active", currency="usd", items=[usd]),
        sub(
            ident="s8",
            status="active",
            items=[f.item("si_m", price_obj=f.price(unit_amount=None, usage_type="metered"))],
        ),
    ]
    assert mrr_by_currency(subs) == {"eur": Decimal("60.00"), "usd": Decimal("5.00")}
