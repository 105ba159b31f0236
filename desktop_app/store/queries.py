"""Read queries over one connection (the caller provides a consistent read transaction)."""

# SQL text here is assembled only from constants, column lists and "?" placeholders;
# every value is bound as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from desktop_app.domain.billing import minor_to_major_rounded, monthly_minor
from desktop_app.domain.models import Customer, Invoice, PaymentMethod, Price, Product
from desktop_app.domain.parse import (
    parse_customer,
    parse_invoice,
    parse_payment_method,
    parse_price,
    parse_product,
)
from desktop_app.domain.payment_methods import (
    MethodDisplay,
)
from desktop_app.domain.status import (
    DisplayStatus,
    NextBillingKind,
)
from desktop_app.money import to_decimal
from desktop_app.store.derive import fold
from desktop_app.store.rows import (
    SortKey,
    SubscriptionFilter,
    SubscriptionRow,
)

ROW_COLUMNS = (
    "id, customer_id, customer_name, customer_email, plan_label, amount_minor, currency, "
    "interval_label, display_status, raw_status, collection_paused, pause_behavior, "
    "pause_resumes_at, next_billing_at, next_billing_kind, cancel_at, ended_at, created, "
    "livemode, interval, interval_count, canceled_at, "
    "pm_type, pm_brand, pm_last4, pm_detail, card_valid_until"
)

# ORDER BY per sort key; "{d}" is ASC or DESC. Missing values go last either way.
_ORDER = {
    SortKey.CUSTOMER: "customer_sort {d}, id {d}",
    SortKey.EMAIL: "email_sort {d} NULLS LAST, id {d}",
    SortKey.PLAN: "plan_sort {d}, id {d}",
    SortKey.AMOUNT: "amount_minor {d} NULLS LAST, currency {d}, id {d}",
    SortKey.STATUS: "status_rank {d}, id {d}",
    SortKey.NEXT_BILLING: "next_billing_at {d} NULLS LAST, id {d}",
    SortKey.CREATED: "created {d}, id {d}",
    SortKey.PAYMENT: "card_valid_until {d} NULLS LAST, id {d}",
}

# Statuses whose money is at risk (a payment failed and is being retried or gave up).
AT_RISK_STATUSES = (DisplayStatus.PAST_DUE.value, DisplayStatus.UNPAID.value)


_STATUS_BY_VALUE = {status.value: status for status in DisplayStatus}
_from_ts = datetime.fromtimestamp


def _known_status(value: str) -> DisplayStatus:
    return _STATUS_BY_VALUE.get(value, DisplayStatus.UNKNOWN)


def row_from_sql(r: Sequence[Any]) -> SubscriptionRow:
    """A ``SubscriptionRow`` from the ``ROW_COLUMNS`` values (hot path: positional)."""
    (ident, cust, name, email, plan, amount, currency, label, status, raw, paused,
     behavior, resumes, next_at, next_kind, cancel_at, ended_at, created, livemode,
     interval, count, canceled_at, pm_type, pm_brand, pm_last4, pm_detail,
     valid_until) = r  # fmt: skip
    next_dt = None if next_at is None else _from_ts(next_at, UTC)
    until = None if valid_until is None else _from_ts(valid_until, UTC)
    return SubscriptionRow(
        ident,
        cust,
        name,
        email,
        plan,
        amount,
        currency,
        label,
        _STATUS_BY_VALUE.get(status, DisplayStatus.UNKNOWN),
        raw,
        bool(paused),
        behavior,
        None if resumes is None else _from_ts(resumes, UTC),
        None if next_dt is None else next_dt.date(),
        cast(NextBillingKind | None, next_kind),
        None if cancel_at is None else _from_ts(cancel_at, UTC),
        None if ended_at is None else _from_ts(ended_at, UTC),
        _from_ts(created, UTC),
        bool(livemode),
        interval,
        count,
        next_dt,
        None if canceled_at is None else _from_ts(canceled_at, UTC),
        None if pm_type is None else _method(pm_type, pm_brand, pm_last4, pm_detail, until),
        until,
    )


def _method(
    kind: str, brand: str | None, last4: str | None, detail: str | None, until: datetime | None
) -> MethodDisplay:
    expiry = None if until is None else until - timedelta(days=1)  # in the expiry month
    return MethodDisplay(
        kind,
        brand,
        last4,
        detail,
        None if expiry is None else expiry.month,
        None if expiry is None else expiry.year,
    )


def search_terms(search: str | None) -> list[str]:
    return [fold(term) for term in (search or "").split() if term]


def where_clause(f: SubscriptionFilter, *, search_subquery: bool = True) -> tuple[str, list[Any]]:
    """SQL ``WHERE`` for a filter. Search terms are matched with ``instr`` on the
    case-folded ``search`` column (a substring test: no LIKE wildcards to escape).
    With ``search_subquery`` the match runs as ``rowid IN (...)`` so SQLite scans
    the narrow covering index ``subs_search`` rather than the table."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.statuses is not None:
        statuses = sorted(DisplayStatus(s).value for s in f.statuses)
        if not statuses:
            clauses.append("0")
        else:
            clauses.append(f"display_status IN ({', '.join('?' for _ in statuses)})")
            params += statuses
    if f.collection_paused is not None:
        clauses.append("collection_paused = ?")
        params.append(int(f.collection_paused))
    if f.card_problem:
        clauses.append("card_alert_at <= ?")
        params.append(int(time.time()))
    terms = search_terms(f.search)
    if terms:
        match = " AND ".join("instr(search, ?) > 0" for _ in terms)
        if search_subquery:
            match = f"rowid IN (SELECT rowid FROM subscriptions WHERE {match})"
        clauses.append(match)
        params += terms
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query_subscriptions(
    conn: sqlite3.Connection,
    f: SubscriptionFilter,
    sort: SortKey,
    descending: bool,
    limit: int | None,
    offset: int,
) -> list[SubscriptionRow]:
    where, params = where_clause(f)
    order = _ORDER[SortKey(sort)].format(d="DESC" if descending else "ASC")
    sql = f"SELECT {ROW_COLUMNS} FROM subscriptions{where} ORDER BY {order}"
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
    return [row_from_sql(r) for r in conn.execute(sql, params)]


def subscription_ids(
    conn: sqlite3.Connection, f: SubscriptionFilter, sort: SortKey, descending: bool
) -> list[str]:
    where, params = where_clause(f)
    order = _ORDER[SortKey(sort)].format(d="DESC" if descending else "ASC")
    return [
        r[0] for r in conn.execute(f"SELECT id FROM subscriptions{where} ORDER BY {order}", params)
    ]


def rows_for_ids(conn: sqlite3.Connection, ids: Sequence[str]) -> list[SubscriptionRow]:
    found: dict[str, SubscriptionRow] = {}
    for start in range(0, len(ids), 500):
        group = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in group)
        for r in conn.execute(
            f"SELECT {ROW_COLUMNS} FROM subscriptions WHERE id IN ({marks})", group
        ):
            found[r[0]] = row_from_sql(r)
    return [found[i] for i in ids if i in found]


# Object kinds ``known_ids`` answers for, and their tables.
KNOWN_KINDS = ("subscriptions", "customers", "payment_methods", "invoices", "prices", "products")


def known_ids(conn: sqlite3.Connection, kind: str, ids: Sequence[str]) -> set[str]:
    if kind not in KNOWN_KINDS:
        raise ValueError(f"Unknown object kind {kind!r}; use one of {', '.join(KNOWN_KINDS)}")
    found: set[str] = set()
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        group = wanted[start : start + 500]
        marks = ", ".join("?" for _ in group)
        found.update(
            r[0] for r in conn.execute(f"SELECT id FROM {kind} WHERE id IN ({marks})", group)
        )
    return found


def count_subscriptions(conn: sqlite3.Connection, f: SubscriptionFilter) -> int:
    where, params = where_clause(f)
    return int(conn.execute(f"SELECT COUNT(*) FROM subscriptions{where}", params).fetchone()[0])


def status_counts(conn: sqlite3.Connection, search: str | None) -> dict[str, int]:
    where, params = where_clause(SubscriptionFilter(search=search), search_subquery=False)
    counts = {status.value: 0 for status in DisplayStatus}
    paused = 0
    # With a search, scan the covering search index (display status and flag are in
    # it); without, the status index answers alone.
    source = "subscriptions INDEXED BY subs_search" if params else "subscriptions"
    cursor = conn.execute(
        f"SELECT display_status, collection_paused, COUNT(*) FROM {source}{where} "
        "GROUP BY display_status, collection_paused",
        params,
    )
    for status, is_paused, count in cursor:
        key = _known_status(status).value
        counts[key] += count
        if is_paused:
            paused += count
    counts["collection_paused"] = paused
    counts["all"] = sum(counts[s.value] for s in DisplayStatus)
    counts["card_problem"] = count_subscriptions(
        conn, SubscriptionFilter(search=search, card_problem=True)
    )
    return counts


# SQLite's SUM() of integers fails ("integer overflow") past 2**63. Each amount is at
# most domain.values.MAX_AMOUNT (10**15), so a sum of 9,223 of the largest would: the
# sums are taken in two parts instead, the amounts' quotients and remainders by 2**32
# (truncated division, as SQLite's), each far from overflowing, and joined in Python.
_PART = 2**32


def exact_sum(column: str) -> str:
    """SQL for the two parts of the exact sum of an integer ``column`` (``joined``)."""
    return f"SUM(({column}) / {_PART}), SUM(({column}) % {_PART})"


def joined(high: int | None, low: int | None) -> int | None:
    return None if high is None or low is None else high * _PART + low


def mrr_by_currency(conn: sqlite3.Connection) -> dict[str, Decimal]:
    """Sum of integer amounts per (currency, interval, count), normalised per group:
    the same rule as ``domain.billing.mrr_by_currency`` (exact group sums)."""
    totals: dict[str, Decimal] = {}
    cursor = conn.execute(
        f"SELECT currency, interval, interval_count, {exact_sum('amount_minor')} "
        "FROM subscription_items WHERE counts_mrr = 1 AND amount_minor IS NOT NULL "
        "GROUP BY currency, interval, interval_count"
    )
    for currency, interval, count, high, low in cursor:
        amount = joined(high, low)
        if amount is None:
            continue
        monthly = monthly_minor(amount, interval, int(count or 1))
        if monthly is not None and currency:
            totals[currency] = totals.get(currency, Decimal(0)) + monthly
    return {cur: minor_to_major_rounded(value, cur) for cur, value in sorted(totals.items())}


def at_risk_by_currency(conn: sqlite3.Connection) -> dict[str, Decimal]:
    """Money at risk from Past due and Unpaid subscriptions, per currency (major units).

    Per subscription: the ``amount_remaining`` of its latest invoice when that invoice
    is cached and ``open`` (in the invoice's currency); otherwise its amount per
    period (skipped when unknown, e.g. metered).
    """
    amount = "CASE WHEN i.id IS NULL THEN s.amount_minor ELSE i.amount_remaining END"
    cursor = conn.execute(
        "SELECT CASE WHEN i.id IS NULL THEN s.currency ELSE i.currency END AS cur, "
        f"{exact_sum(amount)} "
        "FROM subscriptions AS s LEFT JOIN invoices AS i "
        "ON i.id = s.latest_invoice_id AND i.status = 'open' "
        "WHERE s.display_status IN (?, ?) GROUP BY cur",
        AT_RISK_STATUSES,
    )
    totals = {cur: joined(high, low) for cur, high, low in cursor.fetchall()}
    return {
        cur: to_decimal(total, cur)
        for cur, total in sorted(totals.items(), key=lambda r: str(r[0]))
        if cur and total is not None
    }


def _one(conn: sqlite3.Connection, sql: str, key: str | None) -> Any:
    if key is None:
        return None
    row = conn.execute(sql, (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def customer(conn: sqlite3.Connection, customer_id: str | None) -> Customer | None:
    data = _one(conn, "SELECT data FROM customers WHERE id = ?", customer_id)
    return None if data is None else parse_customer(data)


def payment_method(conn: sqlite3.Connection, pm_id: str | None) -> PaymentMethod | None:
    data = _one(conn, "SELECT data FROM payment_methods WHERE id = ?", pm_id)
    return None if data is None else parse_payment_method(data)


def invoice(conn: sqlite3.Connection, invoice_id: str | None) -> Invoice | None:
    data = _one(conn, "SELECT data FROM invoices WHERE id = ?", invoice_id)
    return None if data is None else parse_invoice(data)


def price(conn: sqlite3.Connection, price_id: str) -> Price | None:
    data = _one(conn, "SELECT data FROM prices WHERE id = ?", price_id)
    return None if data is None else parse_price(data)


def product(conn: sqlite3.Connection, product_id: str | None) -> Product | None:
    data = _one(conn, "SELECT data FROM products WHERE id = ?", product_id)
    return None if data is None else parse_product(data)


def customer_subscriptions(conn: sqlite3.Connection, customer_id: str) -> list[SubscriptionRow]:
    cursor = conn.execute(
        f"SELECT {ROW_COLUMNS} FROM subscriptions WHERE customer_id = ? "
        "ORDER BY created DESC, id DESC",
        (customer_id,),
    )
    return [row_from_sql(r) for r in cursor]


def invoices_for_customer(conn: sqlite3.Connection, customer_id: str) -> list[Invoice]:
    cursor = conn.execute(
        "SELECT data FROM invoices WHERE customer_id = ? ORDER BY created DESC, id DESC",
        (customer_id,),
    )
    return [parse_invoice(json.loads(r[0])) for r in cursor]
