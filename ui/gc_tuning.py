"""Keep Python's cyclic garbage collector from stalling the GUI thread.

A full (generation 2) collection walks every tracked object and holds the GIL the
whole time; with 100,000 cached rows alive that is 50-200 ms during which neither
the GUI thread nor the workers run. Two measures:

* ``tune()`` (at start-up): young collections stay frequent and cheap; full
  collections become rare.
* ``settle()`` (after a big result became the model's): ``gc.freeze()`` moves the
  objects alive now out of the collector's reach. They are still freed by reference
  counting when the model lets go of them (rows hold no reference cycles), so the
  only cost is that cycles created before the call are never collected: the app
  makes few, and none are large.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20_000
MIDDLE_THRESHOLD = 50
OLD_THRESHOLD = 1_000


def tune() -> None:
    gc.set_threshold(YOUNG_THRESHOLD, MIDDLE_THRESHOLD, OLD_THRESHOLD)


def settle() -> None:
    gc.freeze()
