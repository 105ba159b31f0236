"""Invoices per subscription, built when read.

At seeding time each subscription gets an ``InvoicePlan``: how many invoices its
history holds and the state of the latest one. An invoice (a dict in Stripe's shape)
is built from the plan and its id whenever something reads it, so 100,000
subscriptions with a dozen invoices each cost almost no memory; an invoice that
changes (a failed payment) or is created at run time is kept.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.emulator.objects import invoices as build
from desktop_app.emulator.periods import shift

if TYPE_CHECKING:
    from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]
Key = tuple[int, str]  # (created, id): the newest-first order of invoice lists
MAX_HISTORY = 12


@dataclass
class InvoicePlan:
    count: int
    latest_status: str
    attempt_count: int
    next_payment_attempt: int | None
    latest_period_start: int
    latest_period_end: int
    zero_first: bool = False  # a trial starts with a zero-amount invoice


def invoice_id(subscription_id: str, n: int) -> str:
    return f"in_{subscription_id[4:26]}{n:02d}"


class InvoiceBook:
    """Each subscription's invoices: built from its plan when read, kept once changed."""

    def __init__(self) -> None:
        self._kept: dict[str, Obj] = {}  # changed or created at run time
        self._plans: dict[str, InvoicePlan] = {}
        self._extra: dict[str, list[str]] = {}  # run-time invoices per subscription
        self._sub_by_key: dict[str, str] = {}

    def plan(self, subscription_id: str, plan: InvoicePlan) -> str:
        """Register a subscription's history; returns the latest invoice's id."""
        self._plans[subscription_id] = plan
        self._sub_by_key[subscription_id[4:26]] = subscription_id
        return invoice_id(subscription_id, plan.count - 1)

    def get(self, mode: ModeData, object_id: str) -> Obj | None:
        found = self._kept.get(object_id)
        if found is not None:
            return found
        sub_id = self._sub_by_key.get(object_id[3:-2])
        plan = self._plans.get(sub_id) if sub_id else None
        sub = mode.subscriptions.get(sub_id) if sub_id else None
        suffix = object_id[-2:]
        if plan is None or sub is None or not suffix.isdigit() or int(suffix) >= plan.count:
            return None
        return generate(mode, sub, plan, int(suffix))

    def keep(self, mode: ModeData, object_id: str) -> Obj | None:
        """The invoice, held from now on so that changes to it stay."""
        found = self.get(mode, object_id)
        if found is not None:
            self._kept[object_id] = found
        return found

    def ids_for_subscription(self, subscription_id: str) -> list[str]:
        """Oldest first."""
        plan = self._plans.get(subscription_id)
        planned = [invoice_id(subscription_id, n) for n in range(plan.count if plan else 0)]
        return planned + self._extra.get(subscription_id, [])

    def for_subscription(self, mode: ModeData, subscription_id: str) -> list[Obj]:
        """Newest first."""
        found = (self.get(mode, i) for i in reversed(self.ids_for_subscription(subscription_id)))
        return [invoice for invoice in found if invoice is not None]

    def for_customer(self, mode: ModeData, customer_id: str) -> list[Obj]:
        found: list[Obj] = []
        for sub_id in mode.subscriptions_by_customer.get(customer_id, []):
            found += self.for_subscription(mode, sub_id)
        return sorted(found, key=lambda i: (i["created"], i["id"]), reverse=True)

    def all(self, mode: ModeData) -> list[Obj]:
        """Every invoice of the account (builds them all: slow on a large account)."""
        found: list[Obj] = []
        for sub_id in mode.subscriptions:
            found += self.for_subscription(mode, sub_id)
        return sorted(found, key=lambda i: (i["created"], i["id"]), reverse=True)

    def newest_first(self, mode: ModeData) -> Iterator[Obj]:
        """Every invoice of the account, newest first (the order of ``all``), each built
        only when the caller reads that far: a page of the newest costs that page."""
        streams = [self._keys_newest_first(mode, sub_id) for sub_id in mode.subscriptions]
        for _created, object_id in heapq.merge(*streams, reverse=True):
            found = self.get(mode, object_id)
            if found is not None:
                yield found

    def _keys_newest_first(self, mode: ModeData, subscription_id: str) -> Iterator[Key]:
        """``(created, id)`` of a subscription's invoices, newest first, without building them."""
        extra = sorted(
            (
                (int(self._kept[i]["created"]), i)
                for i in self._extra.get(subscription_id, [])
                if i in self._kept
            ),
            reverse=True,
        )
        planned = self._planned_keys(mode, subscription_id)
        return heapq.merge(extra, planned, reverse=True) if extra else planned

    def _planned_keys(self, mode: ModeData, subscription_id: str) -> Iterator[Key]:
        plan = self._plans.get(subscription_id)
        sub = mode.subscriptions.get(subscription_id)
        if plan is None or sub is None:
            return
        recurring = sub["items"]["data"][0]["price"]["recurring"]
        for n in range(plan.count - 1, -1, -1):  # created grows with n (one period each)
            object_id = invoice_id(subscription_id, n)
            kept = self._kept.get(object_id)
            if kept is not None:
                created = int(kept["created"])
            elif n == plan.count - 1:
                created = plan.latest_period_start
            else:
                back = plan.count - 1 - n
                interval, count = recurring["interval"], recurring["interval_count"]
                created = shift(plan.latest_period_start, interval, count, -back)
            yield created, object_id

    def next_index(self, subscription_id: str) -> int:
        return len(self.ids_for_subscription(subscription_id))

    def add(self, subscription_id: str, invoice: Obj) -> None:
        """A new invoice written at run time (numbered with ``next_index``)."""
        self._kept[invoice["id"]] = invoice
        self._extra.setdefault(subscription_id, []).append(invoice["id"])
        self._sub_by_key[subscription_id[4:26]] = subscription_id


def generate(mode: ModeData, sub: Obj, plan: InvoicePlan, n: int) -> Obj:
    first_item = sub["items"]["data"][0]
    recurring = first_item["price"]["recurring"]
    back = plan.count - 1 - n
    start = shift(
        plan.latest_period_start, recurring["interval"], recurring["interval_count"], -back
    )
    end = shift(start, recurring["interval"], recurring["interval_count"], 1)
    if back == 0:
        end = plan.latest_period_end
    latest = back == 0
    status = plan.latest_status if latest else "paid"
    object_id = invoice_id(sub["id"], n)
    zero = plan.zero_first and n == 0
    return make_invoice(
        mode,
        sub,
        object_id=object_id,
        n=n,
        status=status,
        created=start,
        period_start=start,
        period_end=end,
        attempt_count=plan.attempt_count if latest else (0 if zero else 1),
        next_payment_attempt=plan.next_payment_attempt if latest else None,
        billing_reason="subscription_create" if n == 0 else "subscription_cycle",
        zero=zero,
    )


def make_invoice(
    mode: ModeData,
    sub: Obj,
    *,
    object_id: str,
    n: int,
    status: str,
    created: int,
    period_start: int,
    period_end: int,
    attempt_count: int,
    next_payment_attempt: int | None,
    billing_reason: str,
    zero: bool = False,
) -> Obj:
    customer = mode.customers[sub["customer"]]
    rng = random.Random(object_id)
    lines = []
    for k, item in enumerate(sub["items"]["data"]):
        price = item["price"]
        quantity = item["quantity"] if item["quantity"] is not None else rng.randrange(50, 5000)
        amount = 0 if zero else _line_amount(mode, price, quantity)
        lines.append(
            build.invoice_line(
                id=f"il_{object_id[3:]}{k}",
                invoice_id=object_id,
                subscription_id=sub["id"],
                item_id=item["id"],
                price=price,
                quantity=quantity,
                amount=amount,
                description=_line_description(mode, price, quantity, zero),
                period_start=period_start,
                period_end=period_end,
                livemode=mode.livemode,
            )
        )
    return build.invoice(
        id=object_id,
        customer=customer,
        subscription_id=sub["id"],
        lines=lines,
        status=status,
        created=created,
        period_start=period_start,
        period_end=period_end,
        number=None if status == "draft" else f"{customer['invoice_prefix']}-{n + 1:04d}",
        billing_reason=billing_reason,
        attempt_count=attempt_count,
        next_payment_attempt=next_payment_attempt,
        hosted_base=mode.public_base,
        account_country=mode.account["country"],
        account_name=mode.account["business_profile"]["name"],
        livemode=mode.livemode,
        default_payment_method=sub["default_payment_method"],
    )


def _line_amount(mode: ModeData, price: Obj, quantity: int) -> int:
    if price["billing_scheme"] == "tiered":
        tiers = mode.price_tiers.get(price["id"], [])
        total, below = 0, 0
        for tier in tiers:
            cap = tier["up_to"]
            units = max(0, (quantity if cap is None else min(quantity, cap)) - below)
            total += units * int(tier["unit_amount"])
            if cap is None or quantity <= cap:
                break
            below = cap
        return total
    unit: int = price["unit_amount"] or 0
    if price["recurring"]["usage_type"] == "metered":
        return unit * quantity // 100
    return unit * quantity


def _line_description(mode: ModeData, price: Obj, quantity: int, zero: bool) -> str:
    product = mode.products.get(price["product"])
    name = (product or {}).get("name") or price["product"]  # a deleted product has none
    if zero:
        return f"Trial period for {name}"
    return f"{quantity} × {name}"
