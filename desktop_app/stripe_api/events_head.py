"""The newest events as a full sync's event cursor, with the server's clock."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime

from desktop_app.stripe_api.list_body import UnreadableBody, decode_object


@dataclass(frozen=True)
class EventsHead:
    """The newest events as a cursor: the ``created`` second of the newest (None: no
    events), the IDs of that second's events among them, and the server's clock when
    it answered (Unix seconds, from the ``Date`` header; None without one)."""

    newest: int | None
    seen: frozenset[str]
    server_time: int | None


def server_time(headers: Mapping[str, str]) -> int | None:
    """The ``Date`` header of an answer, in Unix seconds (None when absent or unreadable)."""
    value = next((v for k, v in headers.items() if k.lower() == "date"), None)
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:  # "-0000": UTC, by RFC 5322
            when = when.replace(tzinfo=UTC)
        return int(when.timestamp())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def decode_events_head(body: bytes, headers: Mapping[str, str]) -> EventsHead:
    """A page of the newest events (its body and headers) as their cursor;
    UnreadableBody if it is not a list of events."""
    page = decode_object(body)
    try:
        created = [(int(e["created"]), str(e["id"])) for e in page.get("data") or []]
    except (ValueError, TypeError, KeyError):
        raise UnreadableBody("the answer is not a list of events") from None
    clock = server_time(headers)
    if not created:
        return EventsHead(None, frozenset(), clock)
    newest = created[0][0]
    return EventsHead(newest, frozenset(i for c, i in created if c == newest), clock)
