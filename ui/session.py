"""One open account in the window: its cache, its sync, and the queries behind the view.

No widgets here: the window asks, the session answers by signal. Everything slow
(store queries, sync, invoice downloads, opening the key) runs through
``ui.tasks.run_task``; each query carries a generation number so an answer that
arrives after a newer question is dropped. The cache is opened on a worker; the
one read the GUI thread makes is the table's block of 64 rows by primary key
(under 1 ms, see ``ui.row_blocks``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.errors import CacheCorrupt
from ui import gc_tuning
from ui.core import SortKey, Store, SubscriptionDetail, SubscriptionFilter, SubscriptionRow
from ui.row_blocks import BLOCK
from ui.sync_process import SyncTarget, run_sync_in_process
from ui.tasks import run_task

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ViewResult:
    ids: list[str]  # the matching subscriptions, in table order
    counts: dict[str, int]
    source: Store  # reads their rows (``rows_for_ids``) by primary key
    first_rows: list[SubscriptionRow]  # the first block's rows, read here on the worker


@dataclass(frozen=True)
class OverviewData:
    counts: dict[str, int]
    mrr: dict[str, Decimal]
    at_risk: dict[str, Decimal]


@dataclass(frozen=True)
class DetailResult:
    row: SubscriptionRow
    detail: SubscriptionDetail | None
    others: list[SubscriptionRow]


@dataclass(frozen=True)
class MetaInfo:
    account_name: str | None
    last_sync_at: Any
    livemode: bool | None


class AccountSession(QObject):
    viewLoading = Signal()  # a query for the table started
    viewReady = Signal(object)  # ViewResult
    viewFailed = Signal(object)  # BaseException
    overviewReady = Signal(object)  # OverviewData
    detailReady = Signal(object)  # DetailResult
    invoicesReady = Signal(str, object)  # customer_id, list[Invoice]
    invoicesFailed = Signal(str, object)  # customer_id, BaseException
    metaReady = Signal(object)  # MetaInfo
    syncStarted = Signal(bool)  # full
    syncProgress = Signal(object)  # SyncProgress
    syncFinished = Signal(object)  # SyncResult
    syncFailed = Signal(object)  # BaseException

    def __init__(
        self,
        store_path: Path,
        api_factory: Callable[[], Any] | None,
        *,
        sync_target: SyncTarget | None = None,
        name: str,
        mode: str,
        dashboard_test: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.api_factory = api_factory
        self.sync_target = sync_target
        self.name = name
        self.mode = mode
        self.dashboard_test = dashboard_test
        self.filter = SubscriptionFilter(statuses=None, collection_paused=None, search=None)
        self.sort_key = SortKey.CREATED
        self.descending = True
        self.syncing = False
        self._api: Any = None
        self._cancel: threading.Event | None = None
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._view_gen = 0
        self._detail_gen = 0
        self._invoice_gen = 0
        self.closed = False

    # --- helpers ------------------------------------------------------------
    def _open(self) -> Store:
        """The session's cache, opened on first use (on a worker). The Store is
        thread-safe: one writer under a lock, a pool of WAL readers."""
        with self._store_lock:
            if self._store is None:
                try:
                    self._store = Store.open(self.store_path)
                except CacheCorrupt as exc:  # set aside: say so; the next sync rebuilds it
                    log.warning("%s", exc)
                    self.viewFailed.emit(exc)
                    self._store = Store.open(self.store_path)
            return self._store

    def _read(self, fn: Callable[[Store], Any]) -> Callable[[], Any]:
        def work() -> Any:
            with gc_tuning.paused():
                return fn(self._open())

        return work

    def _get_api(self) -> Any:
        """The StripeApi, created on first use (on a worker: it may read the keyring)."""
        if self._api is None:
            if self.api_factory is None:
                raise RuntimeError("This account has no connection to Stripe.")
            self._api = self.api_factory()
        return self._api

    # --- view -----------------------------------------------------------------
    def set_view(
        self,
        flt: SubscriptionFilter | None = None,
        sort: SortKey | None = None,
        desc: bool | None = None,
    ) -> None:
        if flt is not None:
            self.filter = flt
        if sort is not None:
            self.sort_key = sort
        if desc is not None:
            self.descending = desc
        self.refresh_view()

    def refresh_view(self) -> None:
        self._view_gen += 1
        gen = self._view_gen
        flt, sort, desc = self.filter, self.sort_key, self.descending

        def query(store: Store) -> ViewResult:
            # only the IDs: the table reads the rows it shows (ui.row_blocks)
            ids = store.subscription_ids(flt, sort, desc)
            first = store.rows_for_ids(ids[:BLOCK])  # the top of the table, shown first
            counts = store.status_counts(flt.search)
            return ViewResult(ids, counts, store, first)

        def done(result: object) -> None:
            if gen == self._view_gen and not self.closed:
                self.viewReady.emit(result)

        def failed(exc: BaseException) -> None:
            if gen == self._view_gen and not self.closed:
                self.viewFailed.emit(exc)

        self.viewLoading.emit()
        run_task(self._read(query), on_result=done, on_error=failed)

    def refresh_overview(self) -> None:
        def query(store: Store) -> OverviewData:
            return OverviewData(
                store.status_counts(None), store.mrr_by_currency(), store.at_risk_by_currency()
            )

        run_task(self._read(query), on_result=self._emit(self.overviewReady))

    def refresh_meta(self) -> None:
        def query(store: Store) -> MetaInfo:
            meta = store.meta
            return MetaInfo(meta.account_name, meta.last_sync_at, meta.livemode)

        run_task(self._read(query), on_result=self._emit(self.metaReady))

    def _emit(self, signal: Any) -> Callable[[object], None]:
        def emit(value: object) -> None:
            if not self.closed:
                signal.emit(value)

        return emit

    # --- detail ---------------------------------------------------------------
    def load_detail(self, row: SubscriptionRow) -> None:
        self._detail_gen += 1
        gen = self._detail_gen

        def query(store: Store) -> DetailResult:
            detail = store.subscription_detail(row.id)
            others = store.customer_subscriptions(row.customer_id) if row.customer_id else []
            return DetailResult(row, detail, others)

        def done(result: object) -> None:
            if gen == self._detail_gen and not self.closed:
                self.detailReady.emit(result)

        run_task(self._read(query), on_result=done)
        if row.customer_id:
            self.load_invoices(row.customer_id)

    def load_invoices(self, customer_id: str) -> None:
        """Cached invoices first, then the customer's invoices from Stripe."""
        self._invoice_gen += 1
        gen = self._invoice_gen

        def cached(store: Store) -> Any:
            return store.invoices_for_customer(customer_id)

        def fetch() -> Any:
            from desktop_app.sync.invoices import refresh_customer_invoices

            return refresh_customer_invoices(self._get_api(), self._open(), customer_id)

        def show(result: object) -> None:
            if gen == self._invoice_gen and not self.closed:
                self.invoicesReady.emit(customer_id, result)

        def failed(exc: BaseException) -> None:
            if gen == self._invoice_gen and not self.closed:
                self.invoicesFailed.emit(customer_id, exc)

        def cached_done(result: object) -> None:
            if result:
                show(result)
            if self.api_factory is None:
                show(result)
                return
            run_task(fetch, on_result=show, on_error=failed)

        run_task(self._read(cached), on_result=cached_done, on_error=failed)

    # --- sync -----------------------------------------------------------------
    def sync(self, full: bool = False) -> bool:
        """Start a sync (full or incremental) in a child process; False if one runs
        already or this session cannot sync."""
        if self.syncing or self.sync_target is None:
            return False
        # a plain Event: importing desktop_app.sync here would import the stripe SDK
        # on the GUI thread (hundreds of milliseconds); the child process does that
        self.syncing = True
        token = threading.Event()
        self._cancel = token
        target, path = self.sync_target, str(self.store_path)

        def work(progress: Callable[[object], None]) -> Any:
            return run_sync_in_process(
                target, path, full=full, progress=progress, cancelled=token.is_set
            )

        def done(result: object) -> None:
            self.syncing = False
            if not self.closed:
                self.syncFinished.emit(result)

        def failed(exc: BaseException) -> None:
            self.syncing = False
            if not self.closed:
                self.syncFailed.emit(exc)

        self.syncStarted.emit(full)
        run_task(work, on_result=done, on_error=failed, on_progress=self._emit(self.syncProgress))
        return True

    def cancel_sync(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def close(self) -> None:
        """Stop: cancel a running sync, close the cache on a worker (it waits for the
        sync's transaction to roll back)."""
        if self.closed:
            return
        self.closed = True
        self.cancel_sync()
        with self._store_lock:
            store, self._store = self._store, None
        if store is not None:
            threading.Thread(target=store.close, name="close-cache", daemon=True).start()

    # --- links ------------------------------------------------------------------
    def dashboard_url(self, subscription_id: str) -> str:
        prefix = (
            "https://dashboard.stripe.com/test"
            if self.dashboard_test
            else "https://dashboard.stripe.com"
        )
        return f"{prefix}/subscriptions/{subscription_id}"
