"""Full and incremental sync of a Stripe account into the local cache."""

from desktop_app.cancel import CancelToken
from desktop_app.sync.progress import ProgressCallback, SyncProgress, SyncResult
from desktop_app.sync.run import run_sync

__all__ = ["CancelToken", "ProgressCallback", "SyncProgress", "SyncResult", "run_sync"]
