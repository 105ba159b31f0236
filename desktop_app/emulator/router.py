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
    resource: str | None  # permission resource; None: any key
    access: str


def _route(method: str, path: str, handler: Handler, resource: str | None, access: str) -> Route:
    return Route(
        method, re.compile("^" + path.replace("{id}", _ID) + "$"), handler, resource, access
    )


ROUTES: tuple[Route, ...] = (
    _route("GET", "/v1/account", r.account, None, "read"),
    _route("GET", "/v1/products", r.list_products, "products", "read"),
    _route("GET", "/v1/products/{id}", r.retrieve_product, "products", "read"),
    _route("GET", "/v1/prices", r.list_prices, "prices", "read"),
    _route("GET", "/v1/prices/{id}", r.retrieve_price, "prices", "read"),
    _route("GET", "/v1/customers", r.list_customers, "customers", "read"),
    _route("GET", "/v1/customers/{id}", r.retrieve_customer, "customers", "read"),
    _route("GET", "/v1/customers/{id}/tax_ids", r.list_customer_tax_ids, "customers", "read"),
    _route(
        "GET",
        "/v1/customers/{id}/payment_methods",
        r.list_customer_payment_methods,
        "payment_methods",
        "read",
    ),
    _route("GET", "/v1/payment_methods", r.list_payment_methods, "payment_methods", "read"),
    _route("GET", "/v1/payment_methods/{id}", r.retrieve_payment_method, "payment_methods", "read"),
    _route("GET", "/v1/subscriptions", r.list_subscriptions, "subscriptions", "read"),
    _route("GET", "/v1/subscriptions/{id}", r.retrieve_subscription, "subscriptions", "read"),
    _route("POST", "/v1/subscriptions/{id}", w.update_subscription, "subscriptions", "write"),
    _route("DELETE", "/v1/subscriptions/{id}", w.cancel_subscription, "subscriptions", "write"),
    _route("GET", "/v1/subscription_items", r.list_subscription_items, "subscriptions", "read"),
    _route("GET", "/v1/invoices", r.list_invoices, "invoices", "read"),
    _route("GET", "/v1/invoices/{id}", r.retrieve_invoice, "invoices", "read"),
    _route("GET", "/v1/events", r.list_events, "events", "read"),
    _route("GET", "/v1/events/{id}", r.retrieve_event, "events", "read"),
    _route(
        "GET",
        "/v1/billing_portal/configurations",
        r.list_portal_configurations,
        "billing_portal_configurations",
        "read",
    ),
    _route(
        "GET",
        "/v1/billing_portal/configurations/{id}",
        r.retrieve_portal_configuration,
        "billing_portal_configurations",
        "read",
    ),
    _route(
        "POST",
        "/v1/billing_portal/sessions",
        w.create_portal_session,
        "billing_portal_sessions",
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
