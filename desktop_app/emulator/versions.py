"""API versions: the one the emulator speaks, and the older layouts events come in.

An event's ``data.object`` is rendered in the account's API version of the moment
the event was created, which the event's ``api_version`` names, whatever version a
later request asks for (stripe-python 16.1, ``EventService.list``: "Each event data
is rendered according to Stripe API version at its creation time, specified in
event object api_version attribute (not according to your current Stripe API
version or Stripe-Version header)"). An account keeps an older default version
until its owner upgrades it, so its events keep coming in that layout.

Older layouts rendered here, from Stripe's changelog:

- 2025-03-31.basil, "Adds subscription item-level billing periods and removes
  subscription-level periods" (docs.stripe.com/changelog/basil/2025-03-31/
  deprecate-subscription-current-period-start-and-end): before it,
  ``current_period_start/end`` are on the subscription and not on its items.
- 2025-03-31.basil, "Invoicing resources now specify how they were generated"
  (docs.stripe.com/changelog/basil/2025-03-31/adds-new-parent-field-to-invoicing-
  objects): before it, an invoice has no ``parent``; its subscription is the
  top-level ``subscription`` (with ``subscription_details``, ``quote`` and
  ``subscription_proration_date``).
"""

from __future__ import annotations

import copy
from typing import Any

Obj = dict[str, Any]

CURRENT = "2026-10-28.endive"
BASIL = "2025-03-31.basil"


def is_before(version: str, other: str) -> bool:
    """Whether ``version`` is older than ``other`` (their dates compared)."""
    return version[:10] < other[:10]


def render(obj: Obj, version: str) -> Obj:
    """``obj`` (in the emulator's own layout) as API ``version`` shows it; a copy."""
    obj = copy.deepcopy(obj)
    if not is_before(version, BASIL):
        return obj
    kind = obj.get("object")
    if kind == "subscription":
        _subscription_before_basil(obj)
    elif kind == "invoice":
        _invoice_before_basil(obj)
    return obj


def _subscription_before_basil(sub: Obj) -> None:
    items = sub["items"]["data"]
    starts = [item.pop("current_period_start") for item in items]
    ends = [item.pop("current_period_end") for item in items]
    # Before basil every item shared the subscription's one billing period.
    sub["current_period_start"] = min(starts) if starts else sub["start_date"]
    sub["current_period_end"] = max(ends) if ends else sub["start_date"]


def _invoice_before_basil(invoice: Obj) -> None:
    parent = invoice.pop("parent", None) or {}
    details = parent.get("subscription_details") or None
    invoice["quote"] = None
    invoice["subscription"] = details["subscription"] if details else None
    invoice["subscription_details"] = {"metadata": details["metadata"]} if details else None
    invoice["subscription_proration_date"] = None
