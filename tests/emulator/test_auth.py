"""Keys: unknown and revoked keys get 401, restricted keys 403 naming the permission,
live and test keys see their own mode's objects."""

from __future__ import annotations

import pytest
import stripe

from desktop_app.emulator import Emulator
from tests.emulator.conftest import client_for


def test_unknown_key_is_401_with_stripe_error(emu: Emulator) -> None:
    bad = client_for(emu, "sk_test_FAKEunknown1234")
    with pytest.raises(stripe.AuthenticationError) as caught:
        bad.v1.subscriptions.list()
    assert caught.value.http_status == 401
    assert "Invalid API Key provided" in str(caught.value)
    assert "FAKEunknown1234" not in str(caught.value)  # Stripe masks the key
    assert emu.request_log[-1].status == 401


def test_revoked_key_is_401(emu: Emulator) -> None:
    emu.add_key("sk_test_FAKEsoonrevoked9")
    client = client_for(emu, "sk_test_FAKEsoonrevoked9")
    assert client.v1.customers.list(params={"limit": 1}).data
    emu.revoke_key("sk_test_FAKEsoonrevoked9")
    with pytest.raises(stripe.AuthenticationError) as caught:
        client.v1.customers.list(params={"limit": 1})
    assert caught.value.json_body["error"]["code"] == "api_key_expired"


def test_restricted_key_gets_403_naming_the_permission(emu: Emulator) -> None:
    key = "rk_test_FAKErestricted42abc"
    emu.add_key(key, permissions={"rak_subscription_read", "rak_event_read"})
    client = client_for(emu, key)
    sub = client.v1.subscriptions.list(params={"limit": 1}).data[0]
    with pytest.raises(stripe.PermissionError) as caught:
        client.v1.subscriptions.update(sub.id, params={"cancel_at_period_end": True})
    assert caught.value.http_status == 403
    message = str(caught.value)
    assert "rak_subscription_write" in message
    assert emu.state.account["id"] in message
    # As Stripe shows the key in a 403: prefix, asterisks, last six (stripe-node #2246).
    assert f"'rk_test_{'*' * (len(key) - 14)}d42abc'" in message
    assert key not in message
    with pytest.raises(stripe.PermissionError) as caught:
        client.v1.customers.list()
    assert "rak_customer_read" in str(caught.value)
    with pytest.raises(stripe.PermissionError) as caught:
        client.v1.billing_portal.sessions.create(params={"customer": sub.customer})
    assert "rak_customer_portal_write" in str(caught.value)
    assert client.v1.events.list(params={"limit": 1}).object == "list"
    assert emu.state.subscriptions[sub.id]["cancel_at_period_end"] == sub.cancel_at_period_end


def test_live_and_test_keys_see_their_own_mode(emu: Emulator) -> None:
    test_client = client_for(emu)
    live_client = client_for(emu, emu.live_api_key)
    live = live_client.v1.subscriptions.list(params={"status": "all", "limit": 100}).data
    test = test_client.v1.subscriptions.list(params={"status": "all", "limit": 100}).data
    assert live
    assert all(s.livemode for s in live)
    assert not any(s.livemode for s in test)
    assert {s.id for s in live}.isdisjoint({s.id for s in test})
    with pytest.raises(stripe.InvalidRequestError) as caught:
        test_client.v1.subscriptions.retrieve(live[0].id)
    assert caught.value.http_status == 404
    assert live_client.v1.accounts.retrieve_current().id == emu.state.account["id"]
