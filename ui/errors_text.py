"""Turn an exception from the core into a message a user can act on."""

from __future__ import annotations

import logging

from desktop_app.errors import BillingManagerError, unexpected_error_text

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The message of a core error; for any other exception, what it was and that the
    details are in the log, after logging it there with its traceback (redacted, as
    every log record is)."""
    if isinstance(exc, BillingManagerError):
        return str(exc)
    log.error("Unexpected error shown in the window", exc_info=exc)
    return unexpected_error_text(exc)
