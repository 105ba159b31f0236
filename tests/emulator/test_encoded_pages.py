"""List pages answered from encoded JSON (desktop_app/emulator/encoded.py) are byte for
byte the pages the emulator encodes afresh, before and after every kind of change."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import stripe

from desktop_app.emulator import Emulator, run_emulator
from tests.emulator.conftest import client_for

Answer = tuple[int, bytes]  # status, body
SYNC_PAGE = (
    "/v1/subscriptions?limit=100&status=all&expand[]=data.customer"
    "&expand[]=data.default_payment_method"
    "&expand[]=data.customer.invoice_settings.default_payment_method"
)
REFUSED = (  # expand.expand's own errors, whether or not the cache is on
    "/v1/subscriptions?expand[]=data",
    "/v1/subscriptions?expand[]=has_more",
    "/v1/subscriptions?expand[]=data.customer.nope",
    "/v1/subscriptions?expand[]=data.items.data",
    "/v1/subscriptions?expand[]=data.items.data.price.product",
    "/v1/subscriptions?expand[]=data.customer&expand[]=data.status",
)


def _get(emu: Emulator, path: str, key: str | None = None) -> Answer:
    parts = urlsplit(emu.base_url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=20)
    try:
        conn.request("GET", path, headers={"Authorization": f"Bearer {key or emu.api_key}"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _urls(emu: Emulator) -> list[str]:
    """Lists with various expansions over the objects the changes below touch."""
    subs = list(emu.state.subscriptions.values())
    sub = next(s for s in subs if s["status"] == "active" and s["default_payment_method"])
    customer = sub["customer"]
    middle = subs[len(subs) // 2]["id"]
    return [
        SYNC_PAGE,
        f"{SYNC_PAGE}&starting_after={middle}",
        f"/v1/subscriptions?limit=7&ending_before={middle}&expand[]=data.customer",
        "/v1/subscriptions?limit=100&status=all",
        "/v1/subscriptions?limit=100&expand[]=data.latest_invoice&expand[]=data.items.data.price",
        f"/v1/subscriptions?customer={customer}&status=all&expand[]=data.latest_invoice.customer",
        "/v1/customers?limit=100&expand[]=data.tax_ids"
        "&expand[]=data.invoice_settings.default_payment_method",
        f"/v1/invoices?customer={customer}&expand[]=data.customer"
        "&expand[]=data.default_payment_method",
        "/v1/invoices?limit=30",
        "/v1/events?limit=100",
        "/v1/prices?limit=100&expand[]=data.tiers&expand[]=data.product",
        f"/v1/customers/{customer}/payment_methods",
        f"/v1/subscription_items?subscription={sub['id']}&expand[]=data.price.product",
        f"/v1/subscriptions/{sub['id']}?expand[]=customer&expand[]=latest_invoice",
        *REFUSED,
    ]


def _by_id(page: bytes) -> dict[str, Any]:
    return {item["id"]: item for item in json.loads(page)["data"]}


def _fetch(emu: Emulator, urls: list[str]) -> list[Answer]:
    return [_get(emu, url) for url in urls]


def _fresh(emu: Emulator, urls: list[str]) -> list[Answer]:
    """The same requests, every object expanded and encoded afresh."""
    emu.cache_encoded = False
    try:
        return _fetch(emu, urls)
    finally:
        emu.cache_encoded = True


def _assert_same(urls: list[str], cached: list[Answer], fresh: list[Answer]) -> None:
    for url, got, want in zip(urls, cached, fresh, strict=True):
        assert got == want, f"cached answer differs from a fresh one for {url}"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """Its own account; it does not verify itself: the tests compare."""
    with run_emulator(seed=5, subscriptions=80, verify_encoded=False) as emulator:
        yield emulator


def test_pages_from_the_cache_are_the_fresh_bytes(emu: Emulator) -> None:
    urls = _urls(emu)
    first = _fetch(emu, urls)
    kept = len(emu.state.encoded)
    assert kept > 80  # every subscription, customer, invoice, event listed above
    again = _fetch(emu, urls)
    assert len(emu.state.encoded) == kept  # answered from what the first round kept
    assert again == first
    _assert_same(urls, again, _fresh(emu, urls))
    assert [status for status, _ in first[-len(REFUSED) :]] == [400] * len(REFUSED)


def test_changes_through_the_api_show_at_once(emu: Emulator) -> None:
    urls = _urls(emu)
    client = client_for(emu)
    subs = [s for s in emu.state.subscriptions.values() if s["status"] == "active"]
    paused, canceling, described, ended = (s["id"] for s in subs[:4])
    _fetch(emu, urls)
    kept = len(emu.state.encoded)

    client.v1.subscriptions.update(paused, params={"pause_collection": {"behavior": "void"}})
    assert 0 < kept - len(emu.state.encoded) < 10  # only what shows that subscription
    client.v1.subscriptions.update(canceling, params={"cancel_at_period_end": True})
    client.v1.subscriptions.update(
        described, params={"description": "Changed", "metadata": {"seat": "12"}}
    )
    client.v1.subscriptions.cancel(ended)
    after = _fetch(emu, urls)
    page = after[0][1].decode()
    assert '"description":"Changed"' in page
    assert '"behavior":"void"' in page
    _assert_same(urls, after, _fresh(emu, urls))


def test_a_customer_change_shows_inside_expanded_subscriptions(emu: Emulator) -> None:
    urls = _urls(emu)
    sub = next(s for s in emu.state.subscriptions.values() if s["default_payment_method"])
    customer_id = sub["customer"]
    _fetch(emu, urls)
    emu.update_customer(customer_id, email="renamed@example.com", name="Renamed Customer")
    after = _fetch(emu, urls)
    assert b'"email":"renamed@example.com"' in after[0][1]
    _assert_same(urls, after, _fresh(emu, urls))

    _fetch(emu, urls)
    card = emu.attach_card(customer_id, "5555555555554444")
    after = _fetch(emu, urls)
    assert f'"id":"{card["id"]}"'.encode() in after[0][1]  # the new card, expanded
    _assert_same(urls, after, _fresh(emu, urls))


def test_payment_failures_and_helpers_show(emu: Emulator) -> None:
    urls = _urls(emu)
    active = [s["id"] for s in emu.state.subscriptions.values() if s["status"] == "active"]
    _fetch(emu, urls)
    emu.fail_payment(active[0])
    emu.fail_payment(active[0])  # the kept open invoice changes in place
    emu.update_subscription(active[1], cancel_at_period_end=True)
    emu.cancel_subscription(active[2])
    after = _fetch(emu, urls)
    shown = _by_id(after[0][1])
    assert shown[active[0]]["status"] == "past_due"
    assert shown[active[1]]["cancel_at_period_end"] is True
    assert shown[active[2]]["status"] == "canceled"
    _assert_same(urls, after, _fresh(emu, urls))


def test_portal_changes_show(emu: Emulator) -> None:
    urls = _urls(emu)
    client = client_for(emu)
    sub = next(s for s in emu.state.subscriptions.values() if s["status"] == "active")
    session = client.v1.billing_portal.sessions.create(
        params={"customer": sub["customer"], "return_url": "https://example.com/back"}
    )
    path = urlsplit(session.url).path
    _fetch(emu, urls)
    parts = urlsplit(emu.base_url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=20)
    for action, form in (
        ("cancel", f"subscription={sub['id']}"),
        ("payment_method", "card=4242424242424242"),
    ):
        conn.request(
            "POST",
            f"{path}/{action}",
            body=form,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        response = conn.getresponse()
        response.read()
        assert response.status == 200
    conn.close()
    after = _fetch(emu, urls)
    shown = _by_id(after[0][1])[sub["id"]]
    assert shown["cancel_at_period_end"] is True
    assert (
        shown["customer"]["invoice_settings"]["default_payment_method"]["card"]["last4"] == "4242"
    )
    _assert_same(urls, after, _fresh(emu, urls))


def test_a_test_editing_the_dicts_under_the_lock_is_seen(emu: Emulator) -> None:
    urls = _urls(emu)
    _fetch(emu, urls)
    with emu.lock:
        sub = next(iter(emu.state.subscriptions.values()))
        emu.state.customers[sub["customer"]]["phone"] = "+31 20 555 0100"
        for price in emu.state.prices.values():
            price["nickname"] = "Edited in place"
    after = _fetch(emu, urls)
    assert b'"phone":"+31 20 555 0100"' in after[0][1]
    _assert_same(urls, after, _fresh(emu, urls))


def test_live_mode_has_its_own_pages(emu: Emulator) -> None:
    test_page = _get(emu, SYNC_PAGE)
    live_page = _get(emu, SYNC_PAGE, emu.live_api_key)
    assert live_page[0] == 200
    assert live_page != test_page
    assert _get(emu, SYNC_PAGE, emu.live_api_key) == live_page
    emu.cache_encoded = False
    assert _get(emu, SYNC_PAGE, emu.live_api_key) == live_page


def test_a_verifying_emulator_refuses_a_change_nobody_reported() -> None:
    """The suite's emulators verify every cached page (tests/conftest.py): a change in
    the emulator that forgets ``ModeData.touch`` answers 500 instead of a stale page."""
    with run_emulator(seed=5, subscriptions=20, verify_encoded=True) as emu:
        assert _get(emu, SYNC_PAGE)[0] == 200
        assert _get(emu, "/v1/subscriptions?limit=100&status=all")[0] == 200
        with emu.lock.changing():  # how the emulator's own changes hold it
            next(iter(emu.state.subscriptions.values()))["description"] = "Not reported"
        status, body = _get(emu, SYNC_PAGE)
        assert status == 500, body
        with pytest.raises(stripe.APIError):
            client_for(emu).v1.subscriptions.list(params={"limit": 100, "status": "all"})
