"""Logging from the first line: a rotating, private log file, always redacted."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.errors import disk_full, is_disk_full
from desktop_app.redaction import redact

LOG_FILE_NAME = "billing-manager.log"
_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


class RedactingFilter(logging.Filter):
    """Rewrites each record so its message, exception and stack text hold no secret.

    Attach it to handlers: a handler's filters see the records of every logger
    that propagates to it, a logger's filters only that logger's own records.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = redact(text)
            # The formatter would otherwise format the live exception again.
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file, the rolled-over ones included, is created 0600.

    A record that cannot be written (a full disk, a folder gone read-only) is lost
    with one line on stderr saying why, once per cause: never a traceback, and the
    app goes on.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._told: set[str] = set()

    def _open(self):  # type: ignore[no-untyped-def]
        paths.create_private_file(Path(self.baseFilename))
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        self._lost(sys.exc_info()[1])

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:
            self._lost(exc)

    def close(self) -> None:
        """(What a full disk kept in the buffer is lost; the file is closed all the same.)"""
        try:
            super().close()
        except OSError as exc:
            self._lost(exc)

    def _lost(self, exc: BaseException | None) -> None:
        folder = Path(self.baseFilename).parent
        if exc is not None and is_disk_full(exc):
            cause = "disk full"
            text = str(disk_full(folder, "retry"))
        else:
            cause = type(exc).__name__
            text = f"The log in {folder} could not be written ({redact(str(exc))})."
        if cause not in self._told:
            self._told.add(cause)
            print(f"billing-manager: {text} Log lines are lost until then.", file=sys.stderr)


def log_file_path() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO, *, console: bool = False) -> Path:
    """Install the redacting rotating file handler on the root logger (idempotent)."""
    root = logging.getLogger()
    path = log_file_path()
    for handler in root.handlers:
        if getattr(handler, "_billing_manager", False):
            return path
    handlers: list[logging.Handler] = []
    try:
        paths.ensure_private_dir(path.parent)
        handlers.append(
            PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        )
    except OSError as exc:  # the app still works; it says so once
        reason = exc.strerror or type(exc).__name__
        print(
            f"billing-manager: the log {path} cannot be written ({reason}); going on without it.",
            file=sys.stderr,
        )
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(RedactingFilter())
        handler._billing_manager = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    # The SDK's DEBUG records carry whole response bodies (portal session URLs,
    # customers' details): never emit them, whatever the app's level.
    logging.getLogger("stripe").setLevel(max(level, logging.INFO))
    logging.captureWarnings(True)
    return path
