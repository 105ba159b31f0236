"""The demo account's payment methods other than new cards, in realistic proportions.

A Dutch company's customers pay by card mostly, but not only: SEPA Direct Debit in the
euro countries (in the Netherlands mostly saved from an iDEAL payment: a SEPA Direct
Debit method whose ``generated_from`` names the setup attempt,
docs.stripe.com/payments/ideal/set-up-payment), Bacs Direct Debit in the UK, US bank
accounts (ACH) in the US, Link everywhere. Customers from the account's early years
may still have only a legacy card source (``card_...``) as their ``default_source``
and no invoice default; some of their subscriptions have a card source of their own
(``subscription.default_source``), which Stripe charges first.

Its own random stream (``seed``-derived), so the rest of the dataset does not depend
on these draws.
"""

from __future__ import annotations

import random
from typing import Any

from desktop_app.emulator.objects import customers as cb
from desktop_app.emulator.periods import days
from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]

# Per customer country: (kind, weight) among customers with a payment method.
_MIX: dict[str, tuple[tuple[str, int], ...]] = {
    "NL": (("card", 58), ("sepa_ideal", 22), ("sepa_debit", 12), ("link", 8)),
    "DE": (("card", 62), ("sepa_debit", 30), ("link", 8)),
    "SE": (("card", 92), ("link", 8)),
    "GB": (("card", 66), ("bacs_debit", 26), ("link", 8)),
    "US": (("card", 76), ("us_bank_account", 16), ("link", 8)),
    "JP": (("card", 97), ("link", 3)),
}
# Customers older than this may have only a legacy card source; this share of them do.
LEGACY_AGE_S = days(2 * 365)
LEGACY_SHARE = 0.2
# Of a legacy customer's subscriptions, this share have a card source of their own.
OWN_SOURCE_SHARE = 0.35

_SEPA_BANKS = {
    "NL": (("INGB", "5264"), ("RABO", "3000"), ("ABNA", "7183")),
    "DE": (("37040044", "3000"), ("50010517", "2345"), ("10010010", "6789")),
}
_SORT_CODES = ("10-88-00", "20-00-00", "40-47-84", "60-16-13")
_US_BANKS = ("STRIPE TEST BANK", "CHASE", "BANK OF AMERICA", "WELLS FARGO")
_LEGACY_BRANDS = (("Visa", "4242"), ("MasterCard", "4444"), ("American Express", "0005"))


class MethodSeeder:
    """Decides, for each new customer of the demo account, how it pays."""

    def __init__(self, mode: ModeData, seed: str, now: int) -> None:
        self.mode = mode
        self.rng = random.Random(seed)
        self.now = now
        self.this_year = 1970 + int(now // days(365.2425))
        self.legacy: set[str] = set()

    def kind(self, country: str, created: int) -> str:
        """``card`` (a new card payment method, made by the caller), ``legacy`` or the
        type of another payment method (``sepa_ideal``: SEPA saved from iDEAL)."""
        rng = self.rng
        if created < self.now - LEGACY_AGE_S and rng.random() < LEGACY_SHARE:
            return "legacy"
        mix = _MIX.get(country, (("card", 1),))
        return rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]

    def add_other(self, kind: str, pm_id: str, customer: Obj, created: int) -> None:
        """A payment method of ``kind`` (not ``card``/``legacy``), the customer's."""
        rng, country = self.rng, customer["address"]["country"]
        fingerprint = self.mode.new_id("", 17)[2:]
        if kind in ("sepa_debit", "sepa_ideal"):
            bank, last4 = rng.choice(_SEPA_BANKS.get(country, _SEPA_BANKS["DE"]))
            attempt = self.mode.new_id("setatt") if kind == "sepa_ideal" else None
            details = cb.sepa_debit_details(
                bank_code=bank,
                country=country,
                last4=last4,
                fingerprint=fingerprint,
                setup_attempt=attempt,
            )
            kind = "sepa_debit"
        elif kind == "bacs_debit":
            details = cb.bacs_debit_details(
                sort_code=rng.choice(_SORT_CODES), last4=f"{rng.randrange(10000):04d}",
                fingerprint=fingerprint,
            )  # fmt: skip
        elif kind == "us_bank_account":
            details = cb.us_bank_account_details(
                bank_name=rng.choice(_US_BANKS), last4=f"{rng.randrange(10000):04d}",
                fingerprint=fingerprint,
            )  # fmt: skip
        else:
            details = cb.link_details(email=customer["email"])
        self.mode.add_payment_method(
            cb.other_payment_method(
                id=pm_id,
                kind=kind,
                details=details,
                customer_id=customer["id"],
                country=country,
                postal_code=customer["address"]["postal_code"],
                name=customer["name"],
                email=customer["email"],
                created=created,
                livemode=self.mode.livemode,
            )
        )

    def add_legacy_card(self, customer: Obj) -> str:
        """A legacy card source of the customer (not made its default here)."""
        rng = self.rng
        brand, last4 = rng.choice(_LEGACY_BRANDS)
        expired = rng.random() < 0.06  # old cards: a few more lapsed than new ones
        year = self.this_year - 1 if expired else self.this_year + rng.randrange(1, 4)
        card = cb.legacy_card(
            id=self.mode.new_id("card"),
            customer_id=customer["id"],
            brand=brand,
            last4=last4,
            exp_month=rng.randrange(1, 13),
            exp_year=year,
            country=customer["address"]["country"],
            postal_code=customer["address"]["postal_code"],
            name=customer["name"],
            fingerprint=self.mode.new_id("", 17)[2:],
        )
        self.mode.add_source(card)
        self.legacy.add(customer["id"])
        return str(card["id"])

    def subscription_source(self, customer: Obj) -> str | None:
        """A card source of its own for a new subscription of a legacy customer, or None."""
        if customer["id"] not in self.legacy or self.rng.random() >= OWN_SOURCE_SHARE:
            return None
        return self.add_legacy_card(customer)
