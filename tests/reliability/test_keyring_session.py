"""The test keyring session (scripts/keyring_session.sh, in which scripts/test.sh runs
pytest) survives its gnome-keyring-daemon dying, and ends every daemon it started.

Each case runs in a keyring session of its own (a subprocess), never the shared one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SESSION = ROOT / "scripts" / "keyring_session.sh"
SESSION_TIMEOUT_S = 120  # a daemon left holding the output open would hang the run


def _run_in_own_session(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("gnome-keyring-daemon") is None or shutil.which("dbus-run-session") is None:
        pytest.fail("gnome-keyring and dbus are missing: run scripts/setup.sh --tests")
    env = {k: v for k, v in os.environ.items() if k != "BILLING_MANAGER_TEST_KEYRING_HOME"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [str(SESSION), *command], capture_output=True, text=True, env=env, cwd=ROOT,
        timeout=SESSION_TIMEOUT_S, check=False,
    )  # fmt: skip


def _is_gnome_keyring_daemon(pid: int) -> bool:
    try:
        return b"gnome-keyring-daemon" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


@pytest.mark.fault
def test_a_killed_keyring_daemon_is_replaced_by_the_unlocked_test_keyring() -> None:
    # Fault: the session's gnome-keyring-daemon gets SIGKILL between two keyring uses.
    key = "rk_test_FAKEsessionrestart0123456789"
    done = _run_in_own_session(sys.executable, "-m", "tests.reliability.keyring_restart_run", key)
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # The next use found a new daemon of this session (its keyring folder and password),
    # unlocked, with the key stored before the kill: no prompt, no other keyring.
    assert result["serving_now"] != result["killed"]
    assert result["serving_now"] in result["session_daemons"]
    assert result["read_back_matches"] is True
    assert result["second_key_kept"] is True
    assert "was started 2 times" in done.stderr  # the restart is reported
    # The session ended every daemon it started.
    assert not [pid for pid in result["session_daemons"] if _is_gnome_keyring_daemon(pid)]


def test_the_session_ends_its_daemons_and_returns_the_commands_status() -> None:
    program = (
        "import os, sys\n"
        "from tests.accounts.keyring_helpers import ensure_test_keyring, session_daemon_pids\n"
        "ensure_test_keyring()\n"
        "home = os.environ['BILLING_MANAGER_TEST_KEYRING_HOME']\n"
        "print(' '.join(map(str, session_daemon_pids())), home)\n"
        "sys.exit(7)\n"
    )
    done = _run_in_own_session(sys.executable, "-c", program)
    assert done.returncode == 7, done.stdout + done.stderr
    *pids, home = done.stdout.split()
    assert pids, done.stdout
    assert not [pid for pid in pids if _is_gnome_keyring_daemon(int(pid))]
    assert not Path(home).exists()  # the keyring folder (and its password file) is gone
