"""Background tasks report back on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QThread

from ui.tasks import run_task

pytestmark = pytest.mark.gui


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: Any) -> None:
    gui_thread = QThread.currentThread()
    seen: dict[str, Any] = {"progress": []}

    def work(progress: Any) -> int:
        seen["worker_thread"] = threading.get_ident()
        progress(1)
        progress(2)
        return 42

    def on_progress(value: object) -> None:
        assert QThread.currentThread() is gui_thread
        seen["progress"].append(value)

    def on_result(value: object) -> None:
        assert QThread.currentThread() is gui_thread
        seen["result"] = value

    run_task(work, on_result=on_result, on_progress=on_progress)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["progress"] == [1, 2]
    assert seen["worker_thread"] != threading.get_ident()


def test_errors_are_delivered_not_lost(qtbot: Any) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("no network")

    run_task(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "no network"
