"""The SDK's log lines: formatted only when someone would see them, and never printed
past the app's redaction.

``stripe``'s requestor calls ``log_debug("API response body", body=...)`` on every
response, and ``log_debug`` formats its message (a ``repr`` of the whole body, about
3 ms for a 500 KB page of expanded subscriptions) before the logger decides to drop
it. Here the requestor's ``log_debug`` is wrapped so the line is only formatted when
someone would see it: the ``stripe`` logger enabled for DEBUG.

The SDK also prints its lines to stderr itself when ``STRIPE_LOG`` (or ``stripe.log``)
is ``info`` or ``debug`` (``_util._console_log_level``, stripe-python's ``_util.py``):
error messages a server wrote, whole response bodies with portal session URLs, past
the redacting handlers of ``desktop_app.logging_setup``. That printing is switched
off: the same lines still reach the ``stripe`` logger, redacted on their way to the
log file, and to the terminal with ``billing-manager -v``.
"""

from __future__ import annotations

import logging
from typing import Any

from stripe import _api_requestor, _util


def _debug_wanted() -> bool:
    return _util.logger.isEnabledFor(logging.DEBUG)


def _no_console() -> None:
    """Stands in for ``_util._console_log_level``: the SDK never prints itself."""
    return None


def install() -> None:
    """Wrap the requestor's ``log_debug`` and silence the SDK's own printing, once
    (idempotent; a no-op for whatever the SDK moved)."""
    if hasattr(_util, "_console_log_level"):
        setattr(_util, "_console_log_level", _no_console)  # noqa: B010
    original = getattr(_api_requestor, "log_debug", None)
    if original is None or getattr(original, "_lazy", False):
        return

    def log_debug(message: str, **params: Any) -> None:
        if _debug_wanted():
            original(message, **params)

    log_debug._lazy = True  # type: ignore[attr-defined]
    setattr(_api_requestor, "log_debug", log_debug)  # noqa: B010
