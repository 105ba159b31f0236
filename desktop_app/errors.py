"""Errors the core raises for the user to read.

Each carries a message that says what happened and what to do, already free of
secrets (keys and portal session URLs are redacted). The CLI maps them to exit
codes; the window shows them as non-modal messages.
"""

from __future__ import annotations

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.redaction import redact


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
