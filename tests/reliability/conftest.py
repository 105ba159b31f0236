"""Reliability tests: faults, crashes, bad input and secrets against the real parts.

Markers (counted by scripts/reliability_counts.py for the README, so the numbers
there come from the collected tests, not from hand-typing):
``fault`` one injected fault per test case, ``crash`` one SIGKILL survived per test
case, ``bad_input`` one bad input tried per test case, ``secret_scan`` a whole session
scanned for secrets.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.emulator import Emulator, run_emulator
from desktop_app.store import Store, SubscriptionRow
from desktop_app.stripe_api import RequestBudget, StripeApi

MARKERS = {
    "fault": "one injected fault (counted as 'faults injected')",
    "crash": "one SIGKILL of a running sync (counted as 'crashes survived')",
    "bad_input": "one bad input (counted as 'bad inputs tried')",
    "secret_scan": "a whole session scanned for secrets (counted as 'secrets found')",
}

# The client gives up on a read of the socket after CLIENT_TIMEOUT_S (a stalled answer
# takes longer), on a request and its retries after DEADLINE_S.
CLIENT_TIMEOUT_S = 1.0
STALL_S = 2.0
DEADLINE_S = 3.0


def pytest_configure(config: pytest.Config) -> None:
    for name, text in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {text}")


@pytest.fixture(autouse=True)
def app_logging_restored() -> Iterator[None]:
    """The CLI run in-process installs the app's log handler (in this test's folders):
    take it away afterwards, so the next test's logging starts afresh."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    stripe_level = logging.getLogger("stripe").level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.getLogger("stripe").setLevel(stripe_level)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with run_emulator(seed=5, subscriptions=40, stall_seconds=STALL_S) as emulator:
        yield emulator


def make_api(
    emu: Emulator,
    *,
    key: str | None = None,
    base: str | None = None,
    retries: int = 1,
    deadline: float = DEADLINE_S,
) -> StripeApi:
    """A client like the app's (retries, 429 handling, timeout, deadline), quicker."""
    return StripeApi(
        key or emu.api_key,
        base or emu.base_url,
        budget=RequestBudget(500),
        max_retries=retries,
        timeout=CLIENT_TIMEOUT_S,
        rate_limit_backoff=0.01,
        deadline=deadline,
    )


def closed_port_url() -> str:
    """An http://127.0.0.1 URL where nothing listens (the network is gone)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def all_rows(store: Store) -> list[SubscriptionRow]:
    return store.query_subscriptions()


def integrity_ok(path: Path) -> bool:
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    finally:
        conn.close()


# A run that has not ended after this long hangs (each case here ends in seconds).
HANG_S = 90.0


def error_of(work: Callable[[], object]) -> BaseException | None:
    """Run ``work`` on a thread of its own: the exception it raised, None if it did not
    raise. Still running after HANG_S seconds: the test fails (it would hang)."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # handed to the test thread
            caught.append(exc)

    thread = threading.Thread(target=run, daemon=True, name="work-under-test")
    thread.start()
    thread.join(HANG_S)
    if thread.is_alive():
        pytest.fail(f"still running after {HANG_S:g} s: it hangs")
    return caught[0] if caught else None
