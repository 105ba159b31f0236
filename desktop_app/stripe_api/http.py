"""The HTTP client under the SDK: every attempt passes the request budget; 429 is retried.

The SDK retries connection errors, 409 and 5xx itself, but not a 429 (unless Stripe
says ``Stripe-Should-Retry: true``). Here a 429 pauses the whole budget (so every
thread backs off, honouring ``Retry-After``) and the request is tried again, a
bounded number of times, inside the budget.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Mapping
from typing import Any

import stripe

from desktop_app.stripe_api.budget import RequestBudget

MAX_BACKOFF_S = 8.0


def backoff_seconds(attempt: int, retry_after: str | None, base: float = 0.25) -> float:
    """How long to hold the budget after the ``attempt``-th 429 in a row (1-based)."""
    if retry_after:
        try:
            seconds = float(retry_after)
            return min(MAX_BACKOFF_S, max(0.0, seconds))
        except ValueError:
            pass
    wait = min(MAX_BACKOFF_S, base * 2.0 ** (attempt - 1))
    return wait * (0.75 + random.random() * 0.5)


class BudgetedRequestsClient(stripe.RequestsClient):
    """``stripe.RequestsClient`` that takes a budget token per attempt and absorbs 429s."""

    def __init__(
        self,
        budget: RequestBudget,
        timeout: float,
        max_429_retries: int = 6,
        backoff_base: float = 0.25,
    ) -> None:
        super().__init__(timeout=timeout)
        self.budget = budget
        self.max_429_retries = max_429_retries
        self.backoff_base = backoff_base
        self._count_lock = threading.Lock()
        self.requests_sent = 0
        self.rate_limited = 0
        self._local = threading.local()

    def last_budget_wait(self) -> float:
        """Seconds this thread's last request waited for the budget (all its attempts)."""
        return float(getattr(self._local, "waited", 0.0))

    def request(  # type: ignore[override]
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        post_data: Any = None,
    ) -> tuple[bytes, int, Mapping[str, str]]:
        attempt = 0
        self._local.waited = 0.0
        while True:
            before = time.monotonic()
            self.budget.acquire()
            self._local.waited += time.monotonic() - before
            with self._count_lock:
                self.requests_sent += 1
            content, status, rheaders = super().request(method, url, headers, post_data)
            if status != 429 or attempt >= self.max_429_retries:
                return content, status, rheaders
            attempt += 1
            with self._count_lock:
                self.rate_limited += 1
            retry_after = rheaders.get("retry-after")
            self.budget.pause(backoff_seconds(attempt, retry_after, self.backoff_base))
