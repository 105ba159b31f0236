"""The event types an incremental sync asks for (Stripe allows at most 20 in types[])."""

from __future__ import annotations

SYNC_EVENT_TYPES: tuple[str, ...] = (
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
    "customer.subscription.paused",
    "customer.subscription.resumed",
    "customer.created",
    "customer.updated",
    "customer.deleted",
    "invoice.finalized",
    "invoice.updated",
    "invoice.paid",
    "invoice.payment_failed",
    "invoice.voided",
    "invoice.marked_uncollectible",
    "payment_method.attached",
    "payment_method.updated",
    "payment_method.detached",
    "price.created",
    "price.updated",
    "product.updated",
)

assert len(SYNC_EVENT_TYPES) <= 20

# Events are kept 30 days; a cursor older than this needs a full resync.
EVENT_RETENTION_S = 30 * 86_400
