"""Listing through the official SDK: paging, filters, expansions."""

from __future__ import annotations

import pytest
import stripe

from desktop_app.emulator import Emulator


def _all_subscriptions(client: stripe.StripeClient, **params: object) -> list[stripe.Subscription]:
    seen = []
    page = client.v1.subscriptions.list(params={"limit": 100, **params})
    while True:
        seen += page.data
        if not page.has_more:
            return seen
        page = client.v1.subscriptions.list(
            params={"limit": 100, "starting_after": page.data[-1].id, **params}
        )


@pytest.mark.slow
def test_paging_returns_each_subscription_once_newest_first(
    shared_emu: Emulator, shared_client: stripe.StripeClient
) -> None:
    subs = _all_subscriptions(shared_client, status="all")
    ids = [s.id for s in subs]
    assert len(ids) == len(set(ids)) == len(shared_emu.state.subscriptions) == 1200
    created = [s.created for s in subs]
    assert created == sorted(created, reverse=True)


def test_default_listing_omits_canceled(client: stripe.StripeClient) -> None:
    subs = _all_subscriptions(client)
    assert subs, "the demo data has live subscriptions"
    assert all(s.status != "canceled" for s in subs)
    canceled = _all_subscriptions(client, status="canceled")
    assert canceled
    assert all(s.status == "canceled" for s in canceled)
    everything = _all_subscriptions(client, status="all")
    assert len(subs) + len(canceled) == len(everything)
    past_due = _all_subscriptions(client, status="past_due")
    assert past_due
    assert all(s.status == "past_due" for s in past_due)


def test_ending_before_pages_backwards(shared_client: stripe.StripeClient) -> None:
    first = shared_client.v1.subscriptions.list(params={"limit": 5, "status": "all"})
    second = shared_client.v1.subscriptions.list(
        params={"limit": 5, "status": "all", "starting_after": first.data[-1].id}
    )
    back = shared_client.v1.subscriptions.list(
        params={"limit": 5, "status": "all", "ending_before": second.data[0].id}
    )
    assert [s.id for s in back.data] == [s.id for s in first.data]
    assert back.has_more is False


def test_created_range_filter(client: stripe.StripeClient) -> None:
    subs = _all_subscriptions(client, status="all")
    middle = subs[len(subs) // 2].created
    newer = _all_subscriptions(client, status="all", created={"gt": middle})
    older = _all_subscriptions(client, status="all", created={"lte": middle})
    assert all(s.created > middle for s in newer)
    assert all(s.created <= middle for s in older)
    assert len(newer) + len(older) == len(subs)


def test_expand_customer_payment_method_and_latest_invoice(
    shared_client: stripe.StripeClient,
) -> None:
    page = shared_client.v1.subscriptions.list(
        params={
            "limit": 50,
            "status": "all",
            "expand": ["data.customer", "data.latest_invoice", "data.default_payment_method"],
        }
    )
    for sub in page.data:
        assert sub.customer.object == "customer"
        assert sub.latest_invoice.object == "invoice"
        invoice = sub.latest_invoice
        assert invoice.parent.subscription_details.subscription == sub.id
        pm = sub.default_payment_method
        assert pm is None or pm[pm.type]  # the details under the type's name
    plain = shared_client.v1.subscriptions.list(params={"limit": 5, "status": "all"})
    assert all(isinstance(s.customer, str) for s in plain.data)


def test_expanding_five_levels_is_refused(shared_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as caught:
        shared_client.v1.subscriptions.list(params={"expand": ["data.items.data.price.product"]})
    assert caught.value.http_status == 400
    assert "more than 4 levels" in str(caught.value)
    assert caught.value.param == "expand"
    four = shared_client.v1.subscriptions.list(
        params={"limit": 2, "expand": ["data.items.data.price"]}
    )
    assert four.data[0].items.data[0].price.object == "price"


def test_retrieve_expands_product_four_levels(shared_client: stripe.StripeClient) -> None:
    first = shared_client.v1.subscriptions.list(params={"limit": 1}).data[0]
    sub = shared_client.v1.subscriptions.retrieve(
        first.id, params={"expand": ["items.data.price.product", "customer"]}
    )
    product = sub["items"].data[0].price.product
    assert product.object == "product"
    assert product.name


def test_unknown_id_is_404(shared_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as caught:
        shared_client.v1.subscriptions.retrieve("sub_doesnotexist")
    assert caught.value.http_status == 404
    assert caught.value.code == "resource_missing"
    assert "No such subscription" in str(caught.value)


def test_bad_input_is_400_with_param(shared_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as caught:
        shared_client.v1.subscriptions.list(params={"limit": 101})
    assert caught.value.http_status == 400
    assert caught.value.param == "limit"
    with pytest.raises(stripe.InvalidRequestError) as caught:
        shared_client.v1.subscriptions.list(params={"status": "sleeping"})
    assert caught.value.param == "status"


def test_customers_products_prices_lists(shared_client: stripe.StripeClient) -> None:
    customers = shared_client.v1.customers.list(params={"limit": 100})
    assert len(customers.data) == 100
    assert customers.has_more
    products = shared_client.v1.products.list(params={"limit": 100}).data
    prices = shared_client.v1.prices.list(params={"limit": 100})
    product_ids = {p.id for p in products}
    assert all(p.product in product_ids for p in prices.data)
    intervals = {(p.recurring.interval, p.recurring.interval_count) for p in prices.data}
    assert {("month", 1), ("year", 1), ("month", 3), ("week", 1)} <= intervals
    currencies = {p.currency for p in prices.data}
    assert {"eur", "sek", "usd", "jpy"} <= currencies


def test_tiered_metered_and_zero_decimal_prices(client: stripe.StripeClient) -> None:
    prices = client.v1.prices.list(params={"limit": 100}).data
    prices += client.v1.prices.list(params={"limit": 100, "starting_after": prices[-1].id}).data
    tiered = next(p for p in prices if p.billing_scheme == "tiered")
    assert tiered.unit_amount is None
    assert "tiers" not in tiered
    with_tiers = client.v1.prices.retrieve(tiered.id, params={"expand": ["tiers"]})
    assert with_tiers.tiers[-1].up_to is None
    assert with_tiers.tiers[0].unit_amount > with_tiers.tiers[1].unit_amount
    metered = next(p for p in prices if p.recurring.usage_type == "metered")
    assert metered.recurring.meter.startswith("mtr_")
    licensed = [p for p in prices if p.recurring.usage_type == "licensed" and p.unit_amount]
    yen = [p for p in licensed if p.currency == "jpy"]
    assert yen
    euro = {p.lookup_key.rsplit("_", 1)[0]: p.unit_amount for p in licensed if p.currency == "eur"}
    for price in yen:  # whole yen, about 1.6 yen per euro cent
        assert price.unit_amount % 10 == 0
        assert price.unit_amount < euro[price.lookup_key.rsplit("_", 1)[0]] * 5
