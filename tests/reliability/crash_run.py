"""Run ``billing-manager sync`` in a child process and SIGKILL it at a chosen moment.

The child's stderr is a pseudo-terminal, so the CLI writes its progress line; the
parent reads it (blocking on the terminal, no sleeps) and kills the child when the
line reaches the kill point: a phase label and, optionally, a number of objects.
"""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_UPDATE = re.compile(r"([A-Z][A-Za-z ]+): (\d+)")


@dataclass(frozen=True)
class KillPoint:
    label: str  # the progress line's label, e.g. "Fetching subscriptions"
    objects: int = 0  # kill once that many objects are reported


def cli_env(api_key: str) -> dict[str, str]:
    env = dict(os.environ)
    env["STRIPE_API_KEY"] = api_key
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def sync_command(base_url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "sync", "--api-base", base_url, *extra]


def run_sync_cli(base_url: str, api_key: str, *extra: str, timeout: float = 300) -> str:
    """A whole sync; returns its stderr (the summary line). Fails the test if it fails."""
    done = subprocess.run(
        sync_command(base_url, *extra),
        env=cli_env(api_key),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def sync_and_kill(
    base_url: str, api_key: str, point: KillPoint, *extra: str, timeout: float = 300
) -> str:
    """Start a sync, SIGKILL it at ``point``; returns the progress text seen."""
    master, slave = os.openpty()
    proc = subprocess.Popen(
        sync_command(base_url, *extra),
        env=cli_env(api_key),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    seen = ""
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"the kill point {point} never came; saw {seen[-300:]!r}"
            ready, _, _ = select.select([master], [], [], remaining)
            if not ready:
                continue
            try:
                chunk = os.read(master, 4096).decode("utf-8", "replace")
            except OSError:  # the child closed the terminal: it ended before the point
                chunk = ""
            assert chunk, f"the sync ended before {point}; saw {seen[-300:]!r}"
            seen += chunk
            if _reached(seen, point):
                os.kill(proc.pid, signal.SIGKILL)
                break
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        os.close(master)
    return seen


def _reached(text: str, point: KillPoint) -> bool:
    for update in text.split("\x1b[K"):
        match = _UPDATE.search(update)
        if match and match.group(1) == point.label and int(match.group(2)) >= point.objects:
            return True
    return False
