"""Errors the core raises for the user to read.

Each carries a message that says what happened and what to do, already free of
secrets (keys and portal session URLs are redacted). The CLI maps them to exit
codes; the window shows them as non-modal messages.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Literal

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.redaction import redact
from desktop_app.text import translate


class BillingManagerError(Exception):
    """Base class: ``str(error)`` is the user-facing message."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str) -> None:
        super().__init__(redact(message))

    @property
    def message(self) -> str:
        return str(self)


class AuthenticationFailed(BillingManagerError):
    """The key is wrong, revoked or rolled (HTTP 401)."""

    exit_code = ExitCode.AUTH


class PermissionMissing(BillingManagerError):
    """A restricted key lacks a permission (HTTP 403); ``permission`` names it if known
    (Stripe's name, ``rak_...``), ``account_id`` the account Stripe's answer named."""

    exit_code = ExitCode.AUTH

    def __init__(
        self, message: str, permission: str | None = None, account_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.permission = permission
        self.account_id = account_id


class NetworkUnavailable(BillingManagerError):
    """Stripe (or the API base) could not be reached, or timed out, after retries."""

    exit_code = ExitCode.NETWORK


class RateLimited(BillingManagerError):
    """Stripe kept answering 429 beyond the retries the request budget allows."""

    exit_code = ExitCode.NETWORK


class StripeServerError(BillingManagerError):
    """Stripe answered 5xx (or something that is not Stripe's JSON) after retries."""

    exit_code = ExitCode.NETWORK


class NotFound(BillingManagerError):
    exit_code = ExitCode.NOT_FOUND


class InvalidRequest(BillingManagerError):
    """Stripe refused a request as invalid (HTTP 400); ``param`` names the field if known."""

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


class KeyringUnavailable(BillingManagerError):
    """No usable OS keyring (no backend, locked, access denied). Never falls back to a file."""

    exit_code = ExitCode.KEYRING


class InvalidApiKey(BillingManagerError):
    """A key that is not shaped like a Stripe secret or restricted key."""

    exit_code = ExitCode.USAGE


class InvalidApiBase(BillingManagerError):
    """An API base address a key must not be sent to (not http(s), or plain http to
    another computer)."""

    exit_code = ExitCode.USAGE


class CacheCorrupt(BillingManagerError):
    """The local cache could not be read; it was set aside and will be rebuilt."""


class OfflineWithoutCache(BillingManagerError):
    exit_code = ExitCode.OFFLINE_NO_CACHE


class SyncCancelled(BillingManagerError):
    """The user cancelled a sync; the previous snapshot is untouched."""

    exit_code = ExitCode.INTERRUPTED


class DiskFull(BillingManagerError):
    """No space left where the app writes (the disk, or the user's quota). Whatever
    was being written is not half-written: the previous version stays."""


_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk (or quota) is full: an OSError, or SQLite's
    SQLITE_FULL ("database or disk is full")."""
    if isinstance(exc, OSError):
        return exc.errno in _DISK_FULL_ERRNOS
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return isinstance(code, int) and (code & 0xFF) == sqlite3.SQLITE_FULL
    return False


def disk_full(folder: Path | str, action: Literal["sync", "export", "retry"]) -> DiskFull:
    """The message for a full disk: where to free space, and what to do then."""
    if action == "sync":
        text = translate(
            "Errors",
            "The disk is full: free space on {folder} and sync again. The local copy "
            "keeps its last complete sync.",
        )
    elif action == "export":
        text = translate(
            "Errors",
            "The disk is full: free space on {folder} and export again; nothing was written.",
        )
    else:
        text = translate("Errors", "The disk is full: free space on {folder} and try again.")
    return DiskFull(text.format(folder=folder))


def unexpected_error_text(exc: BaseException) -> str:
    """For an error the app did not foresee: what it was and where the details are
    (log it with its traceback first: ``log.error(..., exc_info=exc)``)."""
    from desktop_app.paths import log_dir

    return translate(
        "Errors", "Something unexpected went wrong ({error}). Details are in the log in {folder}."
    ).format(error=redact(f"{type(exc).__name__}: {exc}"), folder=log_dir())
