"""Objects kept in creation order, with Stripe's list semantics (newest first).

``ObjectIndex`` holds a large collection (subscriptions, customers, events): ids in
ascending ``created`` order, a position index for cursor look-ups and the creation
times for ``created[...]`` range filters by bisection. ``paginate`` walks it newest
first from a cursor and stops as soon as it has a page.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.emulator.apierror import ApiError

Obj = dict[str, Any]
Predicate = Callable[[Obj], bool]


class ObjectIndex(Mapping[str, Obj]):
    """id -> object, ordered by (created, insertion)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind  # for "No such <kind>" errors
        self._objects: dict[str, Obj] = {}
        self._ids: list[str] = []
        self._created: list[int] = []
        self._pos: dict[str, int] = {}

    def __getitem__(self, key: str) -> Obj:
        return self._objects[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, obj: Obj) -> None:
        """Add an object created no earlier than every object already held."""
        object_id: str = obj["id"]
        created: int = obj["created"]
        if object_id in self._objects:
            raise ValueError(f"duplicate id {object_id}")
        if self._created and created < self._created[-1]:
            created = self._created[-1]  # keep the order total; never reorder
        self._objects[object_id] = obj
        self._pos[object_id] = len(self._ids)
        self._ids.append(object_id)
        self._created.append(created)

    def add_sorted(self, objs: list[Obj]) -> None:
        for obj in sorted(objs, key=lambda o: o["created"]):
            self.add(obj)

    def require(self, object_id: str, param: str = "id") -> Obj:
        obj = self._objects.get(object_id)
        if obj is None:
            raise ApiError.not_found(self.kind, object_id, param)
        return obj

    def newest_first(self) -> Iterator[Obj]:
        for i in range(len(self._ids) - 1, -1, -1):
            yield self._objects[self._ids[i]]

    def position(self, object_id: str) -> int | None:
        return self._pos.get(object_id)

    def created_bounds(self, created: Mapping[str, int]) -> tuple[int, int]:
        """Index range [lo, hi) of objects inside a created[gt|gte|lt|lte] filter."""
        lo, hi = 0, len(self._ids)
        if "gt" in created:
            lo = max(lo, bisect.bisect_right(self._created, created["gt"]))
        if "gte" in created:
            lo = max(lo, bisect.bisect_left(self._created, created["gte"]))
        if "lt" in created:
            hi = min(hi, bisect.bisect_left(self._created, created["lt"]))
        if "lte" in created:
            hi = min(hi, bisect.bisect_right(self._created, created["lte"]))
        return lo, hi

    def object_at(self, i: int) -> Obj:
        return self._objects[self._ids[i]]


@dataclass(frozen=True)
class Page:
    data: list[Obj]
    has_more: bool


def paginate(
    index: ObjectIndex,
    *,
    limit: int,
    starting_after: str | None,
    ending_before: str | None,
    created: Mapping[str, int] | None = None,
    predicate: Predicate | None = None,
    cursor_param_kind: str | None = None,
) -> Page:
    lo, hi = index.created_bounds(created or {})
    if starting_after is not None:
        pos = _cursor(index, starting_after, "starting_after", cursor_param_kind)
        return _walk(index, range(min(pos, hi) - 1, lo - 1, -1), limit, predicate, False)
    if ending_before is not None:
        pos = _cursor(index, ending_before, "ending_before", cursor_param_kind)
        return _walk(index, range(max(pos + 1, lo), hi), limit, predicate, True)
    return _walk(index, range(hi - 1, lo - 1, -1), limit, predicate, False)


def _cursor(index: ObjectIndex, object_id: str, param: str, kind: str | None) -> int:
    pos = index.position(object_id)
    if pos is None:
        raise ApiError.not_found(kind or index.kind, object_id, param)
    return pos


def _walk(
    index: ObjectIndex, positions: range, limit: int, predicate: Predicate | None, reverse: bool
) -> Page:
    found: list[Obj] = []
    has_more = False
    objects, ids = index._objects, index._ids  # one page is ~100 look-ups: no method calls
    for i in positions:
        obj = objects[ids[i]]
        if predicate is not None and not predicate(obj):
            continue
        if len(found) == limit:
            has_more = True
            break
        found.append(obj)
    if reverse:
        found.reverse()
    return Page(found, has_more)


def paginate_list(
    objects_newest_first: list[Obj],
    *,
    limit: int,
    starting_after: str | None,
    ending_before: str | None,
    kind: str,
) -> Page:
    """Stripe's list semantics over a small list already sorted newest first."""
    ids = [o["id"] for o in objects_newest_first]
    if starting_after is not None:
        if starting_after not in ids:
            raise ApiError.not_found(kind, starting_after, "starting_after")
        start = ids.index(starting_after) + 1
        chunk = objects_newest_first[start : start + limit]
        return Page(chunk, start + limit < len(ids))
    if ending_before is not None:
        if ending_before not in ids:
            raise ApiError.not_found(kind, ending_before, "ending_before")
        end = ids.index(ending_before)
        start = max(0, end - limit)
        return Page(objects_newest_first[start:end], start > 0)
    return Page(objects_newest_first[:limit], len(ids) > limit)


def paginate_stream(
    objects_newest_first: Iterator[Obj],
    *,
    limit: int,
    starting_after: str | None,
    ending_before: str | None,
    kind: str,
) -> Page:
    """``paginate_list`` over a lazy stream: reads only as far as the page needs (the
    first page of a huge collection costs ``limit + 1`` objects, not all of them)."""
    if ending_before is not None:
        before: list[Obj] = []
        for obj in objects_newest_first:
            if obj["id"] == ending_before:
                start = max(0, len(before) - limit)
                return Page(before[start:], start > 0)
            before.append(obj)
        raise ApiError.not_found(kind, ending_before, "ending_before")
    if starting_after is not None:
        for obj in objects_newest_first:
            if obj["id"] == starting_after:
                break
        else:
            raise ApiError.not_found(kind, starting_after, "starting_after")
    chunk: list[Obj] = []
    for obj in objects_newest_first:
        if len(chunk) == limit:
            return Page(chunk, True)
        chunk.append(obj)
    return Page(chunk, False)
