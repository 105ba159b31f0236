"""Turn the SDK's exceptions into desktop_app.errors with messages that say what to do."""

from __future__ import annotations

import logging
import re

import stripe

from desktop_app import permissions
from desktop_app import text as i18n
from desktop_app.errors import (
    AuthenticationFailed,
    BillingManagerError,
    InvalidApiBase,
    InvalidRequest,
    NetworkUnavailable,
    NotFound,
    PermissionMissing,
    RateLimited,
    StripeServerError,
)
from desktop_app.stripe_api.transport_errors import (
    CertificateNotTrusted,
    DeadlinePassed,
    NotThisComputer,
    ResponseTooLarge,
    SecureConnectionFailed,
    TransportError,
)

log = logging.getLogger(__name__)

# Stripe's 403 for a restricted key: "The provided key 'rk_test_***...' does not have
# the required permissions for this endpoint on account 'acct_...'. Having the
# 'rak_subscription_write' permission would allow this request to continue."
_PERMISSION = re.compile(r"the '([a-z0-9_]+)' permission", re.IGNORECASE)
_ACCOUNT = re.compile(r"on account '(acct_[A-Za-z0-9]+)'")


def permission_from_message(message: str) -> str | None:
    match = _PERMISSION.search(message)
    return match.group(1) if match else None


def account_from_message(message: str) -> str | None:
    """The account a 403 names (Stripe names it even when the key may not read it)."""
    match = _ACCOUNT.search(message)
    return match.group(1) if match else None


def describe_permission(permission: str) -> str:
    """'rak_subscription_write' -> 'Subscriptions: Write' (as the Dashboard lists it)."""
    return permissions.describe(permission)


def _stripe_message(exc: stripe.StripeError) -> str:
    return str(exc.user_message or "") or str(exc)


def translate(exc: stripe.StripeError, api_base: str | None = None) -> BillingManagerError:
    where = api_base or "Stripe"
    if isinstance(exc, stripe.AuthenticationError):
        return AuthenticationFailed(
            i18n.translate(
                "Errors",
                "The API key was rejected: it may have been revoked or rolled. Replace it in "
                "the window (Connect account, same name) or with `billing-manager profiles add "
                "NAME --replace`; for scripts, set STRIPE_API_KEY to a current key.",
            )
        )
    if isinstance(exc, stripe.PermissionError):
        stripe_text = _stripe_message(exc)
        permission = permission_from_message(stripe_text)
        if permission:
            text = i18n.translate(
                "Errors",
                "The restricted API key lacks the permission '{permission}' ({label}). Add it "
                "to the key in the Stripe Dashboard (Developers > API keys), or use a key that "
                "has it.",
            ).format(permission=permission, label=describe_permission(permission))
        else:
            text = i18n.translate(
                "Errors",
                "The API key is not allowed to do this. Give the restricted key the needed "
                "permission in the Stripe Dashboard (Developers > API keys).",
            )
        return PermissionMissing(text, permission, account_from_message(stripe_text))
    if isinstance(exc, stripe.RateLimitError):
        return RateLimited(
            i18n.translate(
                "Errors",
                "{where} kept answering 'too many requests' after several retries. Wait a "
                "minute and try again, or lower this account's request budget.",
            ).format(where=where)
        )
    if isinstance(exc, TransportError):
        return _transport(exc, where)
    if isinstance(exc, stripe.APIConnectionError):
        return NetworkUnavailable(
            i18n.translate(
                "Errors",
                "Could not reach {where} (no connection, or it timed out). Check the network "
                "connection and try again; the last synced data is still shown.",
            ).format(where=where)
        )
    if isinstance(exc, stripe.InvalidRequestError):
        if exc.http_status == 404:
            return NotFound(
                i18n.translate("Errors", "Not found on {where}: {message}").format(
                    where=where, message=_stripe_message(exc)
                )
            )
        return InvalidRequest(
            i18n.translate("Errors", "{where} refused the request: {message}").format(
                where=where, message=_stripe_message(exc)
            ),
            exc.param,
        )
    if isinstance(exc, stripe.APIError):
        status = exc.http_status
        if status:
            message = i18n.translate(
                "Errors",
                "{where} answered with an error or an unreadable response (HTTP {status}). "
                "This is usually temporary: try again in a few minutes.",
            ).format(where=where, status=status)
        else:
            message = i18n.translate(
                "Errors",
                "{where} answered with an error or an unreadable response. "
                "This is usually temporary: try again in a few minutes.",
            ).format(where=where)
        return StripeServerError(message)
    return StripeServerError(
        i18n.translate(
            "Errors", "{where} answered unexpectedly ({error}). Try again in a few minutes."
        ).format(where=where, error=type(exc).__name__)
    )


def _transport(exc: TransportError, where: str) -> BillingManagerError:
    """Our own transport failures, named for what they are (the detail goes to the
    log: it holds no secret, only what the TLS library or the server did)."""
    log.warning("Request to %s failed: %s", where, exc.detail)
    if isinstance(exc, CertificateNotTrusted):
        return NetworkUnavailable(
            i18n.translate(
                "Errors",
                "Could not connect securely to {where}: the server's certificate is not "
                "trusted: {reason}. Nothing was sent. If your company inspects secure "
                "connections, its certificate authority must be installed in this "
                "computer's trust store (ask your IT department); otherwise someone may be "
                "intercepting the connection.",
            ).format(where=where, reason=exc.reason.rstrip("."))
        )
    if isinstance(exc, SecureConnectionFailed):
        return NetworkUnavailable(
            i18n.translate(
                "Errors",
                "Could not set up a secure connection to {where} ({detail}). Nothing was "
                "sent. Check the API base address and the network (a proxy may be in the "
                "way), then try again.",
            ).format(where=where, detail=exc.detail)
        )
    if isinstance(exc, DeadlinePassed):
        return NetworkUnavailable(
            i18n.translate(
                "Errors",
                "The request to {where} timed out: no complete answer within {seconds} "
                "seconds (it answered too slowly, or not at all). Check the network "
                "connection and try again; the last synced data is still shown.",
            ).format(where=where, seconds=f"{exc.seconds:g}")
        )
    if isinstance(exc, ResponseTooLarge):
        return StripeServerError(
            i18n.translate(
                "Errors",
                "{where} sent an answer larger than {megabytes} MB, far more than any of "
                "Stripe's answers, so it was not read. Check that the API base address is "
                "Stripe or a Stripe-compatible server, and try again later.",
            ).format(where=where, megabytes=exc.limit // (1024 * 1024))
        )
    if isinstance(exc, NotThisComputer):
        return InvalidApiBase(
            i18n.translate(
                "Errors",
                "The API base {where} uses plain http://, but '{host}' led to {address}, "
                "which is not this computer, so nothing was sent (the API key would have "
                "travelled unencrypted). Use an https:// address, or http://127.0.0.1 for a "
                "server on this computer.",
            ).format(where=where, host=exc.host, address=exc.address)
        )
    return NetworkUnavailable(
        i18n.translate(
            "Errors",
            "Could not reach {where} (no connection, or it timed out). Check the network "
            "connection and try again; the last synced data is still shown.",
        ).format(where=where)
    )


def unreadable_answer(where: str) -> StripeServerError:
    """An answer that is not the JSON asked for, however often it was asked again."""
    return StripeServerError(
        i18n.translate(
            "Errors",
            "{where} answered something that is not Stripe's JSON (an unreadable response), "
            "again and again. Try again in a few minutes.",
        ).format(where=where)
    )


def list_never_ends(where: str, path: str, cursor: str) -> StripeServerError:
    """A list whose next page repeats one already received: it would never end."""
    log.warning("%s repeated the cursor %s of %s", where, cursor, path)
    return StripeServerError(
        i18n.translate(
            "Errors",
            "{where} kept sending pages of {list} that were sent already (the list "
            "repeated itself after '{cursor}'), so it would never end. The sync stopped; "
            "the last synced data is still shown. Try again later; if this keeps "
            "happening, the API base is not behaving as Stripe does.",
        ).format(where=where, list=path, cursor=cursor)
    )
