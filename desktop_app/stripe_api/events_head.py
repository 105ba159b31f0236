"""The newest events as a full sync's event cursor, with the server's clock."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any

from desktop_app.domain.values import UnreadableValue, shown_id, unix_time
from desktop_app.stripe_api.list_body import UnreadableBody, decode_object

log = logging.getLogger(__name__)

# How far ahead of the clock (the server's, else this computer's) an event may be
# dated: a skewed clock, not a date from the future that would move the cursor past
# every change to come.
EVENT_CLOCK_MARGIN_S = 86_400


@dataclass(frozen=True)
class EventsHead:
    """The newest events as a cursor: the ``created`` second of the newest (None: no
    events), the IDs of that second's events among them, and the server's clock when
    it answered (Unix seconds, from the ``Date`` header; None without one)."""

    newest: int | None
    seen: frozenset[str]
    server_time: int | None


@dataclass(frozen=True)
class ListedEvents:
    """Events after a cursor, oldest first, and the server's clock when it answered
    (Unix seconds, from the ``Date`` header; None without one)."""

    events: list[dict[str, Any]]
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


def latest_event_time(clock: int | None = None) -> int:
    """The latest ``created`` an event may have: the later of this computer's clock and
    ``clock`` (the server's, in Unix seconds, from its ``Date`` header) plus
    ``EVENT_CLOCK_MARGIN_S``. The later of the two: a computer whose clock runs a few
    days behind must not take Stripe's events of today for dates from the future."""
    now = int(time.time())
    return max(now, clock if clock is not None else now) + EVENT_CLOCK_MARGIN_S


def event_created(event: Any, latest: int) -> int:
    """An event's ``created`` second; UnreadableValue when it is not a Unix time, or is
    later than ``latest`` (see ``latest_event_time``)."""
    when = unix_time(event.get("created") if isinstance(event, dict) else None, "created")
    if when is None:
        raise UnreadableValue("created", "is missing: every event has a time")
    seconds = int(when.timestamp())
    if seconds > latest:
        raise UnreadableValue("created", f"is {seconds}: later than the clock allows")
    return seconds


def decode_events_head(body: bytes, headers: Mapping[str, str]) -> EventsHead:
    """A page of the newest events (its body and headers) as their cursor;
    UnreadableBody if it is not a list of events. An event whose time cannot be read
    (the incremental sync reports it) is left out of the cursor and logged."""
    page = decode_object(body)
    data = page.get("data") or []
    if not isinstance(data, list):
        raise UnreadableBody("the answer is not a list of events")
    clock = server_time(headers)
    latest = latest_event_time(clock)
    created = []
    for event in data:
        try:
            created.append((event_created(event, latest), str(event["id"])))
        except (UnreadableValue, KeyError, TypeError):
            log.warning("An event of the cursor was left out: %s", shown_id(event))
    if not created:
        return EventsHead(None, frozenset(), clock)
    newest = created[0][0]
    return EventsHead(newest, frozenset(i for c, i in created if c == newest), clock)
