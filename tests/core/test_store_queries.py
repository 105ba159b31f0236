"""Queries: filters, search, native sorting, counts, money totals and details."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from desktop_app.domain.billing import amount_per_period, mrr_by_currency, plan_label
from desktop_app.domain.parse import parse_customer, parse_invoice, parse_payment_method
from desktop_app.domain.status import DisplayStatus, display_status, next_billing
from desktop_app.store import SortKey, Store, SubscriptionFilter
from tests.core import factories as f
from tests.core import store_data

ALL = len(store_data.raw_subscriptions())


def ids(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.id for row in rows]


def test_rows_carry_the_domain_derivations(filled_store: Store) -> None:
    products = {p.id: p for p in store_data.products()}
    names = {c.id: c.name for c in store_data.customers()}
    rows = {row.id: row for row in filled_store.query_subscriptions()}
    assert len(rows) == ALL
    for sub in store_data.subscriptions():
        row = rows[sub.id]
        nb = next_billing(sub)
        assert row.display_status is display_status(sub)
        assert row.raw_status == sub.status
        assert row.amount_minor == amount_per_period(sub)
        assert row.plan_label == plan_label(sub, products)
        assert row.customer_name == names.get(sub.customer_id or "")
        assert row.next_billing_date == (nb.date if nb else None)
        assert row.next_billing_kind == (nb.kind if nb else None)
        assert row.created == sub.created
        assert row.collection_paused == (
            sub.pause_collection is not None and row.display_status != "canceled"
        )


def test_rows_are_frozen_dataclasses_not_tuples(filled_store: Store) -> None:
    """Qt converts a tuple returned from a model's data() into a list: rows must stay
    objects that pass through a QVariant untouched."""
    row = filled_store.query_subscriptions(limit=1)[0]
    assert dataclasses.is_dataclass(row)
    assert not isinstance(row, tuple | list)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.plan_label = "changed"  # type: ignore[misc]


def test_unknown_status_row(filled_store: Store) -> None:
    (row,) = filled_store.query_subscriptions(SubscriptionFilter(search="sub_x1"))
    assert row.display_status is DisplayStatus.UNKNOWN
    assert row.raw_status == "future_status"
    assert row.customer_name is None  # the customer is not in the cache


def test_filter_by_status_and_collection_pause(filled_store: Store) -> None:
    def q(**kw: object) -> list[str]:
        return sorted(ids(filled_store.query_subscriptions(SubscriptionFilter(**kw))))  # type: ignore[arg-type]

    assert q(statuses=frozenset({DisplayStatus.ACTIVE})) == ["sub_a1", "sub_z1"]
    assert q(statuses=frozenset({DisplayStatus.PAST_DUE, DisplayStatus.UNPAID})) == [
        "sub_a2",
        "sub_n1",
    ]
    assert q(statuses=frozenset()) == []
    assert q(statuses=frozenset({"past_due"})) == ["sub_a2"]  # plain strings work too
    assert q(collection_paused=True) == ["sub_b2", "sub_z1"]
    assert len(q(collection_paused=False)) == ALL - 2
    assert q(statuses=frozenset({DisplayStatus.ACTIVE}), collection_paused=True) == ["sub_z1"]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("acme", ["sub_a1", "sub_a2"]),
        ("ACME bv", ["sub_a1", "sub_a2"]),
        ("ZOË", ["sub_z1", "sub_z2"]),
        ("café", ["sub_z1", "sub_z2"]),
        ("finance@bolt", ["sub_b1", "sub_b2"]),
        ("sub_b2", ["sub_b2"]),
        ("cus_noname", ["sub_n1"]),
        ("price_seat", ["sub_a2"]),
        ("prod_seat", ["sub_a2"]),
        ("seats", ["sub_a2"]),
        ("acme seats", ["sub_a2"]),
        ("acme bolt", []),
        ("%", []),
        ("_", ["sub_a1", "sub_a2", "sub_b1", "sub_b2", "sub_n1", "sub_x1", "sub_z1", "sub_z2"]),
        ("   ", ["sub_a1", "sub_a2", "sub_b1", "sub_b2", "sub_n1", "sub_x1", "sub_z1", "sub_z2"]),
    ],
)
def test_search(filled_store: Store, search: str, expected: list[str]) -> None:
    rows = filled_store.query_subscriptions(SubscriptionFilter(search=search))
    assert sorted(ids(rows)) == expected


def test_sort_by_amount_is_numeric_with_missing_last(filled_store: Store) -> None:
    ascending = filled_store.query_subscriptions(sort=SortKey.AMOUNT, descending=False)
    amounts = [r.amount_minor for r in ascending]
    known = [a for a in amounts if a is not None]
    assert known == sorted(known)
    assert amounts[-1] is None
    assert known[0] == 900
    assert known[-1] == 120000
    descending = filled_store.query_subscriptions(sort=SortKey.AMOUNT, descending=True)
    amounts_desc = [r.amount_minor for r in descending]
    assert [a for a in amounts_desc if a is not None] == sorted(known, reverse=True)
    assert amounts_desc[-1] is None


def test_sort_by_next_billing_with_missing_last(filled_store: Store) -> None:
    for descending in (False, True):
        rows = filled_store.query_subscriptions(sort=SortKey.NEXT_BILLING, descending=descending)
        dates = [r.next_billing_date for r in rows]
        known = [d for d in dates if d is not None]
        assert known == sorted(known, reverse=descending)
        assert dates[len(known) :] == [None] * (len(dates) - len(known))


def test_sort_by_customer_status_created_plan_email(filled_store: Store) -> None:
    by_customer = filled_store.query_subscriptions(sort=SortKey.CUSTOMER, descending=False)
    keys = [
        (r.customer_name or r.customer_email or r.customer_id or "").casefold() for r in by_customer
    ]
    assert keys == sorted(keys)
    by_status = filled_store.query_subscriptions(sort=SortKey.STATUS, descending=False)
    order = list(DisplayStatus)
    ranks = [order.index(r.display_status) for r in by_status]
    assert ranks == sorted(ranks)
    by_created = filled_store.query_subscriptions(sort=SortKey.CREATED, descending=True)
    stamps = [(r.created, r.id) for r in by_created]
    assert stamps == sorted(stamps, reverse=True)
    by_plan = filled_store.query_subscriptions(sort=SortKey.PLAN, descending=False)
    plans = [r.plan_label.casefold() for r in by_plan]
    assert plans == sorted(plans)
    by_email = filled_store.query_subscriptions(sort=SortKey.EMAIL, descending=True)
    emails = [r.customer_email for r in by_email]
    assert emails[-1] is None
    present = [e for e in emails if e is not None]
    assert present == sorted(present, reverse=True)


def test_paging(filled_store: Store) -> None:
    everything = ids(filled_store.query_subscriptions(sort=SortKey.CUSTOMER, descending=False))
    first = filled_store.query_subscriptions(sort=SortKey.CUSTOMER, descending=False, limit=3)
    rest = filled_store.query_subscriptions(sort=SortKey.CUSTOMER, descending=False, offset=3)
    assert ids(first) + ids(rest) == everything
    assert len(first) == 3


def test_ids_then_rows_for_visible_part(filled_store: Store) -> None:
    flt = SubscriptionFilter(statuses=frozenset({DisplayStatus.ACTIVE, DisplayStatus.CANCELING}))
    rows = filled_store.query_subscriptions(flt, SortKey.AMOUNT, True)
    order = filled_store.subscription_ids(flt, SortKey.AMOUNT, True)
    assert order == ids(rows)
    visible = [*order[1:3], "sub_gone"]
    assert filled_store.rows_for_ids(visible) == rows[1:3]


def test_status_counts(filled_store: Store) -> None:
    counts = filled_store.status_counts()
    expected = {s.value: 0 for s in DisplayStatus}
    for sub in store_data.subscriptions():
        expected[display_status(sub).value] += 1
    assert {k: v for k, v in counts.items() if k in expected} == expected
    assert counts["all"] == ALL
    assert counts["collection_paused"] == 2
    acme = filled_store.status_counts("acme")
    assert (acme["all"], acme["active"], acme["past_due"], acme["collection_paused"]) == (
        2,
        1,
        1,
        0,
    )


@pytest.mark.parametrize("search", [None, "acme", "pro", "example"])
def test_counts_agree_with_filtered_queries(filled_store: Store, search: str | None) -> None:
    counts = filled_store.status_counts(search)
    for status in DisplayStatus:
        flt = SubscriptionFilter(statuses=frozenset({status}), search=search)
        assert counts[status.value] == filled_store.count_subscriptions(flt)
        assert counts[status.value] == len(filled_store.query_subscriptions(flt))
    paused = SubscriptionFilter(collection_paused=True, search=search)
    assert counts["collection_paused"] == filled_store.count_subscriptions(paused)
    assert counts["all"] == filled_store.count_subscriptions(SubscriptionFilter(search=search))


def test_mrr_matches_the_domain_rule(filled_store: Store) -> None:
    assert filled_store.mrr_by_currency() == mrr_by_currency(store_data.subscriptions())
    assert set(filled_store.mrr_by_currency()) == {"eur", "usd"}


def test_mrr_with_weekly_zero_and_three_decimal_currencies(store: Store) -> None:
    from desktop_app.domain.parse import parse_subscription

    def one(ident: str, currency: str, amount: int, interval: str, count: int) -> object:
        p = f.price(
            f"price_{ident}",
            currency=currency,
            unit_amount=amount,
            interval=interval,
            interval_count=count,
        )
        return parse_subscription(
            f.subscription(ident, currency=currency, items=[f.item(price_obj=p)])
        )

    subs = [
        one("s1", "jpy", 1235, "month", 1),
        one("s2", "jpy", 700, "week", 2),
        one("s3", "bhd", 1500, "year", 1),
        one("s4", "eur", 999, "day", 1),
    ]
    with store.snapshot() as snap:
        snap.put_subscriptions(subs)  # type: ignore[arg-type]
    expected = mrr_by_currency(subs)  # type: ignore[arg-type]
    assert store.mrr_by_currency() == expected
    assert expected["jpy"] == Decimal(1235 + round(350 * 365.25 / 12 / 7))
    assert expected["bhd"] == Decimal("0.125")


def test_sums_of_the_largest_amounts_stay_exact(store: Store) -> None:
    """10,000 monthly subscriptions of 10**15 minor units each (the most an amount may
    be, domain/values.py), past due: their MRR and amount at risk come to 10**19, past
    SQLite's 64-bit integers, where SUM() fails with "integer overflow"."""
    from desktop_app.domain.parse import parse_subscription
    from desktop_app.domain.values import MAX_AMOUNT

    price = f.price("price_max", currency="usd", unit_amount=MAX_AMOUNT)
    subs = [
        parse_subscription(
            f.subscription(
                f"sub_{i}",
                status="past_due",
                currency="usd",
                items=[f.item(f"si_{i}", price_obj=price)],
            )
        )
        for i in range(10_000)
    ]
    with store.snapshot() as snap:
        snap.put_subscriptions(subs)
    total = Decimal(10_000 * MAX_AMOUNT) / 100
    assert store.mrr_by_currency() == {"usd": total}
    assert store.at_risk_by_currency() == {"usd": total}


def test_at_risk_uses_open_invoice_or_period_amount(filled_store: Store) -> None:
    # sub_a2 (past due): no invoice cached yet -> its period amount, 33.50
    assert filled_store.at_risk_by_currency() == {"eur": Decimal("33.50")}
    open_invoice = parse_invoice(
        f.invoice(
            "in_a2",
            subscription="sub_a2",
            customer_id="cus_acme",
            amount_due=3350,
            amount_remaining=1200,
        )
    )
    with filled_store.changes() as ch:
        ch.put_invoices([open_invoice])
    assert filled_store.at_risk_by_currency() == {"eur": Decimal("12.00")}
    paid = parse_invoice(f.invoice("in_a2", status="paid", amount_remaining=0))
    with filled_store.changes() as ch:
        ch.put_invoices([paid])
    assert filled_store.at_risk_by_currency() == {"eur": Decimal("33.50")}


def test_subscription_detail(filled_store: Store) -> None:
    with filled_store.changes() as ch:
        ch.put_payment_methods([parse_payment_method(f.card("pm_cust", last4="1881"))])
        ch.put_invoices(
            [parse_invoice(f.invoice("in_a2", subscription="sub_a2", customer_id="cus_acme"))]
        )
    detail = filled_store.subscription_detail("sub_a2")
    assert detail is not None
    assert detail.row.id == "sub_a2"
    assert detail.customer == parse_customer(store_data.CUSTOMERS[0])
    assert detail.payment_method is not None
    assert (detail.payment_method.last4, detail.payment_method_source) == ("1881", "customer")
    assert [(d.item.id, d.product.name if d.product else None) for d in detail.items] == [
        ("si_a2", "Pro"),
        ("si_a2s", "Seats"),
    ]
    assert detail.latest_invoice is not None
    assert detail.latest_invoice.attempt_count == 1
    assert detail.billing_period is not None
    assert detail.billing_period.english() == "Monthly"
    assert detail.next_billing is not None
    assert detail.next_billing.kind == "renews"
    assert filled_store.subscription_detail("sub_missing") is None


def test_detail_prefers_the_subscription_payment_method(store: Store) -> None:
    from desktop_app.domain.parse import parse_subscription

    raw = f.subscription(
        "sub_pm", customer_obj=f.customer("cus_1"), default_payment_method=f.card("pm_sub", "0005")
    )
    with store.snapshot() as snap:
        snap.put_subscriptions([parse_subscription(raw)])
    detail = store.subscription_detail("sub_pm")
    assert detail is not None
    assert detail.payment_method is not None
    assert (detail.payment_method.last4, detail.payment_method_source) == ("0005", "subscription")


def test_known_ids(filled_store: Store) -> None:
    assert filled_store.known_ids("customers", ["cus_acme", "cus_missing", "cus_zed"]) == {
        "cus_acme",
        "cus_zed",
    }
    assert filled_store.known_ids("prices", ["price_seat", "price_nope"]) == {"price_seat"}
    assert filled_store.known_ids("products", []) == set()
    with pytest.raises(ValueError, match="Unknown object kind"):
        filled_store.known_ids("meta", ["event_cursor"])


def test_customer_subscriptions(filled_store: Store) -> None:
    assert sorted(ids(filled_store.customer_subscriptions("cus_bolt"))) == ["sub_b1", "sub_b2"]
    assert filled_store.customer_subscriptions("cus_nobody") == []


def test_meta(filled_store: Store) -> None:
    meta = filled_store.meta
    assert (meta.account_id, meta.account_name, meta.livemode) == (
        "acct_TEST1",
        "Test Company",
        False,
    )
    assert meta.event_cursor == 1_700_000_000
    assert meta.last_sync_at is not None
    assert meta.last_sync_at == meta.last_full_sync_at
    assert filled_store.has_snapshot


def test_empty_store(store: Store) -> None:
    assert store.query_subscriptions() == []
    assert store.status_counts()["all"] == 0
    assert store.mrr_by_currency() == {}
    assert store.at_risk_by_currency() == {}
    assert not store.has_snapshot
    assert store.meta.event_cursor is None
