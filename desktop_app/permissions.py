"""The restricted-key permissions the app uses: our names, Stripe's, the Dashboard's.

Inside the app a permission is ``"<resource>:<read|write>"`` (``key_check.probe``).
Stripe names it ``rak_<resource>_<read|write>`` in its 403 answers ("Having the
'rak_subscription_read' permission would allow this request to continue."), with
its own resource words, which are not always the Dashboard's: prices are ``plan``,
both the portal's configurations and its sessions are ``customer_portal``, and the
account itself (``GET /v1/account``) is ``connected_account``, listed under Connect
in the Dashboard. Sources: https://docs.stripe.com/keys/restricted-api-keys and the
permission names in https://docs.stripe.com/stripe-apps/reference/permissions
(``connected_account_read``: "Grants access to read Accounts"; ``plan_read``;
``customer_portal_read`` / ``customer_portal_write``; ...).
"""

from __future__ import annotations

import re

# Our resource -> (Stripe's word in rak_<word>_<access>, the Dashboard's label).
RESOURCES: dict[str, tuple[str, str]] = {
    "subscriptions": ("subscription", "Subscriptions"),
    "customers": ("customer", "Customers"),
    "invoices": ("invoice", "Invoices"),
    "products": ("product", "Products"),
    "prices": ("plan", "Prices"),
    "payment_methods": ("payment_method", "PaymentMethods"),
    "events": ("event", "Events"),
    "billing_portal_configurations": ("customer_portal", "Customer portal"),
    "billing_portal_sessions": ("customer_portal", "Customer portal"),
    "account": ("connected_account", "Connect: Accounts"),
}
_LABELS = {word: label for word, label in RESOURCES.values()}
_RAK = re.compile(r"^rak_([a-z0-9_]+?)_(read|write)$")


def stripe_name(permission: str) -> str:
    """'subscriptions:write' -> 'rak_subscription_write'."""
    resource, _, access = permission.partition(":")
    word = RESOURCES[resource][0] if resource in RESOURCES else resource
    return f"rak_{word}_{access}"


def label(permission: str) -> str:
    """As the Dashboard lists it: 'subscriptions:write' -> 'Subscriptions: Write'."""
    resource, _, access = permission.partition(":")
    name = RESOURCES[resource][1] if resource in RESOURCES else resource
    return f"{name}: {access.capitalize()}"


def describe(stripe_permission: str) -> str:
    """Stripe's name as the Dashboard lists it: 'rak_plan_read' -> 'Prices: Read';
    a name the app does not know is made readable ('rak_coupon_read' -> 'Coupons: Read')."""
    match = _RAK.match(stripe_permission)
    if not match:
        return stripe_permission
    word, access = match.groups()
    name = _LABELS.get(word)
    if name is None:
        name = word.replace("_", " ").capitalize()
        name = name if name.endswith("s") else name + "s"
    return f"{name}: {access.capitalize()}"
