"""The SDK's HTTP client keeps connections alive: one per thread, replaced when the
server closed it while idle, never a request sent twice behind the SDK's back.

A TcpRelay in front of the emulator counts the TCP connections the client opens.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop_app.emulator import Emulator
from desktop_app.errors import NetworkUnavailable
from desktop_app.stripe_api import RequestBudget, StripeApi
from tests.sync.netparts import TcpRelay, clear_proxy_environment


@pytest.fixture(autouse=True)
def no_proxy_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxy_environment(monkeypatch)


@pytest.fixture
def relay(emu: Emulator) -> Iterator[TcpRelay]:
    host, port = emu.base_url.removeprefix("http://").split(":")
    relay = TcpRelay((host, int(port)))
    yield relay
    relay.close()


def relayed_api(relay: TcpRelay, emu: Emulator, retries: int = 0) -> StripeApi:
    return StripeApi(
        emu.api_key, relay.url(), budget=RequestBudget(1000), max_retries=retries, timeout=5.0
    )


def customer_requests(emu: Emulator) -> int:
    return sum(1 for record in emu.request_log if record.path == "/v1/customers")


def test_sequential_requests_share_one_connection(emu: Emulator, relay: TcpRelay) -> None:
    api = relayed_api(relay, emu)
    for _ in range(20):
        assert api.get("/v1/customers", limit=1)["object"] == "list"
    assert customer_requests(emu) == 20
    assert relay.accepted == 1


def test_each_thread_keeps_its_own_connection(emu: Emulator, relay: TcpRelay) -> None:
    api = relayed_api(relay, emu)
    all_started = threading.Barrier(4)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            all_started.wait(timeout=10)
            for _ in range(5):
                api.get("/v1/customers", limit=1)
        except BaseException as exc:  # reported by the test thread
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failures == []
    assert customer_requests(emu) == 20
    assert relay.accepted == 4


def test_connection_closed_by_the_server_while_idle_is_replaced(
    emu: Emulator, relay: TcpRelay
) -> None:
    api = relayed_api(relay, emu, retries=0)  # no SDK retry could hide a failure
    api.get("/v1/customers", limit=1)
    relay.cut_all()
    assert api.get("/v1/customers", limit=1)["object"] == "list"
    assert relay.accepted == 2
    assert customer_requests(emu) == 2  # each request reached the server once


def test_a_request_cut_off_by_the_server_is_not_sent_again_here(
    emu: Emulator, relay: TcpRelay
) -> None:
    api = relayed_api(relay, emu, retries=0)
    api.get("/v1/customers", limit=1)
    emu.faults.inject("reset", path="/v1/customers")
    with pytest.raises(NetworkUnavailable, match="Could not reach"):
        api.get("/v1/customers", limit=1)
    assert customer_requests(emu) == 2
    assert api.get("/v1/customers", limit=1)["object"] == "list"  # on a new connection
    assert relay.accepted == 2


def test_the_sdk_retries_a_reset_request_on_a_new_connection(
    emu: Emulator, relay: TcpRelay
) -> None:
    api = relayed_api(relay, emu, retries=1)
    emu.faults.inject("reset", path="/v1/customers")
    assert api.get("/v1/customers", limit=1)["object"] == "list"
    assert customer_requests(emu) == 2
    assert relay.accepted == 2
