"""Turn the SDK's exceptions into desktop_app.errors with messages that say what to do."""

from __future__ import annotations

import re

import stripe

from desktop_app.errors import (
    AuthenticationFailed,
    BillingManagerError,
    InvalidRequest,
    NetworkUnavailable,
    NotFound,
    PermissionMissing,
    RateLimited,
    StripeServerError,
)

# "Having the 'rak_subscription_write' permission would allow this request to continue."
_PERMISSION = re.compile(r"the '([a-z0-9_]+)' permission", re.IGNORECASE)
_RAK = re.compile(r"^rak_([a-z0-9_]+?)_(read|write)$")


def permission_from_message(message: str) -> str | None:
    match = _PERMISSION.search(message)
    return match.group(1) if match else None


def describe_permission(permission: str) -> str:
    """'rak_subscription_write' -> 'Subscriptions: Write' (as the Dashboard lists it)."""
    match = _RAK.match(permission)
    if not match:
        return permission
    resource = match.group(1).replace("_", " ")
    if not resource.endswith("s"):
        resource += "s"
    return f"{resource.capitalize()}: {match.group(2).capitalize()}"


def _stripe_message(exc: stripe.StripeError) -> str:
    return str(exc.user_message or "") or str(exc)


def translate(exc: stripe.StripeError, api_base: str | None = None) -> BillingManagerError:
    where = api_base or "Stripe"
    if isinstance(exc, stripe.AuthenticationError):
        return AuthenticationFailed(
            "The API key was rejected: it may have been revoked or rolled. Replace it in the "
            "window (Connect account, same name) or with `billing-manager profiles add NAME "
            "--replace`; for scripts, set STRIPE_API_KEY to a current key."
        )
    if isinstance(exc, stripe.PermissionError):
        permission = permission_from_message(_stripe_message(exc))
        if permission:
            text = (
                f"The restricted API key lacks the permission '{permission}' "
                f"({describe_permission(permission)}). Add it to the key in the Stripe "
                "Dashboard (Developers > API keys), or use a key that has it."
            )
        else:
            text = (
                "The API key is not allowed to do this. Give the restricted key the needed "
                "permission in the Stripe Dashboard (Developers > API keys)."
            )
        return PermissionMissing(text, permission)
    if isinstance(exc, stripe.RateLimitError):
        return RateLimited(
            f"{where} kept answering 'too many requests' after several retries. Wait a minute "
            "and try again, or lower this account's request budget."
        )
    if isinstance(exc, stripe.APIConnectionError):
        return NetworkUnavailable(
            f"Could not reach {where} (no connection, or it timed out). Check the network "
            "connection and try again; the last synced data is still shown."
        )
    if isinstance(exc, stripe.InvalidRequestError):
        if exc.http_status == 404:
            return NotFound(f"Not found on {where}: {_stripe_message(exc)}")
        return InvalidRequest(f"{where} refused the request: {_stripe_message(exc)}", exc.param)
    if isinstance(exc, stripe.APIError):
        status = exc.http_status
        detail = f" (HTTP {status})" if status else ""
        return StripeServerError(
            f"{where} answered with an error or an unreadable response{detail}. "
            "This is usually temporary: try again in a few minutes."
        )
    return StripeServerError(
        f"{where} answered unexpectedly ({type(exc).__name__}). Try again in a few minutes."
    )
