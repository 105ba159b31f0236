"""Faults a test scripts: the next K requests (optionally matching a path) misbehave,
or a share of all requests does (``scatter``), as a flaky network or server would."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import Literal, get_args

from desktop_app.emulator.broken_bodies import gzip_bomb

FaultKind = Literal[
    "500",
    "429",
    "reset",
    "stall",
    "malformed",
    "reset_after",
    "cut",
    "repeat_page",
    "trickle",
    "gzip_bomb",
    "oversize",
    "endless",
]
KINDS: tuple[str, ...] = get_args(FaultKind)


@dataclass
class Fault:
    kind: str
    remaining: int
    path: str | None  # None: any request; else requests whose path starts with it


@dataclass(frozen=True)
class Scatter:
    """A ``share`` of requests (each try of each, drawn independently) fail: which
    ones, a hash of ``seed`` and the request decides (the same requests fail in every
    run, whatever order threads send them in); how, ``kinds`` in turn (every kind
    shows up once as many requests failed)."""

    share: float
    kinds: tuple[str, ...]
    seed: int
    path: str | None


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
    """``inject(kind, count=1, path=None)``; ``scatter(share, kinds, seed)``;
    ``hold(path)``: the next such request waits for a release. The kinds:

    ``500``, ``429``: those answers. ``reset`` closes the connection without an
    answer, ``stall`` holds the request for ``stall_seconds`` (past any sensible client
    timeout) and then closes it, ``malformed`` answers 200 with a truncated JSON body,
    ``reset_after`` handles the request (a POST is applied) and then closes the
    connection without the answer, as a network that drops the response would; ``cut``
    handles the request too and sends the status, the headers and half the body before
    it closes the connection (an answer that breaks off).

    A hostile or broken server: ``repeat_page`` answers a list as if no cursor had been
    given (the first page again) and says it has more, forever; ``trickle`` sends the real
    answer a few bytes every ``trickle_seconds`` (each read well within a client's
    timeout, the whole never); ``gzip_bomb`` answers 200 with a small gzip body that
    inflates to 256 MiB; ``oversize`` declares a 64 MiB body and sends it;
    ``endless`` sends a chunked body that never ends.
    """

    def __init__(self, stall_seconds: float = 30.0, trickle_seconds: float = 0.2) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._holds: list[Hold] = []
        self._scatter: Scatter | None = None
        self._tries: dict[str, int] = {}
        self._scattered = 0
        self.stall_seconds = stall_seconds
        self.trickle_seconds = trickle_seconds

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
        _check(kind)
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._faults.append(Fault(kind, count, path))

    def scatter(
        self, share: float, kinds: tuple[str, ...], seed: int = 0, path: str | None = None
    ) -> None:
        """From now on about ``share`` (0..1) of the requests (whose path starts with
        ``path``, if given) suffer one of ``kinds``, deterministically (see Scatter)."""
        for kind in kinds:
            _check(kind)
        if not 0 <= share <= 1 or not kinds:
            raise ValueError("share must be between 0 and 1, with at least one kind")
        with self._lock:
            self._scatter = Scatter(share, tuple(kinds), seed, path)
            self._tries.clear()
            self._scattered = 0

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._scatter = None
            holds, self._holds = self._holds, []
        for hold in holds:
            hold.release()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return [Fault(f.kind, f.remaining, f.path) for f in self._faults]

    def take(self, path: str, request: str = "") -> str | None:
        """The fault this request suffers, if any (and count it as used). ``request``
        tells requests to the same path apart for ``scatter`` (method and query)."""
        with self._lock:
            for fault in self._faults:
                if fault.path is None or path.startswith(fault.path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault.kind
            scatter = self._scatter
            if scatter is None or (scatter.path is not None and not path.startswith(scatter.path)):
                return None
            key = f"{path} {request}"
            tries = self._tries[key] = self._tries.get(key, 0) + 1
            digest = hashlib.blake2b(f"{scatter.seed}|{key}|{tries}".encode(), digest_size=8)
            if int.from_bytes(digest.digest(), "big") / 2**64 >= scatter.share:
                return None
            self._scattered += 1
            return scatter.kinds[(self._scattered - 1) % len(scatter.kinds)]


def _check(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown fault {kind!r}; use one of {', '.join(KINDS)}")
    if kind == "gzip_bomb":
        gzip_bomb()  # made now (half a second), not while a client waits for it
