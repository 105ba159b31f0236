"""Streams that start from a first page asked for beside other reads (a head), and how
what is left below a first page is cut."""

from __future__ import annotations

import random

from desktop_app.stripe_api.slice_fetch import fetch_streams
from desktop_app.stripe_api.slices import PIECE_PAGES, PageEdges, Slice, split_rest
from tests.sync.list_endpoint import ListEndpoint, Recorder


def _ids(endpoint: ListEndpoint) -> list[str]:
    return sorted(o["id"] for o in endpoint.objects)


def test_a_head_stands_in_for_the_first_request() -> None:
    rng = random.Random(3)
    endpoint = ListEndpoint([rng.randrange(1000, 9000) for _ in range(2000)])
    rec = Recorder()

    pages = fetch_streams([rec.stream("main", endpoint, head=True)], workers=8)

    assert sorted(rec.seen["main"]) == _ids(endpoint)  # each once: the head not again
    assert pages == endpoint.calls  # the head's page is one of them
    assert rec.events[:2] == [("head", "main"), ("ask", "main")]


def _main_then_dunning(
    seed: int, main_size: int, dunning_size: int
) -> tuple[ListEndpoint, ListEndpoint, Recorder]:
    """Both lists with heads, the second a later one, fetched at 100 requests/s."""
    rng = random.Random(seed)
    main = ListEndpoint([rng.randrange(1000, 9000) for _ in range(main_size)])
    dunning = ListEndpoint([rng.randrange(1000, 9000) for _ in range(dunning_size)])
    rec = Recorder()
    streams = [
        rec.stream("main", main, head=True),
        rec.stream("dunning", dunning, later=True, head=True),
    ]
    fetch_streams(streams, workers=16, rate=100.0, latency=0.2)
    return main, dunning, rec


def test_a_later_streams_head_waits_and_what_is_left_of_it_is_cut_finer() -> None:
    main, dunning, rec = _main_then_dunning(8, 6000, 700)

    assert sorted(rec.seen["main"]) == _ids(main)
    assert sorted(rec.seen["dunning"]) == _ids(dunning)
    # past its head, it starts when the main stream has no more than its last pages left
    asks = [i for i, e in enumerate(rec.events) if e == ("ask", "dunning")]
    assert rec.events[asks[1] :].count(("ask", "main")) <= 2 * 16
    # the main stream hears of its last round once, as the later one starts, before done
    last_round = rec.events.index(("last round", "main"))
    assert rec.events.count(("last round", "main")) == 1
    assert last_round < asks[1] < rec.events.index(("done", "main"))
    assert ("last round", "dunning") not in rec.events


def test_the_end_of_the_last_list_is_cut_to_end_in_a_round_trip_or_two() -> None:
    """The budget is idle by then: three pages left go out as three slices at once."""
    _, dunning, rec = _main_then_dunning(9, 150, 400)

    assert sorted(rec.seen["dunning"]) == _ids(dunning)
    assert rec.fresh["dunning"] >= 1 + 2  # the head and at least two fresh slices
    assert dunning.calls <= 4 + 3


def _dense_first_page() -> PageEdges:
    """The newest 100 objects, made in the last 100 seconds of a long range."""
    edges = PageEdges.of([{"id": f"sub_{i}", "created": 100_000 - i} for i in range(100)])
    assert edges is not None
    return edges


def test_below_a_first_page_the_range_is_cut_in_even_widths() -> None:
    parts = split_rest(Slice(0, 100_001), _dense_first_page(), 5, even=True)

    assert parts[0].cursor == "sub_99"
    fresh = sorted(parts[1:], key=lambda s: s.gte)
    assert fresh[0].gte == 0
    widths = [p.lt - p.gte for p in [*fresh, parts[0]]]
    assert max(widths) - min(widths) <= 200  # (the top one also holds the first page)


def test_below_a_later_page_dense_data_is_shared_out_first() -> None:
    parts = split_rest(Slice(0, 100_001), _dense_first_page(), 5)

    fresh = sorted(parts[1:], key=lambda s: s.gte)
    # pieces of at most PIECE_PAGES pages at the page's density; the lowest takes the rest
    assert all(p.lt - p.gte == 100 * PIECE_PAGES for p in fresh[1:])
    assert fresh[0].lt - fresh[0].gte > 50_000


def test_short_remainders_are_cut_only_when_asked() -> None:
    # the page spans 100 seconds; 250 seconds (2.5 pages) are left below it
    edges = PageEdges.of([{"id": f"sub_{i}", "created": 350 - i} for i in range(100)])
    assert edges is not None
    assert len(split_rest(Slice(0, 351), edges, 3)) == 1
    assert len(split_rest(Slice(0, 351), edges, 3, min_pages=1.0)) == 3
