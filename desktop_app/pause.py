"""Pausing payment collection: the three behaviors Stripe offers, in plain words.

Pausing collection is not pausing the subscription: it stays active (or trialing),
invoices keep being created on schedule, and ``behavior`` says what happens to them.
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.text import mark, translate


class PauseBehavior(StrEnum):
    KEEP_AS_DRAFT = "keep_as_draft"
    MARK_UNCOLLECTIBLE = "mark_uncollectible"
    VOID = "void"

    @property
    def label(self) -> str:
        return translate("PauseBehavior", _LABELS[self])

    @property
    def explanation(self) -> str:
        return translate("PauseBehavior", _EXPLANATIONS[self])


_LABELS: dict[PauseBehavior, str] = {
    PauseBehavior.KEEP_AS_DRAFT: mark("PauseBehavior", "Keep invoices as drafts"),
    PauseBehavior.MARK_UNCOLLECTIBLE: mark("PauseBehavior", "Mark invoices uncollectible"),
    PauseBehavior.VOID: mark("PauseBehavior", "Void invoices"),
}

_EXPLANATIONS: dict[PauseBehavior, str] = {
    PauseBehavior.KEEP_AS_DRAFT: mark(
        "PauseBehavior",
        "New invoices are created but stay drafts: nothing is charged or sent to the "
        "customer. You can finalize and collect them later, for example once a dispute "
        "is settled.",
    ),
    PauseBehavior.MARK_UNCOLLECTIBLE: mark(
        "PauseBehavior",
        "New invoices are finalized and marked uncollectible: the customer is not charged "
        "and the amounts are written off as bad debt, but the invoices stay on record and "
        "can still be paid.",
    ),
    PauseBehavior.VOID: mark(
        "PauseBehavior",
        "New invoices are finalized and voided at once: nothing is charged and nothing is "
        "owed, as if the period were free. Use it when you give the service away for a while.",
    ),
}
