"""A sync rides out a flaky network: about one request in five failing does not end it.

Through a network (here the emulator's ``scatter``) that answers about 20% of the
requests with a reset, a 500, a 429, a malformed 200 body or an answer cut short, a
full sync of 3,000 subscriptions once ended with exit code 4: a malformed body was
never asked for again, and the same GET failing three times ended the sync. Stripe
guarantees that GET requests are idempotent, "so it's always safe to retry them"
("Safely retrying requests with idempotency", https://stripe.com/docs/error-handling),
so a read is retried until its deadline, whatever passing fault hit it; the cache
then holds exactly what a sync without faults gets. A fault that outlasts the
deadline still ends the sync, with exit code 4 and a message. Writes keep the SDK's
rules: retried with the same Idempotency-Key (stripe-python 16.x,
``_APIRequestor.request_headers`` sets one on every POST and the retries reuse the
headers), and not retried at all after a 4xx (``HTTPClient._should_retry``: only a
409, a 5xx or ``Stripe-Should-Retry: true``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.emulator import Emulator, run_emulator
from desktop_app.errors import BillingManagerError, InvalidRequest
from desktop_app.store import Store
from desktop_app.stripe_api import RequestBudget, StripeApi
from desktop_app.sync import run_sync
from tests.reliability.conftest import all_rows, error_of
from tests.sync.netparts import clear_proxy_environment, proxied_https

pytestmark = [pytest.mark.slow]

FLAKY = ("reset", "500", "429", "malformed", "cut")
SHARE = 0.2
SEED = 19


@pytest.fixture(scope="module")
def big() -> Iterator[Emulator]:
    with run_emulator(seed=SEED, subscriptions=3000, stall_seconds=2) as emulator:
        yield emulator


@pytest.fixture
def emu(big: Emulator) -> Iterator[Emulator]:
    big.faults.clear()
    big.clear_request_log()
    yield big
    big.faults.clear()


def client(base: str, emu: Emulator, *, deadline: float = 30.0) -> StripeApi:
    """The app's client (its retries and deadline), with a quick 429 back-off."""
    return StripeApi(
        emu.api_key,
        base,
        budget=RequestBudget(500),
        timeout=5.0,
        rate_limit_backoff=0.01,
        deadline=deadline,
    )


def reference(emu: Emulator, tmp_path: Path) -> Store:
    """What a sync without faults puts in the cache (direct, before any fault)."""
    store = Store.open(tmp_path / "reference.sqlite3")
    run_sync(client(emu.base_url, emu), store, full=True)
    return store


def faults_seen(emu: Emulator) -> Counter[str | None]:
    return Counter(record.fault for record in emu.request_log)


@pytest.fixture(params=["direct", "proxied"])
def base_url(
    request: pytest.FixtureRequest, emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    if request.param == "direct":
        clear_proxy_environment(monkeypatch)
        yield emu.base_url
        return
    with proxied_https(emu.base_url, tmp_path / "tls", monkeypatch) as route:
        yield route.base_url


@pytest.mark.fault
def test_a_full_sync_through_a_flaky_network_gets_every_subscription(
    emu: Emulator, base_url: str, tmp_path: Path
) -> None:
    expected = reference(emu, tmp_path)
    emu.clear_request_log()
    emu.faults.scatter(SHARE, FLAKY, seed=SEED)

    store = Store.open(tmp_path / "cache.sqlite3")
    result = run_sync(client(base_url, emu), store, full=True)

    seen = faults_seen(emu)
    assert all(seen[kind] >= 1 for kind in FLAKY), seen  # every kind of fault happened
    assert result.kind == "full"
    assert result.changed == 3000
    assert all_rows(store) == all_rows(expected)
    assert store.meta.event_cursor == expected.meta.event_cursor


@pytest.mark.fault
def test_an_incremental_sync_through_a_flaky_network_gets_every_change(
    emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_proxy_environment(monkeypatch)
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(client(emu.base_url, emu), store, full=True)
    subs = [s for s in emu.state.subscriptions.values() if s["status"] == "active"][:160]
    for sub in subs[:120]:  # more than a page of events
        emu.update_subscription(sub["id"], cancel_at_period_end=True)
    for sub in subs[120:]:
        emu.fail_payment(sub["id"])  # new invoices to fetch by ID
    emu.clear_request_log()
    # An incremental sync sends a few requests only: the first fails five times in a
    # row, once in each way, before the network turns flaky as above.
    for kind in FLAKY:
        emu.faults.inject(kind, path="/v1/events")
    emu.faults.scatter(SHARE, FLAKY, seed=SEED)

    result = run_sync(client(emu.base_url, emu), store)

    emu.faults.clear()
    first = [r.fault for r in emu.request_log if r.path == "/v1/events"][: len(FLAKY)]
    assert first == list(FLAKY)
    assert result.kind == "incremental"
    assert all_rows(store) == all_rows(reference(emu, tmp_path))


@pytest.mark.fault
def test_a_fault_beyond_the_deadline_ends_the_sync_with_exit_code_4(
    emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_proxy_environment(monkeypatch)
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(client(emu.base_url, emu), store, full=True)
    rows = all_rows(store)
    emu.faults.scatter(1.0, FLAKY, seed=SEED)  # every request fails, for good

    error = error_of(lambda: run_sync(client(emu.base_url, emu, deadline=4.0), store, full=True))

    assert isinstance(error, BillingManagerError), repr(error)
    assert error.exit_code == ExitCode.NETWORK == 4
    assert "try again" in str(error).lower()
    assert all_rows(store) == rows
    # retried (each read more than once), but not forever
    reads = Counter(repr(sorted(r.query.items())) + r.path for r in emu.request_log)
    assert max(reads.values()) >= 2


def _pause(api: StripeApi, sub_id: str, behavior: str = "void") -> object:
    return api.post(f"/v1/subscriptions/{sub_id}", pause_collection={"behavior": behavior})


def _events_of(emu: Emulator, sub_id: str) -> int:
    with emu.lock:
        return sum(1 for e in emu.state.events.values() if e["data"]["object"]["id"] == sub_id)


@pytest.mark.fault
def test_a_write_is_retried_with_its_idempotency_key_and_applied_once(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_proxy_environment(monkeypatch)
    sub_id = next(i for i, s in emu.state.subscriptions.items() if s["status"] == "active")
    path = f"/v1/subscriptions/{sub_id}"
    events = _events_of(emu, sub_id)
    emu.faults.inject("500", path=path)  # not applied
    emu.faults.inject("cut", path=path)  # applied, the answer lost half-way
    _pause(client(emu.base_url, emu), sub_id)

    posts = [r for r in emu.request_log if r.method == "POST" and r.path == path]
    assert [(r.fault, r.replayed) for r in posts] == [("500", False), ("cut", False), (None, True)]
    assert len({r.idempotency_key for r in posts}) == 1
    assert posts[0].idempotency_key
    assert _events_of(emu, sub_id) == events + 1  # one change


@pytest.mark.fault
def test_a_write_refused_with_a_4xx_is_not_sent_again(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_proxy_environment(monkeypatch)
    sub_id = next(i for i, s in emu.state.subscriptions.items() if s["status"] == "active")
    with pytest.raises(InvalidRequest, match="pause_collection"):
        _pause(client(emu.base_url, emu), sub_id, behavior="sometimes")
    posts = [r for r in emu.request_log if r.method == "POST"]
    assert [r.status for r in posts] == [400]
