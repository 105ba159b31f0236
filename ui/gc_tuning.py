"""Keep Python's cyclic garbage collector from stalling the GUI thread.

A full (generation 2) collection walks every tracked object and holds the GIL the
whole time; with 100,000 cached rows alive that is 50-200 ms during which neither
the GUI thread nor the workers run. Two measures:

* ``tune()`` (at start-up): young collections stay frequent and cheap; full
  collections become rare.
* ``paused()`` (around a big query on a worker): no collection while it builds.
* ``settle()`` (after a big result became the model's): ``gc.freeze()`` moves the
  objects alive now out of the collector's reach. They are still freed by reference
  counting when the model lets go of them (rows hold no reference cycles), so the
  only cost is that cycles created before the call are never collected: the app
  makes few, and none are large.
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


def settle() -> None:
    gc.freeze()


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
