"""An append-only log of every write action, for the user to look back at.

One JSON object per line in ``data_dir()/audit.log`` (created 0600): when (UTC),
which profile, what action, which subscription and customer, which portal flow,
and the result. Never a portal session URL or an API key: entries hold IDs and
fixed words only, and every line passes through ``desktop_app.redaction`` (plus a
stricter URL guard) before it is written, as a last line of defence.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_app.paths import create_private_file, data_dir
from desktop_app.redaction import redact

log = logging.getLogger(__name__)

AUDIT_FILE = "audit.log"
# Any URL whose path mentions a session (Stripe's /p/session/, other portal hosts).
_SESSION_LIKE_URL = re.compile(r"https?://\S*session\S*", re.IGNORECASE)


class AuditAction(StrEnum):
    PORTAL_SESSION = "portal_session"
    PAUSE_COLLECTION = "pause_collection"
    RESUME_COLLECTION = "resume_collection"
    CANCEL_AT_PERIOD_END = "cancel_at_period_end"
    RENEW = "renew"


@dataclass(frozen=True)
class AuditEntry:
    time: datetime
    profile: str
    action: str
    subscription: str | None = None
    customer: str | None = None
    flow: str | None = None
    result: str = "ok"  # "ok" or "error"
    error: str | None = None  # the user-facing message, redacted
    details: Mapping[str, str] = field(default_factory=dict)  # behavior, resumes_at, ...

    @property
    def ok(self) -> bool:
        return self.result == "ok"

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "time": self.time.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "profile": self.profile,
            "action": self.action,
            "subscription": self.subscription,
            "customer": self.customer,
            "flow": self.flow,
            "result": self.result,
        }
        if self.error is not None:
            data["error"] = self.error
        if self.details:
            data["details"] = dict(self.details)
        return scrub(json.dumps(data, ensure_ascii=False, sort_keys=False))

    @classmethod
    def from_json(cls, line: str) -> AuditEntry:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        stamp = str(data["time"]).replace("Z", "+00:00")
        details = data.get("details") or {}
        return cls(
            time=datetime.fromisoformat(stamp),
            profile=str(data.get("profile") or ""),
            action=str(data["action"]),
            subscription=data.get("subscription"),
            customer=data.get("customer"),
            flow=data.get("flow"),
            result=str(data.get("result") or "ok"),
            error=data.get("error"),
            details={str(k): str(v) for k, v in dict(details).items()},
        )


def scrub(text: str) -> str:
    """Remove keys and anything that looks like a session URL."""
    return _SESSION_LIKE_URL.sub("[REDACTED URL]", redact(text))


class AuditLog:
    """Append entries; read them back newest first. Safe to share between threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else data_dir() / AUDIT_FILE
        self._lock = threading.Lock()

    def record(
        self,
        *,
        profile: str,
        action: AuditAction | str,
        subscription: str | None = None,
        customer: str | None = None,
        flow: str | None = None,
        error: BaseException | str | None = None,
        details: Mapping[str, str] | None = None,
    ) -> AuditEntry:
        """Append one entry; ``error`` (if any) marks the result as failed."""
        entry = AuditEntry(
            time=datetime.now(UTC),
            profile=profile,
            action=str(action),
            subscription=subscription,
            customer=customer,
            flow=flow,
            result="ok" if error is None else "error",
            error=None if error is None else scrub(str(error) or type(error).__name__),
            details={k: scrub(str(v)) for k, v in (details or {}).items()},
        )
        self.append(entry)
        return entry

    def append(self, entry: AuditEntry) -> None:
        line = (entry.to_json() + "\n").encode("utf-8")
        with self._lock:
            create_private_file(self.path)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
            try:
                os.write(fd, line)  # one write per line: appends never interleave
            finally:
                os.close(fd)

    def read(self, limit: int | None = None) -> list[AuditEntry]:
        """Entries newest first; lines that cannot be read are skipped (and logged)."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        entries: list[AuditEntry] = []
        for number, line in enumerate(reversed(lines)):
            if not line.strip():
                continue
            try:
                entries.append(AuditEntry.from_json(line))
            except (ValueError, KeyError, TypeError):
                log.warning("Skipping unreadable audit log line %d", len(lines) - number)
                continue
            if limit is not None and len(entries) >= limit:
                break
        return entries
