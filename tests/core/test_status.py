"""Display status, collection pause and next billing date."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from desktop_app.domain.parse import parse_subscription
from desktop_app.domain.status import (
    DisplayStatus,
    collection_pause,
    display_status,
    is_canceling,
    next_billing,
)
from tests.core import factories as f


def sub(**fields: Any) -> Any:
    return parse_subscription(f.subscription(**fields))


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "active"}, DisplayStatus.ACTIVE),
        ({"status": "trialing", "trial_end": f.T0}, DisplayStatus.TRIALING),
        ({"status": "past_due"}, DisplayStatus.PAST_DUE),
        ({"status": "unpaid"}, DisplayStatus.UNPAID),
        ({"status": "paused"}, DisplayStatus.PAUSED),
        ({"status": "incomplete"}, DisplayStatus.INCOMPLETE),
        ({"status": "incomplete_expired"}, DisplayStatus.INCOMPLETE_EXPIRED),
        ({"status": "incomplete_expired", "ended_at": f.T0}, DisplayStatus.INCOMPLETE_EXPIRED),
        ({"status": "canceled", "ended_at": f.T0}, DisplayStatus.CANCELED),
        ({"status": "active", "cancel_at_period_end": True}, DisplayStatus.CANCELING),
        ({"status": "trialing", "cancel_at_period_end": True}, DisplayStatus.CANCELING),
        ({"status": "active", "cancel_at": f.T0 + 9 * f.DAY}, DisplayStatus.CANCELING),
        # canceled wins over a cancel_at still set on the object
        (
            {"status": "canceled", "cancel_at": f.T0, "ended_at": f.T0},
            DisplayStatus.CANCELED,
        ),
        # payment trouble outranks a pending cancellation
        ({"status": "past_due", "cancel_at_period_end": True}, DisplayStatus.PAST_DUE),
        ({"status": "brand_new_status"}, DisplayStatus.UNKNOWN),
        ({"status": "active", "ended_at": f.T0}, DisplayStatus.CANCELED),
    ],
)
def test_display_status(fields: dict[str, Any], expected: DisplayStatus) -> None:
    assert display_status(sub(**fields)) is expected


def test_cancel_at_with_ended_at_is_not_canceling() -> None:
    ended = sub(status="active", cancel_at=f.T0, ended_at=f.T0)
    assert not is_canceling(ended)


def test_collection_pause_is_independent_of_status() -> None:
    pause = {"behavior": "keep_as_draft", "resumes_at": f.ts(2027, 1, 15)}
    active = sub(status="active", pause_collection=pause)
    assert display_status(active) is DisplayStatus.ACTIVE
    paused = collection_pause(active)
    assert paused is not None
    assert paused.behavior == "keep_as_draft"
    assert paused.resumes_at == datetime(2027, 1, 15, tzinfo=UTC)
    past_due = sub(status="past_due", pause_collection={"behavior": "void", "resumes_at": None})
    assert display_status(past_due) is DisplayStatus.PAST_DUE
    assert collection_pause(past_due) is not None
    assert collection_pause(sub(status="active")) is None
    ended = sub(status="canceled", ended_at=f.T0, pause_collection=pause)
    assert collection_pause(ended) is None
    expired = sub(status="incomplete_expired", pause_collection=pause)
    assert collection_pause(expired) is None


def test_next_billing_renews_at_nearest_item_period_end() -> None:
    items = [
        f.item("si_a", period_end=f.ts(2026, 12, 20)),
        f.item("si_b", period_end=f.ts(2026, 12, 5)),
    ]
    nb = next_billing(sub(items=items))
    assert nb is not None
    assert (nb.kind, nb.date.isoformat()) == ("renews", "2026-12-05")


def test_next_billing_legacy_period_end() -> None:
    nb = next_billing(sub(items=[f.item(period_end=None)], current_period_end=f.ts(2026, 12, 7)))
    assert nb is not None
    assert (nb.kind, nb.date.isoformat()) == ("renews", "2026-12-07")


def test_next_billing_trial_end_while_trialing() -> None:
    nb = next_billing(sub(status="trialing", trial_end=f.ts(2026, 11, 14)))
    assert nb is not None
    assert (nb.kind, nb.date.isoformat()) == ("trial_ends", "2026-11-14")


def test_next_billing_ends_when_canceling() -> None:
    at_period_end = next_billing(
        sub(cancel_at_period_end=True, items=[f.item(period_end=f.ts(2026, 12, 1))])
    )
    assert at_period_end is not None
    assert (at_period_end.kind, at_period_end.date.isoformat()) == ("ends", "2026-12-01")
    at_date = next_billing(sub(cancel_at=f.ts(2027, 3, 31)))
    assert at_date is not None
    assert (at_date.kind, at_date.date.isoformat()) == ("ends", "2027-03-31")


def test_trial_set_to_cancel_ends_at_trial_end() -> None:
    trial = sub(
        status="trialing",
        trial_end=f.ts(2026, 11, 30),
        cancel_at_period_end=True,
        items=[f.item(period_end=None)],
    )
    assert display_status(trial) is DisplayStatus.CANCELING
    nb = next_billing(trial)
    assert nb is not None
    assert (nb.kind, nb.date.isoformat()) == ("ends", "2026-11-30")


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "canceled", "ended_at": f.T0},
        {"status": "incomplete_expired"},
        {"status": "paused"},
        {"status": "mystery"},
    ],
)
def test_no_next_billing_once_ended_or_not_billing(fields: dict[str, Any]) -> None:
    assert next_billing(sub(**fields)) is None


def test_past_due_still_shows_its_renewal() -> None:
    nb = next_billing(sub(status="past_due", items=[f.item(period_end=f.ts(2026, 12, 3))]))
    assert nb is not None
    assert nb.kind == "renews"
