"""API keys the emulator accepts: secret keys, restricted keys with permissions, revocation."""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass

from desktop_app.emulator.apierror import ApiError

# Resource name (as in CONTRACTS.md / DESIGN.md) -> the word in Stripe's "rak_<word>_<access>".
PERMISSION_WORDS = {
    "subscriptions": "subscription",
    "customers": "customer",
    "invoices": "invoice",
    "products": "product",
    "prices": "price",
    "payment_methods": "payment_method",
    "events": "event",
    "billing_portal_configurations": "billing_portal_configuration",
    "billing_portal_sessions": "billing_portal_session",
    "tax_ids": "customer",
}
_NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization "
    "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
    "https://stripe.com/docs/api#authentication for details, or we can help at "
    "https://support.stripe.com/."
)


@dataclass(frozen=True)
class ApiKey:
    key: str
    livemode: bool
    permissions: dict[str, str] | None  # None: a secret key (everything allowed)

    @property
    def suffix(self) -> str:
        return self.key[-4:]


def masked(key: str) -> str:
    """How Stripe shows a key in errors: its prefix and last characters only."""
    parts = key.split("_")
    prefix = "_".join(parts[:2]) + "_" if len(parts) >= 3 else ""
    return f"{prefix}***{key[-3:]}" if len(key) > 8 else "***"


class KeyRing:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, ApiKey] = {}
        self._revoked: set[str] = set()

    def add(
        self, key: str, *, livemode: bool = False, permissions: dict[str, str] | None = None
    ) -> ApiKey:
        for resource, access in (permissions or {}).items():
            if resource not in PERMISSION_WORDS or access not in ("read", "write", "none"):
                raise ValueError(f"unknown permission {resource}={access}")
        api_key = ApiKey(key, livemode, dict(permissions) if permissions is not None else None)
        with self._lock:
            self._keys[key] = api_key
            self._revoked.discard(key)
        return api_key

    def revoke(self, key: str) -> None:
        with self._lock:
            self._keys.pop(key, None)
            self._revoked.add(key)

    def authenticate(self, authorization: str | None) -> ApiKey:
        key = _key_from_header(authorization)
        if not key:
            raise ApiError(401, _NO_KEY)
        with self._lock:
            found = self._keys.get(key)
            revoked = key in self._revoked
        if found is not None:
            return found
        if revoked:
            raise ApiError(401, f"Expired API Key provided: {masked(key)}", code="api_key_expired")
        raise ApiError(401, f"Invalid API Key provided: {masked(key)}")


def require(api_key: ApiKey, resource: str, access: str, account_id: str) -> None:
    """403 unless the key may ``access`` ("read" or "write") ``resource``."""
    if api_key.permissions is None:
        return
    granted = api_key.permissions.get(resource, "none")
    if granted == "write" or (granted == "read" and access == "read"):
        return
    permission = f"rak_{PERMISSION_WORDS[resource]}_{access}"
    raise ApiError(
        403,
        f"The provided key '{masked(api_key.key)}' does not have the required permissions for "
        f"this endpoint on account '{account_id}'. Having the '{permission}' permission would "
        "allow this request to continue.",
    )


def _key_from_header(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() == "bearer":
        return value.strip() or None
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip()).decode()
        except ValueError:
            return None
        return decoded.partition(":")[0] or None
    return None
