"""How the HTTP client reads answers: headers by any case, compressed bodies."""

from __future__ import annotations

import gzip
import json
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from desktop_app.stripe_api import RequestBudget, StripeApi
from desktop_app.stripe_api.keepalive import ResponseHeaders
from tests.sync.netparts import clear_proxy_environment

ACCOUNT = {"id": "acct_FAKE123", "object": "account", "livemode": False}


def test_headers_are_found_by_any_case_and_repeats_are_joined() -> None:
    headers = ResponseHeaders(
        [("Request-Id", "req_1"), ("Stripe-Should-Retry", "true"), ("Vary", "a"), ("vary", "b")]
    )
    assert headers["request-id"] == headers["REQUEST-ID"] == "req_1"
    assert "stripe-should-retry" in headers
    assert headers.get("retry-after") is None
    assert headers["Vary"] == "a, b"
    assert sorted(headers) == ["Request-Id", "Stripe-Should-Retry", "Vary"]
    with pytest.raises(KeyError):
        headers["missing"]


class _Compressing(BaseHTTPRequestHandler):
    """Answers /v1/account compressed as the client asks (as Stripe does)."""

    protocol_version = "HTTP/1.1"
    encodings: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        asked = self.headers.get("Accept-Encoding", "")
        self.encodings.append(asked)
        body = json.dumps(ACCOUNT).encode()
        encoding = self.path.rsplit("=", 1)[-1] if "encoding=" in self.path else "gzip"
        if encoding in asked:
            body = gzip.compress(body) if encoding == "gzip" else zlib.compress(body)
        else:
            encoding = "identity"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def compressing_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    clear_proxy_environment(monkeypatch)
    _Compressing.encodings = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Compressing)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_answers_are_asked_for_and_decoded(
    compressing_server: str, encoding: str
) -> None:
    api = StripeApi("sk_test_FAKE123abc", compressing_server, budget=RequestBudget(1000))
    assert api.get("/v1/account", encoding=encoding) == ACCOUNT
    assert encoding in _Compressing.encodings[0]
