"""The frozen app talks HTTP: its emulator serves, its sync fetches through stripe.

Both ends run from the bundle: `billing-manager emulator` (the local Stripe emulator)
and `billing-manager sync --api-base ... --full` (the stripe SDK over HTTP, in the frozen
Python). Skipped while the bundle lacks those subcommands (branches emulator, core-sync).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT

FAKE_KEY = "sk_test_FAKEfrozensmoke123"
SUBSCRIPTIONS = 40
TIMEOUT_S = 120


def _subcommands(exe: Path) -> set[str]:
    helptext = subprocess.run(
        [str(exe), "--help"], capture_output=True, text=True, timeout=TIMEOUT_S, check=True
    ).stdout
    return set(re.findall(r"^    (\w+)\s", helptext, flags=re.MULTILINE))


@pytest.fixture
def frozen_emulator(frozen_exe: Path) -> Iterator[str]:
    missing = {"emulator", "sync"} - _subcommands(frozen_exe)
    if missing:
        pytest.skip(f"this build has no {' or '.join(sorted(missing))} subcommand yet")
    args = ["emulator", "--port", "0", "--subscriptions", str(SUBSCRIPTIONS), "--key", FAKE_KEY]
    proc = subprocess.Popen(
        [str(frozen_exe), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        base_url = None
        for line in proc.stdout:  # blocks until the next line, or EOF if it died
            if match := re.search(r"listening on (http://127\.0\.0\.1:\d+)", line):
                base_url = match.group(1)
                break
        assert base_url, f"the emulator did not start: {proc.stderr.read() if proc.stderr else ''}"
        yield base_url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.slow
def test_frozen_sync_fetches_from_frozen_emulator(frozen_exe: Path, frozen_emulator: str) -> None:
    env = dict(os.environ, STRIPE_API_KEY=FAKE_KEY)
    result = subprocess.run(
        [str(frozen_exe), "sync", "--api-base", frozen_emulator, "--full"],
        capture_output=True, text=True, timeout=TIMEOUT_S, env=env, cwd=ROOT.parent, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert re.search(rf"\(full\): {SUBSCRIPTIONS} subscriptions, \d+ requests", result.stderr)
    assert FAKE_KEY not in result.stdout + result.stderr
