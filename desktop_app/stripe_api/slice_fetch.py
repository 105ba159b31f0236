"""Fetching lists by ``created`` slices (``slices.py``) with a pool of threads, as
many at once as the request budget can keep busy: ``fetch_streams`` for several lists
sharing one pool, ``fetch_sliced`` for one."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from desktop_app.cancel import CancelToken
from desktop_app.futures import then
from desktop_app.stripe_api.slices import (
    SPLIT_MIN_PAGES,
    FetchedPage,
    Json,
    Pace,
    PageCallback,
    PageEdges,
    PageFetcher,
    RepeatedCursor,
    Slice,
    initial_slices,
    pages_left,
    split_rest,
)

# A slice expected to hold no more than this many pages is on its last one (the
# estimate is a density times a width).
LAST_ROUND_PAGES = 1.5
# Once the later streams are released the budget soon idles: a remainder of this many
# pages is worth cutting then (a partial page costs less than a round trip). 0.5 and
# 0.7 measured no better at 10,000 subscriptions and 100 requests/s.
END_MIN_PAGES = 1.0


@dataclass(frozen=True)
class Stream:
    """One list to fetch by slices: its page fetcher, range, callback and first split.

    ``later``: its slices start only once the other streams are (about) done (see
    ``fetch_streams``). ``on_done``: called in the calling thread once the stream's
    last page has been handed to ``on_page``. ``head``: the first page of the whole
    range, asked for already (beside other reads): it stands in for the first request
    of the one initial slice (``initial`` is then 1). ``on_last_round``: called in the
    calling thread when the later streams start while this one still has its last
    pages to come (it has nothing left to start).
    """

    fetch: PageFetcher
    lo: int
    hi: int
    on_page: PageCallback
    initial: int = 1
    later: bool = False
    on_done: Callable[[], None] | None = None
    head: Future[FetchedPage] | None = None
    on_last_round: Callable[[], None] | None = None


def fetch_streams(
    streams: list[Stream],
    workers: int,
    cancel: CancelToken | None = None,
    *,
    rate: float | None = None,
    budget_wait: Callable[[], float] | None = None,
    latency: float | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Fetch every stream's objects with a pool of at most ``workers`` threads.

    With ``rate`` (the request budget) and ``budget_wait`` (seconds the calling
    thread's last request waited for the budget), only as many slices run at once as
    the budget can keep busy: rate x time per request other than waiting for the
    budget. Each ``on_page`` runs in the calling thread. Returns the number of pages.
    ``latency``: the seconds a request takes, as measured before (heads' reads), until
    pages measure it.

    Streams marked ``later`` start once the others have nothing left to start and
    only their last pages in flight; the others' ``on_done`` can then use the time
    the later ones take (a full sync builds the cache's indexes meanwhile).

    A page whose payload is a Future (being prepared elsewhere) is handed to
    ``on_page`` when that is done; its slice's next page need not wait for it.

    A stream's ``head`` is its first page, fetched already: the rest of its range is
    cut in even widths below it (as below any first page), and a later stream's rest
    waits for its release, when it is cut finer (the budget is about to idle).

    A page with more to come that ends on an object an earlier page of its stream
    ended on raises RepeatedCursor (the server repeats itself). ``stop`` is set when
    the fetching ends early (an error, a cancel): fetchers still at work can give up
    their retries instead of holding the end back.
    """
    pace = Pace(rate, workers, latency)

    def run(index: int, part: Slice) -> tuple[FetchedPage, float | None]:
        started = time.monotonic()
        page = streams[index].fetch(part.gte, part.lt, part.cursor)
        if budget_wait is None:
            return page, None
        return page, time.monotonic() - started - budget_wait()

    pending: deque[tuple[int, Slice]] = deque()
    # Later streams' slices, waiting: (stream, slice, None), or a head's slice with
    # that page's edges (what is left of it is cut at the release).
    held: list[tuple[int, Slice, PageEdges | None]] = []
    running: dict[Future[tuple[FetchedPage, float | None]], tuple[int, Slice]] = {}
    holding = {index for index, stream in enumerate(streams) if stream.later}
    min_pages = [SPLIT_MIN_PAGES]  # END_MIN_PAGES once the later streams are released
    first_parts: set[tuple[int, Slice]] = set()  # not cut from a page: cut even
    for index, stream in enumerate(streams):
        if stream.head is not None:
            running[then(stream.head, _unmeasured)] = (index, Slice(stream.lo, stream.hi))
            first_parts.add((index, Slice(stream.lo, stream.hi)))
            continue
        parts = [(index, part) for part in initial_slices(stream.lo, stream.hi, stream.initial)]
        first_parts.update(parts)
        if stream.later:
            held.extend((index, part, None) for index, part in parts)
        else:
            pending.extend(parts)
    preparing: dict[Future[Any], int] = {}  # payloads being made elsewhere: their stream
    # Pages each running or waiting slice is expected to hold (known once a page of
    # it, or of the slice it was cut from, has come back).
    expected: dict[tuple[int, Slice], float] = {}
    unfinished = set(range(len(streams)))
    cursors: list[set[str]] = [set() for _ in streams]  # each stream's cursors so far
    pages = 0
    with ThreadPoolExecutor(max_workers=pace.workers, thread_name_prefix="stripe-slice") as pool:

        def top_up() -> None:
            while pending and len(running) < pace.target():
                index, part = pending.popleft()
                running[pool.submit(run, index, part)] = (index, part)

        def release_later() -> None:
            """Start the later streams once the others are done, or have nothing left to
            start and no more than their last pages in flight, or no more than the budget
            fetches in a round trip (it would idle while those come back)."""
            if not holding:
                return
            first = {i for i in unfinished if not streams[i].later}
            if any(i in first for i, _ in pending):
                return
            last = [key for key in running.values() if key[0] in first]
            left = [expected.get(key, math.inf) for key in last]
            if not (all(n <= LAST_ROUND_PAGES for n in left) or sum(left) <= pace.round_trip()):
                return
            holding.clear()
            min_pages[0] = END_MIN_PAGES
            for index in sorted({i for i, _ in last}):  # (those with pages to come)
                callback = streams[index].on_last_round
                if callback is not None:
                    callback()
            # The budget is about to idle: what is left of the heads is cut finer (to
            # about a page a slice) so that it takes a round trip or two, not a chain.
            waiting = {(i, p): pages_left(p, e) for i, p, e in held if e is not None}
            total = sum(waiting.values()) + sum(expected.get(key, 0.0) for key in last)
            for index, part, edges in held:
                if edges is None:
                    pending.append((index, part))
                    continue
                own = waiting[(index, part)]
                pieces = pace.pieces(own, total, len(running) + len(pending))
                for piece in split_rest(part, edges, pieces, min_pages=END_MIN_PAGES, even=True):
                    expected[(index, piece)] = pages_left(piece, edges)
                    pending.append((index, piece))
            held.clear()

        def report_done() -> None:
            busy = {i for i, _ in pending} | {i for i, _ in running.values()}
            busy |= {i for i, _, _ in held} | set(preparing.values())
            for index in sorted(unfinished - busy):
                unfinished.discard(index)
                callback = streams[index].on_done
                if callback is not None:
                    callback()

        def fetched(future: Future[tuple[FetchedPage, float | None]]) -> None:
            """A page came back: cut what is left of its slice, send the next requests,
            then hand the page over (or wait for it to be prepared)."""
            nonlocal pages
            index, part = running.pop(future)
            expected.pop((index, part), None)
            page, seconds = future.result()
            pages += 1
            if seconds is not None:
                pace.observe(seconds)
            if page.has_more and page.edges is not None:
                cursor = page.edges.last_id
                if cursor in cursors[index]:
                    raise RepeatedCursor(cursor)
                cursors[index].add(cursor)
            if page.has_more and page.edges is not None and index in holding:
                held.append((index, part, page.edges))  # a later stream's head
            elif page.has_more and page.edges is not None:
                edges = page.edges
                own = pages_left(Slice(part.gte, part.lt, edges.last_id), edges)
                others = len(running) + len(pending)
                pieces = pace.pieces(own, own + sum(expected.values()), others)
                even = (index, part) in first_parts
                rest = split_rest(part, edges, pieces, min_pages=min_pages[0], even=even)
                for piece in rest:
                    expected[(index, piece)] = pages_left(piece, edges)
                pending.extendleft((index, piece) for piece in reversed(rest))
            release_later()
            top_up()  # keep the network busy while this page is processed
            if isinstance(page.payload, Future):
                preparing[page.payload] = index
            elif page.edges is not None:
                streams[index].on_page(page.payload)
            report_done()

        try:
            while pending or running or held or preparing:
                report_done()  # (a stream with nothing to fetch at all)
                release_later()
                top_up()
                done, _ = wait([*running, *preparing], timeout=0.2, return_when=FIRST_COMPLETED)
                if cancel is not None:
                    cancel.raise_if_cancelled()
                for future in done:
                    if future in preparing:
                        streams[preparing.pop(future)].on_page(future.result())
                        report_done()
                    else:
                        fetched(future)
            report_done()
        except BaseException:
            if stop is not None:
                stop.set()
            raise
        finally:
            for future in [*running, *preparing]:
                future.cancel()
    return pages


def _unmeasured(head: Future[FetchedPage]) -> tuple[FetchedPage, float | None]:
    return head.result(), None  # its time includes the reads beside it: no latency


def fetch_sliced(
    fetch: Callable[[int, int, str | None], tuple[list[Json], bool]],
    lo: int,
    hi: int,
    on_page: PageCallback,
    workers: int,
    cancel: CancelToken | None = None,
) -> int:
    """Fetch every object with ``lo <= created < hi`` (``fetch`` returns a page's
    objects and whether there are more); returns the number of pages."""

    def fetch_page(gte: int, lt: int, cursor: str | None) -> FetchedPage:
        data, has_more = fetch(gte, lt, cursor)
        return FetchedPage(PageEdges.of(data), has_more, data)

    return fetch_streams([Stream(fetch_page, lo, hi, on_page, 1)], workers, cancel)
