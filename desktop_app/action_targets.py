"""Build an ``ActionTarget`` from Stripe's subscription JSON (the CLI's source, fresh
from the API) or from the cache's ``SubscriptionDetail`` (the window's)."""

from __future__ import annotations

from typing import Any

from desktop_app.actions import ActionTarget
from desktop_app.domain import (
    display_status,
    is_canceling,
    next_billing,
    parse_subscription,
    plan_label,
)
from desktop_app.domain.models import Subscription
from desktop_app.domain.status import is_collection_paused
from desktop_app.store import SubscriptionRow


def _locales(customer: Any) -> tuple[str, ...]:
    if not isinstance(customer, dict):
        return ()
    return tuple(str(tag) for tag in customer.get("preferred_locales") or () if tag)


def target_from_subscription(sub: Subscription, **extra: Any) -> ActionTarget:
    customer = sub.customer
    upcoming = next_billing(sub)
    values: dict[str, Any] = {
        "subscription_id": sub.id,
        "customer_id": sub.customer_id or (customer.id if customer else ""),
        "customer_name": customer.name if customer else None,
        "customer_email": customer.email if customer else None,
        "plan_label": plan_label(sub) or None,
        "status": display_status(sub).value,
        "period_end": upcoming.date if upcoming else None,
        "cancel_at_period_end": is_canceling(sub),
        "collection_paused": is_collection_paused(sub),
        "livemode": sub.livemode,
    }
    values.update(extra)
    return ActionTarget(**values)


def target_from_json(obj: dict[str, Any]) -> ActionTarget:
    """From ``GET /v1/subscriptions/{id}?expand[]=customer`` (preferred locales known)."""
    sub = parse_subscription(obj)
    locales = _locales(obj.get("customer"))
    return target_from_subscription(sub, preferred_locales=locales, locales_known=True)


def target_from_row(row: SubscriptionRow) -> ActionTarget:
    """From the cache's ``SubscriptionRow`` (what the window's table holds)."""
    status = row.display_status.value
    return ActionTarget(
        subscription_id=row.id,
        customer_id=row.customer_id or "",
        customer_name=row.customer_name,
        customer_email=row.customer_email,
        plan_label=row.plan_label or None,
        status=str(status),
        period_end=row.next_billing_date,
        cancel_at_period_end=str(status) == "canceling",
        collection_paused=bool(row.collection_paused),
        livemode=bool(row.livemode),
    )
