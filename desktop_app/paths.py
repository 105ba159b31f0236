"""Where the app keeps its files, per platform (platformdirs), and how it creates them.

Every path the app writes to comes from here, so tests can point them all at a
temporary directory through the XDG variables (Linux) and scan what was written.

The one rule for what the app creates (SECURITY.md): every folder 0700 and every
file 0600, owner only, whatever the umask, from the moment it exists. Folders come
from ``ensure_private_dir`` (each folder it makes, parents too), files from
``create_private_file`` or ``write_private_atomically``; a file another library
writes (SQLite's ``-wal``/``-shm``, Qt's settings) is created through
``create_private_file`` before that library writes it, and keeps its mode (SQLite
copies the database file's, Qt's QSaveFile the existing file's); ``make_private``
tightens one afterwards. The process umask is left alone: programs the app starts
(the browser, ``xdg-open``) inherit it, and the user's own files must not become
private because this app opened a link. CSV exports follow the same rule (0600,
see ``export.py``): they hold customers' names and e-mail addresses.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Literal

import platformdirs

from desktop_app import APP_ID
from desktop_app.text import translate

_AUTHOR: Literal[False] = False  # no vendor folder on Windows: %APPDATA%\billing-manager
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, _AUTHOR))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, _AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, _AUTHOR))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by the user only, and every missing folder above it
    the same way (``mkdir(parents=True)`` would make those with the umask's mode)."""
    missing: list[Path] = []
    folder = path
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            if not folder.is_dir():  # (else made meanwhile by another process)
                raise
        make_private(folder, PRIVATE_DIR)
    make_private(path, PRIVATE_DIR)
    return path


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Owner only (0600 for a file, 0700 for a folder). Not on Windows, where files
    inherit the user profile's permissions."""
    if os.name == "posix":
        path.chmod(mode)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist yet (in a private
    folder); an existing file is made 0600."""
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)
    make_private(path)


def write_private_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (0600) through a temporary file renamed over it: a
    failure leaves the previous file and no temporary one, and raises ``DiskFull``
    when the disk is full, else a BillingManagerError naming the file and why."""
    from desktop_app.errors import BillingManagerError, disk_full, is_disk_full

    tmp: Path | None = None
    try:
        ensure_private_dir(path.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), PRIVATE_FILE)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise disk_full(path.parent, "retry") from exc
        if isinstance(exc, OSError):
            raise BillingManagerError(
                translate(
                    "Errors",
                    "Could not write {file} ({reason}). Check that its folder is writable and "
                    "the disk is not full, then try again.",
                ).format(file=path, reason=exc.strerror or type(exc).__name__)
            ) from exc
        raise
