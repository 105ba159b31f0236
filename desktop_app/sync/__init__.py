"""Full and incremental sync of a Stripe account into the local cache.

The names below load their modules on first use (``desktop_app.lazy``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.lazy import lazy_exports

if TYPE_CHECKING:
    from desktop_app.cancel import CancelToken
    from desktop_app.sync.invoices import refresh_customer_invoices
    from desktop_app.sync.progress import ProgressCallback, SyncProgress, SyncResult
    from desktop_app.sync.run import full_sync_reason, run_sync

__getattr__ = lazy_exports(
    __name__,
    {
        "CancelToken": "desktop_app.cancel",
        "ProgressCallback": "desktop_app.sync.progress",
        "SyncProgress": "desktop_app.sync.progress",
        "SyncResult": "desktop_app.sync.progress",
        "full_sync_reason": "desktop_app.sync.run",
        "refresh_customer_invoices": "desktop_app.sync.invoices",
        "run_sync": "desktop_app.sync.run",
    },
)

__all__ = [
    "CancelToken",
    "ProgressCallback",
    "SyncProgress",
    "SyncResult",
    "full_sync_reason",
    "refresh_customer_invoices",
    "run_sync",
]
