"""StripeApi over HTTP to the emulator: errors translated and redacted, 429s absorbed,
sliced listing complete without a request per subscription."""

from __future__ import annotations

import time
from typing import Any

import pytest

from desktop_app.emulator import Emulator
from desktop_app.errors import (
    AuthenticationFailed,
    NetworkUnavailable,
    PermissionMissing,
    StripeServerError,
)
from desktop_app.redaction import contains_secret
from desktop_app.stripe_api import StripeApi, SubscriptionQuery
from tests.sync.conftest import make_api


def all_subscription_ids(emu: Emulator) -> set[str]:
    with emu.lock:
        return set(emu.state.subscriptions)


def sliced_ids(api: StripeApi, workers: int = 6) -> list[str]:
    seen: list[str] = []

    def on_page(page: list[dict[str, Any]]) -> None:
        seen.extend(obj["id"] for obj in page)

    api.list_subscriptions_sliced(
        [SubscriptionQuery(on_page)],
        created_from=api.account().created or 0,
        created_to=int(time.time()) + 86_400,
        workers=workers,
    )
    return seen


def test_account_is_read(api: StripeApi, emu: Emulator) -> None:
    account = api.account()
    assert account.id == emu.state.account["id"]
    assert account.name


def test_revoked_key_says_to_replace_it(api: StripeApi, emu: Emulator) -> None:
    emu.revoke_key(emu.api_key)
    with pytest.raises(AuthenticationFailed, match="revoked or rolled") as info:
        api.account()
    assert "Replace it" in str(info.value)
    assert not contains_secret(str(info.value))


def test_missing_permission_is_named(emu: Emulator) -> None:
    key = "rk_test_FAKEmissingperm0001"
    emu.add_key(key, permissions={"rak_customer_read", "rak_event_read"})
    api = StripeApi(key, emu.base_url, max_retries=0)
    with pytest.raises(PermissionMissing) as info:
        api.get("/v1/subscriptions", limit=1)
    assert info.value.permission == "rak_subscription_read"
    assert "rak_subscription_read" in str(info.value)
    assert "Dashboard" in str(info.value)
    assert not contains_secret(str(info.value))
    probe = api.probe_permissions()
    assert probe["customers"] is True
    assert probe["events"] is True
    assert probe["subscriptions"] is False
    assert probe["invoices"] is False


@pytest.mark.parametrize(
    ("fault", "error"),
    [("500", StripeServerError), ("malformed", StripeServerError), ("reset", NetworkUnavailable)],
)
def test_faults_become_clear_errors(
    api: StripeApi, emu: Emulator, fault: str, error: type[Exception]
) -> None:
    emu.faults.inject(fault, count=1)
    with pytest.raises(error) as info:
        api.get("/v1/products")
    assert "try again" in str(info.value).lower()


def test_a_stalled_request_times_out_as_network_unavailable(emu: Emulator) -> None:
    api = make_api(emu, timeout=0.5)
    emu.faults.inject("stall", count=1)
    with pytest.raises(NetworkUnavailable, match="timed out"):
        api.get("/v1/products")


def test_sdk_retries_a_server_error_when_allowed(emu: Emulator) -> None:
    api = make_api(emu, retries=2)
    emu.faults.inject("500", count=1)
    assert api.get("/v1/products")["object"] == "list"
    assert api.requests_sent == 2


def test_429s_are_retried_inside_the_budget(api: StripeApi, emu: Emulator) -> None:
    emu.faults.inject("429", count=4)
    assert api.get("/v1/products")["object"] == "list"
    assert api.rate_limited == 4
    assert api.requests_sent == 5
    assert api.budget.acquired == 5


def test_endless_429s_give_up_with_a_clear_error(emu: Emulator) -> None:
    from desktop_app.errors import RateLimited

    api = make_api(emu, max_429_retries=2)
    emu.faults.inject("429", count=10)
    with pytest.raises(RateLimited, match="request budget"):
        api.get("/v1/products")
    assert api.requests_sent == 3


def test_sliced_listing_returns_every_subscription_once(api: StripeApi, emu: Emulator) -> None:
    emu.clear_request_log()
    seen = sliced_ids(api)
    assert sorted(seen) == sorted(all_subscription_ids(emu))
    paths = {record.path for record in emu.request_log}
    assert paths <= {"/v1/account", "/v1/subscriptions"}


@pytest.mark.slow
def test_sliced_listing_absorbs_the_servers_rate_limit(emu: Emulator) -> None:
    """The server allows 2 requests per second; our budget (wrongly) 25: bursts of 429s.
    (Back-offs of 0.05 s doubling: six retries span ~3 s, enough for the server's
    one-second window to let a request through even when pages come one at a time.)"""
    emu.set_rate_limit(2)
    api = make_api(emu, rps=25, rate_limit_backoff=0.05)
    seen = sliced_ids(api, workers=6)
    assert sorted(seen) == sorted(all_subscription_ids(emu))
    assert api.rate_limited > 0


def test_pause_and_resume_collection(api: StripeApi, emu: Emulator) -> None:
    sub_id = next(i for i, s in emu.state.subscriptions.items() if s["status"] == "active")
    paused = api.pause_collection(sub_id, "mark_uncollectible")
    assert paused["pause_collection"]["behavior"] == "mark_uncollectible"
    assert emu.state.subscriptions[sub_id]["pause_collection"] is not None
    resumed = api.resume_collection(sub_id)
    assert resumed["pause_collection"] is None
    assert api.set_cancel_at_period_end(sub_id, True)["cancel_at_period_end"] is True


def test_portal_session_url_is_kept_out_of_its_repr(api: StripeApi, emu: Emulator) -> None:
    sub = next(s for s in emu.state.subscriptions.values() if s["status"] == "active")
    session = api.create_portal_session(
        sub["customer"], "https://example.com/back", "subscription_cancel", sub["id"]
    )
    assert "/p/session/" in session.url
    assert session.url not in repr(session)
    assert session.id.startswith("bps_")
