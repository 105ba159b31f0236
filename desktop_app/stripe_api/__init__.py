"""Stripe access: the only package that imports ``stripe``.

The names below load their modules on first use (``desktop_app.lazy``): a page
worker needs this package's list decoding, not the SDK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.lazy import lazy_exports

if TYPE_CHECKING:
    from desktop_app.stripe_api.budget import RequestBudget, shared_budget
    from desktop_app.stripe_api.client import (
        DUNNING_EXPAND,
        DUNNING_STATUSES,
        SUBSCRIPTION_EXPAND,
        AccountInfo,
        PortalSession,
        StripeApi,
        SubscriptionQuery,
    )
    from desktop_app.stripe_api.events_head import EventsHead

_CLIENT = "desktop_app.stripe_api.client"
__getattr__ = lazy_exports(
    __name__,
    {
        "DUNNING_EXPAND": _CLIENT,
        "DUNNING_STATUSES": _CLIENT,
        "SUBSCRIPTION_EXPAND": _CLIENT,
        "AccountInfo": _CLIENT,
        "EventsHead": "desktop_app.stripe_api.events_head",
        "PortalSession": _CLIENT,
        "RequestBudget": "desktop_app.stripe_api.budget",
        "StripeApi": _CLIENT,
        "SubscriptionQuery": _CLIENT,
        "shared_budget": "desktop_app.stripe_api.budget",
    },
)

__all__ = [
    "DUNNING_EXPAND",
    "DUNNING_STATUSES",
    "SUBSCRIPTION_EXPAND",
    "AccountInfo",
    "EventsHead",
    "PortalSession",
    "RequestBudget",
    "StripeApi",
    "SubscriptionQuery",
    "shared_budget",
]
