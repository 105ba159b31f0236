"""Customers, card payment methods and tax IDs."""

from __future__ import annotations

from typing import Any

Obj = dict[str, Any]


def address(
    *, line1: str, city: str, postal_code: str, country: str, state: str | None = None
) -> Obj:
    return {
        "city": city,
        "country": country,
        "line1": line1,
        "line2": None,
        "postal_code": postal_code,
        "state": state,
    }


def customer(
    *,
    id: str,
    name: str,
    email: str,
    phone: str | None,
    address: Obj,
    currency: str,
    created: int,
    livemode: bool,
    preferred_locales: list[str],
    invoice_prefix: str,
    default_payment_method: str | None,
) -> Obj:
    return {
        "address": address,
        "balance": 0,
        "created": created,
        "currency": currency,
        "default_source": None,
        "delinquent": False,
        "description": None,
        "discount": None,
        "email": email,
        "id": id,
        "invoice_prefix": invoice_prefix,
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": default_payment_method,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": livemode,
        "metadata": {},
        "name": name,
        "next_invoice_sequence": 1,
        "object": "customer",
        "phone": phone,
        "preferred_locales": preferred_locales,
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }


def card_payment_method(
    *,
    id: str,
    customer_id: str | None,
    brand: str,
    last4: str,
    exp_month: int,
    exp_year: int,
    country: str,
    postal_code: str | None,
    name: str | None,
    email: str | None,
    created: int,
    livemode: bool,
    fingerprint: str,
    funding: str = "credit",
) -> Obj:
    return {
        "allow_redisplay": "unspecified",
        "billing_details": {
            "address": {
                "city": None,
                "country": country,
                "line1": None,
                "line2": None,
                "postal_code": postal_code,
                "state": None,
            },
            "email": email,
            "name": name,
            "phone": None,
            "tax_id": None,
        },
        "card": {
            "brand": brand,
            "checks": {
                "address_line1_check": None,
                "address_postal_code_check": "pass" if postal_code else None,
                "cvc_check": "pass",
            },
            "country": country,
            "display_brand": brand.replace("amex", "american_express"),
            "exp_month": exp_month,
            "exp_year": exp_year,
            "fingerprint": fingerprint,
            "funding": funding,
            "generated_from": None,
            "last4": last4,
            "networks": {"available": [brand], "preferred": None},
            "three_d_secure_usage": {"supported": True},
            "wallet": None,
            "regulated_status": "unregulated",
        },
        "created": created,
        "customer": customer_id,
        "id": id,
        "livemode": livemode,
        "metadata": {},
        "object": "payment_method",
        "type": "card",
        "customer_account": None,
    }


def tax_id(
    *, id: str, customer_id: str, type: str, value: str, country: str, created: int, livemode: bool
) -> Obj:
    return {
        "country": country,
        "created": created,
        "customer": customer_id,
        "id": id,
        "livemode": livemode,
        "object": "tax_id",
        "owner": {"customer": customer_id, "type": "customer", "customer_account": None},
        "type": type,
        "value": value,
        "verification": {"status": "verified", "verified_address": None, "verified_name": None},
        "customer_account": None,
    }
