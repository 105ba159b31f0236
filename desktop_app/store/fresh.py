"""What a full snapshot has written so far, so that its pages need no look-ups.

A snapshot empties the data tables, then writes page after page of subscriptions
with their customers. Two of a page's writes depend on rows written before it:
clearing a subscription's items before inserting them again, and copying a
customer's new name or e-mail into the subscriptions that show the old one. In a
snapshot those rows can only come from its own earlier pages, so remembering what
they wrote answers both without asking SQLite (at 100,000 subscriptions that was
~12% of the time spent writing pages). Whatever else rewrites subscriptions in the
transaction ends the bookkeeping (the writer then looks up again).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop_app.store.derive import SUBSCRIPTION_COLUMNS

Shown = tuple[str | None, str | None]  # a customer's name and e-mail
_MIXED = ("\0", "\0")  # no single value: their subscriptions show different ones

_ID = SUBSCRIPTION_COLUMNS.index("id")
_CUSTOMER = SUBSCRIPTION_COLUMNS.index("customer_id")
_NAME = SUBSCRIPTION_COLUMNS.index("customer_name")
_EMAIL = SUBSCRIPTION_COLUMNS.index("customer_email")


class FreshTables:
    """The subscriptions written since the tables were emptied, and per customer what
    those subscriptions' rows show of it."""

    def __init__(self) -> None:
        self._subscriptions: set[str] = set()
        self._shown: dict[str, Shown] = {}

    def written_before(self, subscription_ids: Iterable[str]) -> list[str]:
        """Those of these subscriptions already written (their items to be cleared)."""
        return [sid for sid in subscription_ids if sid in self._subscriptions]

    def to_update(
        self, customers: Iterable[tuple[str, str | None, str | None]]
    ) -> list[tuple[str, str | None, str | None]]:
        """Those customers whose subscriptions written so far show something else (the
        ones ``_update_customer_columns`` would change); from now on they show these."""
        changed = []
        for cid, name, email in customers:
            shown = self._shown.get(cid)
            if shown is not None and shown != (name, email):
                changed.append((cid, name, email))
                self._shown[cid] = (name, email)
        return changed

    def subscriptions_written(self, rows: Sequence[Sequence[Any]]) -> None:
        """Rows (``SUBSCRIPTION_COLUMNS``) just inserted."""
        for row in rows:
            self._subscriptions.add(row[_ID])
            cid = row[_CUSTOMER]
            if not cid:
                continue
            value: Shown = (row[_NAME], row[_EMAIL])
            shown = self._shown.setdefault(cid, value)
            if shown != value:
                self._shown[cid] = _MIXED
