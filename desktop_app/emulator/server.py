"""The HTTP layer: a threading server on 127.0.0.1 that hands requests to the emulator."""

from __future__ import annotations

import socket
import struct
import sys
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from desktop_app.emulator import broken_bodies
from desktop_app.emulator.broken_bodies import OVERSIZE_BYTES
from desktop_app.emulator.requestlog import RequestRecord, redact_path
from desktop_app.emulator.response import Response, json_response

if TYPE_CHECKING:
    from desktop_app.emulator.emulator import Emulator

MAX_BODY = 1_000_000
_MAX_HEADERS = 100
_MAX_LINE = 65536
_END_OF_HEAD = (b"\r\n", b"\n", b"")
_BROKEN_BODIES = ("trickle", "oversize", "endless")  # answers written by broken_bodies.py


class EmulatorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default listen backlog is 5: a sync that opens a dozen or more
    # connections at once overflowed it, and each connection dropped that way waited
    # a second for the kernel to try again (about one sync in three at 100 requests/s).
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        self.emulator = emulator
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        """A client that hangs up mid-answer (a cancelled sync, a timeout) is normal
        for a server; anything else is still printed."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, a kept-alive
    # connection waits ~40 ms for the client's delayed ACK on every response.
    disable_nagle_algorithm = True
    server: EmulatorHTTPServer
    server_version = "stripe-emulator"
    sys_version = ""
    raw_requestline: bytes
    header_map: dict[str, str]  # lower-case names; the last of repeated headers

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The ``Date`` header: Stripe's is its own clock, the clock its objects' and
        events' times come from; so is the emulator's (``state.now``)."""
        if timestamp is None:
            timestamp = self.server.emulator.state.now()
        return super().date_time_string(timestamp)

    def parse_request(self) -> bool:
        """An HTTP/1.1 request is read here; the standard library's parser (whose e-mail
        header parser alone costs ~0.1 ms a request) reads anything else."""
        words = self.raw_requestline.split()
        if len(words) != 3 or words[2] != b"HTTP/1.1":
            parsed = super().parse_request()
            if parsed:
                self.header_map = {k.lower(): v for k, v in self.headers.items()}
            return parsed
        self.command = words[0].decode("iso-8859-1")
        path = words[1].decode("iso-8859-1")
        self.path = "/" + path.lstrip("/") if path.startswith("//") else path
        self.request_version = "HTTP/1.1"
        self.requestline = self.raw_requestline.decode("iso-8859-1").rstrip("\r\n")
        headers: dict[str, str] = {}
        last = None
        for _ in range(_MAX_HEADERS + 1):
            line = self.rfile.readline(_MAX_LINE + 1)
            if len(line) > _MAX_LINE:
                self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long")
                return False
            if line in _END_OF_HEAD:
                break
            text = line.decode("iso-8859-1")
            if text[0] in " \t" and last is not None:  # a folded continuation line
                headers[last] = f"{headers[last]} {text.strip()}"
                continue
            name, colon, value = text.partition(":")
            if not colon or not name.strip():
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad header line")
                return False
            last = name.strip().lower()
            headers[last] = value.strip()
        else:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers")
            return False
        self.header_map = headers
        self.close_connection = headers.get("connection", "").lower() == "close"
        if headers.get("expect", "").lower() == "100-continue":
            return self.handle_expect_100()
        return True

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def log_message(self, format: str, *args: object) -> None:
        """Silent: paths can hold portal session secrets."""

    def _handle(self, method: str) -> None:
        started = time.perf_counter()
        emulator = self.server.emulator
        url = urlsplit(self.path)
        length = int(self.header_map.get("content-length") or 0)
        body = self.rfile.read(min(length, MAX_BODY)).decode("utf-8", "replace") if length else ""
        if url.path.startswith("/v1/"):
            response, key_suffix = emulator.handle_api(
                method, url.path, url.query, body, self.header_map
            )
        elif url.path.startswith(("/p/", "/i/")):
            response, key_suffix = emulator.handle_page(method, url.path, url.query, body), None
        else:
            response, key_suffix = (
                json_response(
                    404, {"error": {"message": "Not found", "type": "invalid_request_error"}}
                ),
                None,
            )
        # Logged before answering, so a client that got its answer finds the record.
        emulator.log_request(
            RequestRecord(
                method=method,
                path=redact_path(url.path),
                query=parse_qs(url.query, keep_blank_values=True),
                status=response.status if response.fault is None else 0,
                duration_ms=(time.perf_counter() - started) * 1000,
                api_key_suffix=key_suffix,
                form=parse_qs(body, keep_blank_values=True) if url.path.startswith("/v1/") else {},
                fault=response.injected,
                replayed=response.headers.get("Idempotent-Replayed") == "true",
                stripe_version=self.header_map.get("stripe-version"),
                idempotency_key=self.header_map.get("idempotency-key"),
            )
        )
        self._send(response, emulator)

    def _send(self, response: Response, emulator: Emulator) -> None:
        if response.fault == "stall":
            emulator.stopping.wait(emulator.faults.stall_seconds)
            self.close_connection = True
            return
        if response.fault == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        if response.fault == "endless":
            self.send_header("Transfer-Encoding", "chunked")
        else:
            length = OVERSIZE_BYTES if response.fault == "oversize" else len(response.body)
            self.send_header("Content-Length", str(length))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if response.fault in _BROKEN_BODIES:
            self.close_connection = True
            self._send_broken_body(response, emulator)
            return
        if response.fault == "cut":  # half the body, then the connection breaks off
            self.wfile.write(response.body[: len(response.body) // 2])
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        self.wfile.write(response.body)

    def _send_broken_body(self, response: Response, emulator: Emulator) -> None:
        if response.fault == "trickle":
            broken_bodies.trickle(
                self.wfile, response.body, emulator.faults.trickle_seconds, emulator.stopping
            )
        elif response.fault == "oversize":
            broken_bodies.oversize(self.wfile, emulator.stopping)
        else:
            broken_bodies.endless(self.wfile, emulator.stopping)
