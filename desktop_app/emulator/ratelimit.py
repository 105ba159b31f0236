"""A request budget: at most N requests in any one-second window."""

from __future__ import annotations

import threading
import time
from collections import deque


class RateLimiter:
    def __init__(self, rps: float | None = None) -> None:
        self._lock = threading.Lock()
        self._times: deque[float] = deque()
        self.rps = rps

    def allow(self) -> bool:
        """Count this request unless the budget is spent (refused requests do not count)."""
        if self.rps is None:
            return True
        now = time.monotonic()
        with self._lock:
            while self._times and now - self._times[0] >= 1.0:
                self._times.popleft()
            if len(self._times) >= self.rps:
                return False
            self._times.append(now)
            return True

    def set(self, rps: float | None) -> None:
        with self._lock:
            self.rps = rps
            self._times.clear()
