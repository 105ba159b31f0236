"""Billing portal configurations and sessions."""

from __future__ import annotations

from typing import Any

Obj = dict[str, Any]


def configuration(
    *,
    id: str,
    name: str | None,
    is_default: bool,
    created: int,
    livemode: bool,
    login_url: str | None,
    default_return_url: str | None,
    cancel_enabled: bool = True,
) -> Obj:
    return {
        "active": True,
        "application": None,
        "business_profile": {
            "headline": "Manage your subscription",
            "privacy_policy_url": "https://example.com/privacy",
            "terms_of_service_url": "https://example.com/terms",
        },
        "created": created,
        "default_return_url": default_return_url,
        "features": {
            "customer_update": {"allowed_updates": ["email", "address", "tax_id"], "enabled": True},
            "invoice_history": {"enabled": True},
            "payment_method_update": {"enabled": True, "payment_method_configuration": None},
            "subscription_cancel": {
                "cancellation_reason": {
                    "enabled": True,
                    "options": ["too_expensive", "unused", "other"],
                },
                "enabled": cancel_enabled,
                "mode": "at_period_end",
                "proration_behavior": "none",
            },
            "subscription_update": {
                "default_allowed_updates": [],
                "enabled": False,
                "proration_behavior": "none",
                "schedule_at_period_end": {"conditions": []},
                "trial_update_behavior": "end_trial",
                "billing_cycle_anchor": None,
            },
        },
        "id": id,
        "is_default": is_default,
        "livemode": livemode,
        "login_page": {"enabled": login_url is not None, "url": login_url},
        "metadata": {},
        "object": "billing_portal.configuration",
        "updated": created,
        "name": name,
    }


def flow(flow_data: Obj) -> Obj:
    """The session's ``flow`` from the ``flow_data`` the caller sent (already validated)."""
    kind = flow_data["type"]
    after = flow_data.get("after_completion") or {"type": "portal_homepage"}
    after_type = after.get("type", "portal_homepage")
    hosted = after.get("hosted_confirmation") or {}
    redirect = after.get("redirect") or {}
    cancel = flow_data.get("subscription_cancel") or {}
    update = flow_data.get("subscription_update") or {}
    confirm = flow_data.get("subscription_update_confirm") or {}
    return {
        "after_completion": {
            "hosted_confirmation": (
                {"custom_message": hosted.get("custom_message")}
                if after_type == "hosted_confirmation"
                else None
            ),
            "redirect": (
                {"return_url": redirect.get("return_url")} if after_type == "redirect" else None
            ),
            "type": after_type,
        },
        "subscription_cancel": (
            {"retention": None, "subscription": cancel.get("subscription")}
            if kind == "subscription_cancel"
            else None
        ),
        "subscription_update": (
            {"subscription": update.get("subscription")} if kind == "subscription_update" else None
        ),
        "subscription_update_confirm": (
            {
                "discounts": [],
                "items": [
                    {"id": i.get("id"), "price": i.get("price")}
                    for i in confirm.get("items") or []
                    if isinstance(i, dict)
                ],
                "subscription": confirm.get("subscription"),
            }
            if kind == "subscription_update_confirm"
            else None
        ),
        "type": kind,
    }


def session(
    *,
    id: str,
    configuration_id: str,
    customer_id: str,
    created: int,
    livemode: bool,
    locale: str | None,
    return_url: str | None,
    url: str,
    flow_obj: Obj | None,
) -> Obj:
    return {
        "configuration": configuration_id,
        "created": created,
        "customer": customer_id,
        "flow": flow_obj,
        "id": id,
        "livemode": livemode,
        "locale": locale,
        "object": "billing_portal.session",
        "on_behalf_of": None,
        "return_url": return_url,
        "url": url,
        "customer_account": None,
    }
