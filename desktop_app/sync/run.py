"""run_sync: a full or an incremental sync, whichever the cache allows."""

from __future__ import annotations

import time

from desktop_app.cancel import CancelToken
from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi
from desktop_app.sync.collector import bulk_collections
from desktop_app.sync.event_types import EVENT_RETENTION_S
from desktop_app.sync.full import full_sync
from desktop_app.sync.incremental import incremental_sync
from desktop_app.sync.progress import ProgressCallback, SyncKind, SyncProgress, SyncResult
from desktop_app.sync.skipped import log_skipped

# Keep a margin: a cursor this close to the 30-day limit might lose events mid-sync.
_SAFE_AGE_S = EVENT_RETENTION_S - 3600


def _ignore(_: SyncProgress) -> None:
    pass


def full_sync_reason(store: Store, *, full: bool, now: float | None = None) -> str | None:
    """Why this sync must be full (None: an incremental one will do).

    Events are kept 30 days. The last sync saw every event up to its start, so what
    counts is how long ago it ran, not how old the newest event then was.
    """
    if full:
        return "asked"
    last = store.meta.last_sync_at
    if store.meta.event_cursor is None or last is None:
        return "no previous sync"
    if (now if now is not None else time.time()) - last.timestamp() > _SAFE_AGE_S:
        return "last sync more than 30 days ago"
    return None


def run_sync(
    api: StripeApi,
    store: Store,
    *,
    full: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
) -> SyncResult:
    """Bring ``store`` up to date with the account behind ``api``.

    Raises desktop_app.errors classes (SyncCancelled when cancelled); the cache then
    holds the previous snapshot, untouched. Objects that could not be read are left
    out, logged and listed in the result's ``skipped``.
    """
    report = progress or _ignore
    token = cancel or CancelToken()
    before = api.requests_sent
    reason = full_sync_reason(store, full=full)
    if reason is None:
        cursor = store.meta.event_cursor
        assert cursor is not None
        changed, skipped = incremental_sync(api, store, cursor, report, token)
        kind: SyncKind = "incremental"
    else:
        with bulk_collections():
            changed, skipped = full_sync(api, store, report, token, workers=workers)
        kind = "full"
    log_skipped(skipped)
    result = SyncResult(kind, changed, api.requests_sent - before, reason or "", tuple(skipped))
    report(SyncProgress("done", changed, 0, changed))
    return result
