"""Crash safety: a sync SIGKILLed at several points leaves the previous snapshot, and
the next sync completes; a corrupt or truncated cache is set aside (renamed, never
deleted), reported, and rebuilt by a full sync, from the CLI and from the window.

CI runs CRASH_SUBSCRIPTIONS (5,000); bench/crash_100k.py runs the same scenario
with 100,000.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.emulator_process import EmulatorProcess
from desktop_app.cli.connection import env_cache_path
from desktop_app.emulator import Emulator
from desktop_app.stripe_api import StripeApi
from tests.reliability.crash_run import KillPoint, run_sync_cli
from tests.reliability.crash_scenario import (
    Snapshot,
    cache_rows,
    crash_once,
    first_snapshot,
    reference_rows,
)

CRASH_SUBSCRIPTIONS = int(os.environ.get("BILLING_MANAGER_CRASH_SUBSCRIPTIONS", "5000"))
N = CRASH_SUBSCRIPTIONS

KILL_POINTS = {
    "checking-the-account": KillPoint("Checking the account"),
    "quarter-of-the-subscriptions": KillPoint("Fetching subscriptions", N // 4),
    "most-of-the-subscriptions": KillPoint("Fetching subscriptions", N * 3 // 4),
    "saving": KillPoint("Saving"),
}


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Snapshot]:
    with EmulatorProcess(seed=13, subscriptions=N) as emulator:
        yield first_snapshot(emulator, tmp_path_factory.mktemp("snapshot"))


@pytest.mark.slow
@pytest.mark.crash
@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_full_sync_killed_keeps_the_previous_snapshot(snapshot: Snapshot, point: str) -> None:
    outcome = crash_once(snapshot, KILL_POINTS[point])
    assert outcome.rows == len(snapshot.rows) >= N * 0.9
    assert outcome.recovered_kind == "incremental"


@pytest.mark.slow
@pytest.mark.crash
def test_an_incremental_sync_killed_keeps_the_previous_snapshot(snapshot: Snapshot) -> None:
    outcome = crash_once(snapshot, KillPoint("Fetching changes"), full=False)
    assert outcome.kept_previous
    assert outcome.recovered_kind == "incremental"


# -- corrupt or truncated cache files ------------------------------------------------------


def _damage(path: Path, how: str) -> bytes:
    data = path.read_bytes()
    if how == "garbage":
        damaged = b"this is not a database\n" * 64
    elif how == "truncated":
        damaged = data[: len(data) // 3]
    else:  # "zeroed-pages": the header stays, the pages behind it are gone
        damaged = data[:4096] + b"\0" * (len(data) - 4096)
    path.write_bytes(damaged)
    return damaged


def _set_aside(path: Path) -> list[Path]:
    """The damaged cache, renamed (its -wal/-shm files move along, named after it)."""
    found = path.parent.glob(path.name + ".corrupt-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm", "-journal")))


DAMAGE = ("garbage", "truncated", "zeroed-pages")


@pytest.fixture
def small_emu() -> Iterator[Emulator]:
    from desktop_app.emulator import run_emulator

    with run_emulator(seed=17, subscriptions=300) as emulator:
        yield emulator


@pytest.mark.bad_input
@pytest.mark.parametrize("how", DAMAGE)
def test_cli_sync_sets_a_damaged_cache_aside_and_rebuilds_it(
    small_emu: Emulator, tmp_path: Path, how: str
) -> None:
    base, key = small_emu.base_url, small_emu.api_key
    run_sync_cli(base, key)
    cache = env_cache_path(StripeApi(key, base).account().id, base)
    damaged = _damage(cache, how)

    summary = run_sync_cli(base, key)
    assert "could not be read" in summary
    assert "moved aside to" in summary
    assert "rebuilt" in summary
    assert "(full)" in summary  # rebuilt at once by a full sync
    (aside,) = _set_aside(cache)
    assert aside.read_bytes() == damaged  # kept, not deleted
    assert cache_rows(cache) == reference_rows(base, key, tmp_path)


@pytest.mark.gui
@pytest.mark.slow
@pytest.mark.bad_input
def test_window_reports_a_damaged_cache_and_rebuilds_it(
    qtbot: Any, small_emu: Emulator, tmp_path: Path
) -> None:
    from desktop_app.stripe_api import StripeApi as Api
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.sync_process import SyncTarget

    base, key = small_emu.base_url, small_emu.api_key
    cache = tmp_path / "window-cache.sqlite3"
    cache.write_bytes(b"SQLite format 3\x00" + b"\xff" * 600)  # a header, then nonsense
    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_session(
        cache,
        lambda: Api(key, base, budget_rps=200.0),
        name="Damaged",
        mode="test",
        test=True,
        sync_target=SyncTarget(api_key=key, api_base=base, budget_rps=200.0),
    )
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    shown = window.banner.text()
    assert "Could not read the local cache" in shown
    assert "moved aside" in shown
    (aside,) = _set_aside(cache)
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
        window.sync(full=False)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    assert [r.id for r in window.model.rows()] == [
        r.id for r in reference_rows(base, key, tmp_path)
    ]
    assert aside.exists()
    window.shutdown()
