"""Stripe access: the only package that imports ``stripe``."""

from desktop_app.stripe_api.budget import RequestBudget, shared_budget
from desktop_app.stripe_api.client import (
    SUBSCRIPTION_EXPAND,
    AccountInfo,
    PortalSession,
    StripeApi,
)

__all__ = [
    "SUBSCRIPTION_EXPAND",
    "AccountInfo",
    "PortalSession",
    "RequestBudget",
    "StripeApi",
    "shared_budget",
]
