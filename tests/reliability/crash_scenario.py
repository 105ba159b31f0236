"""One crash: a cache holding a complete snapshot, changes on the server, a sync
SIGKILLed at a point, then the checks: the cache opens with the previous snapshot
and the next sync completes with what the server has. Shared by the test and
bench/crash_100k.py."""

from __future__ import annotations

import itertools
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.cli.connection import env_cache_path
from desktop_app.domain import DisplayStatus
from desktop_app.store import Store, SubscriptionRow
from desktop_app.stripe_api import StripeApi
from tests.reliability.crash_run import KillPoint, run_sync_cli, sync_and_kill

CHANGED = 5  # subscriptions changed on the server before each killed sync
SIDECARS = ("", "-wal", "-shm")


@dataclass
class CrashOutcome:
    point: KillPoint
    rows: int
    kept_previous: bool  # False only when killed after the new snapshot committed
    recovered_kind: str  # "incremental" or "full"
    seconds: float


@dataclass
class Snapshot:
    """A cache after one complete sync, copied into each crash's own data folder."""

    emulator: Any  # bench.emulator_process.EmulatorProcess
    account_id: str
    file: Path
    rows: list[SubscriptionRow]
    changed: set[str] = field(default_factory=set)  # on the server since the snapshot
    rounds: Iterator[int] = field(default_factory=itertools.count)


def cache_rows(path: Path) -> list[SubscriptionRow]:
    store = Store.open(path)
    try:
        return store.query_subscriptions()
    finally:
        store.close()


@contextmanager
def data_home(path: Path) -> Iterator[None]:
    old = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(path)
    try:
        yield
    finally:
        if old is None:
            del os.environ["XDG_DATA_HOME"]
        else:
            os.environ["XDG_DATA_HOME"] = old


def first_snapshot(emulator: Any, folder: Path) -> Snapshot:
    """A complete sync through the CLI, in its own data folder."""
    base, key = emulator.base_url, emulator.api_key
    account_id = StripeApi(key, base).account().id
    assert account_id is not None  # a secret key reads the account
    with data_home(folder):
        run_sync_cli(base, key, "--budget", "1000")
        file = env_cache_path(account_id, base)
    return Snapshot(emulator, account_id, file, cache_rows(file))


def _copy(snapshot: Snapshot) -> Path:
    target = env_cache_path(snapshot.account_id, snapshot.emulator.base_url)
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in SIDECARS:
        source = snapshot.file.with_name(snapshot.file.name + suffix)
        if source.exists():
            shutil.copy2(source, target.with_name(target.name + suffix))
    return target


def expected_rows(snapshot: Snapshot) -> dict[str, DisplayStatus | SubscriptionRow]:
    """What the server has now: the snapshot, with the changed ones canceling."""
    return {
        row.id: DisplayStatus.CANCELING if row.id in snapshot.changed else row
        for row in snapshot.rows
    }


def matches_server(rows: list[SubscriptionRow], snapshot: Snapshot) -> bool:
    expected = expected_rows(snapshot)
    if {row.id for row in rows} != set(expected):
        return False
    for row in rows:
        want = expected[row.id]
        if isinstance(want, DisplayStatus):
            if row.display_status != want:
                return False
        elif row != want:
            return False
    return True


def crash_once(
    snapshot: Snapshot, point: KillPoint, *, full: bool = True, budget: str = "20"
) -> CrashOutcome:
    """Copy the snapshot into the current data folder, change the server, kill a sync
    at ``point``; check the cache, then a sync that completes."""
    started = time.monotonic()
    emulator = snapshot.emulator
    base, key = emulator.base_url, emulator.api_key
    cache = _copy(snapshot)
    n = next(snapshot.rounds)
    for sub_id in emulator.call("subscription_ids", CHANGED * (n + 1))[CHANGED * n :]:
        emulator.call("update_subscription", sub_id, {"cancel_at_period_end": True})
        snapshot.changed.add(sub_id)
    assert not matches_server(snapshot.rows, snapshot)  # a lost change would show

    sync_and_kill(base, key, point, *(["--full"] if full else []), "--budget", budget)

    after = cache_rows(cache)  # it opens: no CacheCorrupt, the WAL recovered
    kept_previous = after == snapshot.rows
    if point.label == "Saving":  # the commit may have been written just before the kill
        assert kept_previous or matches_server(after, snapshot)
    else:
        assert kept_previous, "a killed sync changed the cache"

    summary = run_sync_cli(base, key, "--budget", "1000")
    assert matches_server(cache_rows(cache), snapshot)
    kind = "incremental" if "(incremental)" in summary else "full"
    return CrashOutcome(point, len(after), kept_previous, kind, time.monotonic() - started)


def reference_rows(base_url: str, api_key: str, tmp: Path) -> list[SubscriptionRow]:
    """A fresh full sync of what the server has, in a throw-away cache."""
    from desktop_app.sync import run_sync

    path = tmp / "reference.sqlite3"
    store = Store.open(path)
    try:
        run_sync(StripeApi(api_key, base_url, budget_rps=1000.0), store, full=True)
        return store.query_subscriptions()
    finally:
        store.close()
        for suffix in SIDECARS:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
