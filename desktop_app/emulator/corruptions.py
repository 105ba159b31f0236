"""Malformed fields a test scripts into the emulator's answers: a hostile server.

``emu.corruptions.set(object_id, field, value)``: every JSON answer in which an object
with that ``id`` appears (in a list, expanded inside another object, retrieved alone,
or as an event's object) shows ``value`` at ``field`` instead of what the emulator
holds. ``field`` is dotted for nested values (``recurring.interval_count``,
``items.data.0.quantity``); ``MISSING`` removes the key. Only the answers lie, as a
broken or hostile Stripe-compatible server would: the emulator's state, its list
order and its filters stay as they are.

Values are what the standard ``json`` module writes, integers beyond 64 bits too
(which orjson, the emulator's encoder, refuses): an answer with a corruption is
decoded and encoded again with ``json``.
"""

from __future__ import annotations

import json
import threading
from typing import Any

Obj = dict[str, Any]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Corruptions:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fields: dict[str, list[tuple[str, Any]]] = {}

    def set(self, object_id: str, field: str, value: Any) -> None:
        """Answer ``value`` at ``field`` of the object ``object_id`` from now on."""
        with self._lock:
            self._fields.setdefault(object_id, []).append((field, value))

    def clear(self) -> None:
        with self._lock:
            self._fields.clear()

    def apply(self, body: bytes) -> bytes:
        """``body`` (a JSON answer) with the corruptions of the objects it holds."""
        with self._lock:
            wanted = {
                object_id: list(fields)
                for object_id, fields in self._fields.items()
                if object_id.encode() in body
            }
        if not wanted:
            return body
        data = json.loads(body)
        _walk(data, wanted)
        return json.dumps(data, separators=(",", ":")).encode()


def _walk(node: Any, wanted: dict[str, list[tuple[str, Any]]]) -> None:
    if isinstance(node, list):
        for child in node:
            _walk(child, wanted)
        return
    if not isinstance(node, dict):
        return
    for child in node.values():  # nested objects first: their IDs are their own
        _walk(child, wanted)
    ident = node.get("id")
    for field, value in wanted.get(ident, []) if isinstance(ident, str) else []:
        _put(node, field.split("."), value)


def _put(node: Any, path: list[str], value: Any) -> None:
    *parents, last = path
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node.get(key)
        if not isinstance(node, dict | list):
            return  # nothing there to corrupt (say, a null pause_collection)
    if isinstance(node, list):
        node[int(last)] = value
    elif value is MISSING:
        node.pop(last, None)
    else:
        node[last] = value
