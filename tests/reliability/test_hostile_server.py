"""A hostile or broken server cannot exhaust the memory or stall a sync.

Each answer below once did: a 256 KB gzip body inflated to 256 MiB in memory, a body
without end was read without end, and an answer trickled a few bytes at a time (each
read well within the socket timeout) held a sync for as long as the server liked.
Now an answer is read and inflated within a size limit (32 MiB, far above any page
Stripe sends) and a request has a deadline; each ends the sync with the documented
exit code 4 ("Stripe could not be reached or kept failing", README "Exit codes") and
a message that says what happened, on the direct transport and through a proxy, and
the last synced snapshot stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.emulator import Emulator
from desktop_app.errors import BillingManagerError, NetworkUnavailable, StripeServerError
from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import run_sync
from tests.reliability.conftest import DEADLINE_S, all_rows, error_of, integrity_ok, make_api
from tests.sync.netparts import clear_proxy_environment, proxied_https

pytestmark = [pytest.mark.slow]

TOO_LARGE = (StripeServerError, ("larger than 32 MB", "was not read", "API base address"))
# fault -> (error class, what the message says)
HOSTILE: dict[str, tuple[type[BillingManagerError], tuple[str, ...]]] = {
    "trickle": (NetworkUnavailable, ("timed out", f"within {DEADLINE_S:g} seconds", "try again")),
    "gzip_bomb": TOO_LARGE,  # inflates to 256 MiB
    "oversize": TOO_LARGE,  # declares 64 MiB
    "endless": TOO_LARGE,  # chunked, no end
}


# Reading 32 MiB through the TLS relay and the proxy (Python threads) on a busy
# machine may take seconds: only the trickle is meant to meet the deadline.
ROOMY_DEADLINE_S = 60.0


@pytest.fixture(params=["direct", "proxied"])
def client_for(
    request: pytest.FixtureRequest,
    emu: Emulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[..., StripeApi]]:
    """Clients of the emulator: over plain http to 127.0.0.1 (the keep-alive
    transport), or over https through a forward proxy (requests)."""
    if request.param == "direct":
        clear_proxy_environment(monkeypatch)
        yield lambda deadline=DEADLINE_S: make_api(emu, deadline=deadline)
        return
    with proxied_https(emu.base_url, tmp_path / "tls", monkeypatch) as route:
        yield lambda deadline=DEADLINE_S: make_api(emu, base=route.base_url, deadline=deadline)
        assert route.proxy.seen, "the requests did not go through the proxy"


@pytest.fixture
def synced(emu: Emulator, client_for: Callable[..., StripeApi], tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(client_for(ROOMY_DEADLINE_S), store, full=True)
    return store


@pytest.mark.fault
@pytest.mark.parametrize("fault", HOSTILE)
def test_a_hostile_answer_ends_the_sync_with_a_clear_message(
    emu: Emulator, client_for: Callable[..., StripeApi], synced: Store, fault: str
) -> None:
    rows, cursor = all_rows(synced), synced.meta.event_cursor
    emu.faults.inject(fault, count=10_000, path="/v1/subscriptions")
    api = client_for(DEADLINE_S if fault == "trickle" else ROOMY_DEADLINE_S)

    error = error_of(lambda: run_sync(api, synced, full=True))

    error_class, phrases = HOSTILE[fault]
    assert isinstance(error, error_class), repr(error)
    assert error.exit_code == ExitCode.NETWORK == 4
    for phrase in phrases:
        assert phrase in str(error)
    assert emu.api_key not in str(error)
    assert all_rows(synced) == rows
    assert synced.meta.event_cursor == cursor
    assert integrity_ok(synced.path)


@pytest.mark.fault
def test_a_read_cut_by_its_deadline_is_not_sent_again(
    emu: Emulator, client_for: Callable[..., StripeApi]
) -> None:
    """The deadline covers the request with its retries: past it, nothing is retried."""
    emu.faults.inject("trickle", count=10, path="/v1/subscriptions")
    api = client_for()
    error = error_of(lambda: api.get("/v1/subscriptions", limit=100, status="all"))
    assert isinstance(error, NetworkUnavailable)
    assert [r.fault for r in emu.request_log if r.path == "/v1/subscriptions"] == ["trickle"]
    # the connection cut, the next request opens a new one and is answered
    emu.faults.clear()
    assert api.get("/v1/subscriptions", limit=1, status="all")["object"] == "list"
