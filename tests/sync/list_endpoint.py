"""Stripe's list semantics over in-memory objects, and streams that record what they
were asked, for the slicing tests."""

from __future__ import annotations

import bisect
import threading
from concurrent.futures import Future
from typing import Any

from desktop_app.stripe_api.slice_fetch import Stream
from desktop_app.stripe_api.slices import FetchedPage, PageEdges


class ListEndpoint:
    """Stripe's list semantics over in-memory objects: newest first, created range, cursor."""

    def __init__(self, created: list[int]) -> None:
        objs = [{"id": f"sub_{i:06d}", "created": c} for i, c in enumerate(created)]
        # ascending by (created, id); pages are read backwards (newest first)
        self.ascending = sorted(objs, key=lambda o: (o["created"], o["id"]))
        self.keys = [(o["created"], o["id"]) for o in self.ascending]
        self.by_id = {o["id"]: o for o in objs}
        self.objects = self.ascending[::-1]
        self.calls = 0
        self.lock = threading.Lock()

    def fetch(self, gte: int, lt: int, cursor: str | None) -> tuple[list[dict[str, Any]], bool]:
        with self.lock:
            self.calls += 1
        low = bisect.bisect_left(self.keys, (gte, ""))
        high = bisect.bisect_left(self.keys, (lt, ""))
        if cursor:
            after = self.by_id[cursor]
            high = max(low, min(high, bisect.bisect_left(self.keys, (after["created"], cursor))))
        rows = self.ascending[max(low, high - 101) : high][::-1]
        return rows[:100], len(rows) > 100


class Recorder:
    """Streams over ListEndpoints; what was asked and handed over, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []
        self.seen: dict[str, list[str]] = {}
        self.fresh: dict[str, int] = {}  # requests without a cursor (a slice's first)
        self.lock = threading.Lock()

    def stream(
        self,
        name: str,
        endpoint: ListEndpoint,
        *,
        later: bool = False,
        span: tuple[int, int] = (1000, 9000),
        head: bool = False,
    ) -> Stream:
        """``head``: the stream's first page is asked for here, before it runs."""
        self.seen[name] = []
        self.fresh[name] = 0

        def fetch(gte: int, lt: int, cursor: str | None) -> FetchedPage:
            with self.lock:
                self.events.append(("ask", name))
                self.fresh[name] += cursor is None
            data, has_more = endpoint.fetch(gte, lt, cursor)
            return FetchedPage(PageEdges.of(data), has_more, data)

        first: Future[FetchedPage] | None = None
        if head:
            self.events.append(("head", name))
            first = Future()
            first.set_result(fetch(*span, None))

        def on_page(page: list[dict[str, Any]]) -> None:
            self.events.append(("page", name))
            self.seen[name].extend(o["id"] for o in page)

        def on_done() -> None:
            self.events.append(("done", name))

        def on_last_round() -> None:
            self.events.append(("last round", name))

        return Stream(
            fetch,
            *span,
            on_page,
            later=later,
            on_done=on_done,
            head=first,
            on_last_round=on_last_round,
        )
