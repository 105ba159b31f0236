"""Progress reports of a sync, for a progress bar (total is None when unknown)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from desktop_app.sync.skipped import Skipped

SyncKind = Literal["full", "incremental"]


@dataclass(frozen=True)
class SyncProgress:
    """``phase``: "account", "catalog", "subscriptions", "saving", "events", "done"."""

    phase: str
    objects: int
    pages: int
    total: int | None = None


ProgressCallback = Callable[[SyncProgress], None]


@dataclass(frozen=True)
class SyncResult:
    kind: SyncKind
    changed: int  # full: subscriptions stored; incremental: objects changed
    requests: int  # HTTP requests this sync sent (retries included)
    reason: str = ""  # why a full sync ran ("asked", "no cursor", "cursor older than 30 days")
    skipped: tuple[Skipped, ...] = ()  # objects that could not be read (sync/skipped.py)
