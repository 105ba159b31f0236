"""The cache file: private permissions, schema version, corrupt files set aside."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from desktop_app.errors import BillingManagerError, CacheCorrupt
from desktop_app.store import SCHEMA_VERSION, Store, opening
from tests.core import store_data


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _fill(store: Store) -> None:
    with store.snapshot() as snap:
        snap.put_products(store_data.products())
        snap.put_customers(store_data.customers())
        snap.put_subscriptions(store_data.subscriptions())


def test_new_cache_file_and_sidecars_are_private(cache_path: Path) -> None:
    with Store.open(cache_path) as store:
        _fill(store)
        assert store.count_subscriptions() == len(store_data.raw_subscriptions())
        files = sorted(p.name for p in cache_path.parent.iterdir())
        assert files == [
            "test-profile.sqlite",
            "test-profile.sqlite-shm",
            "test-profile.sqlite-wal",
        ]
        for path in cache_path.parent.iterdir():
            assert _mode(path) == 0o600, path
        assert _mode(cache_path.parent) == 0o700


def test_existing_file_with_loose_mode_is_tightened(cache_path: Path) -> None:
    with Store.open(cache_path) as store:
        _fill(store)
    cache_path.chmod(0o644)
    with Store.open(cache_path) as store:
        assert _mode(cache_path) == 0o600
        assert store.count_subscriptions() == len(store_data.raw_subscriptions())


def test_schema_version_is_recorded(store: Store, cache_path: Path) -> None:
    assert store.meta.schema_version == SCHEMA_VERSION
    with sqlite3.connect(cache_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_data_survives_reopening(cache_path: Path) -> None:
    with Store.open(cache_path) as store:
        _fill(store)
        before = store.query_subscriptions()
    with Store.open(cache_path) as store:
        assert store.query_subscriptions() == before


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])


def test_a_cache_made_with_smaller_pages_keeps_them_and_works(
    cache_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Caches created before PAGE_SIZE have SQLite's default 4 KB pages; they stay
    so (the size cannot change in WAL mode) and sync as before."""
    with monkeypatch.context() as patch:
        patch.setattr(opening, "PAGE_SIZE", 4096)
        with Store.open(cache_path) as store:
            _fill(store)
    assert _page_size(cache_path) == 4096
    with Store.open(cache_path) as store:
        assert store.count_subscriptions() == len(store_data.raw_subscriptions())
        _fill(store)  # a full snapshot again
        with store.changes() as ch:
            ch.put_subscriptions(_many_subscriptions(500))
        assert store.count_subscriptions() == len(store_data.raw_subscriptions()) + 500
    assert _page_size(cache_path) == 4096
    new = cache_path.with_name("new-profile.sqlite")
    with Store.open(new) as store:
        _fill(store)
    assert _page_size(new) == opening.PAGE_SIZE == 8192


def _assert_set_aside_and_rebuilt(cache_path: Path, original: bytes) -> None:
    with pytest.raises(CacheCorrupt) as caught:
        Store.open(cache_path)
    message = str(caught.value)
    aside = [
        p
        for p in cache_path.parent.iterdir()
        if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1
    assert aside[0].name.startswith("test-profile.sqlite.corrupt-")
    assert aside[0].read_bytes() == original  # kept, not deleted
    assert aside[0].name in message
    assert "rebuilt" in message
    with Store.open(cache_path) as store:
        assert store.count_subscriptions() == 0
        assert store.meta.last_full_sync_at is None
        _fill(store)
        assert store.count_subscriptions() == len(store_data.raw_subscriptions())


def test_garbage_file_is_set_aside_and_rebuilt(cache_path: Path) -> None:
    cache_path.parent.mkdir(parents=True)
    garbage = b"this is not a database, just some text\n" * 200
    cache_path.write_bytes(garbage)
    _assert_set_aside_and_rebuilt(cache_path, garbage)


def test_truncated_file_is_set_aside_and_rebuilt(cache_path: Path) -> None:
    with Store.open(cache_path) as store:
        _fill(store)
        with store.changes() as ch:  # enough rows to span many pages
            ch.put_subscriptions(_many_subscriptions(2000))
    # fold the WAL into the main file, then cut the file in half
    with sqlite3.connect(cache_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        cache_path.with_name(cache_path.name + suffix).unlink(missing_ok=True)
    data = cache_path.read_bytes()
    truncated = data[: len(data) // 2]
    cache_path.write_bytes(truncated)
    _assert_set_aside_and_rebuilt(cache_path, truncated)


def test_damaged_pages_are_detected(cache_path: Path) -> None:
    with Store.open(cache_path) as store:
        _fill(store)
        with store.changes() as ch:
            ch.put_subscriptions(_many_subscriptions(2000))
    with sqlite3.connect(cache_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    for suffix in ("-wal", "-shm"):
        cache_path.with_name(cache_path.name + suffix).unlink(missing_ok=True)
    data = bytearray(cache_path.read_bytes())
    for page in range(2, len(data) // page_size, 3):  # scribble over every third page
        start = page * page_size
        data[start : start + 64] = b"\xff" * 64
    cache_path.write_bytes(bytes(data))
    _assert_set_aside_and_rebuilt(cache_path, bytes(data))


def test_sidecar_files_move_aside_with_a_corrupt_cache(cache_path: Path) -> None:
    cache_path.parent.mkdir(parents=True)
    cache_path.write_bytes(b"garbage" * 100)
    wal = cache_path.with_name(cache_path.name + "-wal")
    wal.write_bytes(b"old wal")
    with pytest.raises(CacheCorrupt):
        Store.open(cache_path)
    assert not wal.exists()
    moved = [p for p in cache_path.parent.iterdir() if p.name.endswith("-wal")]
    assert [p.read_bytes() for p in moved] == [b"old wal"]
    assert ".corrupt-" in moved[0].name


def test_unusable_location_is_an_error_not_corruption(cache_path: Path) -> None:
    cache_path.mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(BillingManagerError, match="could not be created") as caught:
        Store.open(cache_path)
    assert not isinstance(caught.value, CacheCorrupt)
    assert cache_path.is_dir()  # nothing was moved


def test_two_stores_on_one_file_see_each_others_commits(cache_path: Path) -> None:
    """The window and a CLI run may open the same profile's cache at once."""
    with Store.open(cache_path) as window, Store.open(cache_path) as cli:
        _fill(cli)
        assert window.count_subscriptions() == len(store_data.raw_subscriptions())
        with window.changes() as ch:
            ch.delete_subscriptions(["sub_a1"])
        assert cli.count_subscriptions() == len(store_data.raw_subscriptions()) - 1


def test_older_schema_is_migrated_and_forces_a_full_sync(cache_path: Path) -> None:
    """A version-1 file (the development layout) is rebuilt empty; account info stays."""
    cache_path.parent.mkdir(parents=True)
    with sqlite3.connect(cache_path) as conn:
        conn.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
            "CREATE TABLE subscriptions (id TEXT PRIMARY KEY, data TEXT NOT NULL);"
            "INSERT INTO subscriptions VALUES ('sub_old', '{}');"
            "INSERT INTO meta VALUES ('event_cursor', '1700000000'),"
            " ('last_full_sync_at', '2026-11-01T00:00:00+00:00'), ('account_id', 'acct_1');"
            "PRAGMA user_version = 1;"
        )
    with Store.open(cache_path) as store:
        meta = store.meta
        assert meta.schema_version == SCHEMA_VERSION
        assert (meta.event_cursor, meta.last_full_sync_at, meta.account_id) == (
            None,
            None,
            "acct_1",
        )
        assert store.count_subscriptions() == 0
        _fill(store)
        assert store.count_subscriptions() == len(store_data.raw_subscriptions())


def test_cache_from_a_newer_version_is_set_aside(cache_path: Path) -> None:
    with Store.open(cache_path) as store:
        _fill(store)
    with sqlite3.connect(cache_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(CacheCorrupt, match="newer version"):
        Store.open(cache_path)
    with Store.open(cache_path) as store:
        assert store.count_subscriptions() == 0


def _many_subscriptions(count: int) -> list:  # type: ignore[type-arg]
    from desktop_app.domain.parse import parse_subscription
    from tests.core import factories as f

    return [
        parse_subscription(f.subscription(f"sub_many_{n:05d}", customer_obj=f"cus_{n % 97}"))
        for n in range(count)
    ]
