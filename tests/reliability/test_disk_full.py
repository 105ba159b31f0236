"""A full disk, one place per case: under the cache, the CSV export and the log.

The disk is a small tmpfs mounted for the test (root only; CI runs as root on
Debian) and filled up with a file: ENOSPC for every write, deterministically. The
app says "The disk is full: free space on <folder> and ...", exits with code 1,
leaves no temporary file, keeps the last complete snapshot and the previous CSV,
and never shows a traceback.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.main import main as cli_main
from desktop_app.emulator import Emulator
from desktop_app.logging_setup import log_file_path
from desktop_app.paths import data_dir, log_dir
from desktop_app.store import Store
from tests.reliability.conftest import integrity_ok

pytestmark = pytest.mark.bad_input

CHUNK = 64 * 1024


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler"

    def fill(self, leave: int = 0) -> None:
        """Write the filler until the disk is full; then give ``leave`` bytes back."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (CHUNK, 4096, 1):
                while _wrote(fd, size):
                    pass
        finally:
            os.close(fd)
        if leave:
            os.truncate(self.filler, self.filler.stat().st_size - leave)

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def files(self) -> list[str]:
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())


def _wrote(fd: int, size: int) -> bool:
    """Whether ``size`` bytes went in (False: the disk is full)."""
    try:
        return os.write(fd, b"\0" * size) == size
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        return False


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs the tests as root)")
    root = tmp_path / "small-disk"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(root)
    finally:
        if subprocess.run(["umount", str(root)], capture_output=True, check=False).returncode:
            subprocess.run(["umount", "-l", str(root)], check=True)  # busy: detach now


def _sync(capsys: pytest.CaptureFixture[str], emu: Emulator, *more: str) -> tuple[int, str]:
    code = cli_main(["sync", "--api-base", emu.base_url, *more])
    return code, capsys.readouterr().err


def _cached_ids() -> set[str]:
    (path,) = (data_dir() / "cache").glob("env-*.sqlite3")
    assert integrity_ok(path)
    store = Store.open(path)
    try:
        return {row.id for row in store.query_subscriptions()}
    finally:
        store.close()


@pytest.mark.parametrize("free", [0, CHUNK], ids=["nothing-free", "64-KiB-free"])
def test_a_full_disk_under_the_cache_keeps_the_last_snapshot(
    emu: Emulator,
    small_disk: SmallDisk,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    free: int,
) -> None:
    """Nothing free: the account index (env-caches.json) cannot be written; 64 KiB
    free: it can, and the snapshot of the account (larger) cannot."""
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    monkeypatch.setenv("XDG_DATA_HOME", str(small_disk.root / "data"))
    assert _sync(capsys, emu)[0] == ExitCode.OK
    before = _cached_ids()
    files = small_disk.files()
    small_disk.fill(leave=free)

    code, err = _sync(capsys, emu, "--full")
    assert code == ExitCode.ERROR
    assert f"The disk is full: free space on {data_dir()}" in err
    assert "and sync again. The local copy keeps its last complete sync." in err
    assert "Traceback" not in err
    assert [f for f in small_disk.files() if f != "filler"] == [
        f for f in files if not f.endswith(("-wal", "-shm"))
    ]  # no temporary file left, and no new one

    small_disk.free()
    assert _cached_ids() == before
    assert _sync(capsys, emu, "--full")[0] == ExitCode.OK


def test_a_full_disk_under_the_export_keeps_the_previous_file(
    emu: Emulator,
    small_disk: SmallDisk,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    assert _sync(capsys, emu)[0] == ExitCode.OK
    out = small_disk.root / "exports" / "subscriptions.csv"
    out.parent.mkdir()
    out.write_text("the previous export\n", encoding="utf-8")
    small_disk.fill()

    code = cli_main(["export", "--api-base", emu.base_url, "--offline", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == ExitCode.ERROR
    assert (
        f"The disk is full: free space on {out.parent} and export again; nothing was written."
        in err
    )
    assert "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["subscriptions.csv"]


def test_a_full_disk_under_the_log_costs_log_lines_not_the_sync(
    emu: Emulator,
    small_disk: SmallDisk,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    monkeypatch.setenv("XDG_STATE_HOME", str(small_disk.root / "state"))
    log_dir().mkdir(parents=True)
    small_disk.fill()

    code, err = _sync(capsys, emu)
    assert code == ExitCode.OK, err
    said = f"The disk is full: free space on {log_dir()} and try again. Log lines are lost"
    assert err.count(said) == 1  # once, however many lines are lost
    assert "Synced " in err
    assert "Traceback" not in err
    assert "Logging error" not in err
    assert log_file_path().stat().st_size == 0
