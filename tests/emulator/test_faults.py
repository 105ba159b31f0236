"""Request budget (429), scripted faults, latency and the request log."""

from __future__ import annotations

import http.client
import threading

import pytest
import stripe

from desktop_app.emulator import Emulator
from tests.emulator.conftest import client_for


def test_budget_answers_429_beyond_n_requests_per_second(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    emu.set_rate_limit(3)
    for _ in range(3):  # a fresh window: these three are within budget
        client.v1.products.list(params={"limit": 1})
    with pytest.raises(stripe.RateLimitError) as caught:  # noqa: PT012
        for _ in range(20):  # the next one is refused unless a request took a third of a second
            client.v1.products.list(params={"limit": 1})
    assert caught.value.http_status == 429
    assert caught.value.json_body["error"]["code"] == "rate_limit"
    assert [r.status for r in emu.request_log][:3] == [200, 200, 200]
    emu.set_rate_limit(None)
    assert client.v1.products.list(params={"limit": 1}).data


def test_injected_500_then_success_on_retry(emu: Emulator) -> None:
    emu.faults.inject("500", count=1, path="/v1/customers")
    plain = client_for(emu)
    plain.v1.subscriptions.list(params={"limit": 1})  # another path: untouched
    with pytest.raises(stripe.APIError) as caught:
        plain.v1.customers.list(params={"limit": 1})
    assert caught.value.http_status == 500
    emu.faults.inject("500", count=1)
    retrying = stripe.StripeClient(
        emu.api_key, base_addresses={"api": emu.base_url}, max_network_retries=1
    )
    assert retrying.v1.customers.list(params={"limit": 1}).data
    statuses = [r.status for r in emu.request_log if r.path == "/v1/customers"]
    assert statuses == [500, 500, 200]


def test_injected_429_reset_and_malformed(emu: Emulator, client: stripe.StripeClient) -> None:
    emu.faults.inject("429")
    with pytest.raises(stripe.RateLimitError):
        client.v1.products.list()
    emu.faults.inject("reset")
    with pytest.raises(stripe.APIConnectionError):
        client.v1.products.list()
    emu.faults.inject("malformed")
    with pytest.raises(stripe.APIError) as caught:
        client.v1.products.list()
    assert caught.value.http_status == 200
    assert client.v1.products.list().data
    assert emu.faults.pending == []
    assert [r.fault for r in emu.request_log][-4:] == ["429", "reset", "malformed", None]


def test_stall_exceeds_the_client_timeout(emu: Emulator) -> None:
    emu.faults.inject("stall", count=1, path="/v1/events")
    impatient = stripe.StripeClient(
        emu.api_key,
        base_addresses={"api": emu.base_url},
        max_network_retries=0,
        http_client=stripe.RequestsClient(timeout=0.3),
    )
    with pytest.raises(stripe.APIConnectionError):
        impatient.v1.events.list()
    assert impatient.v1.events.list().object == "list"


def test_request_log_and_latency(emu: Emulator, client: stripe.StripeClient) -> None:
    emu.clear_request_log()
    emu.set_latency(30)
    client.v1.subscriptions.list(params={"limit": 2, "status": "all", "expand": ["data.customer"]})
    emu.set_latency(0)
    (record,) = emu.request_log
    assert record.method == "GET"
    assert record.path == "/v1/subscriptions"
    assert record.query == {"limit": ["2"], "status": ["all"], "expand[0]": ["data.customer"]}
    assert record.status == 200
    assert record.duration_ms >= 30
    assert record.api_key_suffix == emu.api_key[-4:]
    assert emu.api_key not in repr(record)


def test_a_cut_answer_breaks_off_after_half_its_body(emu: Emulator) -> None:
    emu.faults.inject("cut", count=1, path="/v1/products")
    host, port = emu.base_url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("GET", "/v1/products", headers={"Authorization": f"Bearer {emu.api_key}"})
        response = conn.getresponse()
        assert response.status == 200  # the status line and headers came whole
        expected = int(response.headers["Content-Length"])
        with pytest.raises(http.client.IncompleteRead) as caught:
            response.read()
        assert 0 < len(caught.value.partial) < expected
    finally:
        conn.close()
    (record,) = [r for r in emu.request_log if r.path == "/v1/products"]
    assert record.fault == "cut"
    assert emu.faults.pending == []


def test_a_held_request_is_answered_once_released(emu: Emulator) -> None:
    hold = emu.faults.hold("/v1/events")
    client = client_for(emu)
    client.v1.products.list(params={"limit": 1})  # another path: not held
    answers: list[str] = []
    asking = threading.Thread(
        target=lambda: answers.append(client.v1.events.list(params={"limit": 3}).object)
    )
    asking.start()
    assert hold.arrived.wait(10)
    assert not emu.wait_for_request(lambda r: r.path == "/v1/events", 0.05)  # still held
    hold.release()
    asking.join(10)
    assert answers == ["list"]
    assert emu.wait_for_request(lambda r: r.path == "/v1/events", 1)
    assert [r.path for r in emu.request_log] == ["/v1/products", "/v1/events"]
