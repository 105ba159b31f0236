"""Every object the emulator returns has the keys and nesting of Stripe's own fixtures."""

from __future__ import annotations

from typing import Any

import stripe

from desktop_app.emulator import Emulator
from tests.emulator.keyshape import key_differences

Fixtures = dict[str, dict[str, Any]]


def _check(ours: Any, fixtures: Fixtures, name: str) -> None:
    assert key_differences(ours, fixtures[name]) == [], name


def test_key_comparison_notices_a_missing_key() -> None:
    assert key_differences({"a": 1}, {"a": 1, "b": {"c": 2}}) == ["<top> lacks ['b']"]
    assert key_differences({"a": {"x": 1}}, {"a": {"y": 1}}) == [
        "a lacks ['y']",
        "a has extra ['x']",
    ]


def test_billing_objects_match_fixtures(
    emu: Emulator, client: stripe.StripeClient, stripe_fixtures: Fixtures
) -> None:
    subs = client.v1.subscriptions.list(params={"limit": 100, "status": "all"}).data
    sub = next(s for s in subs if s.default_payment_method and s.pause_collection)
    _check(sub.to_dict(), stripe_fixtures, "subscription")
    item = sub["items"].data[0]
    _check(item.to_dict(), stripe_fixtures, "subscription_item")
    _check(item.price.to_dict(), stripe_fixtures, "price")
    _check(item.plan.to_dict(), stripe_fixtures, "plan")
    _check(client.v1.products.retrieve(item.price.product).to_dict(), stripe_fixtures, "product")
    customer = client.v1.customers.retrieve(sub.customer)
    _check(customer.to_dict(), stripe_fixtures, "customer")
    pm = client.v1.payment_methods.retrieve(sub.default_payment_method)
    _check(pm.to_dict(), stripe_fixtures, "payment_method")
    invoice = client.v1.invoices.retrieve(sub.latest_invoice)
    _check(invoice.to_dict(), stripe_fixtures, "invoice")
    _check(client.v1.accounts.retrieve_current().to_dict(), stripe_fixtures, "account")


def test_tax_ids_match_fixture(
    emu: Emulator, client: stripe.StripeClient, stripe_fixtures: Fixtures
) -> None:
    customer_id = next(iter(emu.state.tax_ids))
    tax_ids = client.v1.customers.tax_ids.list(customer_id).data
    assert tax_ids
    _check(tax_ids[0].to_dict(), stripe_fixtures, "tax_id")
    expanded = client.v1.customers.retrieve(customer_id, params={"expand": ["tax_ids"]})
    assert expanded.tax_ids.data[0].id == tax_ids[0].id


def test_event_and_portal_objects_match_fixtures(
    emu: Emulator, client: stripe.StripeClient, stripe_fixtures: Fixtures
) -> None:
    sub = client.v1.subscriptions.list(params={"limit": 1, "status": "active"}).data[0]
    client.v1.subscriptions.update(sub.id, params={"cancel_at_period_end": True})
    event = client.v1.events.list(params={"limit": 1}).data[0].to_dict()
    assert set(event["data"]) == {"object", "previous_attributes"}
    assert event["data"]["object"]["id"] == sub.id
    event["data"] = {"object": stripe_fixtures["event"]["data"]["object"]}  # a plan there
    _check(event, stripe_fixtures, "event")
    session = client.v1.billing_portal.sessions.create(
        params={
            "customer": sub.customer,
            "return_url": "https://example.com/back",
            "flow_data": {
                "type": "subscription_cancel",
                "subscription_cancel": {"subscription": sub.id},
            },
        }
    )
    _check(session.to_dict(), stripe_fixtures, "billing_portal.session")
    config = client.v1.billing_portal.configurations.list().data[0]
    _check(config.to_dict(), stripe_fixtures, "billing_portal.configuration")
