"""Links into the Stripe Dashboard for a subscription, customer or invoice.

Test-mode objects live under ``/test/``; a link without it would show the live
account and "No such object".
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import quote

DASHBOARD = "https://dashboard.stripe.com"

ObjectKind = Literal["subscription", "customer", "invoice"]
_PATHS: dict[str, str] = {
    "subscription": "subscriptions",
    "customer": "customers",
    "invoice": "invoices",
}


def dashboard_url(kind: ObjectKind, object_id: str, livemode: bool) -> str:
    """``https://dashboard.stripe.com[/test]/<kind>s/<id>``."""
    if kind not in _PATHS:
        raise ValueError(f"No Dashboard page for {kind!r}")
    if not object_id:
        raise ValueError(f"A {kind} link needs an ID")
    mode = "" if livemode else "/test"
    return f"{DASHBOARD}{mode}/{_PATHS[kind]}/{quote(object_id, safe='')}"
