"""A client-side request budget: a thread-safe token bucket, one per profile.

Stripe's rate limits are shared by every integration on an account, so a desktop
tool keeps well under them. Every HTTP attempt (first tries, SDK retries and our
429 retries alike) takes a token first; a 429 also pauses the whole bucket for a
while so that all threads back off together.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections.abc import Callable

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.errors import BillingManagerError
from desktop_app.text import translate

# The request budgets a user may choose (--budget, a profile's budget_rps): below one
# request a second a sync crawls for hours (1e-9 would wait 30 years for a token);
# Stripe's own limit is 100 a second in live mode, and a local emulator may take more.
MIN_BUDGET_RPS = 1.0
MAX_BUDGET_RPS = 1000.0


class InvalidBudget(BillingManagerError):
    exit_code = ExitCode.USAGE


def check_budget_rps(value: object) -> float:
    """A request budget as the user gave it (a number, or the command line's text),
    as a float; InvalidBudget saying what is allowed otherwise (NaN, infinity, zero,
    negative, out of range, not a number)."""
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = None
    if number is None or not MIN_BUDGET_RPS <= number <= MAX_BUDGET_RPS:  # (False for NaN)
        shown = repr(value) if isinstance(value, str) else str(value)
        raise InvalidBudget(
            translate(
                "Budget",
                "The request budget must be a number of requests per second from {low} to "
                "{high}, not {value}.",
            ).format(low=f"{MIN_BUDGET_RPS:g}", high=f"{MAX_BUDGET_RPS:g}", value=shown[:40])
        )
    return number


class RequestBudget:
    """At most ``rate`` requests per second on average, bursts of at most ``burst``
    (default: rate / 4) after a lull."""

    def __init__(
        self,
        rate: float,
        burst: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not (math.isfinite(rate) and rate > 0):
            raise ValueError("the request budget must be a positive number of requests per second")
        self._rate = float(rate)
        # Default: a quarter second's worth, so a brief lull is made up for while any
        # one second still stays within ``rate`` (+ a quarter).
        self._burst = max(1.0, float(burst if burst is not None else rate / 4))
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tokens = self._burst
        self._updated = clock()
        self._acquired = 0

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def acquired(self) -> int:
        """How many tokens were handed out so far (one per HTTP attempt)."""
        with self._lock:
            return self._acquired

    def set_rate(self, rate: float) -> None:
        if not (math.isfinite(rate) and rate > 0):
            raise ValueError("the request budget must be a positive number of requests per second")
        with self._lock:
            self._refill(self._clock())
            self._rate = float(rate)

    def _refill(self, now: float) -> None:
        if now > self._updated:
            self._tokens = min(self._burst, self._tokens + (now - self._updated) * self._rate)
            self._updated = now

    def _reserve(self) -> float:
        """Take a token (possibly going into debt) and return how long to wait for it."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._tokens -= 1.0
            self._acquired += 1
            paused = max(0.0, self._updated - now)
            return paused + max(0.0, -self._tokens) / self._rate

    def acquire(self) -> None:
        """Block until this caller may send one request."""
        wait = self._reserve()
        if wait > 0:
            self._sleep(wait)

    def pause(self, seconds: float) -> None:
        """Hold every later caller back for ``seconds`` (after a 429); drop saved-up tokens."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._updated = max(self._updated, now + seconds)
            self._tokens = min(self._tokens, 0.0)


_shared: dict[str, RequestBudget] = {}
_shared_lock = threading.Lock()


def shared_budget(api_key: str, api_base: str | None, rate: float) -> RequestBudget:
    """The one budget for this key and API base in this process (the per-profile bucket).

    Keyed by a hash of the key, never the key itself. A different ``rate`` updates it.
    """
    digest = hashlib.sha256(f"{api_base or ''}\0{api_key}".encode()).hexdigest()
    with _shared_lock:
        budget = _shared.get(digest)
        if budget is None:
            budget = _shared[digest] = RequestBudget(rate)
        elif budget.rate != rate:
            budget.set_rate(rate)
        return budget
