"""The HTTP client under the SDK: every attempt passes the request budget; 429 is retried.

The SDK retries connection errors, 409 and 5xx itself, but not a 429 (unless Stripe
says ``Stripe-Should-Retry: true``). Here a 429 pauses the whole budget (so every
thread backs off, honouring ``Retry-After``) and the request is tried again, a
bounded number of times, inside the budget.

Requests go out over ``http.client`` with keep-alive (``keepalive.py``: about 2 ms
less CPU per 500 KB page than ``requests``), except when the environment names a
proxy for an https address (HTTPS_PROXY, ALL_PROXY, not excluded by NO_PROXY): those
go through ``requests`` (``proxied.py``). Plain http is only ever sent to this
computer (``base_url.py``) and never through a proxy: a proxy would see the key.

Every attempt runs under its request's deadline: the one ``deadline_scope`` set for
the calling thread (a read and its retries, a write and the SDK's), else a deadline
of its own.
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import stripe

from desktop_app.stripe_api.budget import RequestBudget
from desktop_app.stripe_api.deadline import DEFAULT_DEADLINE_S, Deadline
from desktop_app.stripe_api.keepalive import KeepAliveTransport
from desktop_app.stripe_api.proxied import ProxiedTransport

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


# Where urllib reads proxies from the environment only (not macOS or Windows settings),
# a scan of the variable names (~10 us) stands in for getproxies() (~50 us) when no
# name ends in "_proxy", the only ones getproxies() looks at.
_ENVIRONMENT_ONLY = sys.platform != "darwin" and os.name != "nt"


def uses_proxy(url: str) -> bool:
    """Does the environment (or the OS settings urllib reads) send ``url`` through a
    proxy? Read on every request, as ``requests`` does. Never for plain http: that
    goes to this computer only, and a proxy would read the key in it."""
    if url[:5].lower() != "https":
        return False
    if _ENVIRONMENT_ONLY and not any(name[-6:].lower() == "_proxy" for name in os.environ):
        return False
    proxies = urllib.request.getproxies()
    if not proxies:
        return False
    if "https" not in proxies and "all" not in proxies:
        return False
    return not urllib.request.proxy_bypass(urlsplit(url).hostname or "")


class BudgetedHttpClient(stripe.HTTPClient):
    """The SDK's HTTP client: a budget token per attempt, 429s absorbed, keep-alive
    ``http.client`` connections (one per thread and origin), proxies via requests;
    each attempt within its request's deadline."""

    name = "billing-manager-http.client"

    def __init__(
        self,
        budget: RequestBudget,
        timeout: float,
        max_429_retries: int = 6,
        backoff_base: float = 0.25,
        deadline: float = DEFAULT_DEADLINE_S,
    ) -> None:
        super().__init__()
        self.budget = budget
        self.max_429_retries = max_429_retries
        self.backoff_base = backoff_base
        self.deadline = deadline
        self.direct = KeepAliveTransport(timeout)
        self.proxied = ProxiedTransport(timeout)
        self._count_lock = threading.Lock()
        self.requests_sent = 0
        self.rate_limited = 0
        self._local = threading.local()

    @contextlib.contextmanager
    def deadline_scope(self, seconds: float | None = None) -> Iterator[Deadline]:
        """Every attempt the calling thread makes meanwhile shares one deadline."""
        outer: Deadline | None = getattr(self._local, "deadline", None)
        if outer is not None:  # (nested: the outer request's deadline holds)
            yield outer
            return
        deadline = self._local.deadline = Deadline(seconds or self.deadline)
        self._local.waited = 0.0
        try:
            yield deadline
        finally:
            self._local.deadline = None

    def last_budget_wait(self) -> float:
        """Seconds this thread's last request waited for the budget (all its attempts:
        those of its deadline scope)."""
        return float(getattr(self._local, "waited", 0.0))

    def request(  # type: ignore[override]  # the SDK says str; requests also gives bytes
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        post_data: Any = None,
        *,
        _usage: list[str] | None = None,
    ) -> tuple[bytes, int, Mapping[str, str]]:
        attempt = 0
        deadline: Deadline | None = getattr(self._local, "deadline", None)
        if deadline is None:  # a request of its own (else: one attempt of the scope's)
            deadline = Deadline(self.deadline)
            self._local.waited = 0.0
        while True:
            self._take_budget()
            transport = self.proxied if uses_proxy(url) else self.direct
            content, status, rheaders = transport.send(method, url, headers, post_data, deadline)
            if status != 429 or attempt >= self.max_429_retries:
                return content, status, rheaders
            attempt += 1
            with self._count_lock:
                self.rate_limited += 1
            retry_after = rheaders.get("retry-after")
            pause = backoff_seconds(attempt, retry_after, self.backoff_base)
            if pause >= deadline.remaining():
                return content, status, rheaders  # no time left to wait: the 429 stands
            self.budget.pause(pause)

    def request_stream(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        post_data: Any = None,
        *,
        _usage: list[str] | None = None,
    ) -> tuple[Any, int, Mapping[str, str]]:
        """Streamed answers (file downloads) are not used by the app: refused, so that
        nothing bypasses the limits above."""
        raise stripe.APIConnectionError(  # type: ignore[no-untyped-call]
            "Streamed answers are not supported by this client.", should_retry=False
        )

    def close(self) -> None:
        """Closes the calling thread's connections (threads' own close when they end)."""
        self.direct.close()
        self.proxied.close()

    def _take_budget(self) -> None:
        before = time.monotonic()
        self.budget.acquire()
        self._local.waited += time.monotonic() - before
        with self._count_lock:
            self.requests_sent += 1
