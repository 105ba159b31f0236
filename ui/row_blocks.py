"""The status table's rows, read from the cache one block at a time.

A query result is only the ordered list of subscription IDs (built on a worker:
~50 ms at 100,000, with SQLite doing the work and the GIL free). The rows the view
asks for are read by primary key in blocks of ``BLOCK`` (64 rows: under 1 ms from
the local WAL-mode cache, so reading one on the GUI thread while painting is
cheaper than a thread round trip), and the most recently used ``KEEP_BLOCKS`` stay
in memory. Holding 100,000 ``SubscriptionRow`` objects was what stalled the GUI
thread: building them on a worker held the GIL for a second (a paint at that time
waited for it on every cell), and the collector then walked them all.

IDs, not rowids: a full sync rewrites the tables (new rowids), and until the
re-query arrives the old list must still name the same subscriptions. An ID that
is no longer cached reads as ``None`` (an empty row) until then.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Protocol

from ui.core import SubscriptionRow

log = logging.getLogger(__name__)

BLOCK = 64
KEEP_BLOCKS = 64  # 4,096 rows: a few screens around every place the user looked
_BULK = 500  # rows per read when many are wanted at once (copy, export)


class RowSource(Protocol):
    """Where rows come from: ``Store.rows_for_ids`` (rows in the given order,
    IDs no longer cached left out), or ``MemorySource``."""

    def rows_for_ids(self, ids: Sequence[str]) -> list[SubscriptionRow]: ...


class MemorySource:
    """Rows already in memory (small lists, tests)."""

    def __init__(self, rows: Iterable[SubscriptionRow]) -> None:
        self._by_id = {row.id: row for row in rows}

    def rows_for_ids(self, ids: Sequence[str]) -> list[SubscriptionRow]:
        found = self._by_id
        return [found[i] for i in ids if i in found]


class RowReader:
    """Some rows of a result, by row number: call it (on any thread) for the rows."""

    def __init__(self, plan: list[str | SubscriptionRow], source: RowSource | None) -> None:
        self._plan = plan  # a row already in memory, or the ID of one to read
        self._source = source

    def __len__(self) -> int:
        return len(self._plan)

    @property
    def in_memory(self) -> bool:
        """Whether calling it reads nothing (then the GUI thread may)."""
        return not any(isinstance(item, str) for item in self._plan)

    def __call__(self) -> list[SubscriptionRow]:
        missing = [item for item in self._plan if isinstance(item, str)]
        found: dict[str, SubscriptionRow] = {}
        if self._source is not None:
            for start in range(0, len(missing), _BULK):
                chunk = self._source.rows_for_ids(missing[start : start + _BULK])
                found.update((row.id, row) for row in chunk)
        rows = []
        for item in self._plan:
            row = found.get(item) if isinstance(item, str) else item
            if row is not None:
                rows.append(row)
        return rows


class RowBlocks:
    """The rows of one query result: ``ids`` in table order, read on demand.

    Not thread-safe except ``read_all``, which leaves the block cache alone (a
    worker may call it while the GUI thread reads blocks)."""

    def __init__(self, ids: list[str], source: RowSource | None) -> None:
        self.ids = ids
        self._source = source
        self._blocks: OrderedDict[int, list[SubscriptionRow | None]] = OrderedDict()
        self.unreadable: set[int] = set()  # blocks whose last read failed (retried)

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, number: int) -> SubscriptionRow | None:
        """The row at ``number``; ``None`` if out of range, no longer cached, or the
        cache could not be read just now (then its block is in ``unreadable``)."""
        if not 0 <= number < len(self.ids):
            return None
        block, offset = divmod(number, BLOCK)
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._load(block)
            if rows is None:
                return None
        else:
            self._blocks.move_to_end(block)
        return rows[offset]

    def prime(self, rows: Sequence[SubscriptionRow]) -> None:
        """Take the first block's rows, read elsewhere (the query's worker)."""
        wanted = self.ids[:BLOCK]
        if rows and wanted:
            found = {row.id: row for row in rows}
            self._blocks[0] = [found.get(i) for i in wanted]

    def loaded(self) -> int:
        """How many rows are in memory now."""
        return sum(len(rows) for rows in self._blocks.values())

    def block_range(self, block: int) -> tuple[int, int]:
        """First and last row number of ``block``."""
        return block * BLOCK, min(len(self.ids), (block + 1) * BLOCK) - 1

    def _load(self, block: int) -> list[SubscriptionRow | None] | None:
        wanted = self.ids[block * BLOCK : (block + 1) * BLOCK]
        try:
            found = self._read(wanted)
        except sqlite3.OperationalError as exc:  # busy or locked: try again shortly
            log.info("Could not read rows from the cache yet: %s", exc)
            self.unreadable.add(block)
            return None
        except (sqlite3.Error, RuntimeError) as exc:  # e.g. the cache was closed
            log.debug("Rows not readable: %s", exc)
            return None
        self.unreadable.discard(block)
        rows = [found.get(i) for i in wanted]
        self._blocks[block] = rows
        while len(self._blocks) > KEEP_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    def _read(self, ids: Sequence[str]) -> dict[str, SubscriptionRow]:
        if self._source is None or not ids:
            return {}
        return {row.id: row for row in self._source.rows_for_ids(ids)}

    def index_of(self, subscription_id: str) -> int:
        """The row number of ``subscription_id``, or -1 (a C-speed scan: ~2 ms at 100,000)."""
        try:
            return self.ids.index(subscription_id)
        except ValueError:
            return -1

    def rows_at(self, numbers: Iterable[int]) -> list[SubscriptionRow]:
        """The rows at ``numbers`` (in that order, missing ones left out), read now on
        this thread: rows in memory are used, the others read in bulk without filling
        the cache."""
        return self.reader(numbers)()

    def reader(self, numbers: Iterable[int]) -> RowReader:
        """The rows at ``numbers`` (in that order) as a RowReader: the IDs and the rows
        in memory are taken now, the rest is read when it is called (on a worker, for
        a big selection)."""
        plan: list[str | SubscriptionRow] = []
        for n in numbers:
            if 0 <= n < len(self.ids):
                rows = self._blocks.get(n // BLOCK)
                row = rows[n % BLOCK] if rows is not None else None
                plan.append(row if row is not None else self.ids[n])
        return RowReader(plan, self._source)

    def read_all(self) -> list[SubscriptionRow]:
        """Every row, in order, read from the source (for a worker: exports)."""
        ids, rows = self.ids, []
        for start in range(0, len(ids), _BULK):
            rows += self._source.rows_for_ids(ids[start : start + _BULK]) if self._source else []
        return rows
