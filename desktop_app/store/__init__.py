"""The local cache of one profile: a SQLite file (see ``store.store`` and ``store.opening``).

The names below load their modules on first use (``desktop_app.lazy``): a page
worker needs this package's row preparation, not the cache itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.lazy import lazy_exports

if TYPE_CHECKING:
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

_ROWS = "desktop_app.store.rows"
__getattr__ = lazy_exports(
    __name__,
    {
        "SCHEMA_VERSION": "desktop_app.store.schema",
        "CacheBusy": "desktop_app.store.store",
        "CacheCorrupt": "desktop_app.errors",
        "DetailItem": _ROWS,
        "SortKey": _ROWS,
        "Store": "desktop_app.store.store",
        "StoreMeta": _ROWS,
        "StoreTransaction": "desktop_app.store.writer",
        "SubscriptionDetail": _ROWS,
        "SubscriptionFilter": _ROWS,
        "SubscriptionRow": _ROWS,
    },
)

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
