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
    cards = {i for i, pm in emu.state.payment_methods.items() if pm["type"] == "card"}
    sub = next(s for s in subs if s.default_payment_method in cards and s.pause_collection)
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


# The fields stripe-python 16.x gives each type's details (stripe/_payment_method.py:
# PaymentMethod.SepaDebit, .BacsDebit, .UsBankAccount, .Link); Stripe's fixture shows
# a card only, so the envelope is compared with it less its ``card``.
_DETAIL_KEYS = {
    "sepa_debit": {"bank_code", "branch_code", "country", "fingerprint", "generated_from", "last4"},
    "bacs_debit": {"fingerprint", "last4", "sort_code"},
    "us_bank_account": {
        "account_holder_type",
        "account_type",
        "bank_name",
        "financial_connections_account",
        "fingerprint",
        "last4",
        "networks",
        "routing_number",
        "status_details",
    },
    "link": {"email", "persistent_token"},
}


def test_other_payment_method_types_match_stripe(
    shared_emu: Emulator, shared_client: stripe.StripeClient, stripe_fixtures: Fixtures
) -> None:
    emu, client = shared_emu, shared_client  # an account large enough for every type
    envelope = {k: v for k, v in stripe_fixtures["payment_method"].items() if k != "card"}
    seen = set()
    for pm_id, stored in emu.state.payment_methods.items():
        kind = stored["type"]
        if kind == "card" or kind in seen:
            continue
        seen.add(kind)
        pm = client.v1.payment_methods.retrieve(pm_id).to_dict()
        details = pm.pop(kind)
        assert key_differences(pm, envelope) == [], kind
        assert set(details) == _DETAIL_KEYS[kind], kind
    assert seen == set(_DETAIL_KEYS)  # the demo account has every one of them


def test_legacy_card_sources_match_fixture(
    emu: Emulator, client: stripe.StripeClient, stripe_fixtures: Fixtures
) -> None:
    """Old accounts' customers whose only card is a ``default_source`` (``card_...``),
    and subscriptions with a ``default_source`` of their own; read with "Retrieve a
    source" (GET /v1/customers/:id/sources/:id, stripe-python
    CustomerPaymentSourceService.retrieve)."""
    customer = next(c for c in emu.state.customers.values() if c["default_source"])
    assert customer["invoice_settings"]["default_payment_method"] is None
    expanded = client.v1.customers.retrieve(customer["id"], params={"expand": ["default_source"]})
    source = expanded.to_dict()["default_source"]
    _check(source, stripe_fixtures, "card")
    retrieved = client.v1.customers.payment_sources.retrieve(customer["id"], source["id"])
    assert retrieved.to_dict() == source
    assert any(s["default_source"] for s in emu.state.subscriptions.values())
