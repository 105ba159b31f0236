"""Turning a big account's pages into cache rows in worker processes.

Decoding one page of 100 expanded subscriptions and preparing its rows costs 6-10 ms
of CPU that holds the GIL; with the requests and the writes, one interpreter cannot
keep up with a budget of 100 requests a second. Past the first
``after_pages`` pages of subscriptions (an account that big), or once a page shows
an account much bigger than that, pages are prepared in ``processes`` spawned
workers instead, and the sync's own process only fetches and writes. A worker
imports only what preparing pages needs (the packages' names load lazily, see
``desktop_app.lazy``): ~0.15 s to start instead of ~0.35. Until the workers are
up, and if they cannot start or break, pages are prepared on the fetching thread as
before, so the result never depends on them.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from desktop_app.domain import Invoice, Product
from desktop_app.futures import then
from desktop_app.store.prepared import PreparedPage, prepare_page
from desktop_app.stripe_api.list_body import decode_edges, decode_list, decode_subscription_list
from desktop_app.stripe_api.slices import FetchedPage, PageEdges
from desktop_app.sync.collect import Collected
from desktop_app.sync.collector import BULK_THRESHOLDS

log = logging.getLogger(__name__)

Json = dict[str, Any]

# Below this many pages (1,000 subscriptions) starting processes is not worth it.
AFTER_PAGES = 10
# ... unless the first page already shows an account this many times bigger: its
# density (the newest 100 subscriptions span so many seconds) over the time back to
# the account's creation. Newest pages are the densest in a growing account, so
# this overestimates; the margin keeps a small account from starting processes.
EARLY_FACTOR = 3
# Worker processes; None: one per core but the sync's own, at least two (measured on
# two cores: 10% faster than one, as a worker waits for its pages), at most three.
PROCESSES: int | None = None
# Seconds a page waits for workers that are starting (instead of being prepared in
# the sync meanwhile): 0 in use; tests set it so that a small account uses them.
WAIT_FOR_START_S = 0.0
# Pages handed to the workers and not yet prepared, at most (their bodies wait in
# memory, ~0.5 MB each); a fetching thread with one more waits for a place.
MAX_PREPARING = 32


def default_processes() -> int:
    """One core is the sync's own (fetching and writing); the rest prepare pages (two
    on a two-core machine too: a worker's CPU and its page transfers alternate)."""
    if PROCESSES is not None:
        return PROCESSES
    cpus = os.cpu_count() or 2
    return 1 if cpus == 1 else min(3, max(2, cpus - 1))


def prepare_subscriptions(page: list[Json], products: Mapping[str, Product]) -> PreparedPage:
    """One page of expanded subscriptions as the cache's rows."""
    batch = Collected()
    batch.add_page(page)
    prepared = prepare_page(
        batch.subscriptions.values(),
        batch.customers,
        batch.payment_methods.values(),
        batch.invoices.values(),
        products,
    )
    prepared.skipped = batch.skipped
    return prepared


def subscription_page(body: bytes, products: Mapping[str, Product]) -> FetchedPage:
    data, has_more = decode_subscription_list(body)
    return FetchedPage(PageEdges.of(data), has_more, prepare_subscriptions(data, products))


def dunning_page(body: bytes) -> FetchedPage:
    """A page of past-due or unpaid subscriptions: their expanded latest invoices, as
    ``(invoices, skipped)``."""
    data, has_more = decode_list(body)
    batch = Collected()
    for obj in data:
        if isinstance(obj, dict) and isinstance(obj.get("latest_invoice"), dict):
            batch.add_invoice(obj["latest_invoice"])
    invoices: list[Invoice] = list(batch.invoices.values())
    return FetchedPage(PageEdges.of(data), has_more, (invoices, batch.skipped))


def _page_here(kind: str, body: bytes, products: Mapping[str, Product]) -> FetchedPage:
    return dunning_page(body) if kind == "dunning" else subscription_page(body, products)


# -- in a worker process -------------------------------------------------------------
_worker_products: Mapping[str, Product] = {}


def _init_worker(products: Mapping[str, Product]) -> None:
    global _worker_products
    _worker_products = products
    # A page allocates ~30,000 dicts and lists and frees them all (no cycles): with
    # the default threshold (700) the collector ran ~40 times a page and kept
    # promoting them to older generations; ~20% of a worker's CPU. Modules and the
    # catalog (alive for good) are frozen out of every collection.
    gc.freeze()
    gc.set_threshold(*BULK_THRESHOLDS)
    parent = multiprocessing.parent_process()
    if parent is not None:  # never outlive the sync (killed, or its app quit)
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def _ready() -> int:
    return os.getpid()


def _payload_in_worker(kind: str, body: bytes) -> Any:
    return _page_here(kind, body, _worker_products).payload


# -- in the sync's process -----------------------------------------------------------
class PagePreparer:
    """``subscriptions(body)`` and ``dunning(body)``: one page's FetchedPage, prepared
    here, or in a worker: then only its edges are read here and its payload is a
    Future (the slice goes on while the page is prepared). Thread-safe (every
    fetching thread calls them). ``close()`` when the sync ends."""

    def __init__(
        self,
        products: Mapping[str, Product],
        *,
        processes: int | None = None,
        after_pages: int | None = None,
        created_from: int | None = None,
    ) -> None:
        """``created_from``: the oldest ``created`` the listing asks for (the account's
        creation), which lets the first page tell how big the account is."""
        self.products = dict(products)
        self.created_from = created_from
        self.processes = default_processes() if processes is None else processes
        self.after_pages = AFTER_PAGES if after_pages is None else after_pages
        self._lock = threading.Lock()
        self._pages = 0
        self._pool: ProcessPoolExecutor | None = None
        self._ready = threading.Event()
        self._places = threading.Semaphore(MAX_PREPARING)
        self._closed = False
        self.pages_in_workers = 0
        self.worker_pids: set[int] = set()  # as they report ready

    def subscriptions(self, body: bytes) -> FetchedPage:
        return self._prepare("subscriptions", body)

    def dunning(self, body: bytes) -> FetchedPage:
        return self._prepare("dunning", body)

    def _prepare(self, kind: str, body: bytes) -> FetchedPage:
        # Only the pages of subscriptions tell how big the account is (the dunning
        # lists come in more, smaller slices): they alone start the workers.
        counts = kind == "subscriptions"
        pool = self._pool_for_next_page(counts=counts)
        quick = decode_edges(body) if pool is not None else None
        if pool is not None and quick is not None and quick[0] is not None:
            payload = self._in_worker(pool, kind, body)
            if payload is not None:
                return FetchedPage(quick[0], quick[1], payload)
        here = _page_here(kind, body, self.products)
        if counts and self._pool is None:
            self._start_if_big(here)
        return here

    def _in_worker(self, pool: ProcessPoolExecutor, kind: str, body: bytes) -> Future[Any] | None:
        """A Future of the page's payload, prepared in a worker (here, should the
        workers break meanwhile); None when they have stopped already."""
        self._places.acquire()
        try:
            submitted = pool.submit(_payload_in_worker, kind, body)
        except (BrokenProcessPool, RuntimeError) as exc:  # RuntimeError: shut down
            self._places.release()
            self._workers_stopped(exc)
            return None
        submitted.add_done_callback(lambda _: self._places.release())

        def finish(done: Future[Any]) -> Any:
            """(On the pool's own thread.) What the worker made, or raised."""
            try:
                payload = done.result()
            except BrokenProcessPool as exc:  # a worker died: the pool shuts itself down
                self._workers_stopped(exc, shut_down=False)
                return _page_here(kind, body, self.products).payload
            with self._lock:
                self.pages_in_workers += 1
            return payload

        return then(submitted, finish)

    def _workers_stopped(self, exc: BaseException, *, shut_down: bool = True) -> None:
        """Prepare pages here from now on (re-raises once the sync has closed this)."""
        if self._closed:
            raise exc
        if self._retire_pool(shut_down=shut_down):  # (once: every page waiting fails)
            log.warning("Page workers stopped (%s); preparing pages in the sync", exc)

    def _start_if_big(self, page: FetchedPage) -> None:
        """Start the workers now if this page shows a big account (see EARLY_FACTOR)."""
        edges = page.edges
        if self.created_from is None or edges is None or not page.has_more:
            return
        below = (edges.oldest - self.created_from) / edges.seconds_per_page
        if below <= EARLY_FACTOR * self.after_pages:
            return
        with self._lock:
            if self._pool is None and self._can_start(early=True):
                self._start()

    def _pool_for_next_page(self, *, counts: bool) -> ProcessPoolExecutor | None:
        with self._lock:
            self._pages += counts
            if self._pool is None and self._can_start():
                self._start()
            pool = self._pool
        if pool is not None and (self._ready.is_set() or self._ready.wait(WAIT_FOR_START_S)):
            return pool
        return None

    def _can_start(self, *, early: bool = False) -> bool:
        return (
            not self._closed
            and self.processes > 0
            and (early or self._pages > self.after_pages)
            # a daemonic process may not have children
            and not multiprocessing.current_process().daemon
        )

    def _start(self) -> None:
        """Start the workers (with the lock held); pages go to them once all are up."""
        try:
            pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.products,),
            )
            warm = [pool.submit(_ready) for _ in range(self.processes)]
        except (OSError, RuntimeError) as exc:
            log.warning("Could not start page workers (%s); preparing pages in the sync", exc)
            self.processes = 0
            return
        self._pool = pool
        left = [len(warm)]

        def one_ready(future: Future[int]) -> None:
            if future.exception() is not None:
                log.warning("A page worker did not start: %s", future.exception())
                return
            with self._lock:
                self.worker_pids.add(future.result())
                left[0] -= 1
                if left[0] == 0:
                    self._ready.set()

        for future in warm:
            future.add_done_callback(one_ready)

    def _retire_pool(self, *, shut_down: bool = True) -> bool:
        """Whether there was a pool to retire (not again in this sync)."""
        with self._lock:
            pool, self._pool = self._pool, None
            self._ready.clear()
            self.processes = 0
        if pool is not None and shut_down:
            pool.shutdown(wait=False, cancel_futures=True)
        return pool is not None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> PagePreparer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
