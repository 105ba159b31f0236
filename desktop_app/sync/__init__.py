"""Full and incremental sync of a Stripe account into the local cache."""

from desktop_app.cancel import CancelToken
from desktop_app.sync.invoices import refresh_customer_invoices
from desktop_app.sync.progress import ProgressCallback, SyncProgress, SyncResult
from desktop_app.sync.run import full_sync_reason, run_sync

__all__ = [
    "CancelToken",
    "ProgressCallback",
    "SyncProgress",
    "SyncResult",
    "full_sync_reason",
    "refresh_customer_invoices",
    "run_sync",
]
