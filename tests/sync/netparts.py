"""Small real network parts for the HTTP client tests: a TCP relay that counts and can
cut connections (optionally terminating TLS), a forward proxy that records use, and
the two together as the proxied HTTPS route to an emulator (``proxied_https``).

They move real bytes between real sockets on 127.0.0.1; nothing is simulated.
"""

from __future__ import annotations

import contextlib
import http.client
import selectors
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"}


def clear_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy from the environment (HTTP_PROXY etc., any case) for this test."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def pump(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side ends; then close both. One thread per
    pair (an SSL socket must not be read and written from two threads)."""
    for sock in (a, b):  # pass each piece on at once (Nagle would wait for an ACK)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    # selectors, not select.select: a long test run may hold descriptors past 1024
    watch = selectors.DefaultSelector()
    try:
        watch.register(a, selectors.EVENT_READ)
        watch.register(b, selectors.EVENT_READ)
        while True:
            for key, _ in watch.select():
                source = key.fileobj
                assert isinstance(source, socket.socket)
                other = b if source is a else a
                data = source.recv(65536)
                while isinstance(source, ssl.SSLSocket) and source.pending():
                    data += source.recv(source.pending())
                if not data:
                    return
                other.sendall(data)
    except (OSError, ValueError):  # (ValueError: a side closed already)
        return
    finally:
        watch.close()
        for sock in (a, b):
            with contextlib.suppress(OSError):
                sock.close()


class TcpRelay:
    """Listens on 127.0.0.1 and relays each connection to ``target``; with ``tls`` it
    terminates TLS first (the client speaks https, the target plain http)."""

    def __init__(self, target: tuple[str, int], tls: ssl.SSLContext | None = None) -> None:
        self.target = target
        self.tls = tls
        self.accepted = 0
        self._open: dict[int, socket.socket] = {}  # the client side of each connection
        self._cond = threading.Condition()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        threading.Thread(target=self._accept_loop, daemon=True, name="relay").start()

    def url(self, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}"

    @property
    def open_connections(self) -> int:
        with self._cond:
            return len(self._open)

    def cut_all(self) -> None:
        """Closes every relayed connection (as a server closing idle keep-alives does)
        and waits until they are gone."""
        with self._cond:
            for sock in self._open.values():
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            if not self._cond.wait_for(lambda: not self._open, timeout=10):
                raise TimeoutError("relayed connections did not close")

    def close(self) -> None:
        self._listener.close()
        with contextlib.suppress(TimeoutError):
            self.cut_all()

    def _accept_loop(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._cond:
                self.accepted += 1
                number = self.accepted
                self._open[number] = client
            threading.Thread(target=self._serve, args=(number, client), daemon=True).start()

    def _serve(self, number: int, client: socket.socket) -> None:
        side = client
        try:
            if self.tls is not None:
                side = self.tls.wrap_socket(client, server_side=True)  # detaches client
                with self._cond:
                    self._open[number] = side
            upstream = socket.create_connection(self.target)
            pump(side, upstream)
        except OSError:  # a refused handshake, a client gone
            side.close()
        finally:
            with self._cond:
                del self._open[number]
                self._cond.notify_all()


class ForwardProxy:
    """An HTTP proxy: forwards absolute-form requests (http://) and tunnels CONNECT
    (https://); ``seen`` lists each request line it got ("GET http://...",
    "CONNECT host:port")."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_CONNECT(self) -> None:
                proxy.seen.append(f"CONNECT {self.path}")
                host, _, port = self.path.rpartition(":")
                upstream = socket.create_connection((host, int(port)))
                self.send_response(200, "Connection established")
                self.end_headers()
                self.wfile.flush()
                self.close_connection = True
                pump(self.connection, upstream)

            def do_GET(self) -> None:
                self._forward()

            def do_POST(self) -> None:
                self._forward()

            def _forward(self) -> None:
                proxy.seen.append(f"{self.command} {self.path}")
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                upstream = http.client.HTTPConnection(url.hostname or "", url.port or 80)
                try:
                    target = url.path + (f"?{url.query}" if url.query else "")
                    upstream.request(self.command, target, body, headers)
                    answer = upstream.getresponse()
                    content = answer.read()
                finally:
                    upstream.close()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in _HOP_BY_HOP | {"content-length"}:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass(frozen=True)
class ProxiedRoute:
    base_url: str  # https://127.0.0.1:PORT, the emulator behind a TLS relay
    proxy: ForwardProxy  # named by HTTPS_PROXY (unless the route is direct)
    server: TcpRelay
    ca_file: Path  # the test CA that signed the server's certificate


def address_of(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    return parts.hostname or "", parts.port or 80


@contextlib.contextmanager
def proxied_https(
    emulator_url: str,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    trusted: bool = True,
    through_proxy: bool = True,
) -> Iterator[ProxiedRoute]:
    """The emulator at ``emulator_url`` as an HTTPS server whose certificate comes from
    a test CA, in the trust store (SSL_CERT_FILE, as a company's CA would be) when
    ``trusted``, reached through a forward proxy named by HTTPS_PROXY (the client's
    proxied path) when ``through_proxy``, else directly."""
    from tests.sync.tls_files import make_tls_files

    clear_proxy_environment(monkeypatch)
    folder.mkdir(parents=True, exist_ok=True)
    tls = make_tls_files(folder)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    if trusted:
        monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca_file))
    else:
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    server = TcpRelay(address_of(emulator_url), tls=tls.server)
    proxy = ForwardProxy()
    if through_proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    try:
        yield ProxiedRoute(server.url("https"), proxy, server, tls.ca_file)
    finally:
        proxy.close()
        server.close()
