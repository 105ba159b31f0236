"""HTTPS is verified against this computer's trust store, and a certificate it does not
trust is named as such.

On a corporate network that inspects HTTPS, the company's CA is in the system's trust
store: curl connects. The app used to trust only the CA file shipped with stripe,
ignore the system store and SSL_CERT_FILE, say "no connection, or it timed out" and
log nothing. Now it verifies with the system's store (``truststore``: OpenSSL's
default verify paths on Linux, which SSL_CERT_FILE and SSL_CERT_DIR override, as for
curl), on the direct transport and through a proxy alike; a certificate that does not
verify is refused (never retried, nothing sent), with a message that says so and the
detail in the log. Verification is never turned off.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.emulator import Emulator
from desktop_app.errors import NetworkUnavailable
from desktop_app.store import Store
from desktop_app.stripe_api import RequestBudget, StripeApi
from desktop_app.sync import run_sync
from tests.sync.netparts import ProxiedRoute, proxied_https


@pytest.fixture(params=["direct", "proxied"])
def through_proxy(request: pytest.FixtureRequest) -> bool:
    return request.param == "proxied"


@pytest.fixture
def untrusted(
    emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, through_proxy: bool
) -> Iterator[ProxiedRoute]:
    """The emulator behind https with a certificate from a CA this computer does not
    trust (neither the system's store nor stripe's CA file has it)."""
    with proxied_https(
        emu.base_url, tmp_path / "tls", monkeypatch, trusted=False, through_proxy=through_proxy
    ) as route:
        yield route


def api_for(route: ProxiedRoute, emu: Emulator) -> StripeApi:
    return StripeApi(emu.api_key, route.base_url, budget=RequestBudget(1000), timeout=5.0)


def test_a_certificate_the_trust_store_does_not_trust_is_refused_and_named(
    emu: Emulator,
    untrusted: ProxiedRoute,
    through_proxy: bool,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING), pytest.raises(NetworkUnavailable) as refused:
        api_for(untrusted, emu).get("/v1/customers", limit=1)

    message = str(refused.value)
    assert "the server's certificate is not trusted: unable to get local issuer" in message
    assert "trust store" in message
    assert "no connection, or it timed out" not in message
    assert "CERTIFICATE_VERIFY_FAILED" in caplog.text  # the detail, in the log
    assert emu.api_key not in caplog.text
    assert emu.request_log == []  # nothing was sent
    assert untrusted.server.accepted == 1  # and it was not tried again
    assert len(untrusted.proxy.seen) == (1 if through_proxy else 0)


def _hashed_folder(ca_file: Path, folder: Path) -> Path:
    """A folder as SSL_CERT_DIR wants it: the CA under its subject hash."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command for the CA's subject hash")
    digest = subprocess.run(
        [openssl, "x509", "-hash", "-noout", "-in", str(ca_file)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    folder.mkdir()
    shutil.copy(ca_file, folder / f"{digest}.0")
    return folder


@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "SSL_CERT_DIR"])
def test_a_ca_in_the_trust_store_is_trusted(
    emu: Emulator,
    untrusted: ProxiedRoute,
    through_proxy: bool,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    variable: str,
) -> None:
    """The company's CA added to the trust store the way OpenSSL (and so curl) reads
    it: the connection is verified, and a whole sync goes through."""
    if variable == "SSL_CERT_FILE":
        monkeypatch.setenv(variable, str(untrusted.ca_file))
    else:
        monkeypatch.setenv(variable, str(_hashed_folder(untrusted.ca_file, tmp_path / "certs")))

    result = run_sync(api_for(untrusted, emu), Store.open(tmp_path / "cache.sqlite3"))

    assert result.changed > 0
    assert len(emu.request_log) == result.requests
    assert bool(untrusted.proxy.seen) is through_proxy
