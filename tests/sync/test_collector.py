"""A full sync runs with fewer garbage collections and gives the settings back."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import SyncProgress, run_sync
from desktop_app.sync.collector import BULK_THRESHOLDS, bulk_collections


@pytest.fixture
def usual_collector() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    gc.set_threshold(700, 10, 10)
    if frozen:
        gc.unfreeze()
    yield gc.get_threshold()
    gc.set_threshold(*before)
    if frozen:
        gc.freeze()


class Failed(Exception):
    pass


def test_a_full_sync_collects_rarely_and_restores_the_collector(
    api: StripeApi, tmp_path: Path, usual_collector: tuple[int, int, int]
) -> None:
    seen: set[tuple[tuple[int, int, int], bool]] = set()

    def progress(p: SyncProgress) -> None:
        if p.phase == "subscriptions":
            seen.add((gc.get_threshold(), gc.get_freeze_count() > 0))

    with Store.open(tmp_path / "c.sqlite3") as store:
        result = run_sync(api, store, full=True, progress=progress)
        assert result.kind == "full"
        assert seen == {(BULK_THRESHOLDS, True)}
        assert gc.get_threshold() == usual_collector
        assert gc.get_freeze_count() == 0

        seen.clear()  # an incremental sync (a handful of objects) leaves it alone
        assert run_sync(api, store, progress=progress).kind == "incremental"
        assert all(threshold == usual_collector for threshold, _ in seen)


def test_settings_come_back_after_a_failure_and_after_the_last_of_overlapping_uses(
    usual_collector: tuple[int, int, int],
) -> None:
    with pytest.raises(Failed), bulk_collections():
        raise Failed
    assert gc.get_threshold() == usual_collector

    first_in = threading.Event()
    second_out = threading.Event()

    def other_sync() -> None:
        with bulk_collections():
            first_in.set()
            second_out.wait(10)

    other = threading.Thread(target=other_sync)
    other.start()
    assert first_in.wait(10)
    with bulk_collections():
        assert gc.get_threshold() == BULK_THRESHOLDS
    assert gc.get_threshold() == BULK_THRESHOLDS  # the other one still runs
    second_out.set()
    other.join(10)
    assert gc.get_threshold() == usual_collector
    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_someone_else_stay_frozen(
    usual_collector: tuple[int, int, int],
) -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        with bulk_collections():
            assert gc.get_threshold() == BULK_THRESHOLDS
        assert gc.get_freeze_count() > frozen // 2  # (some freed since, by refcount)
    finally:
        gc.unfreeze()
