"""What the emulator was asked, for tests and benchmarks to read."""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

_SESSION_PATH = re.compile(r"^/p/session/[^/]+")


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str  # portal session paths are redacted: /p/session/***
    query: dict[str, list[str]]
    status: int  # 0 when the connection was closed without an answer (reset, stall)
    duration_ms: float
    api_key_suffix: str | None  # the key's last four characters, never the key
    form: dict[str, list[str]] = field(default_factory=dict)
    fault: str | None = None
    replayed: bool = False  # a POST answered from the idempotency cache (not applied again)
    stripe_version: str | None = None  # the request's Stripe-Version header, if any
    idempotency_key: str | None = None  # the Idempotency-Key header, if the request had one


def redact_path(path: str) -> str:
    return _SESSION_PATH.sub("/p/session/***", path)


class RequestLog:
    def __init__(self, maxlen: int = 200_000) -> None:
        self._lock = threading.Condition()
        self._records: deque[RequestRecord] = deque(maxlen=maxlen)

    def append(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)
            self._lock.notify_all()

    def wait_for(self, matches: Callable[[RequestRecord], bool], timeout: float) -> bool:
        with self._lock:
            return self._lock.wait_for(lambda: any(map(matches, self._records)), timeout)

    def snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
