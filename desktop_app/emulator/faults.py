"""Faults a test scripts: the next K requests (optionally matching a path) misbehave."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal, get_args

FaultKind = Literal["500", "429", "reset", "stall", "malformed", "reset_after", "cut"]
KINDS: tuple[str, ...] = get_args(FaultKind)


@dataclass
class Fault:
    kind: str
    remaining: int
    path: str | None  # None: any request; else requests whose path starts with it


class Hold:
    """One request held before it is handled, until ``release()``: a slow answer whose
    timing a test decides. ``arrived`` is set once the request is waiting."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.arrived = threading.Event()
        self._released = threading.Event()

    def release(self) -> None:
        self._released.set()

    def wait(self, timeout: float) -> None:
        """(On the request's thread.) Wait to be released, at most ``timeout`` seconds."""
        self.arrived.set()
        self._released.wait(timeout)


class Faults:
    """``inject(kind, count=1, path=None)``; kinds: 500, 429, reset, stall, malformed,
    reset_after, cut. ``hold(path)``: the next such request waits for a release.

    ``reset`` closes the connection without an answer, ``stall`` holds the request for
    ``stall_seconds`` (past any sensible client timeout) and then closes it, ``malformed``
    answers 200 with a truncated JSON body, ``reset_after`` handles the request (a POST
    is applied) and then closes the connection without the answer, as a network that
    drops the response would; ``cut`` handles the request too and sends the status,
    the headers and half the body before it closes the connection (an answer that
    breaks off).
    """

    def __init__(self, stall_seconds: float = 30.0) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._holds: list[Hold] = []
        self.stall_seconds = stall_seconds

    def hold(self, path: str) -> Hold:
        """Hold the next request whose path starts with ``path`` until the Hold is
        released (then it is handled as usual), or for ``stall_seconds`` at most."""
        hold = Hold(path)
        with self._lock:
            self._holds.append(hold)
        return hold

    def take_hold(self, path: str) -> Hold | None:
        with self._lock:
            for hold in self._holds:
                if path.startswith(hold.path):
                    self._holds.remove(hold)
                    return hold
        return None

    def inject(self, kind: str, count: int = 1, path: str | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown fault {kind!r}; use one of {', '.join(KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._faults.append(Fault(kind, count, path))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            holds, self._holds = self._holds, []
        for hold in holds:
            hold.release()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return [Fault(f.kind, f.remaining, f.path) for f in self._faults]

    def take(self, path: str) -> str | None:
        """The fault this request suffers, if any (and count it as used)."""
        with self._lock:
            for fault in self._faults:
                if fault.path is None or path.startswith(fault.path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault.kind
        return None
