"""Reads are retried until their deadline: whatever a passing fault did to them.

Stripe guarantees that GET requests are idempotent, so it is always safe to retry
them ("Safely retrying requests with idempotency", https://docs.stripe.com/error-low-level).
The SDK retries a request a fixed number of times, and never one whose answer came
whole but unreadable; one flaky page in a sync of thousands then ended the sync. A
read (the request, and the decoding of its answer) is tried again instead while its
deadline allows, after a back-off that grows as the SDK's does (0.5 s doubling to
5 s, with jitter: ``HTTPClient._sleep_time_seconds`` in stripe-python 16.x), for:

- a connection that failed, broke off or timed out (the transports' ``should_retry``);
- an answer the SDK would retry (``HTTPClient._should_retry``): 409 and 5xx, unless
  the answer says ``Stripe-Should-Retry: false``, and any answer that says ``true``;
- an answer that says it is JSON (as Stripe's all do) but is not the JSON asked for
  (cut short, garbled): ``UnreadableBody``. One that does not even say so (a web
  page, say) comes from a server that is not Stripe's API: ``NotJson``, not retried.

A 429 was retried already inside the request budget (``http.py``); a certificate
that is not trusted, a deadline that passed, an answer too large to read, a 4xx:
these no retry mends. Writes are not retried here: the SDK retries them with their
idempotency key, by its own rules.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import stripe

from desktop_app.cancel import CancelToken
from desktop_app.stripe_api.deadline import Deadline
from desktop_app.stripe_api.errors import translate, unreadable_answer
from desktop_app.stripe_api.list_body import UnreadableBody
from desktop_app.stripe_api.transport_errors import TransportError

if TYPE_CHECKING:
    from desktop_app.stripe_api.http import BudgetedHttpClient

log = logging.getLogger(__name__)

T = TypeVar("T")
Decode = Callable[[bytes, Mapping[str, str]], T]

INITIAL_DELAY_S = 0.5  # stripe-python's HTTPClient.INITIAL_DELAY
MAX_DELAY_S = 5.0  # and MAX_DELAY


class NotJson(UnreadableBody):
    """An unreadable answer that did not say it was JSON (Content-Type)."""


def should_retry(exc: BaseException) -> bool:
    """Is ``exc`` (a failed read) worth another attempt?"""
    if isinstance(exc, UnreadableBody):
        return not isinstance(exc, NotJson)
    if isinstance(exc, TransportError):
        return False
    if isinstance(exc, stripe.APIConnectionError):
        return bool(exc.should_retry)
    if not isinstance(exc, stripe.StripeError):
        return False
    headers = exc.headers or {}
    advice = headers.get("stripe-should-retry")
    if advice == "false":
        return False
    if advice == "true":
        return True
    status = exc.http_status or 0
    return status == 409 or status >= 500


def retry_delay(retry: int) -> float:
    """Seconds to wait before the ``retry``-th retry (1-based), as the SDK waits."""
    delay = min(INITIAL_DELAY_S * 2.0 ** (retry - 1), MAX_DELAY_S)
    return max(INITIAL_DELAY_S, delay * 0.5 * (1 + random.random()))


def read_with_retries(
    attempt: Callable[[], T],
    deadline: Deadline,
    *,
    wait: Callable[[float], bool],
    retries: bool = True,
) -> T:
    """``attempt()`` until it succeeds, or fails for good, or no retry fits before
    ``deadline``: then its last error is raised. ``wait(seconds)`` sleeps between
    attempts and returns True to give up (the sync was cancelled or failed)."""
    retry = 0
    while True:
        try:
            return attempt()
        except (stripe.StripeError, UnreadableBody) as exc:
            if not retries or not should_retry(exc):
                raise
            retry += 1
            delay = retry_delay(retry)
            if delay >= deadline.remaining():
                log.warning("A read failed %d times until its deadline: %s", retry, _short(exc))
                raise
            log.info("Retrying a read in %.1f s (attempt %d failed: %s)", delay, retry, _short(exc))
            if wait(delay):
                raise


def _short(exc: BaseException) -> str:
    status = getattr(exc, "http_status", None)
    name = type(exc).__name__
    return f"{name} (HTTP {status})" if status else name


class Reader:
    """GETs through the SDK (auth, headers, errors) and decoded by the caller's
    ``decode(body, headers)``, each read retried until its deadline.

    ``StripeClient.raw_request`` decodes every object into an OrderedDict, which costs
    about 3.5x a plain ``json.loads`` (~25 ms per page of 100 expanded subscriptions),
    and ``json.loads`` itself about 2x ``orjson.loads``: the bulk of a sync's CPU. So a
    read is raw_request's own two steps without its decode, which ``decode`` does. It
    uses the SDK's requestor (stripe 16.x), its own retries off (they are done here);
    when an SDK lacks it, the body comes from raw_request (and its retries).
    """

    def __init__(
        self,
        client: stripe.StripeClient,
        http: BudgetedHttpClient,
        api_base: str | None,
        *,
        retries: bool,
    ) -> None:
        requestor = getattr(client, "_requestor", None)
        usable = callable(getattr(requestor, "request_raw", None)) and callable(
            getattr(requestor, "_interpret_response", None)
        )
        self._requestor: Any = requestor if usable else None
        self._client = client
        self._http = http
        self.where = api_base or "Stripe"
        self.retries = retries

    def read(
        self,
        path: str,
        params: Mapping[str, Any],
        decode: Decode[T],
        *,
        cancel: CancelToken | None = None,
        stop: threading.Event | None = None,
    ) -> T:
        """The decoded answer to ``GET path?params``; desktop_app.errors classes when
        it fails for good. ``cancel`` (a sync's) or ``stop`` (set when a sliced list
        fails elsewhere) ends the retries early."""

        def attempt() -> T:
            body, headers = self._once(path, params)
            try:
                return decode(body, headers)
            except UnreadableBody as exc:
                if "json" not in (headers.get("content-type") or "").lower():
                    raise NotJson(str(exc)) from None
                raise

        def wait(seconds: float) -> bool:
            if stop is not None:
                return stop.wait(seconds)
            if cancel is not None:
                return cancel.wait(seconds)
            time.sleep(seconds)
            return False

        try:
            with self._http.deadline_scope() as deadline:
                return read_with_retries(attempt, deadline, wait=wait, retries=self.retries)
        except stripe.StripeError as exc:
            if cancel is not None:
                cancel.raise_if_cancelled()
            raise translate(exc, self.where) from None
        except UnreadableBody:
            if cancel is not None:
                cancel.raise_if_cancelled()
            raise unreadable_answer(self.where) from None

    def _once(self, path: str, params: Mapping[str, Any]) -> tuple[bytes, Mapping[str, str]]:
        requestor = self._requestor
        if requestor is None:
            answer = self._client.raw_request("get", path, **params)
            return str(answer.body).encode(), answer.headers
        body, status, headers = requestor.request_raw(
            "get",
            path,
            params=params,
            options={"max_network_retries": 0},
            base_address="api",
            api_mode="V1",
        )
        if not 200 <= status < 300:
            requestor._interpret_response(body, status, headers, "V1")  # raises
        return bytes(body), headers
