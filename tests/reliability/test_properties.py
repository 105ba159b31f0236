"""Properties of the parsers and derived values over generated Stripe-shaped
subscriptions, in both API layouts (period dates on the items, since 2025-03-31.basil;
on the subscription before): parsing never fails, the layout never changes what is
shown, and status, next billing date and amount follow Stripe's rules."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain import DisplayStatus, display_status, next_billing, parse_subscription
from desktop_app.domain.billing import amount_per_period
from desktop_app.domain.status import KNOWN_RAW_STATUSES, is_collection_paused
from desktop_app.money import currency_exponent, format_money, to_decimal
from desktop_app.store import Store
from tests.core.factories import DAY, T0, item, price, subscription

KNOWN = sorted(KNOWN_RAW_STATUSES)
STATUSES = st.one_of(st.sampled_from(KNOWN), st.text(min_size=0, max_size=12))
TIMES = st.integers(min_value=T0 - 800 * DAY, max_value=T0 + 800 * DAY)
CURRENCIES = st.sampled_from(["eur", "usd", "sek", "jpy", "krw", "bhd", "kwd", "clp"])
MAYBE_TIME = st.one_of(st.none(), TIMES)
INTERVALS = st.sampled_from(["day", "week", "month", "year"])


@st.composite
def stripe_subscriptions(draw: st.DrawFn) -> dict[str, Any]:
    """A subscription in Stripe's JSON shape (current layout: periods on items)."""
    currency = draw(CURRENCIES)
    items = []
    for n in range(draw(st.integers(min_value=1, max_value=3))):
        end = draw(TIMES)
        items.append(
            item(
                f"si_{n}",
                price_obj=price(
                    f"price_{n}",
                    currency=currency,
                    unit_amount=draw(st.integers(min_value=0, max_value=10**9)),
                    interval=draw(INTERVALS),
                    interval_count=draw(st.integers(min_value=1, max_value=12)),
                ),
                quantity=draw(st.one_of(st.none(), st.integers(min_value=0, max_value=500))),
                period_end=end,
                period_start=end - 30 * DAY,
            )
        )
    pause = draw(
        st.one_of(
            st.none(),
            st.fixed_dictionaries(
                {
                    "behavior": st.sampled_from(["keep_as_draft", "mark_uncollectible", "void"]),
                    "resumes_at": MAYBE_TIME,
                }
            ),
        )
    )
    customer = draw(
        st.one_of(
            st.none(),
            st.just("cus_1"),
            st.fixed_dictionaries(
                {"id": st.just("cus_1"), "object": st.just("customer"), "name": st.text()}
            ),
        )
    )
    return subscription(
        "sub_1",
        status=draw(STATUSES),
        customer_obj=customer,
        items=items,
        currency=currency,
        cancel_at_period_end=draw(st.booleans()),
        cancel_at=draw(MAYBE_TIME),
        ended_at=draw(MAYBE_TIME),
        trial_end=draw(MAYBE_TIME),
        pause_collection=pause,
    )


def legacy_layout(obj: dict[str, Any]) -> dict[str, Any]:
    """The same subscription as older API versions (and old events) send it: period
    dates on the subscription (the nearest item's), none on the items."""
    items = [dict(i) for i in obj["items"]["data"]]
    end = min(i.pop("current_period_end") for i in items)
    start = min(i.pop("current_period_start") for i in items)
    return {
        **obj,
        "current_period_end": end,
        "current_period_start": start,
        "items": {**obj["items"], "data": items},
    }


def _dt(ts: int | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC)


@settings(max_examples=300, deadline=None)
@given(stripe_subscriptions())
def test_both_layouts_show_the_same_status_and_next_billing(obj: dict[str, Any]) -> None:
    current, legacy = parse_subscription(obj), parse_subscription(legacy_layout(obj))
    assert display_status(current) == display_status(legacy)
    assert next_billing(current) == next_billing(legacy)
    assert amount_per_period(current) == amount_per_period(legacy)


@settings(max_examples=300, deadline=None)
@given(stripe_subscriptions())
def test_display_status_follows_stripes_rules(obj: dict[str, Any]) -> None:
    sub = parse_subscription(obj)
    status = display_status(sub)
    raw = obj["status"]
    assert sub.status == raw or (raw == "" and sub.status)  # kept as sent
    if raw not in KNOWN_RAW_STATUSES:
        assert status is DisplayStatus.UNKNOWN
    elif raw == "incomplete_expired":
        assert status is DisplayStatus.INCOMPLETE_EXPIRED
    elif raw == "canceled" or obj["ended_at"] is not None:
        assert status is DisplayStatus.CANCELED
    elif raw in {"incomplete", "unpaid", "past_due", "paused"}:
        assert status == DisplayStatus(raw)
    elif obj["cancel_at_period_end"] or obj["cancel_at"] is not None:
        assert status is DisplayStatus.CANCELING
    else:
        assert status == DisplayStatus(raw)
    # paused collection is a flag, never a status
    unpaused = parse_subscription({**obj, "pause_collection": None})
    assert display_status(unpaused) == status
    ended = status in {DisplayStatus.CANCELED, DisplayStatus.INCOMPLETE_EXPIRED}
    assert is_collection_paused(sub) == (obj["pause_collection"] is not None and not ended)


@settings(max_examples=300, deadline=None)
@given(stripe_subscriptions())
def test_next_billing_date_follows_the_status(obj: dict[str, Any]) -> None:
    sub = parse_subscription(obj)
    status, upcoming = display_status(sub), next_billing(sub)
    nearest_end = _dt(min(i["current_period_end"] for i in obj["items"]["data"]))
    if status in {DisplayStatus.ACTIVE, DisplayStatus.PAST_DUE, DisplayStatus.UNPAID}:
        assert upcoming is not None
        assert (upcoming.kind, upcoming.at) == ("renews", nearest_end)
    elif status is DisplayStatus.TRIALING:
        assert upcoming is not None
        assert (upcoming.kind, upcoming.at) == ("trial_ends", _dt(obj["trial_end"]) or nearest_end)
    elif status is DisplayStatus.CANCELING:
        assert upcoming is not None
        assert (upcoming.kind, upcoming.at) == ("ends", _dt(obj["cancel_at"]) or nearest_end)
    else:
        assert upcoming is None


@settings(max_examples=300, deadline=None)
@given(stripe_subscriptions(), st.sampled_from(["en_US", "nl_NL", "sv_SE"]))
def test_amount_is_the_exact_sum_of_the_items(obj: dict[str, Any], locale: str) -> None:
    sub = parse_subscription(obj)
    expected = sum(
        i["price"]["unit_amount"] * (1 if i["quantity"] is None else i["quantity"])
        for i in obj["items"]["data"]
    )
    assert amount_per_period(sub) == expected
    currency = obj["currency"]
    major = to_decimal(expected, currency)
    assert major * Decimal(10) ** currency_exponent(currency) == expected  # no rounding
    text = format_money(expected, currency, locale)
    digits = "".join(ch for ch in text if ch.isdigit())
    assert int(digits) == expected  # every minor unit is shown, none invented


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(stripe_subscriptions(), min_size=1, max_size=4), st.booleans())
def test_the_cache_derives_what_the_domain_derives(
    objs: list[dict[str, Any]], legacy: bool
) -> None:
    from desktop_app.sync.collect import Collected

    found = Collected()
    for n, obj in enumerate(objs):
        obj = {**obj, "id": f"sub_{n}"}
        found.add_page([legacy_layout(obj) if legacy else obj])
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "cache.sqlite3")
        try:
            with store.snapshot() as snap:
                snap.put_prices(found.prices.values())
                snap.put_customers(found.customers.values())
                snap.put_subscriptions(found.subscriptions.values())
                snap.set_cursor(0)
            rows = {r.id: r for r in store.query_subscriptions()}
        finally:
            store.close()
    assert set(rows) == set(found.subscriptions)
    for sub_id, sub in found.subscriptions.items():
        row = rows[sub_id]
        upcoming = next_billing(sub)
        assert row.display_status == display_status(sub)
        assert row.next_billing_date == (upcoming.date if upcoming else None)
        assert row.next_billing_kind == (upcoming.kind if upcoming else None)
        assert row.amount_minor == amount_per_period(sub)
        assert row.collection_paused == is_collection_paused(sub)
