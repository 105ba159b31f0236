"""Which handler answers a method and path, and the permission it needs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app.emulator import api_read as r
from desktop_app.emulator import api_write as w
from desktop_app.emulator.call import Call

Handler = Callable[[Call], dict[str, Any]]
_ID = r"([A-Za-z0-9_]+)"


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    resource: str  # Stripe's permission resource (auth.RESOURCES)
    access: str


def _route(method: str, path: str, handler: Handler, resource: str, access: str) -> Route:
    return Route(
        method, re.compile("^" + path.replace("{id}", _ID) + "$"), handler, resource, access
    )


ROUTES: tuple[Route, ...] = (
    _route("GET", "/v1/account", r.account, "connected_account", "read"),
    _route("GET", "/v1/products", r.list_products, "product", "read"),
    _route("GET", "/v1/products/{id}", r.retrieve_product, "product", "read"),
    _route("GET", "/v1/prices", r.list_prices, "plan", "read"),
    _route("GET", "/v1/prices/{id}", r.retrieve_price, "plan", "read"),
    _route("GET", "/v1/customers", r.list_customers, "customer", "read"),
    _route("GET", "/v1/customers/{id}", r.retrieve_customer, "customer", "read"),
    _route("GET", "/v1/customers/{id}/tax_ids", r.list_customer_tax_ids, "customer", "read"),
    _route(
        "GET",
        "/v1/customers/{id}/payment_methods",
        r.list_customer_payment_methods,
        "payment_method",
        "read",
    ),
    _route(
        "GET", "/v1/customers/{id}/sources/{id}", r.retrieve_customer_source, "customer", "read"
    ),
    _route("GET", "/v1/payment_methods", r.list_payment_methods, "payment_method", "read"),
    _route("GET", "/v1/payment_methods/{id}", r.retrieve_payment_method, "payment_method", "read"),
    _route("GET", "/v1/subscriptions", r.list_subscriptions, "subscription", "read"),
    _route("GET", "/v1/subscriptions/{id}", r.retrieve_subscription, "subscription", "read"),
    _route("POST", "/v1/subscriptions/{id}", w.update_subscription, "subscription", "write"),
    _route("DELETE", "/v1/subscriptions/{id}", w.cancel_subscription, "subscription", "write"),
    _route("GET", "/v1/subscription_items", r.list_subscription_items, "subscription", "read"),
    _route("GET", "/v1/invoices", r.list_invoices, "invoice", "read"),
    _route("GET", "/v1/invoices/{id}", r.retrieve_invoice, "invoice", "read"),
    _route("GET", "/v1/events", r.list_events, "event", "read"),
    _route("GET", "/v1/events/{id}", r.retrieve_event, "event", "read"),
    _route(
        "GET",
        "/v1/billing_portal/configurations",
        r.list_portal_configurations,
        "customer_portal",
        "read",
    ),
    _route(
        "GET",
        "/v1/billing_portal/configurations/{id}",
        r.retrieve_portal_configuration,
        "customer_portal",
        "read",
    ),
    _route(
        "POST",
        "/v1/billing_portal/sessions",
        w.create_portal_session,
        "customer_portal",
        "write",
    ),
)


def find(method: str, path: str) -> tuple[Route, tuple[str, ...]] | None:
    """The route for (method, path), or None; a known path with another method is None too."""
    for route in ROUTES:
        if route.method != method:
            continue
        match = route.pattern.match(path)
        if match:
            return route, match.groups()
    return None
