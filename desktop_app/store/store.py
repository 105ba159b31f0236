"""The per-profile SQLite cache: whole-snapshot and incremental writes, indexed reads.

Threads: one *writer* connection, used under a lock (one write transaction at a
time; a second ``snapshot()``/``changes()`` waits for the first), and a small pool
of *reader* connections, one per concurrent reader, each query inside its own
read transaction. With WAL journaling a reader on another thread sees the last
committed snapshot while a sync is writing, never a half-written one. Any thread
may call any method; do not nest write transactions on one thread.
"""

# SQL text here is assembled only from constants, column lists and "?" placeholders;
# every value is bound as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from desktop_app.domain.models import Invoice
from desktop_app.errors import BillingManagerError, disk_full, is_disk_full
from desktop_app.store import queries
from desktop_app.store.detail import subscription_detail
from desktop_app.store.opening import CACHE_KIB, connect, open_database, tighten_sidecars
from desktop_app.store.rows import (
    SortKey,
    StoreMeta,
    SubscriptionDetail,
    SubscriptionFilter,
    SubscriptionRow,
)
from desktop_app.store.schema import DATA_TABLES, READ_ONLY_INDEXES, schema_version
from desktop_app.store.statements import now_text, set_meta
from desktop_app.store.writer import StoreTransaction

T = TypeVar("T")
log = logging.getLogger(__name__)
_POOL_LIMIT = 4  # idle reader connections kept open
# SQLite's default: after a commit, copy the WAL into the file once it holds this many
# pages. Off while a snapshot is written (see Store.snapshot).
WAL_AUTOCHECKPOINT_PAGES = 1000
# The writer's page cache while a full snapshot is written, in KiB (allocated as it
# fills; back to CACHE_KIB after the commit). With the usual 16 MB, a snapshot of
# 100,000 subscriptions (~340 MB) spilled pages to the WAL and read them back before
# its commit: 1.1 GB written and 0.9 GB read instead of 0.34 GB written.
SNAPSHOT_CACHE_KIB = 131_072
# How long saving a customer's invoices waits for a running sync before giving up.
INVOICE_WRITE_WAIT_S = 30.0
_BUSY_MESSAGE = (
    "The local cache is busy: a sync is writing to it. Try again when the sync has finished."
)


class CacheBusy(BillingManagerError):
    """Another write (a sync) held the cache longer than this write could wait."""


class Store:
    """Open with ``Store.open(path)``; close with ``close()`` or a ``with`` block."""

    def __init__(self, path: Path, writer: sqlite3.Connection) -> None:
        self._path = path
        self._writer = writer
        self._write_lock = threading.Lock()
        self._pool_lock = threading.Lock()
        self._idle_readers: list[sqlite3.Connection] = []
        self._all_readers: list[sqlite3.Connection] = []
        self._closed = False
        self._checkpoint_due = False

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open or create the cache file (0600, WAL, migrated to the current schema).

        Raises ``CacheCorrupt`` when the file was unreadable: it has been renamed
        aside (``<name>.corrupt-<time>``) and opening again starts an empty cache.
        """
        target = Path(path)
        return cls(target, open_database(target))

    @property
    def path(self) -> Path:
        return self._path

    # -- lifecycle ----------------------------------------------------------
    def close(self) -> None:
        """Close every connection, after copying a snapshot's WAL into the file
        (``checkpoint``)."""
        self.checkpoint()
        with self._write_lock, self._pool_lock:
            if self._closed:
                return
            self._closed = True
            # Only idle readers: closing a connection another thread is reading from
            # crashes the sqlite3 module. Busy ones are closed when given back.
            for conn in self._idle_readers:
                self._all_readers.remove(conn)
                conn.close()
            self._idle_readers.clear()
            self._writer.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------
    @contextmanager
    def snapshot(self) -> Iterator[StoreTransaction]:
        """A FULL sync: one transaction that replaces every cached object on commit.

        Put everything the sync fetched, then leave the block. If the block raises
        (error, cancel, interrupt), nothing changes: the previous snapshot stays.
        If ``set_cursor`` was not called, the event cursor is cleared (the next
        sync is full again). Account info in meta is kept unless ``set_account``.

        The new snapshot is readable (and durable) once the block is left; copying it
        from the WAL into the database file, as big as the snapshot, is left to
        ``checkpoint()`` (``close()`` does it), so whoever waits for the sync need
        not wait for that too.
        """
        with self._transaction(bulk=True) as txn:
            for table in DATA_TABLES:
                self._writer.execute(f"DELETE FROM {table}")
            txn.tables_emptied()
            # Built again inside the transaction (a rollback keeps the old ones): at
            # the end, or meanwhile (StoreTransaction.build_indexes_meanwhile).
            txn.set_dropped_indexes(self._drop_read_only_indexes())
            try:
                yield txn
            except BaseException:
                txn.stop_indexes()
                raise
            txn.finish_indexes()
            if not txn.cursor_set:
                txn.set_cursor(None)
            stamp = now_text()
            set_meta(self._writer, "last_full_sync_at", stamp)
            set_meta(self._writer, "last_sync_at", stamp)

    def checkpoint(self) -> None:
        """Copy a committed snapshot from the WAL into the database file (SQLite's
        PASSIVE checkpoint: readers are not blocked; it waits for a write in progress).
        Seconds for 100,000 subscriptions; does nothing when no snapshot is pending."""
        with self._write_lock:
            if self._closed or not self._checkpoint_due:
                return
            self._checkpoint_due = False
            try:
                self._writer.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error as exc:  # (a full disk): the WAL keeps the snapshot
                log.warning("Copying the cache's WAL into %s failed: %s", self._path, exc)

    def _drop_read_only_indexes(self) -> list[str]:
        """Drop the indexes no write needs; returns the SQL that creates them again."""
        marks = ", ".join("?" for _ in READ_ONLY_INDEXES)
        found = self._writer.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
            READ_ONLY_INDEXES,
        ).fetchall()
        for name, _ in found:
            self._writer.execute(f'DROP INDEX "{name}"')
        return [str(sql) for _, sql in found]

    @contextmanager
    def changes(self) -> Iterator[StoreTransaction]:
        """An INCREMENTAL sync: upserts and deletes in one transaction, all or nothing."""
        with self._transaction() as txn:
            yield txn
            set_meta(self._writer, "last_sync_at", now_text())

    @contextmanager
    def _transaction(
        self, wait: float | None = None, *, bulk: bool = False
    ) -> Iterator[StoreTransaction]:
        """One write transaction. ``wait``: seconds to wait for another writer in this
        process (None: as long as it takes); other processes are waited for up to
        SQLite's busy timeout. Either way a cache still busy raises ``CacheBusy``.
        ``bulk`` (a full snapshot): the commit does not copy the WAL into the file (see
        ``checkpoint``), and the writer's page cache is SNAPSHOT_CACHE_KIB until then."""
        if not self._write_lock.acquire(timeout=-1 if wait is None else wait):
            raise CacheBusy(_BUSY_MESSAGE)
        try:
            self._check_open()
            try:
                self._writer.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise CacheBusy(_BUSY_MESSAGE) from exc
            if bulk:
                self._writer.execute("PRAGMA wal_autocheckpoint = 0")
                self._writer.execute(f"PRAGMA cache_size = -{SNAPSHOT_CACHE_KIB}")
            try:
                try:
                    yield StoreTransaction(self._writer)
                    self._writer.execute("COMMIT")
                except BaseException as exc:
                    # (SQLite may have rolled back already: an interrupted index build)
                    if self._writer.in_transaction:
                        self._writer.execute("ROLLBACK")
                    if is_disk_full(exc):
                        raise disk_full(self._path.parent, "sync") from exc
                    raise
                self._checkpoint_due = self._checkpoint_due or bulk
            finally:
                if bulk:
                    auto = f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}"
                    self._writer.execute(auto)
                    self._writer.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # frees it
        finally:
            self._write_lock.release()
        tighten_sidecars(self._path)

    def put_customer_invoices(self, customer_id: str, invoices: Iterable[Invoice]) -> None:
        """Replace the cached invoice list of one customer (fetched on demand).

        Waits up to ``INVOICE_WRITE_WAIT_S`` for a running sync, then raises ``CacheBusy``.

        Latest invoices that subscriptions point to are kept even when absent from
        ``invoices`` (the list Stripe returned may be a recent page only).
        """
        rows = list(invoices)
        with self._transaction(wait=INVOICE_WRITE_WAIT_S) as txn:
            self._writer.execute(
                "DELETE FROM invoices WHERE customer_id = ? AND id NOT IN "
                "(SELECT latest_invoice_id FROM subscriptions "
                "WHERE customer_id = ? AND latest_invoice_id IS NOT NULL)",
                (customer_id, customer_id),
            )
            txn.put_invoices(rows)

    # -- reading ------------------------------------------------------------
    def _read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        conn = self._take_reader()
        try:
            conn.execute("BEGIN")
            try:
                return work(conn)
            finally:
                conn.execute("COMMIT")
        finally:
            self._give_back(conn)

    def _take_reader(self) -> sqlite3.Connection:
        with self._pool_lock:
            self._check_open()
            if self._idle_readers:
                return self._idle_readers.pop()
            conn = connect(self._path, read_only=True)
            self._all_readers.append(conn)
            return conn

    def _give_back(self, conn: sqlite3.Connection) -> None:
        with self._pool_lock:
            if self._closed:
                self._all_readers.remove(conn)
                conn.close()
                return
            if len(self._idle_readers) < _POOL_LIMIT:
                self._idle_readers.append(conn)
            else:
                self._all_readers.remove(conn)
                conn.close()

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("The cache was closed")

    def query_subscriptions(
        self,
        f: SubscriptionFilter | None = None,
        sort: SortKey = SortKey.CREATED,
        descending: bool = True,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[SubscriptionRow]:
        """Rows matching ``f``, sorted on native values (see ``SortKey``), paged if asked."""
        flt = f or SubscriptionFilter()
        return self._read(
            lambda c: queries.query_subscriptions(c, flt, sort, descending, limit, offset)
        )

    def subscription_ids(
        self,
        f: SubscriptionFilter | None = None,
        sort: SortKey = SortKey.CREATED,
        descending: bool = True,
    ) -> list[str]:
        """Only the IDs, in ``query_subscriptions`` order: cheap at 100,000 rows, so a
        table model can hold the order and load rows for the visible part with
        ``rows_for_ids``."""
        flt = f or SubscriptionFilter()
        return self._read(lambda c: queries.subscription_ids(c, flt, sort, descending))

    def rows_for_ids(self, ids: Sequence[str]) -> list[SubscriptionRow]:
        """Rows for these IDs, in the given order; IDs no longer cached are skipped."""
        wanted = list(ids)
        return self._read(lambda c: queries.rows_for_ids(c, wanted))

    def known_ids(self, kind: str, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` the cache holds; ``kind`` is ``subscriptions``, ``customers``,
        ``payment_methods``, ``invoices``, ``prices`` or ``products``. For an incremental
        sync to fetch only what the cache lacks."""
        wanted = list(ids)
        return self._read(lambda c: queries.known_ids(c, kind, wanted))

    def count_subscriptions(self, f: SubscriptionFilter | None = None) -> int:
        flt = f or SubscriptionFilter()
        return self._read(lambda c: queries.count_subscriptions(c, flt))

    def status_counts(self, search: str | None = None) -> dict[str, int]:
        """Count per ``DisplayStatus`` value (all present, 0 when none), plus
        ``"collection_paused"`` and ``"all"``, among the rows matching ``search``."""
        return self._read(lambda c: queries.status_counts(c, search))

    def mrr_by_currency(self) -> dict[str, Decimal]:
        """MRR per currency in major units (rule: ``domain.billing.subscription_mrr_minor``)."""
        return self._read(queries.mrr_by_currency)

    def at_risk_by_currency(self) -> dict[str, Decimal]:
        """Open amounts of Past due/Unpaid subscriptions per currency (``queries``)."""
        return self._read(queries.at_risk_by_currency)

    def subscription_detail(self, sub_id: str) -> SubscriptionDetail | None:
        return self._read(lambda c: subscription_detail(c, sub_id))

    def customer_subscriptions(self, customer_id: str) -> list[SubscriptionRow]:
        return self._read(lambda c: queries.customer_subscriptions(c, customer_id))

    def invoices_for_customer(self, customer_id: str) -> list[Invoice]:
        """Cached invoices of a customer, newest first."""
        return self._read(lambda c: queries.invoices_for_customer(c, customer_id))

    @property
    def meta(self) -> StoreMeta:
        def load(conn: sqlite3.Connection) -> StoreMeta:
            values = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            cursor = values.get("event_cursor")
            livemode = values.get("livemode")
            return StoreMeta(
                last_sync_at=_parse_time(values.get("last_sync_at")),
                last_full_sync_at=_parse_time(values.get("last_full_sync_at")),
                event_cursor=int(cursor) if cursor is not None else None,
                account_id=values.get("account_id"),
                account_name=values.get("account_name"),
                livemode=None if livemode is None else livemode == "1",
                schema_version=schema_version(conn),
                event_cursor_seen=frozenset(
                    filter(None, (values.get("event_cursor_seen") or "").split(","))
                ),
            )

        return self._read(load)

    @property
    def has_snapshot(self) -> bool:
        """True once a full sync has been committed (offline use is possible)."""
        return self.meta.last_full_sync_at is not None


def _parse_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)
