"""A full snapshot writes its pages without looking up what its earlier pages wrote
(``store/fresh.py``); what the cache shows must be as if it had looked."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_app.domain.parse import parse_product, parse_subscription
from desktop_app.store import Store, SubscriptionFilter
from desktop_app.sync.page_workers import prepare_subscriptions
from tests.core import factories as f

PRODUCTS = {p.id: p for p in (parse_product(f.product("prod_pro", "Pro")),)}


def write_pages(store: Store, *pages: list[dict[str, Any]]) -> None:
    with store.snapshot() as snap:
        snap.put_products(PRODUCTS.values())
        for page in pages:
            snap.write_prepared(prepare_subscriptions(page, PRODUCTS))


def shown(store: Store, customer_id: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (r.id, r.customer_name, r.customer_email) for r in store.customer_subscriptions(customer_id)
    }


def test_a_customer_renamed_between_pages_shows_the_new_name_on_every_subscription(
    store: Store,
) -> None:
    anna = f.customer("cus_c", "Anna", "anna@example.com")
    berg = f.customer("cus_c", "Anna Berg", "anna@berg.example")
    write_pages(
        store,
        [f.subscription("sub_1", customer_obj=anna), f.subscription("sub_2", customer_obj=anna)],
        [f.subscription("sub_3", customer_obj=berg)],
    )
    assert shown(store, "cus_c") == {
        (s, "Anna Berg", "anna@berg.example") for s in ("sub_1", "sub_2", "sub_3")
    }
    assert store.count_subscriptions(SubscriptionFilter(search="berg")) == 3
    assert store.count_subscriptions(SubscriptionFilter(search="anna@example")) == 0


def test_a_name_that_changes_and_changes_back_is_shown_as_last_written(store: Store) -> None:
    anna = f.customer("cus_c", "Anna", "anna@example.com")
    berg = f.customer("cus_c", "Anna Berg", "anna@example.com")
    other = f.customer("cus_o", "Otto", "otto@example.com")
    write_pages(
        store,
        [f.subscription("sub_1", customer_obj=anna), f.subscription("sub_o1", customer_obj=other)],
        [f.subscription("sub_2", customer_obj=berg)],
        [f.subscription("sub_3", customer_obj=anna), f.subscription("sub_o2", customer_obj=other)],
    )
    assert shown(store, "cus_c") == {
        (s, "Anna", "anna@example.com") for s in ("sub_1", "sub_2", "sub_3")
    }
    assert shown(store, "cus_o") == {(s, "Otto", "otto@example.com") for s in ("sub_o1", "sub_o2")}


def test_a_subscription_on_two_pages_counts_with_the_items_of_the_last(store: Store) -> None:
    cust = f.customer("cus_c", "Anna", "anna@example.com")
    ten = f.price("price_10", unit_amount=1000)
    seven = f.price("price_7", unit_amount=700)
    first = f.subscription(
        "sub_1",
        customer_obj=cust,
        items=[f.item("si_a", price_obj=ten), f.item("si_b", price_obj=ten)],
    )
    again = f.subscription("sub_1", customer_obj=cust, items=[f.item("si_c", price_obj=seven)])
    write_pages(store, [first], [again])
    assert store.mrr_by_currency() == {"eur": Decimal("7.00")}
    detail = store.subscription_detail("sub_1")
    assert detail is not None
    assert [i.item.id for i in detail.items] == ["si_c"]
    assert store.count_subscriptions() == 1


def test_objects_written_one_by_one_in_the_same_snapshot_are_taken_into_account(
    store: Store,
) -> None:
    anna = f.customer("cus_c", "Anna", "anna@example.com")
    berg = f.customer("cus_c", "Anna Berg", "anna@example.com")
    with store.snapshot() as snap:
        snap.put_products(PRODUCTS.values())
        snap.put_subscriptions([parse_subscription(f.subscription("sub_1", customer_obj=anna))])
        snap.write_prepared(
            prepare_subscriptions([f.subscription("sub_2", customer_obj=berg)], PRODUCTS)
        )
    assert shown(store, "cus_c") == {
        (s, "Anna Berg", "anna@example.com") for s in ("sub_1", "sub_2")
    }


def test_a_page_without_the_customer_expanded_is_named_by_a_later_one(store: Store) -> None:
    anna = f.customer("cus_c", "Anna", "anna@example.com")
    write_pages(
        store,
        [f.subscription("sub_1", customer_obj=anna)],
        [f.subscription("sub_2", customer_obj="cus_c")],  # only the ID
        [f.subscription("sub_3", customer_obj=anna)],
    )
    assert shown(store, "cus_c") == {
        (s, "Anna", "anna@example.com") for s in ("sub_1", "sub_2", "sub_3")
    }
