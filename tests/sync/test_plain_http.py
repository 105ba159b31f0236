"""Plain http carries the API key unencrypted, so it is for this computer only: proven
by the address, never by a name a resolver can change, and never through a proxy.

Once a plain-http API base on 127.0.0.1 with HTTP_PROXY set sent each request, key
and all, to the proxy in plain text (``requests`` honours HTTP_PROXY for any http
URL). Now plain http never goes through a proxy, whichever variable names one; a
name other than ``localhost`` is refused as an API base (RFC 6761 reserves only
``localhost``); and a plain-http connection whose peer address turns out not to be
loopback is closed before anything is sent.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.emulator import Emulator, run_emulator
from desktop_app.errors import InvalidApiBase
from desktop_app.store import Store
from desktop_app.stripe_api import RequestBudget, StripeApi
from desktop_app.stripe_api.http import BudgetedHttpClient
from desktop_app.stripe_api.transport_errors import NotThisComputer
from desktop_app.sync import run_sync
from tests.sync.netparts import ForwardProxy, clear_proxy_environment


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    clear_proxy_environment(monkeypatch)
    proxy = ForwardProxy()
    yield proxy
    proxy.close()


def api_for(base: str, emu: Emulator) -> StripeApi:
    return StripeApi(emu.api_key, base, budget=RequestBudget(1000), timeout=5.0)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
def test_plain_http_to_this_computer_never_goes_through_a_proxy(
    emu: Emulator,
    proxy: ForwardProxy,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    variable: str,
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    result = run_sync(api_for(emu.base_url, emu), Store.open(tmp_path / "cache.sqlite3"))
    assert result.changed > 0
    assert proxy.seen == []  # the proxy saw nothing, the key least of all
    assert len(emu.request_log) == result.requests


def test_localhost_by_name_is_this_computer(
    emu: Emulator, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    base = emu.base_url.replace("127.0.0.1", "localhost")
    assert api_for(base, emu).get("/v1/customers", limit=1)["object"] == "list"
    assert proxy.seen == []
    assert len(emu.request_log) == 1


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None or shutil.which("mount") is None,
    reason="hiding /etc/hosts in a mount namespace needs root, unshare and mount",
)
def test_localhost_is_this_computer_without_an_etc_hosts(emu: Emulator, tmp_path: Path) -> None:
    # A minimal container (as Debian's mmdebstrap makes) has no /etc/hosts: the resolver
    # knows no "localhost". RFC 6761 section 6.3 reserves the name for the loopback
    # interface, so the app connects there itself rather than failing to reach it.
    empty = tmp_path / "hosts"
    empty.write_text("")
    base = emu.base_url.replace("127.0.0.1", "localhost")
    code = (
        "import socket, sys\n"
        "from desktop_app.stripe_api import StripeApi\n"
        "try:\n"
        "    socket.getaddrinfo('localhost', 80)\n"
        "    sys.exit('localhost still resolves: the test would prove nothing')\n"
        "except socket.gaierror:\n"
        "    pass\n"
        f"api = StripeApi({emu.api_key!r}, api_base={base!r}, max_retries=0, deadline=5)\n"
        "print(api.get('/v1/customers', limit=1)['object'])\n"
    )
    script = 'mount --bind "$1" /etc/hosts && exec "$2" -c "$3"'
    done = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script, "sh", str(empty), sys.executable, code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "NO_PROXY": "*"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "list"
    assert len(emu.request_log) == 1


# Names that usually lead here, whatever a resolver may say: this computer's own too.
OTHER_NAMES = ["localhost.localdomain", "ip6-localhost", "app.localhost"]
if socket.gethostname().lower() not in {"localhost", *OTHER_NAMES}:
    OTHER_NAMES.append(socket.gethostname())


@pytest.mark.parametrize("host", OTHER_NAMES)
def test_a_name_that_may_mean_this_computer_is_not_enough(emu: Emulator, host: str) -> None:
    base = emu.base_url.replace("127.0.0.1", host)
    with pytest.raises(InvalidApiBase) as refused:
        api_for(base, emu)
    message = str(refused.value)
    assert "not proven to be this computer" in message
    assert "would travel unencrypted" in message
    assert "named 127.0.0.1, [::1] or localhost" in message
    assert emu.request_log == []


def _address_of_this_computer() -> str | None:
    """An address of this computer that is not loopback (the one its default route
    leaves from; nothing is sent), or None."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("198.51.100.1", 9))  # TEST-NET-2: routed, never reached
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") else address


@contextlib.contextmanager
def listening_everywhere() -> Iterator[Emulator]:
    with run_emulator(seed=3, subscriptions=5, host="0.0.0.0") as emulator:  # noqa: S104
        yield emulator


def test_a_plain_http_peer_that_is_not_loopback_gets_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check at connect time, with an address that is this computer's but not
    loopback: as if ``localhost`` resolved elsewhere (a hosts file, a DNS answer)."""
    clear_proxy_environment(monkeypatch)
    address = _address_of_this_computer()
    if address is None:
        pytest.skip("this computer has no address but loopback")
    with listening_everywhere() as emu:
        port = emu.base_url.rsplit(":", 1)[1]
        client = BudgetedHttpClient(RequestBudget(100), timeout=5.0)
        headers = {"Authorization": f"Bearer {emu.api_key}"}
        with pytest.raises(NotThisComputer) as refused:
            client.request("get", f"http://{address}:{port}/v1/customers", headers)
        assert refused.value.address == address
        assert refused.value.should_retry is False
        assert emu.request_log == []  # the connection was closed before a byte was sent
