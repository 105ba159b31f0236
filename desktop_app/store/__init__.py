"""The local cache of one profile: a SQLite file (see ``store.store`` and ``store.opening``)."""

from desktop_app.errors import CacheCorrupt
from desktop_app.store.rows import (
    DetailItem,
    SortKey,
    StoreMeta,
    SubscriptionDetail,
    SubscriptionFilter,
    SubscriptionRow,
)
from desktop_app.store.schema import SCHEMA_VERSION
from desktop_app.store.store import CacheBusy, Store
from desktop_app.store.writer import StoreTransaction

__all__ = [
    "SCHEMA_VERSION",
    "CacheBusy",
    "CacheCorrupt",
    "DetailItem",
    "SortKey",
    "Store",
    "StoreMeta",
    "StoreTransaction",
    "SubscriptionDetail",
    "SubscriptionFilter",
    "SubscriptionRow",
]
