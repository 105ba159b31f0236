"""Turn an exception from the core into a message a user can act on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.errors import BillingManagerError
from desktop_app.paths import log_dir
from desktop_app.redaction import redact


def error_text(exc: BaseException) -> str:
    if isinstance(exc, BillingManagerError):
        return str(exc)
    template = QCoreApplication.translate(
        "Errors", "Something unexpected went wrong (%1). Details are in the log in %2."
    )
    detail = redact(f"{type(exc).__name__}: {exc}")
    return template.replace("%1", detail).replace("%2", str(log_dir()))
