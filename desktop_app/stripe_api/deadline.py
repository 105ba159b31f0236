"""A deadline for each request, kept by a watchdog that cuts the connection when it passes.

A socket timeout bounds each read, not the exchange: a server that trickles its
answer a few bytes at a time, each within the timeout, holds a request (and so a
sync) for as long as it likes. A request therefore has a ``Deadline`` (all its
attempts included), and each attempt runs under a ``Watch``: should the deadline
pass while the attempt is connecting, handshaking, sending or reading, the
watchdog thread shuts the connection's socket down, the blocked read returns, and
the attempt ends (``Watch.fired`` tells why).

The watchdog shuts down a duplicate of the connection's socket (``SocketGuard``,
made once per connection, before TLS): the same TCP connection, but a descriptor
only this module closes, so a connection closed meanwhile elsewhere can never have
its number reused under the watchdog's hands. One thread serves the process; it
sleeps until the earliest deadline of the attempts under way (none: until one
starts), so a request costs a dictionary entry, not a timer.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

# Seconds a request may take, all its attempts and back-offs included. A page of 100
# expanded subscriptions takes Stripe 1-3 s; 30 s leaves room for a slow network and
# a few retries, and a request that breaks down for good ends the sync in half a
# minute, not many.
DEFAULT_DEADLINE_S = 30.0


class Deadline:
    """When a request must be done by (``time.monotonic()`` seconds)."""

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.at


class SocketGuard:
    """A duplicate of one connection's socket, for the watchdog to shut down; closed
    (through the watchdog, under its lock) when the connection closes."""

    __slots__ = ("_dup",)

    def __init__(self, sock: socket.socket) -> None:
        self._dup: socket.socket | None = sock.dup()

    def close(self) -> None:
        with WATCHDOG.lock:
            dup, self._dup = self._dup, None
        if dup is not None:
            dup.close()

    def cut(self) -> None:
        """(With the watchdog's lock held.) Shut the connection down both ways."""
        if self._dup is not None:
            with contextlib.suppress(OSError):
                self._dup.shutdown(socket.SHUT_RDWR)


class Watch:
    """One attempt under a deadline: the guards of the connections it uses."""

    __slots__ = ("at", "fired", "guards")

    def __init__(self, at: float) -> None:
        self.at = at
        self.fired = False
        self.guards: list[SocketGuard] = []


class Watchdog:
    def __init__(self) -> None:
        # Reentrant: a connection the garbage collector closes (a thread's kept-alive
        # connections) may be closed on the watchdog's own thread, lock held.
        self.lock = threading.RLock()
        self._wake = threading.Condition(self.lock)
        self._watches: dict[int, Watch] = {}
        self._wake_at: float | None = None  # when the thread wakes next (None: idle)
        self._thread: threading.Thread | None = None
        self._local = threading.local()

    @contextlib.contextmanager
    def attempt(self, deadline: Deadline) -> Iterator[Watch]:
        """Watch one attempt (in the thread that makes it) until ``deadline``."""
        watch = Watch(deadline.at)
        key = id(watch)
        with self.lock:
            self._watches[key] = watch
            if self._wake_at is None or watch.at < self._wake_at:
                self._start_or_wake()
        self._local.watch = watch
        try:
            yield watch
        finally:
            self._local.watch = None
            with self.lock:
                del self._watches[key]

    def guard(self, sock: socket.socket) -> SocketGuard:
        """A new connection's guard, watched by the calling thread's attempt if any."""
        guard = SocketGuard(sock)
        self.watch(guard)
        return guard

    def watch(self, guard: SocketGuard | None) -> None:
        """Let the calling thread's attempt cut ``guard``'s connection (a kept-alive
        connection it reuses)."""
        watch: Watch | None = getattr(self._local, "watch", None)
        if watch is not None and guard is not None and guard not in watch.guards:
            with self.lock:
                watch.guards.append(guard)
                if watch.fired:  # (the deadline passed before the connection was made)
                    guard.cut()

    def _start_or_wake(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="request-deadlines", daemon=True)
            self._thread.start()
        else:
            self._wake.notify()

    def _run(self) -> None:
        with self.lock:
            while True:
                now = time.monotonic()
                for watch in self._watches.values():
                    if not watch.fired and watch.at <= now:
                        watch.fired = True
                        for guard in watch.guards:
                            guard.cut()
                pending = [w.at for w in self._watches.values() if not w.fired]
                self._wake_at = min(pending) if pending else None
                if self._wake_at is None:
                    self._wake.wait()
                else:
                    self._wake.wait(max(0.0, self._wake_at - now))


WATCHDOG = Watchdog()
