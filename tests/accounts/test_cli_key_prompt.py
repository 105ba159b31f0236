"""On a terminal, `profiles add` asks for the key without echoing it."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.secrets import KeyStore
from tests.accounts.keyring_helpers import files_containing

pytestmark = pytest.mark.keyring
ROOT = Path(__file__).resolve().parents[2]
PROMPT = b"Stripe API key (input hidden): "


def _become_terminal_owner() -> None:  # runs in the child, before exec
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _read_until(fd: int, wanted: bytes, seen: bytearray) -> None:
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], 30)
        assert ready, f"no {wanted!r} within 30 s; got {bytes(seen)!r}"
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            chunk = b""
        assert chunk, f"terminal closed before {wanted!r}; got {bytes(seen)!r}"
        seen += chunk


def _read_rest(fd: int, seen: bytearray) -> None:
    while True:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            return
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        seen += chunk


def test_key_prompt_on_a_terminal_does_not_echo(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
) -> None:
    key = restricted_key()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "profiles",
            "add",
            "Tty",
            "--api-base",
            emulator.base_url,
        ],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        preexec_fn=_become_terminal_owner,
    )
    os.close(slave)
    seen = bytearray()
    try:
        _read_until(master, PROMPT, seen)
        os.write(master, key.encode() + b"\n")
        _read_until(master, b"Connected 'Tty'", seen)
        _read_rest(master, seen)
        assert child.wait(timeout=30) == 0, bytes(seen)
    finally:
        os.close(master)
        if child.poll() is None:
            child.kill()
            child.wait()
    assert key.encode() not in seen
    assert KeyStore().get_key("Tty") == key
    assert files_containing(isolated_app_dirs, key) == []
