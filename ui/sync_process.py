"""Run a sync in a child process, so the window's GUI thread keeps its interpreter.

The core's sync is CPU-heavy Python (parsing pages of Stripe JSON) on many threads;
in the window's process it holds the GIL long enough to freeze the GUI thread for
hundreds of milliseconds. In a child process ("spawn": no fork of a Qt process) it
competes for nothing. The child writes the same SQLite cache (WAL: the window keeps
reading the previous snapshot until the sync commits) and reports progress, the
result or the error through a queue. Cancel sets an event the child checks.

No Qt here: the child imports only ``desktop_app``. A profile's key is read from the
keyring inside the child; only the demo's emulator key travels (as an argument).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import queue as queue_module
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app.errors import BillingManagerError
from desktop_app.paths import log_dir
from desktop_app.text import translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncTarget:
    """What to sync from: a connected profile (key from the keyring, read in the
    child) or an explicit emulator endpoint (demo mode, benchmarks)."""

    profile: str | None = None
    api_key: str | None = None
    api_base: str | None = None
    budget_rps: float | None = None

    def __repr__(self) -> str:  # never show a key
        return f"SyncTarget(profile={self.profile!r}, api_base={self.api_base!r})"


class SyncProcessDied(BillingManagerError):
    """The sync's process ended without a result (killed, or crashed in C code)."""


def _died(exitcode: int | None) -> SyncProcessDied:
    """Logged with how it ended (the child's own records are in the same log)."""
    how = f"exit code {exitcode}"
    if exitcode is not None and exitcode < 0:
        with contextlib.suppress(ValueError):
            how += f", {signal.Signals(-exitcode).name}"
    log.error("The sync's process ended without a result (%s)", how)
    return SyncProcessDied(
        translate(
            "Sync",
            "The sync stopped unexpectedly ({how}). The local copy keeps its last complete "
            "sync. Try again; details are in the log in {folder}.",
        ).format(how=how, folder=log_dir())
    )


def _make_api(target: SyncTarget) -> Any:
    from desktop_app.stripe_api import StripeApi

    if target.profile is not None:
        from desktop_app.accounts import Accounts
        from desktop_app.profiles import ProfileStore

        profile = ProfileStore().get(target.profile)
        key = Accounts().key_for(profile.name)
        return StripeApi(key, api_base=profile.api_base, budget_rps=profile.budget_rps)
    assert target.api_key is not None
    if target.budget_rps is not None:
        return StripeApi(target.api_key, api_base=target.api_base, budget_rps=target.budget_rps)
    return StripeApi(target.api_key, api_base=target.api_base)


def _picklable(exc: BaseException) -> BaseException:
    from desktop_app.redaction import redact

    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301 (our own object, round trip check)
    except Exception:
        return RuntimeError(redact(f"{type(exc).__name__}: {exc}"))
    return exc


def _child(target: SyncTarget, store_path: str, full: bool, out: Any, stop: Any) -> None:
    from desktop_app.errors import BillingManagerError, CacheCorrupt
    from desktop_app.logging_setup import setup_logging
    from desktop_app.store import Store
    from desktop_app.sync import CancelToken, run_sync

    setup_logging()  # a fresh interpreter: its records (and tracebacks) go to the app's log

    token = CancelToken()
    # The window still ends this child when it quits (it started it as a daemon);
    # inside, the sync may start its own page workers (desktop_app.sync.page_workers),
    # which a daemonic process may not. They end with this child.
    multiprocessing.current_process().daemon = False
    if hasattr(os, "nice"):
        os.nice(10)  # a background job: the window's process gets the CPU first

    def watch() -> None:
        stop.wait()
        token.cancel()

    threading.Thread(target=watch, daemon=True).start()
    try:
        api = _make_api(target)
        try:
            store = Store.open(store_path)
        except CacheCorrupt as exc:  # set aside already: this sync rebuilds it
            log.warning("%s", exc)
            store = Store.open(store_path)
        try:
            result = run_sync(
                api, store, full=full, progress=lambda p: out.put(("progress", p)), cancel=token
            )
        except BaseException:
            store.close()
            raise
    except BaseException as exc:  # reported to the window, never lost
        if not isinstance(exc, BillingManagerError):  # the window says "details in the log"
            log.error("The sync failed", exc_info=exc)
        out.put(("error", _picklable(exc)))
        return
    # The window shows the new snapshot now; closing copies it from the WAL into the
    # file (seconds for a big account), which the window need not wait for.
    out.put(("done", result))
    try:
        store.close()
    except Exception as exc:  # the snapshot is committed: the next write checkpoints
        log.warning("The sync succeeded but closing the cache failed: %s", exc)


def run_sync_in_process(
    target: SyncTarget,
    store_path: str,
    *,
    full: bool,
    progress: Callable[[Any], None],
    cancelled: Callable[[], bool],
) -> Any:
    """Blocking (call it on a worker thread): start the child, relay its progress,
    return its SyncResult or raise its error."""
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    stop = ctx.Event()
    proc = ctx.Process(
        target=_child,
        args=(target, store_path, full, out, stop),
        name="billing-manager-sync",
        daemon=True,
    )
    proc.start()
    finished = False
    try:
        while True:
            if cancelled():
                stop.set()
            try:
                kind, value = out.get(timeout=0.2)
            except queue_module.Empty:
                if not proc.is_alive():
                    raise _died(proc.exitcode) from None
                continue
            if kind == "progress":
                progress(value)
            elif kind == "done":
                finished = True
                return value
            else:
                raise value
    finally:
        if finished:  # it is closing the cache (a checkpoint): not worth waiting for
            threading.Thread(target=_end, args=(proc, out, 60.0), daemon=True).start()
        else:
            _end(proc, out, 10.0)


def _end(proc: Any, out: Any, wait: float) -> None:
    """Let the child exit (``wait`` seconds at most), else end it."""
    proc.join(timeout=wait)
    if proc.is_alive():
        proc.terminate()
        proc.join(timeout=5)
    out.close()
