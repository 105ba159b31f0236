"""HTTP/1.1 over ``http.client`` with keep-alive: one connection per thread and origin.

``requests`` spends about 2 ms of CPU per 500 KB page of subscriptions (on the GIL
the sync shares); a plain ``http.client`` exchange of the same page about 0.3 ms.
This transport does what the SDK needs and no more: send, read the whole body,
answer ``(body, status, headers)``, and turn failures into
``stripe.APIConnectionError`` (``transport_errors.py``) with ``should_retry`` set as
``stripe.RequestsClient`` sets it, so the SDK's own retries behave as they did over
``requests``:

- before anything of the answer arrived (connect refused, reset, timeout, closed):
  retried;
- certificate and other TLS failures: not retried;
- while reading the body: a timeout is retried, anything else (reset, cut short,
  undecodable) only for a request that may be sent again (a GET, or a POST with its
  Idempotency-Key).

Each attempt runs under its request's deadline (``deadline.py``): past it the
watchdog cuts the connection, however slowly the server trickles. A body larger than
``body.MAX_BODY_BYTES``, as sent or decompressed, is refused. HTTPS is verified
against the system's trust store (``tls.py``); plain http is for this computer only,
so a plain-http connection whose peer is not a loopback address is closed before
anything is sent.

A kept-alive connection the server closed while it sat idle is noticed before the
request is written (the socket reads as closed) and replaced by a new one; a request
that may have reached the server is never sent again here: only the SDK retries.
"""

from __future__ import annotations

import http.client
import select
import socket
import ssl
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NoReturn
from urllib.parse import urlsplit

from desktop_app.stripe_api.base_url import is_loopback_address
from desktop_app.stripe_api.body import check_length, decoded, read_bounded
from desktop_app.stripe_api.deadline import WATCHDOG, Deadline, SocketGuard, Watch
from desktop_app.stripe_api.tls import client_context
from desktop_app.stripe_api.transport_errors import (
    DeadlinePassed,
    NotThisComputer,
    connection_error,
    raise_connection_error,
    repeatable,
)

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


def _plain_connection(
    address: tuple[str, int],
    timeout: float | None = None,
    source_address: tuple[str, int] | None = None,
) -> socket.socket:
    """``socket.create_connection``, but ``localhost`` is the loopback interface itself
    (127.0.0.1, then ::1), as RFC 6761 section 6.3 asks of name resolution: a machine
    without an ``/etc/hosts`` entry for it (a minimal container) resolves nothing."""
    host, port = address
    if host.lower().rstrip(".") != "localhost":
        return socket.create_connection(address, timeout, source_address)
    failure: OSError | None = None
    for loopback in ("127.0.0.1", "::1"):
        try:
            return socket.create_connection((loopback, port), timeout, source_address)
        except OSError as exc:
            failure = exc
    assert failure is not None
    raise failure


class _Plain(http.client.HTTPConnection):
    """Plain http, to this computer only; its socket guarded by the watchdog."""

    guard: SocketGuard | None = None

    def __init__(self, host: str, port: int | None = None, timeout: float | None = None) -> None:
        super().__init__(host, port, timeout=timeout)
        self._create_connection = _plain_connection

    def connect(self) -> None:
        super().connect()
        assert self.sock is not None
        self.guard = WATCHDOG.guard(self.sock)
        peer = str(self.sock.getpeername()[0])
        if not is_loopback_address(peer):
            raise NotThisComputer(self.host, peer)

    def close(self) -> None:
        super().close()
        guard, self.guard = self.guard, None
        if guard is not None:
            guard.close()


class _Tls(http.client.HTTPSConnection):
    """HTTPS; its socket guarded by the watchdog from before the handshake."""

    guard: SocketGuard | None = None

    def connect(self) -> None:
        http.client.HTTPConnection.connect(self)  # TCP
        sock = self.sock
        assert sock is not None
        self.guard = WATCHDOG.guard(sock)
        try:
            self.sock = self._context.wrap_socket(  # type: ignore[attr-defined]
                sock, server_hostname=self.host
            )
        finally:
            sock.close()  # (detached by a successful wrap: then nothing to close)

    def close(self) -> None:
        super().close()
        guard, self.guard = self.guard, None
        if guard is not None:
            guard.close()


Connection = _Plain | _Tls


class _ThreadConnections(dict[Origin, Connection]):
    """One thread's connections; closed when the thread ends (its locals are freed)."""

    def close_all(self) -> None:
        for connection in self.values():
            connection.close()
        self.clear()

    def __del__(self) -> None:
        self.close_all()


class KeepAliveTransport:
    """Sends one request at a time per thread; thread-safe (nothing shared)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._local = threading.local()

    def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        body: Any,
        deadline: Deadline,
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
        if deadline.expired:
            raise DeadlinePassed(deadline.seconds)
        connection = self._connection((scheme, host, port))
        with WATCHDOG.attempt(deadline) as watch:
            WATCHDOG.watch(connection.guard)  # a kept-alive one (a new one: on connect)
            try:
                connection.request(method.upper(), target, body, out_headers)
                response = connection.getresponse()
            except Exception as exc:
                connection.close()
                _failed(exc, watch, deadline, answered=False)
            except BaseException:  # interrupted: never reuse a half-used connection
                connection.close()
                raise
            # An answer without a length or chunks ends when the server closes the
            # connection: cut by the watchdog, it would look complete.
            length = response.length  # None: chunked, or until the server closes
            until_close = length is None and not response.chunked
            try:
                check_length(length)
                content = response.read() if length is not None else read_bounded(response.read)
                rheaders = ResponseHeaders(response.getheaders())
                content = decoded(content, rheaders.get("content-encoding"))
            except Exception as exc:
                connection.close()
                again = repeatable(method, out_headers)
                _failed(exc, watch, deadline, answered=True, repeatable=again)
            except BaseException:
                connection.close()
                raise
        if watch.fired:  # the whole answer came, but the connection was cut meanwhile
            connection.close()
            if until_close:
                raise DeadlinePassed(deadline.seconds)
        return content, response.status, rheaders

    def close(self) -> None:
        """Closes the calling thread's connections (as RequestsClient closes its session)."""
        connections: _ThreadConnections | None = getattr(self._local, "connections", None)
        if connections is not None:
            connections.close_all()

    def _connection(self, origin: Origin) -> Connection:
        connections: _ThreadConnections | None = getattr(self._local, "connections", None)
        if connections is None:
            connections = self._local.connections = _ThreadConnections()
        connection = connections.get(origin)
        if connection is None:
            connection = connections[origin] = self._new_connection(origin)
        elif connection.sock is not None and _closed_by_peer(connection.sock):
            connection.close()  # stale: the next request() opens a new one
        return connection

    def _new_connection(self, origin: Origin) -> Connection:
        scheme, host, port = origin
        if scheme == "https":
            return _Tls(host, port, timeout=self.timeout, context=self._tls_context())
        if scheme == "http":
            return _Plain(host, port, timeout=self.timeout)
        raise connection_error(
            ValueError(
                f"Unsupported URL scheme {scheme!r}: use https:// (or http:// on this computer)."
            ),
            retry=False,
        )

    def _tls_context(self) -> ssl.SSLContext:
        """This thread's TLS context (see ``tls.py``)."""
        context: ssl.SSLContext | None = getattr(self._local, "tls", None)
        if context is None:
            context = self._local.tls = client_context()
        return context


def _failed(
    exc: Exception, watch: Watch, deadline: Deadline, *, answered: bool, repeatable: bool = False
) -> NoReturn:
    if watch.fired:
        raise DeadlinePassed(deadline.seconds) from exc
    raise_connection_error(exc, answered=answered, repeatable=repeatable)


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
