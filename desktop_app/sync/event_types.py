"""The events an incremental refresh reads, and how it asks for them.

``GET /v1/events`` filters by ``type`` (one name, or a group with a ``*`` wildcard)
or by ``types[]``, "An array of up to 20 strings containing specific event names
... You may pass either ``type`` or ``types``, but not both" (stripe-python 16.1,
``EventListParams``). The refresh needs more than 20 names, so:

1. It first asks for every event since the cursor, unfiltered, one page of 100.
   Nothing changed, or fewer than 100 events of any type: that one request is the
   whole refresh's reading of events (the events it does not use are skipped).
2. Only when that page is full (``has_more``) does it ask again, for just the types
   below, one ``types[]`` list per group (each at most 20), in parallel: on a busy
   account (payments, payouts, Connect...) that reads far fewer pages than every
   event would. Each group holds every event of its objects' kinds, so the events
   of one object stay in Stripe's order.

So a refresh costs 1 request when fewer than 100 events happened since the last
one, and otherwise 1 + the pages of the two lists (2 or more), plus one request per
object a change needs that neither the events nor the cache hold.

Names from stripe-python 16.1 ``Event.type``. Not read: ``invoice.created`` (a
draft; its ``invoice.finalized`` follows), ``customer.subscription.trial_will_end``
and ``customer.source.expiring`` (reminders, nothing changes), ``customer.tax_id.*``
(tax IDs are not kept in the cache).
"""

from __future__ import annotations

# Subscriptions and invoices (a renewal or a failed payment changes both).
SUBSCRIPTION_EVENTS: tuple[str, ...] = (
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
    "customer.subscription.paused",
    "customer.subscription.resumed",
    "customer.subscription.pending_update_applied",
    "customer.subscription.pending_update_expired",
    "invoice.finalized",
    "invoice.updated",
    "invoice.paid",
    "invoice.payment_succeeded",
    "invoice.payment_failed",
    "invoice.voided",
    "invoice.marked_uncollectible",
)

# Customers, their cards (the card updater's changes too) and the catalog.
CUSTOMER_EVENTS: tuple[str, ...] = (
    "customer.created",
    "customer.updated",
    "customer.deleted",
    "payment_method.attached",
    "payment_method.updated",
    "payment_method.detached",
    # The network's card updater (new expiry or last 4): not payment_method.updated.
    "payment_method.automatically_updated",
    # A legacy card source (card_...) changed, by the updater or through the API.
    "customer.source.updated",
    "price.created",
    "price.updated",
    "product.updated",
)

EVENT_TYPE_GROUPS: tuple[tuple[str, ...], ...] = (SUBSCRIPTION_EVENTS, CUSTOMER_EVENTS)
SYNC_EVENT_TYPES: frozenset[str] = frozenset(SUBSCRIPTION_EVENTS + CUSTOMER_EVENTS)

assert all(len(group) <= 20 for group in EVENT_TYPE_GROUPS)  # Stripe's limit per list

# Events are kept 30 days; a cursor older than this needs a full resync.
EVENT_RETENTION_S = 30 * 86_400
