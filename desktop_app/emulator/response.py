"""What the HTTP layer sends back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from desktop_app.emulator.apierror import ApiError


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    fault: str | None = None  # how it goes wrong on the wire (server.py _send), if it does
    injected: str | None = None  # the scripted fault this answer plays, if any


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    body = orjson.dumps(payload)
    return Response(status, body, headers=headers or {})


def error_response(error: ApiError) -> Response:
    return json_response(error.status, error.body(), error.headers)


def html_response(status: int, html: str) -> Response:
    return Response(status, html.encode(), content_type="text/html; charset=utf-8")
