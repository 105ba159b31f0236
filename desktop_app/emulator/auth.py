"""API keys the emulator accepts: secret keys, restricted keys with permissions, revocation.

A restricted key (``rk_``) carries permissions named as Stripe names them in its
403 answers, ``rak_<resource>_<read|write>``; write includes read. The resource
names are Stripe's, not the Dashboard's labels: prices are ``plan``, the customer
portal (configurations and sessions) is ``customer_portal``, and the account
(``GET /v1/account``) is ``connected_account``, which the Dashboard lists under
Connect. Sources:

- https://docs.stripe.com/keys/restricted-api-keys ("Restricted API keys": each
  resource is None, Read or Write; a key without the permission is refused);
- https://docs.stripe.com/stripe-apps/reference/permissions (the permission names:
  ``connected_account_read`` "Grants access to read Accounts", ``customer_read``,
  ``subscription_read``, ``invoice_read``, ``product_read``, ``plan_read``,
  ``payment_method_read``, ``event_read``, ``customer_portal_read/_write``);
- the 403 message Stripe sends, as quoted in stripe/stripe-node issue #2246 (a
  restricted key reading the account: HTTP 403, type ``invalid_request_error``, the
  key shown as its prefix, asterisks and its last six characters).
"""

from __future__ import annotations

import base64
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.emulator.apierror import ApiError

# Stripe's resource names in "rak_<resource>_<access>" for what the emulator serves.
RESOURCES = frozenset(
    {
        "connected_account",
        "customer",
        "customer_portal",
        "event",
        "invoice",
        "payment_method",
        "plan",
        "product",
        "subscription",
    }
)
_PERMISSION = re.compile(r"^rak_([a-z_]+)_(read|write)$")
_NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization "
    "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
    "https://stripe.com/docs/api#authentication for details, or we can help at "
    "https://support.stripe.com/."
)


def permission(resource: str, access: str) -> str:
    """('subscription', 'write') -> 'rak_subscription_write'."""
    return f"rak_{resource}_{access}"


# Everything the app uses: read on each resource, write on subscriptions and portal.
ALL_PERMISSIONS = frozenset(
    {permission(r, "read") for r in RESOURCES}
    | {permission("subscription", "write"), permission("customer_portal", "write")}
)


@dataclass(frozen=True)
class ApiKey:
    key: str
    livemode: bool
    permissions: frozenset[str] | None  # None: a secret key (everything allowed)

    @property
    def suffix(self) -> str:
        return self.key[-4:]

    def allows(self, resource: str, access: str) -> bool:
        if self.permissions is None:
            return True
        if permission(resource, "write") in self.permissions:
            return True
        return access == "read" and permission(resource, "read") in self.permissions


def masked(key: str) -> str:
    """How Stripe shows a key in errors: its prefix and last characters only."""
    parts = key.split("_")
    prefix = "_".join(parts[:2]) + "_" if len(parts) >= 3 else ""
    return f"{prefix}***{key[-3:]}" if len(key) > 8 else "***"


def masked_in_permission_error(key: str) -> str:
    """How a 403 shows the key: prefix, an asterisk per hidden character, last six."""
    parts = key.split("_")
    prefix = "_".join(parts[:2]) + "_" if len(parts) >= 3 else ""
    hidden = max(0, len(key) - len(prefix) - 6)
    return f"{prefix}{'*' * hidden}{key[-6:]}" if hidden else "*" * len(key)


def check_permissions(permissions: Iterable[str]) -> frozenset[str]:
    names = frozenset(permissions)
    for name in names:
        match = _PERMISSION.match(name)
        if match is None or match.group(1) not in RESOURCES:
            raise ValueError(f"unknown permission {name!r} (known: {sorted(ALL_PERMISSIONS)})")
    return names


class KeyRing:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, ApiKey] = {}
        self._revoked: set[str] = set()

    def add(
        self, key: str, *, livemode: bool = False, permissions: Iterable[str] | None = None
    ) -> ApiKey:
        granted = None if permissions is None else check_permissions(permissions)
        api_key = ApiKey(key, livemode, granted)
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
    if api_key.allows(resource, access):
        return
    raise ApiError(
        403,
        f"The provided key '{masked_in_permission_error(api_key.key)}' does not have the "
        f"required permissions for this endpoint on account '{account_id}'. Having the "
        f"'{permission(resource, access)}' permission would allow this request to continue.",
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
