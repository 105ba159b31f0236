"""The request budget: a token bucket shared by threads, paused by 429s."""

from __future__ import annotations

import threading

import pytest

from desktop_app.stripe_api.budget import RequestBudget, shared_budget
from desktop_app.stripe_api.http import backoff_seconds


class FakeTime:
    """A clock that only moves when someone sleeps: exact, and no real waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.lock = threading.Lock()

    def clock(self) -> float:
        with self.lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


def test_requests_are_spaced_at_the_rate() -> None:
    t = FakeTime()
    budget = RequestBudget(10.0, burst=1, clock=t.clock, sleep=t.sleep)
    start = t.now
    for _ in range(51):
        budget.acquire()
    # one token up front, then 50 more at 10/s
    assert t.now - start == pytest.approx(5.0)
    assert budget.acquired == 51


def test_concurrent_reservations_queue_up_instead_of_bursting() -> None:
    t = FakeTime()
    budget = RequestBudget(20.0, burst=1, clock=t.clock, sleep=lambda s: None)
    waits = [budget._reserve() for _ in range(5)]
    assert waits == pytest.approx([0.0, 0.05, 0.10, 0.15, 0.20])


def test_a_pause_holds_everyone_back_and_drops_saved_tokens() -> None:
    t = FakeTime()
    budget = RequestBudget(10.0, burst=5, clock=t.clock, sleep=t.sleep)
    t.now += 10  # a full bucket
    budget.pause(2.0)
    assert budget._reserve() == pytest.approx(2.1)
    assert budget._reserve() == pytest.approx(2.2)


def test_the_bucket_refills_only_up_to_the_burst() -> None:
    t = FakeTime()
    budget = RequestBudget(4.0, burst=2, clock=t.clock, sleep=t.sleep)
    t.now += 100
    assert [budget._reserve() for _ in range(3)] == pytest.approx([0.0, 0.0, 0.25])


def test_by_default_a_quarter_second_is_saved_up_at_most() -> None:
    t = FakeTime()
    budget = RequestBudget(40.0, clock=t.clock, sleep=t.sleep)
    t.now += 60  # a long lull
    waits = [budget._reserve() for _ in range(12)]
    assert waits[:10] == pytest.approx([0.0] * 10)
    assert waits[10:] == pytest.approx([0.025, 0.05])


def test_a_non_positive_rate_is_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        RequestBudget(0)


def test_one_budget_per_key_and_base() -> None:
    a = shared_budget("sk_test_FAKE_budget_a", "http://127.0.0.1:1", 5)
    assert shared_budget("sk_test_FAKE_budget_a", "http://127.0.0.1:1", 5) is a
    assert shared_budget("sk_test_FAKE_budget_a", "http://127.0.0.1:2", 5) is not a
    assert shared_budget("sk_test_FAKE_budget_a", "http://127.0.0.1:1", 7).rate == 7


def test_backoff_honours_retry_after_and_grows_without_it() -> None:
    assert backoff_seconds(1, "3") == 3.0
    assert backoff_seconds(1, "600") == 8.0
    first = backoff_seconds(1, None)
    fourth = backoff_seconds(4, None)
    assert 0.18 <= first <= 0.32
    assert 1.5 <= fourth <= 2.5
