"""Where the app keeps its files, per platform (platformdirs).

Every path the app writes to comes from here, so tests can point them all at a
temporary directory through the XDG variables (Linux) and scan what was written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs

from desktop_app import APP_ID

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
