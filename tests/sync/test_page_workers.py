"""Page workers: pages prepared in other processes, errors that come back whole, and
workers that never outlive the sync that started them."""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
from concurrent.futures import Future
from multiprocessing.connection import Connection

import orjson
import pytest

from desktop_app.stripe_api.list_body import UnreadableBody
from desktop_app.stripe_api.slices import PageEdges
from desktop_app.sync import page_workers
from desktop_app.sync.page_workers import PagePreparer
from tests.core import factories as f

PAGE = orjson.dumps({"object": "list", "data": [], "has_more": False, "url": "/v1/subscriptions"})


def page_of(*ids: str, has_more: bool = False) -> bytes:
    data = [f.subscription(sub_id, created=1_700_000_000 - n) for n, sub_id in enumerate(ids)]
    return orjson.dumps(
        {"object": "list", "data": data, "has_more": has_more, "url": "/v1/subscriptions"}
    )


def started_preparer() -> PagePreparer:
    page_workers.WAIT_FOR_START_S = 60.0
    preparer = PagePreparer({}, processes=2, after_pages=0)
    page = preparer.subscriptions(page_of("sub_a"))  # starts the workers and waits for them
    assert isinstance(page.payload, Future)
    assert page.payload.result(timeout=60).subscription_ids == ["sub_a"]
    assert preparer.pages_in_workers == 1
    return preparer


def test_a_subscription_a_worker_cannot_read_comes_back_as_skipped() -> None:
    """A malformed field (domain/values.py) skips that subscription, in a worker too."""
    bad = f.subscription("sub_bad", created=1_700_000_000)
    bad["trial_end"] = "soon"
    good = f.subscription("sub_good", created=1_699_999_999)
    body = orjson.dumps({"object": "list", "data": [bad, good], "has_more": False})
    with started_preparer() as preparer:
        page = preparer.subscriptions(body)
        assert isinstance(page.payload, Future)
        prepared = page.payload.result(timeout=60)
    assert prepared.subscription_ids == ["sub_good"]
    assert [(s.kind, s.object_id) for s in prepared.skipped] == [("subscription", "sub_bad")]
    assert prepared.skipped[0].reason == "trial_end is 'soon': not a Unix time (whole seconds)"


def test_a_page_in_a_worker_gives_its_edges_at_once_and_its_rows_later() -> None:
    with started_preparer() as preparer:
        page = preparer.subscriptions(page_of("sub_b", "sub_c", "sub_d", has_more=True))
        assert page.has_more
        assert page.edges == PageEdges(3, 1_700_000_000, 1_700_000_000 - 2, "sub_d")
        assert isinstance(page.payload, Future)
        assert page.payload.result(timeout=60).subscription_ids == ["sub_b", "sub_c", "sub_d"]
        assert preparer.pages_in_workers == 2


def test_a_body_that_is_not_json_fails_the_same_way_with_workers() -> None:
    with started_preparer() as preparer:
        with pytest.raises(UnreadableBody):
            preparer.subscriptions(b"<html>Bad gateway</html>")
        # a byte that is not UTF-8 in a field only the worker's full decode reads
        body = page_of("sub_e").replace(b'"id":"sub_e"', b'"id":"sub_e","description":"\xff"')
        page = preparer.subscriptions(body)
        assert isinstance(page.payload, Future)
        with pytest.raises(UnreadableBody):
            page.payload.result(timeout=60)
        page = preparer.subscriptions(page_of("sub_f"))  # the workers are still there
        assert isinstance(page.payload, Future)
        assert page.payload.result(timeout=60).subscription_ids == ["sub_f"]
        assert preparer.pages_in_workers == 2


def test_pages_are_prepared_in_the_sync_once_a_worker_dies(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with started_preparer() as preparer:
        # Every worker dies (the OOM killer takes them all, say): with one left alive, it
        # could prepare all six pages before the pool noticed, and the test would race.
        for pid in preparer.worker_pids:
            os.kill(pid, signal.SIGKILL)
        pages = [preparer.subscriptions(page_of(f"sub_{n}")) for n in range(6)]
        for n, page in enumerate(pages):
            payload = page.payload
            if isinstance(payload, Future):  # submitted before the pool knew
                payload = payload.result(timeout=60)
            assert payload.subscription_ids == [f"sub_{n}"]
        assert preparer.processes == 0  # not started again in this sync
    stopped = [r for r in caplog.records if "Page workers stopped" in r.getMessage()]
    assert len(stopped) == 1  # said once, however many pages were waiting


def test_only_pages_of_subscriptions_tell_an_account_is_big(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A small account's dunning lists come in several small slices: they do not
    start worker processes (which cost more CPU than such an account's pages)."""
    monkeypatch.setattr(page_workers, "WAIT_FOR_START_S", 0.0)
    before = set(multiprocessing.active_children())
    with PagePreparer({}, processes=2, after_pages=2) as preparer:
        for _ in range(6):
            assert preparer.dunning(PAGE).payload == ([], [])  # (invoices, skipped)
        assert not set(multiprocessing.active_children()) - before
        for _ in range(3):
            preparer.subscriptions(PAGE)
        assert len(set(multiprocessing.active_children()) - before) == 2


def test_a_first_page_that_shows_a_big_account_starts_the_workers_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_workers, "WAIT_FOR_START_S", 0.0)
    now = 1_700_000_000
    newest = [f.subscription(f"sub_{i:03d}", created=now - i * 60) for i in range(100)]
    body = orjson.dumps(
        {"object": "list", "data": newest, "has_more": True, "url": "/v1/subscriptions"}
    )
    before = set(multiprocessing.active_children())
    # 100 an hour over a day: ~14 more pages, not three times after_pages: not yet
    with PagePreparer({}, processes=2, after_pages=10, created_from=now - 86_400) as preparer:
        assert len(preparer.subscriptions(body).payload.subscription_ids) == 100
        assert not set(multiprocessing.active_children()) - before
    # ... over a year: thousands of pages
    a_year = now - 365 * 86_400
    with PagePreparer({}, processes=2, after_pages=10, created_from=a_year) as preparer:
        assert len(preparer.subscriptions(body).payload.subscription_ids) == 100
        assert len(set(multiprocessing.active_children()) - before) == 2


def _sync_stand_in(conn: Connection) -> None:
    preparer = started_preparer()
    conn.send(sorted(preparer.worker_pids))
    conn.recv()  # until killed


def _gone(pid: int, timeout: float) -> bool:
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([fd], [], [], timeout)
        return bool(readable)
    finally:
        os.close(fd)


def test_workers_end_when_the_sync_process_is_killed() -> None:
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    proc = ctx.Process(target=_sync_stand_in, args=(theirs,))
    proc.start()
    try:
        assert ours.poll(60), "the stand-in sync did not start its workers"
        pids = ours.recv()
        assert pids
        assert proc.pid not in pids
        os.kill(proc.pid, signal.SIGKILL)
        for pid in pids:
            assert _gone(pid, 30), f"page worker {pid} outlived its sync"
    finally:
        proc.kill()
        proc.join()
