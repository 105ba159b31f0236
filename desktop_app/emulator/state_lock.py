"""The emulator's lock over its state, counting the holds that may have changed it.

Anyone may take ``emu.lock`` and change the dicts in ``emu.state`` (a test does), so
every hold through ``acquire``/``with`` starts a new generation, on taking and on
releasing it: whatever was encoded under an older generation is stale (encoded.py).
The server's read-only requests (GET on /v1/) hold it with ``reading()``, and the
emulator's own changes, which name each object they change (``ModeData.touch``, from
changes.py), with ``changing()``: neither moves the generation.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class StateLock:
    """A re-entrant lock (as ``threading.RLock``) with a generation counter."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.generation = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        taken = self._lock.acquire(blocking, timeout)
        if taken:
            self.generation += 1
        return taken

    def release(self) -> None:
        self.generation += 1
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()

    @contextmanager
    def reading(self) -> Iterator[int]:
        """Held for a request that changes nothing; yields the current generation."""
        with self._lock:
            yield self.generation

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Held by the emulator's own changes, which go through changes.py only (and so
        report each object they change); never for code that edits the dicts itself."""
        with self._lock:
            yield
