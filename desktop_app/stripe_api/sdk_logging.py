"""Keep the SDK from formatting debug log lines nobody reads.

``stripe``'s requestor calls ``log_debug("API response body", body=...)`` on every
response, and ``log_debug`` formats its message (a ``repr`` of the whole body, about
3 ms for a 500 KB page of expanded subscriptions) before the logger decides to drop
it. Here the requestor's ``log_debug`` is wrapped so the line is only formatted when
someone would see it: the ``stripe`` logger enabled for DEBUG, or ``STRIPE_LOG=debug``
(the SDK's own console switch). What is logged, when it is, does not change.
"""

from __future__ import annotations

import logging
from typing import Any

from stripe import _api_requestor, _util


def _debug_wanted() -> bool:
    console: Any = _util._console_log_level()  # type: ignore[no-untyped-call]
    return _util.logger.isEnabledFor(logging.DEBUG) or console == "debug"


def install() -> None:
    """Wrap the requestor's ``log_debug`` once (idempotent; a no-op if the SDK moved it)."""
    original = getattr(_api_requestor, "log_debug", None)
    if original is None or getattr(original, "_lazy", False):
        return

    def log_debug(message: str, **params: Any) -> None:
        if _debug_wanted():
            original(message, **params)

    log_debug._lazy = True  # type: ignore[attr-defined]
    setattr(_api_requestor, "log_debug", log_debug)  # noqa: B010
