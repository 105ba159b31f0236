"""Stripe access: the only package that imports ``stripe``."""

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

__all__ = [
    "DUNNING_EXPAND",
    "DUNNING_STATUSES",
    "SUBSCRIPTION_EXPAND",
    "AccountInfo",
    "PortalSession",
    "RequestBudget",
    "StripeApi",
    "SubscriptionQuery",
    "shared_budget",
]
