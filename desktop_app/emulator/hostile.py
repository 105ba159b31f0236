"""A hostile Stripe-compatible server, as a test scripts it: answers that lie.

``rewrite(path, **fields)``: the next answers to requests on ``path`` carry ``fields``
in place of the real values (a portal session whose ``url`` is ``file:///etc/passwd``,
invoices whose ``hosted_invoice_url`` is ``javascript:…``); in a list answer, every
object in ``data`` gets them. ``error(message)``: the next request answers with a
Stripe-shaped error carrying ``message`` (one that repeats the API key, say).

Unlike ``faults`` (a network or a server that fails), these answers are well-formed:
only their content is hostile. Each is used ``count`` times (None: until ``clear()``).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from desktop_app.emulator.apierror import ApiError


@dataclass
class _Scripted:
    method: str | None  # None: any method
    path: str  # requests whose path starts with it
    remaining: int | None  # None: until cleared

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and path.startswith(self.path)


@dataclass
class Rewrite(_Scripted):
    fields: Mapping[str, Any]

    def apply(self, body: bytes) -> bytes:
        payload = orjson.loads(body)
        objects = payload.get("data") if payload.get("object") == "list" else [payload]
        for obj in objects or []:
            if isinstance(obj, dict):
                obj.update(self.fields)
        return orjson.dumps(payload)


@dataclass
class ErrorAnswer(_Scripted):
    error: ApiError


class Hostile:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scripted: list[_Scripted] = []

    def rewrite(
        self, path: str, *, method: str | None = None, count: int | None = 1, **fields: Any
    ) -> None:
        """The next ``count`` successful answers on ``path`` carry ``fields``."""
        self._add(Rewrite(method, path, count, dict(fields)))

    def error(
        self,
        message: str,
        *,
        path: str = "/",
        method: str | None = None,
        status: int = 400,
        count: int | None = 1,
    ) -> None:
        """The next ``count`` requests on ``path`` answer ``status`` with ``message``."""
        self._add(ErrorAnswer(method, path, count, ApiError(status, message)))

    def clear(self) -> None:
        with self._lock:
            self._scripted.clear()

    def _add(self, scripted: _Scripted) -> None:
        if scripted.remaining is not None and scripted.remaining < 1:
            raise ValueError("count must be at least 1 (or None: until cleared)")
        with self._lock:
            self._scripted.append(scripted)

    def take_error(self, method: str, path: str) -> ApiError | None:
        found = self._take(ErrorAnswer, method, path)
        return found.error if isinstance(found, ErrorAnswer) else None

    def take_rewrite(self, method: str, path: str) -> Rewrite | None:
        found = self._take(Rewrite, method, path)
        return found if isinstance(found, Rewrite) else None

    def _take(self, kind: type[_Scripted], method: str, path: str) -> _Scripted | None:
        with self._lock:
            for scripted in self._scripted:
                if isinstance(scripted, kind) and scripted.matches(method, path):
                    if scripted.remaining is not None:
                        scripted.remaining -= 1
                        if scripted.remaining <= 0:
                            self._scripted.remove(scripted)
                    return scripted
        return None
