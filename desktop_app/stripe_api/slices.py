"""Fetch a big list endpoint in parallel ``created`` slices that split where dense.

Stripe lists newest first with cursors; a ``created[gte]/[lt]`` range and a cursor
page through one slice. A slice whose first page says ``has_more`` is split while
workers are idle: the slice keeps its cursor over the upper part of what is left
(``created >= m``) and a fresh slice takes the lower part (``created < m``), so the
slices never overlap and nothing is missed. Pages are handed to ``on_page`` in the
calling thread, so the caller needs no locks; a stream's ``prepare`` (parsing, say)
runs first on the fetching thread, so the calling thread is free to write.
"""

from __future__ import annotations

import itertools
import math
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from desktop_app.cancel import CancelToken

Json = dict[str, Any]
PageFetcher = Callable[[int, int, "str | None"], "tuple[list[Json], bool]"]
PageCallback = Callable[[Any], None]
# Turns a fetched page into what its callback takes, on the thread that fetched it.
PagePreparer = Callable[[list[Json]], Any]

PAGE_SIZE = 100
# Split a slice only when what is left of it looks like more than this many pages.
SPLIT_MIN_PAGES = 2.0
# New slices cut from a dense region hold about this many pages each.
PIECE_PAGES = 8.0


@dataclass(frozen=True)
class Slice:
    gte: int
    lt: int
    cursor: str | None = None


def initial_slices(lo: int, hi: int, count: int) -> list[Slice]:
    count = max(1, min(count, hi - lo))
    step = (hi - lo) / count
    bounds = [lo + round(step * i) for i in range(count)] + [hi]
    return [Slice(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def split_rest(done: Slice, page: list[Json], pieces: int) -> list[Slice]:
    """What is left of ``done`` after ``page`` (which had more): the continuing slice
    first, then up to ``pieces - 1`` fresh slices below it.

    The page tells the local density; new slices are cut at most PIECE_PAGES pages
    wide at that density (dense data just below is shared out), and the lowest slice
    takes whatever is left down to the bottom of the range.
    """
    oldest = int(page[-1]["created"])
    rest = Slice(done.gte, done.lt, str(page[-1]["id"]))
    if pieces < 2 or oldest <= done.gte:
        return [rest]
    newest = int(page[0]["created"])
    seconds_per_page = (newest - oldest + 1) * PAGE_SIZE / len(page)
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


@dataclass(frozen=True)
class Stream:
    """One list to fetch by slices: its page fetcher, range, callback and first split."""

    fetch: PageFetcher
    lo: int
    hi: int
    on_page: PageCallback
    initial: int = 1
    prepare: PagePreparer | None = None


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
    """
    pace = Pace(rate, workers)

    def run(index: int, part: Slice) -> tuple[list[Json], bool, float | None, Any]:
        started = time.monotonic()
        stream = streams[index]
        data, has_more = stream.fetch(part.gte, part.lt, part.cursor)
        seconds = None if budget_wait is None else time.monotonic() - started - budget_wait()
        prepared = stream.prepare(data) if stream.prepare is not None and data else data
        return data, has_more, seconds, prepared

    pending: deque[tuple[int, Slice]] = deque()
    for index, stream in enumerate(streams):
        pending.extend(
            (index, part) for part in initial_slices(stream.lo, stream.hi, stream.initial)
        )
    running: dict[Future[tuple[list[Json], bool, float | None, Any]], tuple[int, Slice]] = {}
    pages = 0
    with ThreadPoolExecutor(max_workers=pace.workers, thread_name_prefix="stripe-slice") as pool:

        def top_up() -> None:
            while pending and len(running) < pace.target():
                index, part = pending.popleft()
                running[pool.submit(run, index, part)] = (index, part)

        try:
            while pending or running:
                top_up()
                done, _ = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
                if cancel is not None:
                    cancel.raise_if_cancelled()
                for future in done:
                    index, part = running.pop(future)
                    data, has_more, seconds, prepared = future.result()
                    pages += 1
                    if seconds is not None:
                        pace.observe(seconds)
                    if has_more and data:
                        # the places free now, this slice's included
                        free = pace.target() - len(running) - len(pending)
                        rest = split_rest(part, data, free)
                        pending.extendleft((index, piece) for piece in reversed(rest))
                    top_up()  # keep the network busy while this page is processed
                    if data:
                        streams[index].on_page(prepared)
        finally:
            for future in running:
                future.cancel()
    return pages


def fetch_sliced(
    fetch: PageFetcher,
    lo: int,
    hi: int,
    on_page: PageCallback,
    workers: int,
    cancel: CancelToken | None = None,
) -> int:
    """Fetch every object with ``lo <= created < hi``; returns the number of pages."""
    return fetch_streams([Stream(fetch, lo, hi, on_page, 1)], workers, cancel)
