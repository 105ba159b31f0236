"""The processes the window starts do not inherit STRIPE_API_KEY, and still work.

Started as a user would (``billing-manager --demo`` with STRIPE_API_KEY in its
environment), in a process of its own, the window takes the variable out of its
environment at start (``desktop_app.environment``). Then: its sync process (spawned,
so it gets the window's environment) syncs without it, and a link opened from the
window reaches ``xdg-open`` (a recorder on PATH: tests/launch_recorder.py; Qt starts
it with the process environment) without it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.launch_recorder import LaunchRecorder

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent.parent
KEY = "sk_test_FAKEinheritedByChildren0123456789"

# The driver runs the real entry point (desktop_app.cli.main.main(["--demo"])) and acts
# from inside its event loop: after the first sync, a second one whose events request
# the emulator holds while the sync process's environment is read from /proc; after
# that, the first subscription's Dashboard page is opened, and the run ends once the
# recorder standing in for xdg-open has written what it was given.
_DRIVER = """
import json, multiprocessing, os, sys
from pathlib import Path
from PySide6.QtCore import QFileSystemWatcher, QTimer
from desktop_app.cli.main import main
from ui.app import create_application

report_path, records = Path(sys.argv[1]), Path(sys.argv[2])
key = sys.argv[3].encode()
app = create_application()
report = {"syncs": 0, "sync_children": []}
state = {}


def finish():
    if state.get("finished"):
        return
    state["finished"] = True
    report_path.write_text(json.dumps(report))
    state["window"].close()


def recorded(_folder):
    if any(records.glob("*.json")):
        finish()


def synced(_result):
    window = state["window"]
    report["syncs"] += 1
    if report["syncs"] == 1:
        hold = window.demo_runtime.emulator.faults.hold("/v1/events")
        window.sync(full=False)
        report["held"] = hold.arrived.wait(60)
        for child in multiprocessing.active_children():
            environ = Path(f"/proc/{child.pid}/environ").read_bytes()
            report["sync_children"].append(
                {"name": child.name, "has_key_variable": b"STRIPE_API_KEY=" in environ,
                 "has_key": key in environ}
            )
        hold.release()
        return
    watcher = QFileSystemWatcher([str(records)])
    watcher.directoryChanged.connect(recorded)
    state["watcher"] = watcher
    window.open_dashboard(window.model.rows()[0].id)
    if not window.statusBar().currentMessage().startswith("Opened"):
        report["not_opened"] = window.statusBar().currentMessage()
        finish()


def drive():
    from ui.main_window import MainWindow

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    state["window"] = window
    report["key_in_environment"] = "STRIPE_API_KEY" in os.environ
    window.syncCompleted.connect(synced)


QTimer.singleShot(0, drive)
sys.exit(main(["--demo"]))
"""


def test_the_sync_process_and_xdg_open_get_no_key(tmp_path: Path) -> None:
    recorder = LaunchRecorder(tmp_path / "launchers")
    report_path = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(report_path), str(recorder.records_dir), KEY],
        env=recorder.env(STRIPE_API_KEY=KEY),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    # the sync process: started without the key, and both syncs completed
    assert report["held"] is True
    assert report["sync_children"], "no sync process was running"
    assert all(not c["has_key_variable"] and not c["has_key"] for c in report["sync_children"])
    assert report["syncs"] == 2
    assert "not_opened" not in report
    # xdg-open, started by Qt for the Dashboard link
    (launched,) = recorder.records()
    assert launched["program"] == "xdg-open"
    assert launched["argv"][0].startswith("https://dashboard.stripe.com/test/subscriptions/sub_")
    assert "STRIPE_API_KEY" not in launched["env"]
    assert not any(KEY in value for value in launched["env"].values())
    assert KEY not in done.stdout + done.stderr
    assert report["key_in_environment"] is False  # the window's own, after start
