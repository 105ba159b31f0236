"""Where the app keeps its files, per platform (platformdirs).

Every path the app writes to comes from here, so tests can point them all at a
temporary directory through the XDG variables (Linux) and scan what was written.
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


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, _AUTHOR))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, _AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, _AUTHOR))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist yet."""
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
    os.close(fd)
    if os.name == "posix":
        path.chmod(0o600)


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
                os.fchmod(handle.fileno(), 0o600)
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
