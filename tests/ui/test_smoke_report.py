"""The smoke report of a shown window: written (its folder made) and the run ended, with
exit code 1 when it cannot be written. Each run is its own process: the report ends the
application's event loop."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
_RUN = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from ui.smoke_report import report_when_shown

app = QApplication([])
window = QWidget()
window.setWindowTitle("Smoke")
window.show()
report_when_shown(window, Path(sys.argv[1]))
sys.exit(app.exec())
"""


def _run(report: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(report)], cwd=ROOT, timeout=60, check=False
    )
    return done.returncode


@pytest.mark.gui
def test_the_report_goes_into_a_folder_made_for_it(tmp_path: Path) -> None:
    report = tmp_path / "not" / "there" / "report.json"
    assert _run(report) == 0
    assert '"title": "Smoke"' in report.read_text(encoding="utf-8")
    assert report.with_suffix(".png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.gui
def test_a_report_that_cannot_be_written_ends_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert _run(blocker / "report.json") == 1
    assert not (blocker / "report.json").exists()
