"""Encoded objects kept between requests (see encoded.py), one cache per mode.

Two ways out, both exact:
- the emulator's own changes (changes.py: the helpers such as ``update_subscription``,
  POSTs, DELETEs, the portal pages) name each object they change
  (``ModeData.touch``), and ``forget`` drops every entry that shows it;
- anyone else holding ``emu.lock`` (a test changing the dicts) moves the state lock's
  generation (state_lock.py), and ``serve`` then drops everything.
Bounded: past ``max_bytes`` it keeps nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

# An object's id + "\x00" + the number of its expansion tree. A str, not a tuple: the
# collector tracks neither it nor the encoded bytes, so a page of new entries
# allocates almost nothing it must scan (tuples and lists cost a pass over the
# whole seeded dataset in the first older-generation collection).
Key = str
MAX_BYTES = 128 * 1024 * 1024
MAX_TREES = 1000


class EncodedCache:
    """Encoded objects of one mode by (id, expansions); ids are unique across types."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.enabled = True
        self.max_bytes = max_bytes
        self._encoded: dict[Key, bytes] = {}
        self.lookup: Callable[[Key], bytes | None] = self._encoded.get  # ``get``, bound
        # object id -> the key, or the keys, of what shows it
        self._dependents: dict[str, Key | list[Key]] = {}
        self._trees: dict[Any, str] = {}
        self._bytes = 0
        self._generation = -1
        self.serving = False  # only inside ``serve``: anywhere else nothing is known fresh

    @contextmanager
    def serve(self, generation: int) -> Iterator[None]:
        """Around a read-only request under the state lock at ``generation``: forgets
        everything encoded before it, then lets the request use and fill the cache."""
        if generation != self._generation:
            self.clear()
            self._generation = generation
        self.serving = True
        try:
            yield
        finally:
            self.serving = False

    def clear(self) -> None:
        self._encoded = {}
        self.lookup = self._encoded.get
        self._dependents = {}
        self._bytes = 0

    def key_suffix(self, tree: Any) -> str:
        """What follows an object's id in the keys of its encodings along ``tree``."""
        suffix = self._trees.get(tree)
        if suffix is None:
            if len(self._trees) >= MAX_TREES:  # clients inventing expansions: start over
                self.clear()
                self._trees = {}
            suffix = self._trees[tree] = f"\x00{len(self._trees)}"
        return suffix

    def __len__(self) -> int:
        return len(self._encoded)

    def get(self, key: Key) -> bytes | None:
        return self._encoded.get(key)

    def put(self, key: Key, encoded: bytes, owners: Iterable[str | None]) -> None:
        """Keep ``encoded`` until one of ``owners`` (the ids of every object it shows)
        is forgotten; when the cache is full, nothing more (a scan of an account
        bigger than the cache keeps its first objects instead of keeping nothing)."""
        size = len(encoded)
        if self._bytes + size > self.max_bytes:
            return
        self._encoded[key] = encoded
        self._bytes += size
        dependents = self._dependents
        for owner in owners:
            if owner is not None:
                found = dependents.get(owner)
                if found is None:
                    dependents[owner] = key
                elif isinstance(found, str):
                    dependents[owner] = [found, key]
                else:
                    found.append(key)

    def forget(self, object_id: str) -> None:
        """Drop whatever shows the object ``object_id`` (it changed)."""
        found = self._dependents.pop(object_id, None)
        for key in [found] if isinstance(found, str) else found or ():
            encoded = self._encoded.pop(key, None)
            if encoded is not None:
                self._bytes -= len(encoded)
