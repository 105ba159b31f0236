"""The seeded demo account: deterministic from ``seed`` (and the ``now`` it is built at)."""

from __future__ import annotations

import gc
import itertools
import random
from datetime import UTC, datetime
from typing import Any

from desktop_app.emulator.catalog_seed import seed_catalog
from desktop_app.emulator.ids import make_id
from desktop_app.emulator.invoicing import MAX_HISTORY, InvoicePlan
from desktop_app.emulator.methods_seed import MethodSeeder
from desktop_app.emulator.objects import account as account_builder
from desktop_app.emulator.objects import customers as cb
from desktop_app.emulator.objects import portal as pb
from desktop_app.emulator.objects import subscriptions as sb
from desktop_app.emulator.people import Country, make_person, pick_country, tax_value
from desktop_app.emulator.periods import DAY, days, period_containing, shift
from desktop_app.emulator.scenarios import Scenario, scenarios
from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]
HISTORY_DAYS = 3 * 365
ACCOUNT_NAME = "Demo Company B.V."
_INTERVALS = (("month", 1), ("year", 1), ("month", 3), ("week", 1))
_INTERVAL_CUM = tuple(itertools.accumulate((60, 25, 8, 7)))
_CARDS = (("visa", "4242", 55), ("mastercard", "4444", 25), ("amex", "8431", 10),
          ("visa", "5556", 5), ("jcb", "0505", 5))  # fmt: skip
_CARDS_CUM = tuple(itertools.accumulate(c[2] for c in _CARDS))


def new_mode(*, seed: int, livemode: bool, now: int, public_base: str) -> ModeData:
    rng = random.Random(f"{seed}:{livemode}:ids")
    account_id = make_id(random.Random(f"{seed}:account"), "acct", 16)
    created = now - days(HISTORY_DAYS + 30)
    account = account_builder.account(
        id=account_id,
        name=ACCOUNT_NAME,
        country="NL",
        email="billing@demo-company.example",
        created=created,
    )
    return ModeData(livemode=livemode, account=account, rng=rng, public_base=public_base)


def seed_mode(mode: ModeData, *, seed: int, subscriptions: int, now: int) -> None:
    """Fill ``mode`` with a catalog, portal configurations and ``subscriptions`` subscriptions."""
    rng = random.Random(f"{seed}:{mode.livemode}:data")
    start = now - days(HISTORY_DAYS + 30)
    prices = seed_catalog(mode, start)
    _seed_portal_configurations(mode, start)
    plans = scenarios(rng, subscriptions)
    created_times = [now - int(rng.random() * days(HISTORY_DAYS)) for _ in plans]
    specs = sorted(
        ((_created_for(rng, s, c, now), s) for s, c in zip(plans, created_times, strict=True)),
        key=lambda pair: pair[0],
    )
    builder = _Builder(mode, rng, prices, now)
    builder.methods = MethodSeeder(mode, f"{seed}:{mode.livemode}:methods", now)
    collecting = gc.isenabled()
    gc.disable()  # millions of new containers: the cyclic collector would rescan them all
    try:
        for created, scenario in specs:
            builder.add(created, scenario)
    finally:
        if collecting:
            gc.enable()


def _created_for(rng: random.Random, s: Scenario, created: int, now: int) -> int:
    if s.status == "trialing":
        return now - rng.randrange(DAY, days(13))
    if s.status == "paused":
        return now - rng.randrange(days(20), days(80))
    if s.status == "incomplete":
        return now - rng.randrange(3600, days(0.9))
    if s.status == "incomplete_expired":
        return now - rng.randrange(days(2), days(120))
    if s.status in ("past_due", "unpaid", "canceled"):
        return min(created, now - days(40))
    return created


def _seed_portal_configurations(mode: ModeData, created: int) -> None:
    token = mode.new_id("", 20)[2:]
    mode.portal_configurations.add(
        pb.configuration(
            id=mode.new_id("bpc"),
            name="Self-service (no cancellations)",
            is_default=False,
            created=created,
            livemode=mode.livemode,
            login_url=None,
            default_return_url=None,
            cancel_enabled=False,
        )
    )
    mode.portal_configurations.add(
        pb.configuration(
            id=mode.new_id("bpc"),
            name="Default",
            is_default=True,
            created=created + 1,
            livemode=mode.livemode,
            login_url=f"{mode.public_base}/p/login/{token}",
            default_return_url="https://demo-company.example/account",
        )
    )


class _Builder:
    def __init__(
        self,
        mode: ModeData,
        rng: random.Random,
        prices: dict[tuple[str, str, str, int], str],
        now: int,
    ) -> None:
        self.mode, self.rng, self.prices, self.now = mode, rng, prices, now
        self.serial = 0
        self.recent: list[tuple[Obj, Country, str | None]] = []
        self.methods = MethodSeeder(mode, f"{now}:methods", now)
        self.this_year = datetime.fromtimestamp(now, UTC).year
        self.this_month = datetime.fromtimestamp(now, UTC).month

    def add(self, created: int, s: Scenario) -> None:
        customer, _country, card = self._customer(created, s)
        interval, count = self.rng.choices(_INTERVALS, cum_weights=_INTERVAL_CUM)[0]
        if s.usage != "licensed":
            interval, count = "month", 1
        currency = customer["currency"]
        sub_id = self.mode.new_id("sub")
        price_keys = self._price_keys(s)
        anchor = created
        k, p_start, p_end, extra = self._periods(s, created, interval, count)
        items = []
        for n, key in enumerate(price_keys):
            price = self.mode.prices[self.prices[(key, currency, interval, count)]]
            if key == "team":
                quantity: int | None = self.rng.randrange(2, 26)
            elif key == "storage":
                quantity = self.rng.randrange(5, 400)
            else:
                quantity = None if price["recurring"]["usage_type"] == "metered" else 1
            items.append(
                sb.subscription_item(
                    id=self.mode.new_id("si", 14),
                    subscription_id=sub_id,
                    price=price,
                    quantity=quantity,
                    created=created + n,
                    period_start=p_start,
                    period_end=p_end,
                )
            )
        sub_pm = card if card and self.rng.random() < 0.5 else None
        own_source = None if s.no_card else self.methods.subscription_source(customer)
        sub = sb.subscription(
            id=sub_id,
            customer_id=customer["id"],
            currency=currency,
            items=items,
            status=s.status,
            created=created,
            start_date=created,
            billing_cycle_anchor=anchor,
            livemode=self.mode.livemode,
            default_payment_method=sub_pm,
            default_source=own_source,
            **extra,
        )
        plan = self._invoice_plan(s, k, p_start, p_end, created)
        sub["latest_invoice"] = self.mode.invoices.plan(sub_id, plan)
        self.mode.add_subscription(sub)

    def _price_keys(self, s: Scenario) -> list[str]:
        if s.usage == "metered":
            return [self.rng.choice(("starter", "business")), "api"]
        if s.usage == "tiered":
            return ["storage"]
        base = self.rng.choices(("starter", "team", "business"), cum_weights=(50, 85, 100))[0]
        return [base, "support"] if s.multi_item else [base]

    def _periods(
        self, s: Scenario, created: int, interval: str, count: int
    ) -> tuple[int, int, int, dict[str, Any]]:
        now, rng = self.now, self.rng
        extra: dict[str, Any] = {}
        if s.status in ("trialing", "paused"):
            trial_end = created + days(14)
            extra = {"trial_start": created, "trial_end": trial_end}
            return 0, created, trial_end, extra
        if s.status in ("incomplete", "incomplete_expired"):
            end = shift(created, interval, count, 1)
            if s.status == "incomplete_expired":
                extra = {"ended_at": created + days(1) - 3600}
            return 0, created, end, extra
        if s.status == "canceled":
            k_now, _, _ = period_containing(created, now, interval, count)
            k = rng.randrange(0, max(1, k_now))
            start = shift(created, interval, count, k)
            end = shift(created, interval, count, k + 1)
            extra = {
                "ended_at": end,
                "canceled_at": max(created, end - days(rng.randrange(1, 20))),
                "cancel_at": end,
                "cancellation_reason": "cancellation_requested",
            }
            return k, start, end, extra
        k, start, end = period_containing(created, now, interval, count)
        if s.canceling:
            extra = {
                "cancel_at_period_end": True,
                "cancel_at": end,
                "canceled_at": now - rng.randrange(DAY, days(10)),
                "cancellation_reason": "cancellation_requested",
            }
        elif s.cancel_at:
            extra = {"cancel_at": now + rng.randrange(days(10), days(200))}
        if s.pause:
            resumes = now + rng.randrange(days(5), days(60)) if s.pause_resumes else None
            extra["pause_collection"] = {"behavior": s.pause, "resumes_at": resumes}
        return k, start, end, extra

    def _invoice_plan(self, s: Scenario, k: int, start: int, end: int, created: int) -> InvoicePlan:
        count = min(k + 1, MAX_HISTORY)
        status, attempts, retry = "paid", 1, None
        if s.status in ("trialing", "paused"):
            return InvoicePlan(1, "paid", 0, None, start, end, zero_first=True)
        if s.status == "past_due":
            attempts = self.rng.randrange(1, 4)
            retry = self.now + self.rng.randrange(DAY, days(5))
            status = "open"
        elif s.status == "unpaid":
            status, attempts = "open", 4
        elif s.status == "incomplete":
            status = "open"
        elif s.status == "incomplete_expired":
            status = "void"
        elif s.pause:
            status = {"keep_as_draft": "draft", "mark_uncollectible": "uncollectible"}.get(
                s.pause, "void"
            )
            attempts = 0
        return InvoicePlan(count, status, attempts, retry, start, end)

    def _customer(self, created: int, s: Scenario) -> tuple[Obj, Country, str | None]:
        rng = self.rng
        if self.recent and rng.random() < 0.12 and not s.no_card:
            return rng.choice(self.recent)
        self.serial += 1
        country = pick_country(rng)
        person = make_person(rng, country, self.serial)
        cus_id = self.mode.new_id("cus", 14)
        c_created = created - rng.randrange(60, 3600)
        card_id = None if s.no_card or rng.random() < 0.03 else self.mode.new_id("pm")
        kind = "card" if card_id is None else self.methods.kind(country.code, c_created)
        customer = cb.customer(
            id=cus_id,
            name=person.name,
            email=person.email,
            phone=person.phone,
            address=person.address,
            currency=country.currency,
            created=c_created,
            livemode=self.mode.livemode,
            preferred_locales=[country.locale] if rng.random() < 0.8 else [],
            invoice_prefix=self.mode.new_id("", 9)[2:].upper(),
            default_payment_method=card_id,
        )
        self.mode.add_customer(customer)
        if person.business and rng.random() < 0.8:
            self.mode.tax_ids[cus_id] = [
                cb.tax_id(
                    id=self.mode.new_id("txi"),
                    customer_id=cus_id,
                    type=country.tax_type,
                    value=tax_value(rng, country),
                    country=country.code,
                    created=c_created,
                    livemode=self.mode.livemode,
                )
            ]
        if kind == "legacy":  # an old account's card source, no payment method
            customer["default_source"] = self.methods.add_legacy_card(customer)
            customer["invoice_settings"]["default_payment_method"] = card_id = None
        elif kind != "card" and card_id is not None:
            self.methods.add_other(kind, card_id, customer, c_created)
        elif card_id is not None:
            self.mode.add_payment_method(self._card(card_id, customer, country, c_created))
        entry = (customer, country, card_id)
        self.recent = [*self.recent[-20:], entry] if card_id else self.recent
        return entry

    def _card(self, card_id: str, customer: Obj, country: Country, created: int) -> Obj:
        rng = self.rng
        brand, last4, _ = rng.choices(_CARDS, cum_weights=_CARDS_CUM)[0]
        expired = rng.random() < 0.03
        year = self.this_year - 1 if expired else self.this_year + rng.randrange(0, 6)
        month = rng.randrange(1, 13)
        if not expired and (year, month) < (self.this_year, self.this_month):
            year += 1  # a card on file is valid (the card updater keeps most so): 3% are not
        return cb.card_payment_method(
            id=card_id,
            customer_id=customer["id"],
            brand=brand,
            last4=last4,
            exp_month=month,
            exp_year=year,
            country=country.code,
            postal_code=customer["address"]["postal_code"],
            name=customer["name"],
            email=customer["email"],
            created=created,
            livemode=self.mode.livemode,
            fingerprint=self.mode.new_id("", 17)[2:],
            funding="debit" if last4 == "5556" else "credit",
        )
