"""Objects a sync skipped because what Stripe sent could not be read, and how to say so.

One malformed object (a time of year 10000, an amount that is not a whole number;
see ``domain/values.py``) must not cost the user the whole account: the sync leaves it
out, goes on with the rest, and names it on the command line's stderr, in the log
(with the field and the value) and in the window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.values import UnreadableValue, shown_id
from desktop_app.paths import log_dir
from desktop_app.text import translate

log = logging.getLogger(__name__)

# Errors that parsing hostile data raises: UnreadableValue (a ValueError) for the
# fields values.py checks, the others for a value of a kind no parser expected (a
# list where an object belongs, say). The object is skipped, with the error's name.
UNREADABLE = (ValueError, TypeError, AttributeError, KeyError, ArithmeticError)
SHOWN_IDS = 10  # IDs a message lists
_LOGGED = 200  # skipped objects logged one by one, then only how many more


@dataclass(frozen=True, slots=True)
class Skipped:
    """``kind``: subscription, customer, price, ...; ``reason``: which field, what is
    wrong with it (for the log)."""

    kind: str
    object_id: str
    reason: str


def skipped_for(kind: str, obj: object, exc: BaseException) -> Skipped:
    reason = str(exc) if isinstance(exc, UnreadableValue) else f"{type(exc).__name__}: {exc}"
    return Skipped(kind, shown_id(obj), reason)


def log_skipped(skipped: Sequence[Skipped]) -> None:
    for item in skipped[:_LOGGED]:
        log.warning("Skipped %s %s: %s", item.kind, item.object_id, item.reason)
    if len(skipped) > _LOGGED:
        log.warning("... and %d more objects skipped", len(skipped) - _LOGGED)


def skipped_summary(skipped: Sequence[Skipped]) -> str:
    """What the user reads: how many, which IDs, that the rest is there, where the
    details are. "" when nothing was skipped."""
    if not skipped:
        return ""
    ids = ", ".join(item.object_id for item in skipped[:SHOWN_IDS])
    if len(skipped) > SHOWN_IDS:
        more = translate("Sync", "and {count} more").format(count=len(skipped) - SHOWN_IDS)
        ids = f"{ids} {more}"
    return translate(
        "Sync",
        "Objects Stripe sent in a form the app cannot read were skipped ({count}): {ids}. "
        "Everything else was synced; the details are in the log in {folder}.",
    ).format(count=len(skipped), ids=ids, folder=log_dir())
