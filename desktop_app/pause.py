"""Pausing payment collection: the three behaviors Stripe offers, in plain words.

Pausing collection is not pausing the subscription: it stays active (or trialing),
invoices keep being created on schedule, and ``behavior`` says what happens to them.
"""

from __future__ import annotations

from enum import StrEnum


class PauseBehavior(StrEnum):
    KEEP_AS_DRAFT = "keep_as_draft"
    MARK_UNCOLLECTIBLE = "mark_uncollectible"
    VOID = "void"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def explanation(self) -> str:
        return _EXPLANATIONS[self]


_LABELS: dict[PauseBehavior, str] = {
    PauseBehavior.KEEP_AS_DRAFT: "Keep invoices as drafts",
    PauseBehavior.MARK_UNCOLLECTIBLE: "Mark invoices uncollectible",
    PauseBehavior.VOID: "Void invoices",
}

_EXPLANATIONS: dict[PauseBehavior, str] = {
    PauseBehavior.KEEP_AS_DRAFT: (
        "New invoices are created but stay drafts: nothing is charged or sent to the "
        "customer. You can finalize and collect them later, for example once a dispute "
        "is settled."
    ),
    PauseBehavior.MARK_UNCOLLECTIBLE: (
        "New invoices are finalized and marked uncollectible: the customer is not charged "
        "and the amounts are written off as bad debt, but the invoices stay on record and "
        "can still be paid."
    ),
    PauseBehavior.VOID: (
        "New invoices are finalized and voided at once: nothing is charged and nothing is "
        "owed, as if the period were free. Use it when you give the service away for a while."
    ),
}
