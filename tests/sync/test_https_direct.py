"""HTTPS without a proxy: verified (the trust store, and stripe's CA bundle setting:
here a test CA), hostname checked, kept alive; a certificate that does not match is
refused as such, not retried (as with requests)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from desktop_app.emulator import Emulator
from desktop_app.errors import NetworkUnavailable
from desktop_app.stripe_api import RequestBudget, StripeApi
from tests.sync.netparts import TcpRelay, clear_proxy_environment
from tests.sync.tls_files import make_tls_files


@pytest.fixture(autouse=True)
def no_proxy_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxy_environment(monkeypatch)


def https_server(
    emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **names: str | None
) -> TcpRelay:
    tls = make_tls_files(tmp_path, **names)
    monkeypatch.setattr(stripe, "ca_bundle_path", str(tls.ca_file))
    host, port = emu.base_url.removeprefix("http://").split(":")
    return TcpRelay((host, int(port)), tls=tls.server)


@pytest.fixture
def server(emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TcpRelay]:
    relay = https_server(emu, tmp_path, monkeypatch)
    yield relay
    relay.close()


def api_for(server: TcpRelay, emu: Emulator, retries: int = 0) -> StripeApi:
    return StripeApi(
        emu.api_key,
        server.url("https"),
        budget=RequestBudget(1000),
        max_retries=retries,
        timeout=5.0,
    )


def test_https_requests_share_one_verified_connection(emu: Emulator, server: TcpRelay) -> None:
    api = api_for(server, emu)
    for _ in range(5):
        assert api.get("/v1/customers", limit=1)["object"] == "list"
    assert server.accepted == 1
    server.cut_all()  # the server closes the idle connection
    assert api.get("/v1/customers", limit=1)["object"] == "list"
    assert server.accepted == 2
    assert len(emu.request_log) == 6


def test_a_certificate_for_another_host_is_refused_without_retry(
    emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = https_server(emu, tmp_path, monkeypatch, ip=None, dns="api.example.invalid")
    try:
        api = api_for(server, emu, retries=2)
        with pytest.raises(NetworkUnavailable) as refused:
            api.get("/v1/customers", limit=1)
        assert "the server's certificate is not trusted: IP address mismatch" in str(refused.value)
        assert server.accepted == 1  # a certificate error is final: no SDK retry
        assert emu.request_log == []
    finally:
        server.close()


def test_a_certificate_from_an_untrusted_authority_is_refused(
    emu: Emulator, server: TcpRelay, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "other").mkdir()
    other = make_tls_files(tmp_path / "other")  # a second, unrelated CA
    monkeypatch.setattr(stripe, "ca_bundle_path", str(other.ca_file))
    with pytest.raises(NetworkUnavailable):
        api_for(server, emu).get("/v1/customers", limit=1)
    assert emu.request_log == []
