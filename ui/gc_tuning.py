"""Keep Python's cyclic garbage collector from stalling the GUI thread.

A full (generation 2) collection walks every tracked object and holds the GIL the
whole time; the more objects alive, the longer. Two measures:

* ``tune()`` (at start-up): young collections stay frequent and cheap; full
  collections become rare.
* ``paused()`` (around a query on a worker): no collection while it builds.

The status table no longer holds a row object per subscription (``ui.row_blocks``
keeps a few blocks of 64), so nothing big needs to be frozen out of the
collector's reach any more.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 20_000
MIDDLE_THRESHOLD = 50
OLD_THRESHOLD = 1_000


def tune() -> None:
    gc.set_threshold(YOUNG_THRESHOLD, MIDDLE_THRESHOLD, OLD_THRESHOLD)


_lock = threading.Lock()
_paused = 0


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection while building a big result (e.g. 100,000 rows on a
    worker): the objects are all alive and acyclic, so a collection would only walk
    them, holding the GIL, and find nothing. Nested and concurrent uses are counted."""
    global _paused
    with _lock:
        _paused += 1
        if _paused == 1:
            gc.disable()
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0:
                gc.enable()
