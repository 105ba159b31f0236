"""Opening the cache file: private permissions, WAL, integrity check, corrupt files aside.

File safety: the directory is created 0700 and the file 0600 *before* SQLite opens
it (``os.open`` with mode 0o600), so it is never readable by others, not even for
an instant. The cache uses WAL journaling (readers on other threads keep seeing
the last committed snapshot while a sync writes); SQLite creates the ``-wal`` and
``-shm`` files with the database file's permissions, and ``tighten_sidecars``
chmods them to 0600 again in case a umask or an older file differs.

A file that is not a SQLite database, fails ``PRAGMA quick_check``, or was written
by a newer schema version is renamed (with its ``-wal``/``-shm`` files) to
``<name>.corrupt-<UTC time>`` and ``CacheCorrupt`` is raised; the next open starts
an empty cache that the next sync fills again. Nothing is deleted.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.errors import BillingManagerError, CacheCorrupt, disk_full, is_disk_full
from desktop_app.paths import create_private_file, ensure_private_dir
from desktop_app.store.schema import SCHEMA_VERSION, migrate, schema_version
from desktop_app.text import translate

SQLITE_HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")
_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
BUSY_TIMEOUT_S = 30.0
# SQLite's page cache per connection, in KiB (a full snapshot raises its writer's).
CACHE_KIB = 16_000
# Bytes per database page of a new cache. Against SQLite's default of 4 KB, writing
# a snapshot of 100,000 subscriptions, building its indexes and committing it took
# 13-16% less time (fewer pages, fewer write calls), and the window's queries as
# long. A cache keeps the size it was created with (it can change only before the
# first table exists, and not at all in WAL mode).
PAGE_SIZE = 8192


class _Unreadable(Exception):
    """Internal: the file is not a usable cache (reason in the message)."""


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit BEGIN/COMMIT).

    ``check_same_thread=False`` because the store hands connections between worker
    threads; it never lets two threads use one connection at the same time.
    """
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA mmap_size = 268435456")  # reads share the OS page cache
    if read_only:
        conn.execute("PRAGMA query_only = 1")
    return conn


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _CORRUPT_CODES:
        return True
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _check_header(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return  # a new, empty file: SQLite initialises it
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise _Unreadable("it is not a SQLite database")
    if size < 512:
        raise _Unreadable("it is truncated")


def _prepare(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # (a new, empty file only)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA journal_size_limit = 67108864")  # shrink the WAL after a big sync
    problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise _Unreadable(f"the integrity check failed: {'; '.join(problems[:3])}")
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise _Unreadable(
            f"it was written by a newer version of the app (schema {found}, "
            f"this version knows {SCHEMA_VERSION})"
        )
    migrate(conn)


def set_aside(path: Path) -> Path:
    """Rename ``path`` and its sidecar files to ``<name>.corrupt-<UTC time>``; return it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    path.rename(target)
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            sidecar.rename(target.with_name(target.name + suffix))
    return target


def tighten_sidecars(path: Path) -> None:
    if os.name != "posix":
        return
    for suffix in ("", *SIDECARS):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.chmod(0o600)


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the cache at ``path`` for writing, schema up to date.

    Raises ``CacheCorrupt`` after setting an unreadable file aside, or
    ``BillingManagerError`` when the file cannot be opened at all (permissions, disk).
    """
    try:
        ensure_private_dir(path.parent)
        create_private_file(path)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(path.parent, "sync") from exc
        raise BillingManagerError(
            translate(
                "Cache",
                "The local cache {path} could not be created ({reason}). Check that its "
                "folder is writable and the disk is not full, then try again.",
            ).format(path=path, reason=exc.strerror or exc)
        ) from exc
    conn: sqlite3.Connection | None = None
    try:
        _check_header(path)
        conn = connect(path)
        _prepare(conn)
    except (_Unreadable, sqlite3.DatabaseError) as exc:
        if conn is not None:
            conn.close()
        if is_disk_full(exc):
            raise disk_full(path.parent, "sync") from exc
        if isinstance(exc, sqlite3.DatabaseError) and not _is_corruption(exc):
            raise BillingManagerError(
                translate(
                    "Cache",
                    "The local cache {path} could not be opened ({reason}). Check that its "
                    "folder is writable and the disk is not full, then try again.",
                ).format(path=path, reason=exc)
            ) from exc
        target = set_aside(path)
        raise CacheCorrupt(
            translate(
                "Cache",
                "The local cache could not be read because {reason}. It was moved aside to {file} "
                "and will be rebuilt from Stripe by the next sync; nothing in your Stripe "
                "account is affected.",
            ).format(reason=_reason(exc), file=target.name)
        ) from exc
    tighten_sidecars(path)
    return conn


def _reason(exc: BaseException) -> str:
    if isinstance(exc, _Unreadable):
        return str(exc)
    return f"it is damaged ({exc})"
