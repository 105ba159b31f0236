"""A proxy named in the environment (HTTPS_PROXY, ALL_PROXY, NO_PROXY) is used for
https as ``requests`` uses it: those requests go through ``requests``, to a real
forward proxy started here; the rest go direct, plain http always (it is for this
computer only: a proxy would read the key, see test_plain_http.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from desktop_app.emulator import Emulator
from desktop_app.stripe_api import RequestBudget, StripeApi
from desktop_app.stripe_api.http import uses_proxy
from tests.sync.netparts import ForwardProxy, TcpRelay, clear_proxy_environment


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    clear_proxy_environment(monkeypatch)
    proxy = ForwardProxy()
    yield proxy
    proxy.close()


def api_for(base: str, key: str) -> StripeApi:
    return StripeApi(key, base, budget=RequestBudget(1000), max_retries=0, timeout=5.0)


def emulator_address(emu: Emulator) -> tuple[str, int]:
    host, port = emu.base_url.removeprefix("http://").split(":")
    return host, int(port)


def test_no_proxy_sends_those_hosts_direct(
    emu: Emulator, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.sync.tls_files import make_tls_files

    tls = make_tls_files(tmp_path)
    monkeypatch.setattr(stripe, "ca_bundle_path", str(tls.ca_file))
    server = TcpRelay(emulator_address(emu), tls=tls.server)
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        api = api_for(server.url("https"), emu.api_key)
        assert api.get("/v1/customers", limit=1)["object"] == "list"
        assert proxy.seen == []
        assert len(emu.request_log) == 1
    finally:
        server.close()


def test_https_proxy_tunnels_https_requests(
    emu: Emulator, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.sync.tls_files import make_tls_files

    tls = make_tls_files(tmp_path)
    monkeypatch.setattr(stripe, "ca_bundle_path", str(tls.ca_file))
    server = TcpRelay(emulator_address(emu), tls=tls.server)  # https in front of the emulator
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        api = api_for(server.url("https"), emu.api_key)
        assert api.get("/v1/customers", limit=1)["object"] == "list"
        assert proxy.seen == [f"CONNECT 127.0.0.1:{server.port}"]
        assert server.accepted == 1
        assert len(emu.request_log) == 1
    finally:
        server.close()


@pytest.mark.parametrize(
    ("environment", "url", "proxied"),
    [
        ({}, "https://api.stripe.com/v1/customers", False),
        ({"HTTPS_PROXY": "http://proxy.corp:3128"}, "https://api.stripe.com/v1/x", True),
        ({"https_proxy": "http://proxy.corp:3128"}, "https://api.stripe.com/v1/x", True),
        ({"HTTP_PROXY": "http://proxy.corp:3128"}, "https://api.stripe.com/v1/x", False),
        ({"HTTP_PROXY": "http://proxy.corp:3128"}, "http://127.0.0.1:12111/v1/x", False),
        ({"ALL_PROXY": "http://proxy.corp:3128"}, "http://localhost:12111/v1/x", False),
        ({"ALL_PROXY": "http://proxy.corp:3128"}, "https://api.stripe.com/v1/x", True),
        (
            {"HTTPS_PROXY": "http://proxy.corp:3128", "NO_PROXY": "stripe.com"},
            "https://api.stripe.com/v1/x",
            False,
        ),
        (
            {"HTTPS_PROXY": "http://proxy.corp:3128", "no_proxy": "*"},
            "https://api.stripe.com/v1/x",
            False,
        ),
        ({"NO_PROXY": "stripe.com"}, "https://api.stripe.com/v1/x", False),
    ],
)
def test_which_addresses_go_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], url: str, proxied: bool
) -> None:
    clear_proxy_environment(monkeypatch)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert uses_proxy(url) is proxied
