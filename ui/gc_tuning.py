"""Keep Python's cyclic garbage collector from stalling the GUI thread.

A collection walks every tracked object of the generations it collects and holds
the GIL the whole time: measured in the window at start-up (60,000 tracked objects:
Qt wrappers, the SDK's modules), a full collection takes ~30 ms, a middle one ~13
ms, on whichever thread happens to allocate, often the GUI thread. Three measures:

* ``tune()`` (at start-up): young collections stay frequent and cheap; full
  collections become rare.
* ``paused()`` (around a query on a worker): no collection while it builds.
* ``settle()`` (whenever the table shows a new result): ``gc.freeze()`` moves the
  objects alive now out of the collector's reach, so later collections walk only
  what was made since (a full one then takes well under 1 ms). Frozen objects are
  still freed by reference counting when released; only cycles created before the
  call are never collected, and the app makes few, none large.
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
