"""The smoke report of a shown window: written (its folder made) and the loop ended."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from ui.smoke_report import report_when_shown


def _run_until_reported(qtbot: Any, report: Path) -> int:
    window = QWidget()
    window.setWindowTitle("Smoke")
    qtbot.addWidget(window)
    window.show()
    report_when_shown(window, report)
    loop = QEventLoop()
    QTimer.singleShot(20_000, lambda: loop.exit(99))  # a hang fails the test, not CI
    return loop.exec()


def test_the_report_goes_into_a_folder_made_for_it(qtbot: Any, tmp_path: Path) -> None:
    report = tmp_path / "not" / "there" / "report.json"
    assert _run_until_reported(qtbot, report) == 0
    assert '"title": "Smoke"' in report.read_text(encoding="utf-8")
    assert report.with_suffix(".png").read_bytes().startswith(b"\x89PNG")


def test_a_report_that_cannot_be_written_ends_the_run(qtbot: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert _run_until_reported(qtbot, blocker / "report.json") != 99  # it ended
    assert not (blocker / "report.json").exists()
