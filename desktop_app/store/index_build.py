"""A full snapshot's read-only indexes, built on another thread while the sync goes on.

A snapshot drops the indexes no write needs and builds them again before it commits
(``Store.snapshot``): at 100,000 subscriptions 1.2-1.8 s in which the sync would do
nothing else. Once (nearly) every subscription is written, a full sync can start that
build on a thread of its own and go on fetching what is left (its last pages, the
dunning lists; written once the build is over), which
SQLite lets it do because the build holds the GIL only between statements. The
transaction's connection is lent to that thread meanwhile: nothing else may use it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from typing import Any


class LentConnection:
    """Stands in for the writer's connection while the index build has it."""

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(
            "The cache's connection is building indexes: wait for finish_indexes() first"
        )


class IndexBuild:
    """``start()`` the statements on a thread, or run them in ``finish()``; ``stop()``
    interrupts them (the transaction is then rolled back)."""

    def __init__(self, conn: sqlite3.Connection, statements: Sequence[str]) -> None:
        self.conn = conn
        self._statements = list(statements)
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._error: BaseException | None = None

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="cache-indexes", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            for sql in self._statements:
                if self._stopping.is_set():
                    return
                self.conn.execute(sql)
        except BaseException as exc:  # handed to finish(), on the caller's thread
            self._error = exc

    def finish(self) -> None:
        """Wait for the build (raising what it raised), or build here if not started."""
        if self._thread is None:
            self._run()
        else:
            self._thread.join()
        self._statements = []
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def stop(self) -> None:
        """Interrupt a build in progress and wait for its thread; errors are dropped."""
        self._stopping.set()
        if self._thread is not None and self._thread.is_alive():
            self.conn.interrupt()
            self._thread.join()
        self._error = None
