"""Fetch a big list endpoint in parallel ``created`` slices that split where dense.

Stripe lists newest first with cursors; a ``created[gte]/[lt]`` range and a cursor
page through one slice. A slice whose page says ``has_more`` is split when too few
slices run to spend the budget, or when it would otherwise finish last (``Pace``):
the slice keeps its cursor over the upper part of what is left (``created >= m``)
and fresh slices take the lower part (``created < m``), so the slices never overlap
and nothing is missed. Every slice ends on a partial page, so splits are few. Pages
are handed to ``on_page`` in the calling thread, so the caller needs no locks;
whatever a fetcher makes of a page (parsing, say) it does on its own thread, leaving
the calling thread free to write.
"""

from __future__ import annotations

import itertools
import math
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from desktop_app.cancel import CancelToken

Json = dict[str, Any]
PageCallback = Callable[[Any], None]

PAGE_SIZE = 100
# Split a slice only when what is left of it looks like more than this many pages.
# Every slice ends on a partial page (a request that fetches less than 100), so
# splitting short remainders costs more requests than it saves time.
SPLIT_MIN_PAGES = 4.0
# New slices cut from a dense region hold at most about this many pages each (a
# share of what is left, where that is less). Measured on 10,000-30,000
# subscriptions at 25 requests/s: 8 pages wasted ~20% of the requests on partial
# pages, 64 about 8%.
PIECE_PAGES = 64.0
# A slice expected to hold no more than this many pages is on its last one (the
# estimate is a density times a width).
LAST_ROUND_PAGES = 1.5


@dataclass(frozen=True)
class Slice:
    gte: int
    lt: int
    cursor: str | None = None


@dataclass(frozen=True)
class PageEdges:
    """What slicing needs to know of a page: its size, the ``created`` of its first
    (newest) and last (oldest) object, and the last object's ID (the cursor)."""

    count: int
    newest: int
    oldest: int
    last_id: str

    @property
    def seconds_per_page(self) -> float:
        """The local density: seconds of ``created`` that a full page spans."""
        return (self.newest - self.oldest + 1) * PAGE_SIZE / self.count

    @classmethod
    def of(cls, page: Sequence[Json]) -> PageEdges | None:
        if not page:
            return None
        return cls(
            len(page), int(page[0]["created"]), int(page[-1]["created"]), str(page[-1]["id"])
        )


@dataclass(frozen=True)
class FetchedPage:
    """One page as a fetcher hands it over: its edges (None when empty), whether the
    slice has more, and what the stream's ``on_page`` gets (the objects, or whatever
    the fetcher made of them on its own thread). The payload may also be a Future of
    it, still being made elsewhere: the slice goes on meanwhile, and ``on_page`` gets
    the result once it is done."""

    edges: PageEdges | None
    has_more: bool
    payload: Any


PageFetcher = Callable[[int, int, "str | None"], FetchedPage]


def initial_slices(lo: int, hi: int, count: int) -> list[Slice]:
    count = max(1, min(count, hi - lo))
    step = (hi - lo) / count
    bounds = [lo + round(step * i) for i in range(count)] + [hi]
    return [Slice(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def split_rest(done: Slice, page: PageEdges, pieces: int) -> list[Slice]:
    """What is left of ``done`` after ``page`` (which had more): the continuing slice
    first, then up to ``pieces - 1`` fresh slices below it.

    The page tells the local density; new slices are cut at most PIECE_PAGES pages
    wide at that density (dense data just below is shared out), and the lowest slice
    takes whatever is left down to the bottom of the range.
    """
    oldest = page.oldest
    rest = Slice(done.gte, done.lt, page.last_id)
    if pieces < 2 or oldest <= done.gte:
        return [rest]
    seconds_per_page = page.seconds_per_page
    left = oldest + 1 - done.gte
    expected_pages = left / seconds_per_page
    pieces = min(pieces, int(expected_pages / SPLIT_MIN_PAGES) + 1)
    if pieces < 2:
        return [rest]
    width = max(1, min(math.ceil(left / pieces), math.ceil(seconds_per_page * PIECE_PAGES)))
    cuts = [oldest + 1 - j * width for j in range(1, pieces)]
    cuts = [c for c in cuts if c > done.gte]  # descending
    if not cuts:
        return [rest]
    result = [Slice(cuts[0], done.lt, rest.cursor)]
    bounds = [*cuts, done.gte]
    result += [Slice(low, high) for high, low in itertools.pairwise(bounds)]
    return result


def pages_left(part: Slice, page: PageEdges) -> float:
    """About how many pages ``part`` holds, at the density of ``page`` (the page that
    was fetched just above it): below the page's oldest object when ``part`` goes on
    from its cursor, its whole range when it is a fresh slice."""
    top = page.oldest + 1 if part.cursor else part.lt
    return max(0, top - part.gte) / page.seconds_per_page


@dataclass(frozen=True)
class Stream:
    """One list to fetch by slices: its page fetcher, range, callback and first split.

    ``later``: its slices start only once the other streams are (about) done (see
    ``fetch_streams``). ``on_done``: called in the calling thread once the stream's
    last page has been handed to ``on_page``.
    """

    fetch: PageFetcher
    lo: int
    hi: int
    on_page: PageCallback
    initial: int = 1
    later: bool = False
    on_done: Callable[[], None] | None = None


class Pace:
    """How many requests to keep in flight: enough to spend the budget, no more.

    In-flight requests needed = rate x service time per request (Little's law), with
    a margin; more slices than that only add partial last pages (wasted requests).
    """

    MARGIN = 1.5

    def __init__(self, rate: float | None, workers: int) -> None:
        self.rate = rate
        self.workers = max(1, workers)
        self.latency: float | None = None

    def observe(self, seconds: float) -> None:
        if self.latency is None:
            self.latency = seconds
        else:
            self.latency = 0.8 * self.latency + 0.2 * seconds

    def target(self) -> int:
        if self.rate is None or self.latency is None:
            return self.workers
        wanted = math.ceil(self.rate * self.latency * self.MARGIN) + 1
        return max(1, min(self.workers, wanted))

    def pieces(self, own: float, total: float, others: int) -> int:
        """Into how many slices to cut what is left of one slice: ``own`` pages, of
        ``total`` left in every slice known, with ``others`` slices running or waiting.

        Every slice ends on a partial page, so a split costs about a request. It pays
        when too few slices run to spend the budget (rate x latency), and for a
        straggler: a slice that, fetched alone at the measured latency, would still
        run when the budget has fetched everything else (it is cut so that each piece
        ends about in time). Never beyond ``target()``; without a budget: up to it.
        """
        free = self.target() - others
        if free < 2:
            return 1
        if self.rate is None or self.latency is None:
            return free
        short = math.ceil(self.rate * self.latency) - others
        alone = own * self.latency
        everything = max(total, own) / self.rate
        straggler = int(alone * self.MARGIN / everything)
        return max(1, min(free, max(short, straggler)))


def fetch_streams(
    streams: list[Stream],
    workers: int,
    cancel: CancelToken | None = None,
    *,
    rate: float | None = None,
    budget_wait: Callable[[], float] | None = None,
) -> int:
    """Fetch every stream's objects with a pool of at most ``workers`` threads.

    With ``rate`` (the request budget) and ``budget_wait`` (seconds the calling
    thread's last request waited for the budget), only as many slices run at once as
    the budget can keep busy: rate x time per request other than waiting for the
    budget. Each ``on_page`` runs in the calling thread. Returns the number of pages.

    Streams marked ``later`` start once the others have nothing left to start and
    only their last pages in flight; the others' ``on_done`` can then use the time
    the later ones take (a full sync builds the cache's indexes meanwhile).

    A page whose payload is a Future (being prepared elsewhere) is handed to
    ``on_page`` when that is done; its slice's next page need not wait for it.
    """
    pace = Pace(rate, workers)

    def run(index: int, part: Slice) -> tuple[FetchedPage, float | None]:
        started = time.monotonic()
        page = streams[index].fetch(part.gte, part.lt, part.cursor)
        if budget_wait is None:
            return page, None
        return page, time.monotonic() - started - budget_wait()

    pending: deque[tuple[int, Slice]] = deque()
    held: list[tuple[int, Slice]] = []
    for index, stream in enumerate(streams):
        parts = [(index, part) for part in initial_slices(stream.lo, stream.hi, stream.initial)]
        (held if stream.later else pending).extend(parts)
    running: dict[Future[tuple[FetchedPage, float | None]], tuple[int, Slice]] = {}
    preparing: dict[Future[Any], int] = {}  # payloads being made elsewhere: their stream
    # Pages each running or waiting slice is expected to hold (known once a page of
    # it, or of the slice it was cut from, has come back).
    expected: dict[tuple[int, Slice], float] = {}
    unfinished = set(range(len(streams)))
    pages = 0
    with ThreadPoolExecutor(max_workers=pace.workers, thread_name_prefix="stripe-slice") as pool:

        def top_up() -> None:
            while pending and len(running) < pace.target():
                index, part = pending.popleft()
                running[pool.submit(run, index, part)] = (index, part)

        def release_later() -> None:
            """Start the later streams once the others are done, or have no more than
            their last pages in flight (the budget would idle while those come back)."""
            if not held:
                return
            first = {i for i in unfinished if not streams[i].later}
            if any(i in first for i, _ in pending):
                return
            if all(expected.get(key, math.inf) <= LAST_ROUND_PAGES for key in running.values()):
                pending.extend(held)
                held.clear()

        def report_done() -> None:
            busy = {i for i, _ in pending} | {i for i, _ in running.values()}
            busy |= {i for i, _ in held} | set(preparing.values())
            for index in sorted(unfinished - busy):
                unfinished.discard(index)
                callback = streams[index].on_done
                if callback is not None:
                    callback()

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
                        continue
                    index, part = running.pop(future)
                    expected.pop((index, part), None)
                    page, seconds = future.result()
                    pages += 1
                    if seconds is not None:
                        pace.observe(seconds)
                    if page.has_more and page.edges is not None:
                        edges = page.edges
                        own = pages_left(Slice(part.gte, part.lt, edges.last_id), edges)
                        others = len(running) + len(pending)
                        pieces = pace.pieces(own, own + sum(expected.values()), others)
                        rest = split_rest(part, edges, pieces)
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
            report_done()
        finally:
            for future in [*running, *preparing]:
                future.cancel()
    return pages


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
