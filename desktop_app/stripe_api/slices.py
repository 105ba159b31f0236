"""Cutting a big list endpoint into ``created`` slices that split where dense.

Stripe lists newest first with cursors; a ``created[gte]/[lt]`` range and a cursor
page through one slice. A slice whose page says ``has_more`` is split when too few
slices run to spend the budget, or when it would otherwise finish last (``Pace``):
the slice keeps its cursor over the upper part of what is left (``created >= m``)
and fresh slices take the lower part (``created < m``), so the slices never overlap
and nothing is missed. Every slice ends on a partial page, so splits are few.
``slice_fetch.py`` fetches the slices: pages are handed to ``on_page`` in the calling
thread, so the caller needs no locks; whatever a fetcher makes of a page (parsing,
say) it does on its own thread, leaving the calling thread free to write.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

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
        last = page[-1]
        return cls.trusted(
            len(page),
            _created(page[0]),
            _created(last),
            str(last.get("id") if isinstance(last, dict) else None),
        )

    @classmethod
    def trusted(cls, count: int, newest: int | None, oldest: int | None, last_id: str) -> PageEdges:
        """Edges that slicing can rely on whatever the server sent: a ``created`` that
        is not a whole number counts as the other edge's (or 0, below every slice: the
        slice then goes on by its cursor alone, uncut), and newest is never below
        oldest. ``split_rest`` ignores an oldest edge outside the slice."""
        oldest = oldest if oldest is not None else newest if newest is not None else 0
        newest = max(newest if newest is not None else oldest, oldest)
        return cls(count, newest, oldest, last_id)


def _created(obj: object) -> int | None:
    created = obj.get("created") if isinstance(obj, dict) else None
    return created if type(created) is int else None


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


class RepeatedCursor(Exception):
    """A page of a list ended on an object that an earlier page of the same list
    ended on too: the server repeats itself, and the list would never end. (Slices
    of one list never overlap, so no object ends two of its pages.)"""

    def __init__(self, cursor: str) -> None:
        super().__init__(cursor)
        self.cursor = cursor


def initial_slices(lo: int, hi: int, count: int) -> list[Slice]:
    count = max(1, min(count, hi - lo))
    step = (hi - lo) / count
    bounds = [lo + round(step * i) for i in range(count)] + [hi]
    return [Slice(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def split_rest(
    done: Slice,
    page: PageEdges,
    pieces: int,
    *,
    min_pages: float = SPLIT_MIN_PAGES,
    even: bool = False,
) -> list[Slice]:
    """What is left of ``done`` after ``page`` (which had more): the continuing slice
    first, then up to ``pieces - 1`` fresh slices below it.

    The page tells the local density; new slices are cut at most PIECE_PAGES pages
    wide at that density (dense data just below is shared out), and the lowest slice
    takes whatever is left down to the bottom of the range. ``even``: cut in equal
    widths instead, for a first page, whose density says little of what lies below
    (the newest subscriptions, trials and the like, are usually the densest).
    """
    oldest = page.oldest
    rest = Slice(done.gte, done.lt, page.last_id)
    if pieces < 2 or oldest <= done.gte or oldest >= done.lt:  # (the latter: not Stripe's)
        return [rest]
    seconds_per_page = page.seconds_per_page
    left = oldest + 1 - done.gte
    expected_pages = left / seconds_per_page
    pieces = min(pieces, int(expected_pages / min_pages) + 1)
    if pieces < 2:
        return [rest]
    width = math.ceil(left / pieces)
    if not even:
        width = max(1, min(width, math.ceil(seconds_per_page * PIECE_PAGES)))
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


class Pace:
    """How many requests to keep in flight: enough to spend the budget, no more.

    In-flight requests needed = rate x service time per request (Little's law), with
    a margin; more slices than that only add partial last pages (wasted requests).
    """

    MARGIN = 1.5

    def __init__(self, rate: float | None, workers: int, latency: float | None = None) -> None:
        self.rate = rate
        self.workers = max(1, workers)
        self.latency = latency

    def observe(self, seconds: float) -> None:
        if self.latency is None:
            self.latency = seconds
        else:
            self.latency = 0.8 * self.latency + 0.2 * seconds

    def round_trip(self) -> float:
        """Requests the budget allows in one round trip (0 while either is unknown)."""
        if self.rate is None or self.latency is None:
            return 0.0
        return self.rate * self.latency

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
