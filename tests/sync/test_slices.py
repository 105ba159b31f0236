"""Parallel created-slices: every object exactly once, few wasted requests, splits when dense."""

from __future__ import annotations

import itertools
import random
import threading
from concurrent.futures import Future
from typing import Any

import pytest

from desktop_app.cancel import CancelToken
from desktop_app.errors import SyncCancelled
from desktop_app.stripe_api.slice_fetch import Stream, fetch_sliced, fetch_streams
from desktop_app.stripe_api.slices import (
    FetchedPage,
    Pace,
    PageEdges,
    Slice,
    initial_slices,
    split_rest,
)
from tests.sync.list_endpoint import ListEndpoint, Recorder


def run(endpoint: ListEndpoint, lo: int, hi: int, workers: int) -> list[str]:
    seen: list[str] = []
    fetch_sliced(endpoint.fetch, lo, hi, lambda page: seen.extend(o["id"] for o in page), workers)
    return seen


@pytest.mark.parametrize("workers", [1, 3, 16])
def test_uniform_data_every_object_once_with_few_extra_pages(workers: int) -> None:
    rng = random.Random(workers)
    created = [rng.randrange(1_600_000_000, 1_700_000_000) for _ in range(5000)]
    endpoint = ListEndpoint(created)
    seen = run(endpoint, 1_600_000_000, 1_700_000_000, workers)
    assert sorted(seen) == sorted(o["id"] for o in endpoint.objects)
    assert endpoint.calls <= 50 + 2 * workers


def test_skewed_data_is_split_where_dense() -> None:
    rng = random.Random(1)
    # a few old ones, then 4000 in the last day of a ten-year range
    created = [rng.randrange(1_400_000_000, 1_700_000_000) for _ in range(20)]
    created += [rng.randrange(1_700_000_000 - 86_400, 1_700_000_000) for _ in range(4000)]
    endpoint = ListEndpoint(created)
    seen = run(endpoint, 1_400_000_000, 1_700_000_000, 8)
    assert sorted(seen) == sorted(o["id"] for o in endpoint.objects)
    assert endpoint.calls <= 41 + 2 * 8 + 8


def test_many_objects_in_one_second_still_come_through_the_cursor() -> None:
    endpoint = ListEndpoint([1_650_000_000] * 450)
    seen = run(endpoint, 1_600_000_000, 1_700_000_000, 4)
    assert sorted(seen) == sorted(o["id"] for o in endpoint.objects)


def test_an_empty_range_costs_one_request() -> None:
    endpoint = ListEndpoint([])
    assert run(endpoint, 10, 20, 4) == []
    assert endpoint.calls == 1


def test_a_small_list_costs_its_pages_only() -> None:
    endpoint = ListEndpoint(list(range(1000, 1250)))
    assert len(run(endpoint, 1000, 1250, 8)) == 250
    assert endpoint.calls == 3


def test_split_rest_keeps_the_cursor_on_the_upper_part() -> None:
    page = [{"id": f"sub_{i}", "created": 1000 - i} for i in range(100)]  # 1000..901
    edges = PageEdges.of(page)
    assert edges is not None
    parts = split_rest(Slice(0, 1001), edges, 4)
    assert parts[0] == Slice(parts[0].gte, 1001, "sub_99")
    assert 0 < parts[0].gte <= 901
    lower = sorted(parts[1:], key=lambda s: s.gte)
    assert lower[0].gte == 0
    assert all(a.lt == b.gte for a, b in itertools.pairwise(lower))
    assert lower[-1].lt == parts[0].gte


def test_initial_slices_cover_the_range() -> None:
    parts = initial_slices(0, 100, 7)
    assert parts[0].gte == 0
    assert parts[-1].lt == 100
    assert all(a.lt == b.gte for a, b in itertools.pairwise(parts))


def test_a_cancelled_token_stops_the_fetch() -> None:
    endpoint = ListEndpoint(list(range(1000, 6000)))
    token = CancelToken()

    def on_page(page: list[dict[str, Any]]) -> None:
        token.cancel()

    with pytest.raises(SyncCancelled):
        fetch_sliced(endpoint.fetch, 1000, 6000, on_page, 2, token)
    assert endpoint.calls < 50


def test_a_failing_page_propagates() -> None:
    def fetch(gte: int, lt: int, cursor: str | None) -> tuple[list[dict[str, Any]], bool]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        fetch_sliced(fetch, 0, 100, lambda page: None, 3)


def test_a_later_stream_starts_at_the_end_of_the_first_and_each_reports_done() -> None:
    rng = random.Random(5)
    main = ListEndpoint([rng.randrange(1000, 9000) for _ in range(6000)])
    dunning = ListEndpoint([rng.randrange(1000, 9000) for _ in range(700)])
    rec = Recorder()
    pages = fetch_streams(
        [rec.stream("main", main), rec.stream("dunning", dunning, later=True)], workers=8
    )
    assert sorted(rec.seen["main"]) == sorted(o["id"] for o in main.objects)
    assert sorted(rec.seen["dunning"]) == sorted(o["id"] for o in dunning.objects)
    assert pages == main.calls + dunning.calls

    # it starts when the main stream has no more than its last pages in flight
    first_dunning = rec.events.index(("ask", "dunning"))
    assert rec.events[first_dunning:].count(("ask", "main")) <= 2 * 8
    for name in ("main", "dunning"):  # once, right after the stream's last page
        done = rec.events.index(("done", name))
        assert rec.events.count(("done", name)) == 1
        assert ("page", name) not in rec.events[done:]
        assert ("ask", name) not in rec.events[done:]


def test_a_later_stream_after_an_empty_one() -> None:
    rec = Recorder()
    dunning = ListEndpoint(list(range(2000, 2250)))
    fetch_streams(
        [rec.stream("main", ListEndpoint([])), rec.stream("dunning", dunning, later=True)],
        workers=4,
    )
    assert len(rec.seen["dunning"]) == 250
    assert rec.events[:3] == [("ask", "main"), ("done", "main"), ("ask", "dunning")]
    assert rec.events[-1] == ("done", "dunning")


def test_streams_with_no_range_at_all_are_done_at_once() -> None:
    rec = Recorder()
    main = ListEndpoint(list(range(2000, 2150)))
    empty = rec.stream("empty", ListEndpoint([]), span=(7000, 7000))
    assert fetch_streams([empty, rec.stream("main", main, later=True)], workers=4) == main.calls
    assert len(rec.seen["main"]) == 150
    assert rec.events[0] == ("done", "empty")
    assert rec.events[-1] == ("done", "main")


def test_a_later_stream_waits_while_the_first_has_slices_to_start() -> None:
    rec = Recorder()
    main = ListEndpoint(list(range(1000, 9000)))  # one object a second: 80 pages
    dunning = ListEndpoint(list(range(2000, 2250)))
    fetch_streams([rec.stream("main", main), rec.stream("dunning", dunning, later=True)], workers=2)
    first_dunning = rec.events.index(("ask", "dunning"))
    assert rec.events[:first_dunning].count(("page", "main")) >= 80 - 2 * 2


def paced(rate: float = 100.0, latency: float = 0.15) -> Pace:
    pace = Pace(rate, workers=48)
    pace.observe(latency)  # rate x latency = 15 requests in flight spend the budget
    return pace


def test_balanced_slices_are_not_cut() -> None:
    # 20 slices of 50 pages each: each ends in time, a cut would only waste a request
    assert paced().pieces(own=50, total=1000, others=19) == 1


def test_a_straggler_is_cut_so_that_its_pieces_end_in_time() -> None:
    pace = paced()
    # half of what is left in one slice: alone 100 x 0.15 = 15 s, the budget needs 2 s
    assert pace.pieces(own=100, total=200, others=5) == 11  # 15 x 1.5 / 2
    # never more slices than the budget can keep busy (target 24)
    assert pace.pieces(own=100, total=200, others=20) == 4


def test_too_few_slices_for_the_budget_are_topped_up() -> None:
    # 6 others + this one's pieces: 15 in flight
    assert paced().pieces(own=10, total=1000, others=6) == 9


def test_without_a_budget_every_free_place_is_used() -> None:
    assert Pace(None, workers=8).pieces(own=10, total=10, others=3) == 5


def _stream_prepared_later(endpoint: ListEndpoint, seen: list[str], events: list[str]) -> Stream:
    """A stream whose pages' payloads are Futures, all completed by another thread
    only once the last page has been asked for (or, failing that, after 10 s)."""
    held: list[tuple[Future[Any], list[dict[str, Any]]]] = []
    all_asked = threading.Event()

    def release() -> None:
        events.append("all asked" if all_asked.wait(10) else "gave up waiting")
        for payload, data in held:
            payload.set_result(data)

    threading.Thread(target=release, daemon=True).start()

    def fetch(gte: int, lt: int, cursor: str | None) -> FetchedPage:
        data, has_more = endpoint.fetch(gte, lt, cursor)
        payload: Future[Any] = Future()
        held.append((payload, data))
        if not has_more:
            all_asked.set()
        return FetchedPage(PageEdges.of(data), has_more, payload)

    def on_page(page: list[dict[str, Any]]) -> None:
        events.append("page")
        seen.extend(o["id"] for o in page)

    return Stream(fetch, 1000, 2000, on_page, on_done=lambda: events.append("done"))


def test_a_slice_goes_on_while_its_pages_are_prepared_elsewhere() -> None:
    endpoint = ListEndpoint(list(range(1000, 1450)))  # five pages, one slice
    seen: list[str] = []
    events: list[str] = []
    pages = fetch_streams([_stream_prepared_later(endpoint, seen, events)], workers=1)
    assert pages == 5
    # every page was asked for before any was prepared; each handed over once, then done
    assert events == ["all asked"] + ["page"] * 5 + ["done"]
    assert sorted(seen) == sorted(o["id"] for o in endpoint.objects)


def test_a_page_that_fails_where_it_is_prepared_fails_the_fetch() -> None:
    def fetch(gte: int, lt: int, cursor: str | None) -> FetchedPage:
        payload: Future[Any] = Future()
        payload.set_exception(ValueError("the answer is not JSON"))
        return FetchedPage(PageEdges(1, 1500, 1500, "sub_1"), False, payload)

    received: list[Any] = []
    with pytest.raises(ValueError, match="not JSON"):
        fetch_streams([Stream(fetch, 1000, 2000, received.append)], workers=2)
    assert received == []
