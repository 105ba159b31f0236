"""A page of subscriptions decoded with only the keys the cache reads
(``page_schema.py``) parses exactly as the whole JSON does."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from desktop_app.domain import parse_subscription
from desktop_app.stripe_api import SUBSCRIPTION_EXPAND, StripeApi
from desktop_app.stripe_api.list_body import (
    UnreadableBody,
    decode_edges,
    decode_list,
    decode_subscription_list,
)
from desktop_app.stripe_api.slices import PageEdges
from desktop_app.sync.page_workers import prepare_subscriptions

Json = dict[str, Any]


def _bodies(api: StripeApi) -> list[bytes]:
    params: Json = {"limit": 100, "status": "all", "expand": list(SUBSCRIPTION_EXPAND)}
    bodies = []
    while True:
        body = api.get_body("/v1/subscriptions", params)
        bodies.append(body)
        data, has_more = decode_list(body)
        if not has_more:
            return bodies
        params["starting_after"] = data[-1]["id"]


def _same_both_ways(body: bytes) -> list[Json]:
    pruned, pruned_more = decode_subscription_list(body)
    whole, whole_more = decode_list(body)
    assert pruned_more == whole_more
    assert [parse_subscription(obj) for obj in pruned] == [parse_subscription(obj) for obj in whole]
    assert prepare_subscriptions(pruned, {}) == prepare_subscriptions(whole, {})
    return pruned


def test_every_emulator_page_parses_the_same_from_fewer_keys(api: StripeApi) -> None:
    bodies = _bodies(api)
    assert len(bodies) >= 3  # every status, paused, trialing, metered, deleted customers
    for body in bodies:
        pruned = _same_both_ways(body)
        whole, _ = decode_list(body)
        assert len(orjson.dumps(pruned)) < len(orjson.dumps(whole)) / 2  # it does prune


def _page(api: StripeApi) -> list[Json]:
    data, _ = decode_list(_bodies(api)[0])
    return data


def _body(subs: list[Json], has_more: bool = False) -> bytes:
    return orjson.dumps({"object": "list", "data": subs, "has_more": has_more, "url": "/x"})


def _method(kind: str, details: Json) -> Json:
    return {
        "id": f"pm_{kind}",
        "object": "payment_method",
        "type": kind,
        kind: details,
        "billing_details": {"address": {"postal_code": "1011 AB"}, "email": None},
        "customer": "cus_1",
        "livemode": False,
        "metadata": {},
    }


def test_bank_debits_keep_their_details(api: StripeApi) -> None:
    subs = _page(api)[:3]
    subs[0]["default_payment_method"] = _method(
        "sepa_debit", {"bank_code": "INGB", "country": "NL", "last4": "3000"}
    )
    subs[1]["default_payment_method"] = _method(
        "us_bank_account", {"bank_name": "STRIPE TEST BANK", "last4": "6789"}
    )
    pruned = _same_both_ways(_body(subs))
    assert len(orjson.dumps(pruned)) < len(_body(subs)) / 2  # not decoded whole
    shown = [parse_subscription(obj).default_payment_method for obj in pruned[:2]]
    assert [(pm.type, pm.brand, pm.last4, pm.country) for pm in shown if pm] == [
        ("sepa_debit", None, "3000", "NL"),
        ("us_bank_account", "STRIPE TEST BANK", "6789", None),
    ]


def test_a_method_type_newer_than_the_app_keeps_its_details(api: StripeApi) -> None:
    """The schema cannot know its details' key: that page is decoded whole."""
    subs = _page(api)[:3]
    customer = subs[1]["customer"]
    customer["invoice_settings"]["default_payment_method"] = _method(
        "future_wallet", {"brand": "futurepay", "last4": "4242"}
    )
    pruned = _same_both_ways(_body(subs))
    card = parse_subscription(pruned[1]).customer
    assert card is not None
    assert card.default_payment_method_id == "pm_future_wallet"
    assert pruned[1]["customer"]["invoice_settings"]["default_payment_method"]["future_wallet"]
    subs[1]["default_payment_method"] = _method("future_wallet", {"last4": "4242"})
    pruned = _same_both_ways(_body(subs))
    shown = parse_subscription(pruned[1]).default_payment_method
    assert shown is not None
    assert (shown.type, shown.last4) == ("future_wallet", "4242")


def test_deleted_customers_legacy_plans_and_older_layouts(api: StripeApi) -> None:
    subs = _page(api)[:4]
    subs[0]["customer"] = {"id": "cus_gone", "object": "customer", "deleted": True}
    item = subs[1]["items"]["data"][0]
    plan = {
        "id": "plan_old",
        "object": "plan",
        "product": "prod_old",
        "currency": "eur",
        "amount": 1250,
        "amount_decimal": "1250",
        "interval": "month",
        "interval_count": 3,
        "usage_type": "licensed",
        "nickname": "Quarterly",
    }
    item["price"], item["plan"] = None, plan
    subs[2]["current_period_end"] = 1_900_000_000  # period on the subscription
    subs[2]["items"] = subs[2]["items"]["data"]  # a plain list of items
    subs[3]["status"] = "some_status_from_a_newer_api"
    pruned = _same_both_ways(_body(subs, has_more=True))
    parsed = [parse_subscription(obj) for obj in pruned]
    assert parsed[0].customer is not None
    assert parsed[0].customer.deleted
    assert parsed[1].items[0].price.id == "plan_old"
    assert parsed[1].items[0].price.interval_count == 3
    assert parsed[3].status == "some_status_from_a_newer_api"


def test_a_value_of_an_unexpected_kind_decodes_the_page_whole(api: StripeApi) -> None:
    subs = _page(api)[:3]
    subs[0]["pause_collection"] = "paused"  # an object in Stripe's JSON
    subs[1]["customer"] = 12345
    _same_both_ways(_body(subs))


BAD_BODIES = [
    b"<html>Bad gateway</html>",
    b"\xff\xfe{}",
    b'{"data": 5}',
    b'{"data": [{"id": "sub_1", "created": 5, "description": "\xff"}]}',  # not UTF-8
]


@pytest.mark.parametrize("body", BAD_BODIES)
def test_a_body_that_is_not_a_list_is_refused(body: bytes) -> None:
    with pytest.raises(UnreadableBody):
        decode_subscription_list(body)


def test_a_page_s_edges_alone_are_those_of_the_whole_page(api: StripeApi) -> None:
    for body in _bodies(api):
        data, has_more = decode_list(body)
        assert decode_edges(body) == (PageEdges.of(data), has_more)
    assert decode_edges(_body([], has_more=False)) == (None, False)


@pytest.mark.parametrize("body", [*BAD_BODIES[:3], b'{"data": [{"id": "sub_1"}]}'])
def test_edges_are_not_guessed_from_a_body_they_do_not_fit(body: bytes) -> None:
    assert decode_edges(body) is None  # (a full decode then tells what it is)
