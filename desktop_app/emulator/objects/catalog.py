"""Products, prices and the legacy ``plan`` view of a price."""

from __future__ import annotations

from typing import Any

Obj = dict[str, Any]


def product(*, id: str, name: str, description: str | None, created: int, livemode: bool) -> Obj:
    return {
        "active": True,
        "created": created,
        "default_price": None,
        "description": description,
        "id": id,
        "images": [],
        "livemode": livemode,
        "marketing_features": [],
        "metadata": {},
        "name": name,
        "object": "product",
        "package_dimensions": None,
        "shippable": None,
        "statement_descriptor": None,
        "tax_code": None,
        "unit_label": None,
        "updated": created,
        "url": None,
        "type": "service",
    }


def price(
    *,
    id: str,
    product_id: str,
    currency: str,
    unit_amount: int | None,
    interval: str,
    interval_count: int,
    created: int,
    livemode: bool,
    nickname: str | None = None,
    usage_type: str = "licensed",
    meter: str | None = None,
    tiered: bool = False,
    lookup_key: str | None = None,
) -> Obj:
    return {
        "active": True,
        "billing_scheme": "tiered" if tiered else "per_unit",
        "created": created,
        "currency": currency,
        "custom_unit_amount": None,
        "id": id,
        "livemode": livemode,
        "lookup_key": lookup_key,
        "metadata": {},
        "nickname": nickname,
        "object": "price",
        "product": product_id,
        "recurring": {
            "interval": interval,
            "interval_count": interval_count,
            "meter": meter,
            "usage_type": usage_type,
            "trial_period_days": None,
        },
        "tax_behavior": "exclusive",
        "tiers_mode": "graduated" if tiered else None,
        "transform_quantity": None,
        "type": "recurring",
        "unit_amount": None if tiered else unit_amount,
        "unit_amount_decimal": None if tiered or unit_amount is None else str(unit_amount),
    }


def tiers(first_unit_amount: int, up_to: int) -> list[Obj]:
    """Graduated tiers of a tiered price (included with ``expand[]=tiers``)."""
    return [
        {
            "flat_amount": None,
            "flat_amount_decimal": None,
            "unit_amount": first_unit_amount,
            "unit_amount_decimal": str(first_unit_amount),
            "up_to": up_to,
        },
        {
            "flat_amount": None,
            "flat_amount_decimal": None,
            "unit_amount": first_unit_amount // 2,
            "unit_amount_decimal": str(first_unit_amount // 2),
            "up_to": None,
        },
    ]


def plan_from_price(p: Obj) -> Obj:
    recurring = p["recurring"]
    return {
        "active": p["active"],
        "amount": p["unit_amount"],
        "amount_decimal": p["unit_amount_decimal"],
        "billing_scheme": p["billing_scheme"],
        "created": p["created"],
        "currency": p["currency"],
        "id": p["id"],
        "interval": recurring["interval"],
        "interval_count": recurring["interval_count"],
        "livemode": p["livemode"],
        "metadata": {},
        "meter": recurring["meter"],
        "nickname": p["nickname"],
        "object": "plan",
        "product": p["product"],
        "tiers_mode": p["tiers_mode"],
        "transform_usage": None,
        "trial_period_days": None,
        "usage_type": recurring["usage_type"],
    }
