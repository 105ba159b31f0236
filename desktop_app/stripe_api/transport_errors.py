"""How a failed HTTP attempt reaches the SDK: ``stripe.APIConnectionError``, with
``should_retry`` set as ``stripe.RequestsClient`` sets it, and our own subclasses for
the failures a user must be told apart (``desktop_app.stripe_api.errors`` words them).

``stripe.RequestsClient._handle_request_error`` (stripe-python 16.x,
``stripe/_http_client.py``): an SSL error is not retried, a timeout or a connection
error is, any other request error is not. Here likewise, and where an answer broke
off (its status line and headers had arrived, its body had not), a request that may
be sent again (``repeatable``: a GET, or a POST with its Idempotency-Key) is retried.
"""

from __future__ import annotations

import http.client
import ssl
import textwrap
import zlib
from collections.abc import Mapping
from typing import NoReturn

import stripe

COMMUNICATING = (
    "Unexpected error communicating with Stripe.  If this problem persists, let us "
    "know at support@stripe.com."
)


class TransportError(stripe.APIConnectionError):
    """A failure of ours to name (never retried by the SDK): ``detail`` says what
    happened, for the log."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"{type(self).__name__}: {detail}", should_retry=False)  # type: ignore[no-untyped-call]
        self.detail = detail


class CertificateNotTrusted(TransportError):
    """The server's certificate did not verify against the trust store; ``reason``
    is OpenSSL's (or the OS's) short reason."""

    def __init__(self, detail: str, reason: str) -> None:
        super().__init__(detail)
        self.reason = reason


class SecureConnectionFailed(TransportError):
    """TLS could not be set up for another reason (a protocol the server refuses...)."""


class DeadlinePassed(TransportError):
    """The request ran past its deadline (``seconds`` after it began)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds:g} s")
        self.seconds = seconds


class ResponseTooLarge(TransportError):
    """The answer (as sent, or decompressed) was larger than ``limit`` bytes."""

    def __init__(self, limit: int, what: str) -> None:
        super().__init__(f"{what} larger than {limit} bytes")
        self.limit = limit


class NotThisComputer(TransportError):
    """A plain-http address connected to ``address``, which is not a loopback
    address: nothing was sent."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"plain http to {host} reached {address}, not this computer")
        self.host = host
        self.address = address


def raise_connection_error(
    exc: BaseException, *, answered: bool, repeatable: bool = False
) -> NoReturn:
    """``exc`` (raised by ``ssl``, ``socket`` or ``http.client``) as the SDK's
    APIConnectionError."""
    if isinstance(exc, stripe.APIConnectionError):
        raise exc
    tls = tls_error(exc, answered=answered)
    if tls is not None:
        raise tls from exc
    if isinstance(exc, TimeoutError):
        retry = True
    elif isinstance(exc, http.client.InvalidURL):
        retry = False
    elif isinstance(exc, OSError | http.client.HTTPException):
        retry = not answered or repeatable
    elif isinstance(exc, zlib.error):  # a body that does not decompress: broken off
        retry = repeatable
    else:  # a header that does not parse...
        retry = False
    raise connection_error(exc, retry=retry) from exc


def tls_error(exc: BaseException, *, answered: bool) -> TransportError | None:
    """The certificate or TLS failure in ``exc`` (or what it was raised from), if any.

    An SSL error that only says the connection ended (EOF, reset by the peer) is the
    network's, not TLS's: None, and it is handled like any broken connection."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, ssl.SSLCertVerificationError):
            why = str(cause.verify_message or cause.reason or cause)
            return CertificateNotTrusted(_detail(cause), why)
        if isinstance(cause, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError):
            return None
        if isinstance(cause, ssl.SSLError) and not answered:
            return SecureConnectionFailed(_detail(cause))
        nested = [a for a in getattr(cause, "args", ()) if isinstance(a, BaseException)]
        inner = getattr(cause, "reason", None)  # urllib3's MaxRetryError
        cause = (
            cause.__cause__
            or cause.__context__
            or (inner if isinstance(inner, BaseException) else None)
            or (nested[0] if nested else None)
        )
    return None


def connection_error(exc: BaseException, *, retry: bool) -> stripe.APIConnectionError:
    text = textwrap.fill(COMMUNICATING) + f"\n\n(Network error: {_detail(exc)})"
    return stripe.APIConnectionError(text, should_retry=retry)  # type: ignore[no-untyped-call]


def _detail(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def repeatable(method: str, headers: Mapping[str, str]) -> bool:
    """May the request be sent again after its answer broke off? A GET changes nothing;
    a POST with an Idempotency-Key (the SDK adds one when it may retry) gets the first
    answer back from Stripe instead of a second change."""
    return method.upper() == "GET" or any(k.lower() == "idempotency-key" for k in headers)
