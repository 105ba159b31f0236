"""Run slow work off the GUI thread and get its result back on it.

``run_task(fn, on_result=..., on_error=...)`` runs ``fn`` on the global
QThreadPool; the callbacks run on the GUI thread (queued signals). ``fn`` may take
a ``progress`` callable (pass ``with_progress=True``) to report progress objects
that arrive through ``on_progress``. Network, keyring and bulk SQLite work all go
through here: the GUI thread never waits on them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_live: set[Task] = set()  # keep tasks (and their signal objects) alive until they finish


class TaskSignals(QObject):
    result = Signal(object)
    error = Signal(object)
    progress = Signal(object)
    finished = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.with_progress = with_progress
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            if self.with_progress:
                value = self.fn(progress=self.signals.progress.emit)
            else:
                value = self.fn()
        except BaseException as exc:  # reported to the GUI thread, never lost
            log.debug("Background task failed: %s", exc, exc_info=True)
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


def run_task(
    fn: Callable[..., Any],
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start ``fn`` on a worker thread. The callbacks are queued to the thread that
    called ``run_task`` (where the task's signal object lives): the GUI thread.
    """
    task = Task(fn, with_progress=on_progress is not None)
    queued = Qt.ConnectionType.QueuedConnection
    if on_result is not None:
        task.signals.result.connect(on_result, type=queued)
    if on_error is not None:
        task.signals.error.connect(on_error, type=queued)
    if on_progress is not None:
        task.signals.progress.connect(on_progress, type=queued)
    _live.add(task)

    @Slot()
    def _done() -> None:
        _live.discard(task)

    task.signals.finished.connect(_done, type=queued)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
