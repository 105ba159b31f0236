"""Which IDs the cache already holds (so an incremental sync fetches only what is missing).

The store has no public lookup for this, so it asks the cache file directly with a
read-only connection (tables: customers, payment_methods, products, invoices).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

TABLES = frozenset({"customers", "payment_methods", "products", "invoices", "subscriptions"})
_CHUNK = 500


def known_ids(path: Path, table: str, ids: Iterable[str]) -> set[str]:
    if table not in TABLES:
        raise ValueError(f"unknown table {table}")
    wanted = sorted(set(ids))
    if not wanted or not path.exists():
        return set()
    found: set[str] = set()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        for start in range(0, len(wanted), _CHUNK):
            group = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(group))
            sql = f"SELECT id FROM {table} WHERE id IN ({marks})"  # noqa: S608 (constant table)
            found.update(row[0] for row in conn.execute(sql, group))
    finally:
        conn.close()
    return found
