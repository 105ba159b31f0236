"""Customers, their payment methods (cards, SEPA and Bacs Direct Debit, US bank
accounts, Link), legacy card sources and tax IDs."""

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
    default_source: str | None = None,
) -> Obj:
    return {
        "address": address,
        "balance": 0,
        "created": created,
        "currency": currency,
        "default_source": default_source,
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


def _method(
    *,
    id: str,
    kind: str,
    details: Obj,
    customer_id: str | None,
    country: str | None,
    postal_code: str | None,
    name: str | None,
    email: str | None,
    created: int,
    livemode: bool,
) -> Obj:
    """A payment method of a type other than card: Stripe's envelope (the fixture's
    keys without ``card``) and the type's details under its name."""
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
        kind: details,
        "created": created,
        "customer": customer_id,
        "id": id,
        "livemode": livemode,
        "metadata": {},
        "object": "payment_method",
        "type": kind,
        "customer_account": None,
    }


# The details of each type, with the fields stripe-python 16.x's PaymentMethod gives
# them (PaymentMethod.SepaDebit, .BacsDebit, .UsBankAccount, .Link).
def sepa_debit_details(
    *, bank_code: str, country: str, last4: str, fingerprint: str, setup_attempt: str | None
) -> Obj:
    """``setup_attempt``: the SetupAttempt of the iDEAL or Bancontact payment that
    saved this IBAN (docs.stripe.com/payments/ideal/set-up-payment), else None."""
    return {
        "bank_code": bank_code,
        "branch_code": "",
        "country": country,
        "fingerprint": fingerprint,
        "generated_from": {"charge": None, "setup_attempt": setup_attempt},
        "last4": last4,
    }


def bacs_debit_details(*, sort_code: str, last4: str, fingerprint: str) -> Obj:
    return {"fingerprint": fingerprint, "last4": last4, "sort_code": sort_code}


def us_bank_account_details(*, bank_name: str, last4: str, fingerprint: str) -> Obj:
    return {
        "account_holder_type": "individual",
        "account_type": "checking",
        "bank_name": bank_name,
        "financial_connections_account": None,
        "fingerprint": fingerprint,
        "last4": last4,
        "networks": {"preferred": "ach", "supported": ["ach"]},
        "routing_number": "110000000",
        "status_details": None,
    }


def link_details(*, email: str) -> Obj:
    return {"email": email, "persistent_token": None}


def other_payment_method(**fields: Any) -> Obj:
    """A payment method of a non-card type: ``kind`` and its ``details`` (above)."""
    return _method(**fields)


def legacy_card(
    *,
    id: str,
    customer_id: str,
    brand: str,
    last4: str,
    exp_month: int,
    exp_year: int,
    country: str,
    postal_code: str | None,
    name: str | None,
    fingerprint: str,
    funding: str = "credit",
) -> Obj:
    """A card saved through the legacy Sources/Tokens APIs (``card_...``), as a
    customer's ``default_source`` holds it: the keys of Stripe's ``card`` fixture."""
    return {
        "address_city": None,
        "address_country": None,
        "address_line1": None,
        "address_line1_check": None,
        "address_line2": None,
        "address_state": None,
        "address_zip": postal_code,
        "address_zip_check": "pass" if postal_code else None,
        "brand": brand,
        "country": country,
        "customer": customer_id,
        "cvc_check": "pass",
        "dynamic_last4": None,
        "exp_month": exp_month,
        "exp_year": exp_year,
        "fingerprint": fingerprint,
        "funding": funding,
        "id": id,
        "last4": last4,
        "metadata": {},
        "name": name,
        "object": "card",
        "tokenization_method": None,
        "regulated_status": "unregulated",
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
