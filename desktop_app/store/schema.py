"""The cache's schema and its migrations (``PRAGMA user_version`` is the version).

``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``; a new file starts
at 0 and runs them all. Append, never edit, a migration. Because the file is a
cache of Stripe, a migration may simply drop what it cannot convert and clear
``event_cursor``, which makes the next sync a full one.

Every object keeps its full (minimal Stripe-shaped) JSON in ``data`` (for
subscriptions in ``subscription_data``, keeping the table that searches and
counts scan narrow); the other columns are copies or values derived when
written, for indexed filter/sort/search.
Times are Unix seconds (UTC); booleans 0/1.
"""

from __future__ import annotations

import sqlite3

# Version 1 was a first layout used only during development (the subscription JSON
# in the subscriptions table). Version 2 replaces whatever version 1 left with the
# current tables; a new file passes through both steps. Synced data is dropped
# and the sync markers cleared (the next sync is full); account info is kept.
_V1_DEVELOPMENT = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID
"""

_V2 = """
DROP TABLE IF EXISTS subscription_items;
DROP TABLE IF EXISTS subscription_data;
DROP TABLE IF EXISTS subscriptions;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS payment_methods;
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS prices;
DROP TABLE IF EXISTS products;
DELETE FROM meta WHERE key IN ('event_cursor', 'last_sync_at', 'last_full_sync_at');

CREATE TABLE products (
    id TEXT PRIMARY KEY,
    name TEXT,
    data TEXT NOT NULL
);

CREATE TABLE prices (
    id TEXT PRIMARY KEY,
    product_id TEXT,
    data TEXT NOT NULL
);

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT,
    email TEXT,
    default_payment_method_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL
);

CREATE TABLE payment_methods (
    id TEXT PRIMARY KEY,
    customer_id TEXT,
    data TEXT NOT NULL
);

CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    customer_id TEXT,
    subscription_id TEXT,
    status TEXT,
    currency TEXT NOT NULL,
    amount_due INTEGER NOT NULL,
    amount_remaining INTEGER NOT NULL,
    created INTEGER,
    data TEXT NOT NULL
);
CREATE INDEX invoices_by_customer ON invoices (customer_id, created);

CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY,
    customer_id TEXT,
    customer_name TEXT,
    customer_email TEXT,
    customer_sort TEXT NOT NULL,
    email_sort TEXT,
    plan_label TEXT NOT NULL,
    plan_sort TEXT NOT NULL,
    amount_minor INTEGER,
    currency TEXT NOT NULL,
    interval TEXT,
    interval_count INTEGER,
    interval_label TEXT,
    display_status TEXT NOT NULL,
    status_rank INTEGER NOT NULL,
    raw_status TEXT NOT NULL,
    collection_paused INTEGER NOT NULL,
    pause_behavior TEXT,
    pause_resumes_at INTEGER,
    next_billing_at INTEGER,
    next_billing_kind TEXT,
    cancel_at INTEGER,
    canceled_at INTEGER,
    ended_at INTEGER,
    created INTEGER NOT NULL,
    livemode INTEGER NOT NULL,
    default_payment_method_id TEXT,
    latest_invoice_id TEXT,
    search_base TEXT NOT NULL,
    search TEXT NOT NULL
);
-- The full object lives apart, so scans for search and counts read narrow rows.
CREATE TABLE subscription_data (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL
);
CREATE INDEX subs_by_customer ON subscriptions (customer_id);
CREATE INDEX subs_by_status ON subscriptions (display_status, collection_paused);
CREATE INDEX subs_paused ON subscriptions (collection_paused) WHERE collection_paused = 1;
CREATE INDEX subs_sort_customer ON subscriptions (customer_sort, id);
CREATE INDEX subs_sort_email ON subscriptions (email_sort, id);
CREATE INDEX subs_sort_plan ON subscriptions (plan_sort, id);
CREATE INDEX subs_sort_amount ON subscriptions (amount_minor, currency, id);
CREATE INDEX subs_sort_status ON subscriptions (status_rank, id);
CREATE INDEX subs_sort_next ON subscriptions (next_billing_at, id);
CREATE INDEX subs_sort_created ON subscriptions (created, id);
-- Search scans this narrow covering index instead of the table (see queries.py).
CREATE INDEX subs_search ON subscriptions (search, display_status, collection_paused);

CREATE TABLE subscription_items (
    subscription_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    price_id TEXT NOT NULL,
    product_id TEXT,
    currency TEXT NOT NULL,
    interval TEXT,
    interval_count INTEGER,
    amount_minor INTEGER,
    counts_mrr INTEGER NOT NULL,
    PRIMARY KEY (subscription_id, item_id)
) WITHOUT ROWID;
CREATE INDEX items_by_product ON subscription_items (product_id);
CREATE INDEX items_for_mrr
    ON subscription_items (counts_mrr, currency, interval, interval_count, amount_minor);
"""

# Version 3: the payment method Stripe charges each subscription (legacy card
# sources and non-card methods included), its card's expiry and the "card problem"
# time (domain/cards.py); the customer's legacy default source; an invoice's failed
# attempts and the method charged at the last one (to tell "the card was updated").
# The new columns are empty until the next sync, which the cleared markers make full.
_V3 = """
ALTER TABLE subscriptions ADD COLUMN default_source_id TEXT;
ALTER TABLE subscriptions ADD COLUMN payment_method_id TEXT;
ALTER TABLE subscriptions ADD COLUMN pm_type TEXT;
ALTER TABLE subscriptions ADD COLUMN pm_brand TEXT;
ALTER TABLE subscriptions ADD COLUMN pm_last4 TEXT;
ALTER TABLE subscriptions ADD COLUMN pm_detail TEXT;
ALTER TABLE subscriptions ADD COLUMN card_valid_until INTEGER;
ALTER TABLE subscriptions ADD COLUMN card_alert_at INTEGER;
ALTER TABLE customers ADD COLUMN default_source_id TEXT;
ALTER TABLE invoices ADD COLUMN attempt_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN failed_method_id TEXT;
CREATE INDEX subs_card_alert ON subscriptions (card_alert_at) WHERE card_alert_at IS NOT NULL;
CREATE INDEX subs_sort_card ON subscriptions (card_valid_until, id);
DELETE FROM meta WHERE key IN ('event_cursor', 'last_full_sync_at');
"""

MIGRATIONS: list[str] = [_V1_DEVELOPMENT, _V2, _V3]
SCHEMA_VERSION = len(MIGRATIONS)

# Indexes only the window's queries use, never a write: a full snapshot drops them
# while it inserts and builds them again before it commits (at 100,000 subscriptions,
# building the first eleven once took 1.2-1.8 s with 8 KB pages; keeping them up to date
# row by row added ~9 s of writing).
READ_ONLY_INDEXES = (
    "subs_by_status",
    "subs_paused",
    "subs_sort_customer",
    "subs_sort_email",
    "subs_sort_plan",
    "subs_sort_amount",
    "subs_sort_status",
    "subs_sort_next",
    "subs_sort_created",
    "subs_search",
    "items_for_mrr",
    "subs_card_alert",
    "subs_sort_card",
)

# Tables a full sync replaces (everything but meta).
DATA_TABLES = (
    "subscription_items",
    "subscription_data",
    "subscriptions",
    "invoices",
    "payment_methods",
    "customers",
    "prices",
    "products",
)


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring ``conn`` (autocommit mode) to ``SCHEMA_VERSION``, each step one transaction.

    Returns the version found before migrating. The caller checks it is not newer.
    """
    found = schema_version(conn)
    for version in range(found, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return found


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
