"""HTTP/1.1 over ``http.client`` with keep-alive: one connection per thread and origin.

``requests`` spends about 2 ms of CPU per 500 KB page of subscriptions (on the GIL
the sync shares); a plain ``http.client`` exchange of the same page about 0.3 ms.
This transport does what the SDK needs and no more: send, read the whole body,
answer ``(body, status, headers)``, and turn failures into
``stripe.APIConnectionError`` with ``should_retry`` set as ``stripe.RequestsClient``
sets it, so the SDK's own retries behave as they did over ``requests``:

- before anything of the answer arrived (connect refused, reset, timeout, closed):
  retried;
- TLS failures (certificate, handshake): not retried;
- while reading the body: a timeout is retried, anything else (reset, cut short,
  undecodable) is not, as ``requests`` raises ``ChunkedEncodingError`` there.

Plain http is for this computer only: a plain-http connection whose peer is not a
loopback address is closed before anything is sent (``NotThisComputer``).

A kept-alive connection the server closed while it sat idle is noticed before the
request is written (the socket reads as closed) and replaced by a new one; a request
that may have reached the server is never sent again here: only the SDK retries.
"""

from __future__ import annotations

import gzip
import http.client
import select
import socket
import ssl
import textwrap
import threading
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NoReturn
from urllib.parse import urlsplit

import stripe

from desktop_app.stripe_api.base_url import is_loopback_address
from desktop_app.stripe_api.transport_errors import NotThisComputer

Origin = tuple[str, str, int]  # scheme, host, port

ACCEPT_ENCODING = "gzip, deflate"  # what requests asks for; Stripe compresses JSON
_DEFAULT_PORTS = {"http": 80, "https": 443}


class ResponseHeaders(Mapping[str, str]):
    """Response headers by case-insensitive name (as ``requests`` gives them); repeated
    headers are joined with ", "."""

    __slots__ = ("_items",)

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        items: dict[str, tuple[str, str]] = {}
        for name, value in pairs:
            key = name.lower()
            if key in items:
                first, before = items[key]
                items[key] = (first, f"{before}, {value}")
            else:
                items[key] = (name, value)
        self._items = items

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"ResponseHeaders({dict(self.items())!r})"


class _Plain(http.client.HTTPConnection):
    """Plain http, to this computer only: the peer's address proves it."""

    def connect(self) -> None:
        super().connect()
        assert self.sock is not None
        peer = str(self.sock.getpeername()[0])
        if not is_loopback_address(peer):
            raise NotThisComputer(self.host, peer)


class _ThreadConnections(dict[Origin, http.client.HTTPConnection]):
    """One thread's connections; closed when the thread ends (its locals are freed)."""

    def close_all(self) -> None:
        for connection in self.values():
            connection.close()
        self.clear()

    def __del__(self) -> None:
        self.close_all()


class KeepAliveTransport:
    """Sends one request at a time per thread; thread-safe (nothing shared but TLS setup)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._local = threading.local()
        self._tls_lock = threading.Lock()
        self._tls: ssl.SSLContext | None = None

    def send(
        self, method: str, url: str, headers: Mapping[str, str] | None, body: Any
    ) -> tuple[bytes, int, ResponseHeaders]:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = parts.hostname or ""
        port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        out_headers = dict(headers or {})
        if not any(name.lower() == "accept-encoding" for name in out_headers):
            out_headers["Accept-Encoding"] = ACCEPT_ENCODING
        if isinstance(body, str):
            body = body.encode("utf-8")
        connection = self._connection((scheme, host, port))
        try:
            connection.request(method.upper(), target, body, out_headers)
            response = connection.getresponse()
        except Exception as exc:
            connection.close()
            _raise_connection_error(exc, answered=False)
        except BaseException:  # interrupted: never reuse a half-used connection
            connection.close()
            raise
        try:
            content = response.read()
            rheaders = ResponseHeaders(response.getheaders())
            content = _decoded(content, rheaders.get("content-encoding"))
        except Exception as exc:
            connection.close()
            _raise_connection_error(exc, answered=True, repeatable=_repeatable(method, out_headers))
        except BaseException:
            connection.close()
            raise
        return content, response.status, rheaders

    def close(self) -> None:
        """Closes the calling thread's connections (as RequestsClient closes its session)."""
        connections: _ThreadConnections | None = getattr(self._local, "connections", None)
        if connections is not None:
            connections.close_all()

    def _connection(self, origin: Origin) -> http.client.HTTPConnection:
        connections: _ThreadConnections | None = getattr(self._local, "connections", None)
        if connections is None:
            connections = self._local.connections = _ThreadConnections()
        connection = connections.get(origin)
        if connection is None:
            connection = connections[origin] = self._new_connection(origin)
        elif connection.sock is not None and _closed_by_peer(connection.sock):
            connection.close()  # stale: the next request() opens a new one
        return connection

    def _new_connection(self, origin: Origin) -> http.client.HTTPConnection:
        scheme, host, port = origin
        if scheme == "https":
            return http.client.HTTPSConnection(
                host, port, timeout=self.timeout, context=self._tls_context()
            )
        if scheme == "http":
            return _Plain(host, port, timeout=self.timeout)
        raise _connection_error(
            f"Unsupported URL scheme {scheme!r}: use https:// (or http:// on this computer).",
            retry=False,
        )

    def _tls_context(self) -> ssl.SSLContext:
        with self._tls_lock:
            if self._tls is None:
                # The CA bundle the SDK gives requests; hostname check and
                # certificate verification on (the defaults).
                context = ssl.create_default_context(cafile=stripe.ca_bundle_path)
                context.minimum_version = ssl.TLSVersion.TLSv1_2  # what Stripe accepts
                context.set_alpn_protocols(["http/1.1"])  # as urllib3 offers
                self._tls = context
            return self._tls


def _closed_by_peer(sock: socket.socket) -> bool:
    """True when an idle kept-alive socket has something to read: the server's close
    (EOF, reset) or bytes nobody asked for; either way it is not reusable."""
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))
    readable, _, _ = select.select([sock], [], [], 0)  # Windows: no poll()
    return bool(readable)


def _decoded(content: bytes, encoding: str | None) -> bytes:
    if not encoding or not content:
        return content
    encoding = encoding.strip().lower()
    if encoding == "gzip":
        return gzip.decompress(content)
    if encoding == "deflate":
        try:
            return zlib.decompress(content)
        except zlib.error:
            return zlib.decompress(content, -zlib.MAX_WBITS)  # raw deflate, no header
    return content


_COMMUNICATING = (
    "Unexpected error communicating with Stripe.  If this problem persists, let us "
    "know at support@stripe.com."
)
_CERTIFICATE = (
    "Could not verify Stripe's SSL certificate.  Please make sure that your network "
    "is not intercepting certificates.  If this problem persists, let us know at "
    "support@stripe.com."
)


def _repeatable(method: str, headers: Mapping[str, str]) -> bool:
    """May the request be sent again after its answer broke off? A GET changes nothing;
    a POST with an Idempotency-Key (the SDK adds one when it may retry) gets the first
    answer back from Stripe instead of a second change."""
    return method.upper() == "GET" or any(k.lower() == "idempotency-key" for k in headers)


def _raise_connection_error(
    exc: Exception, *, answered: bool, repeatable: bool = False
) -> NoReturn:
    """``exc`` as the SDK's APIConnectionError, retryable where RequestsClient's is,
    and where an answer broke off (``answered``: the status line and headers had
    arrived, the body had not) for a ``repeatable`` request."""
    if isinstance(exc, stripe.APIConnectionError):
        raise exc
    if isinstance(exc, ssl.SSLError):  # before OSError: it is one
        message, retry = _CERTIFICATE, False
    elif isinstance(exc, TimeoutError):
        message, retry = _COMMUNICATING, True
    elif isinstance(exc, http.client.InvalidURL):
        message, retry = _COMMUNICATING, False
    elif isinstance(exc, OSError | http.client.HTTPException):
        message, retry = _COMMUNICATING, not answered or repeatable
    else:  # a body that does not decompress, a header that does not parse...
        message, retry = _COMMUNICATING, False
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = textwrap.fill(message) + f"\n\n(Network error: {detail})"
    raise _connection_error(text, retry=retry) from exc


def _connection_error(message: str, *, retry: bool) -> stripe.APIConnectionError:
    return stripe.APIConnectionError(message, should_retry=retry)  # type: ignore[no-untyped-call]
