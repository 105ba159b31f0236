"""Every folder the app creates is 0700 and every file 0600 (SECURITY.md), whatever the
umask: the command line (sync, export, an account saved, a portal session in the
audit log, the log after a rotation) and the window in demo mode (its temporary
folder and cache, window-state.ini and the language setting written by Qt), run
under umask 022 and 002 in fresh XDG folders; then every path they wrote is walked.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.main import main as cli_main
from desktop_app.emulator import Emulator
from desktop_app.logging_setup import log_file_path
from desktop_app.profiles import Profile, ProfileStore


@pytest.fixture(params=[0o022, 0o002], ids=["umask-022", "umask-002"])
def loose_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    before = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(before)


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where tempfile makes folders (the demo's), empty: walked like the XDG ones."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _not_private(*roots: Path) -> list[str]:
    """Every folder under ``roots`` not 0700 and every file not 0600 (the roots are the
    test's own: XDG_CONFIG_HOME and the like, which the app finds, not makes)."""
    wrong = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            mode = stat.S_IMODE(path.lstat().st_mode)
            want = 0o700 if path.is_dir() else 0o600
            if mode != want:
                wrong.append(f"{oct(mode)} {path.relative_to(root.parent)}")
    return wrong


def _app_roots(home: Path) -> list[Path]:
    return [home / sub for sub in ("config", "data", "state", "cache")]


@pytest.mark.slow
def test_the_command_line_writes_private_files_only(
    emu: Emulator,
    loose_umask: int,
    isolated_app_dirs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    base = ["--api-base", emu.base_url]
    assert cli_main(["sync", *base]) == ExitCode.OK
    assert cli_main(["sync", "--full", *base]) == ExitCode.OK
    exports = tmp_path / "exports"  # the user's folder: only the file is the app's
    exports.mkdir()
    assert cli_main(["export", "--offline", *base, "-o", str(exports / "all.csv")]) == 0
    with emu.lock:
        sub_id = next(iter(emu.state.subscriptions))
    assert cli_main(["portal", sub_id, "--print-url", *base]) == ExitCode.OK  # audit.log
    ProfileStore().save(Profile("Acme", "test", api_base=emu.base_url))
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_billing_manager", 0))
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.doRollover()  # as at 1 MB
    logging.getLogger("desktop_app.test").warning("after the rotation")
    capsys.readouterr()

    written = {p.name for root in _app_roots(isolated_app_dirs) for p in root.rglob("*")}
    assert {"profiles.json", "audit.log", "env-caches.json", "cache"} <= written
    assert {log_file_path().name, log_file_path().name + ".1"} <= written
    assert _not_private(*_app_roots(isolated_app_dirs)) == []
    assert stat.S_IMODE((exports / "all.csv").stat().st_mode) == 0o600
    assert stat.S_IMODE(exports.stat().st_mode) == 0o777 & ~loose_umask  # left as it was


@pytest.fixture
def qt_settings_here(isolated_app_dirs: Path) -> Iterator[None]:
    """Qt reads XDG_CONFIG_HOME once per process, for its default settings file: point
    it at this test's config folder (as a fresh process would find it)."""
    from PySide6.QtCore import QSettings

    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    before = Path(QSettings().fileName()).parent.parent
    QSettings.setPath(native, user, str(isolated_app_dirs / "config"))
    yield
    QSettings.setPath(native, user, str(before))


@pytest.mark.gui
@pytest.mark.slow
def test_the_window_writes_private_files_only(
    qtbot: Any,
    loose_umask: int,
    isolated_app_dirs: Path,
    temp_folder: Path,
    qt_settings_here: None,
) -> None:
    from PySide6.QtWidgets import QMenu

    from ui.app import create_application
    from ui.main_window import MainWindow

    create_application()
    window = MainWindow(demo=True, demo_subscriptions=60)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    menu = window.findChild(QMenu, "languageMenu")
    menu.choices["nl"].trigger()  # Qt's own settings file
    (demo,) = temp_folder.glob("billing-manager-demo-*")
    cache = {"demo.sqlite3", "demo.sqlite3-wal", "demo.sqlite3-shm"}  # open: WAL files
    assert cache <= {p.name for p in demo.iterdir()}
    demo_modes = _not_private(temp_folder)  # the folder and its files (gone at quit)
    window.close()  # saves the window state
    window.shutdown()

    assert demo_modes == []
    assert _not_private(*_app_roots(isolated_app_dirs)) == []
    written = {p.name for root in _app_roots(isolated_app_dirs) for p in root.rglob("*")}
    # the log: written by the sync's own process
    assert {"window-state.ini", "billing-manager.conf", log_file_path().name} <= written
