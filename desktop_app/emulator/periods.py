"""Billing period arithmetic on Unix timestamps (UTC)."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta

DAY = 86_400


def shift(ts: int, interval: str, interval_count: int, k: int) -> int:
    """``ts`` moved by ``k`` billing periods (negative goes back)."""
    steps = interval_count * k
    if interval == "day":
        return ts + steps * DAY
    if interval == "week":
        return ts + steps * 7 * DAY
    months = steps * 12 if interval == "year" else steps
    dt = datetime.fromtimestamp(ts, UTC)
    total = dt.year * 12 + (dt.month - 1) + months
    year, month = divmod(total, 12)
    day = min(dt.day, calendar.monthrange(year, month + 1)[1])
    return int(dt.replace(year=year, month=month + 1, day=day).timestamp())


def period_containing(
    anchor: int, moment: int, interval: str, interval_count: int
) -> tuple[int, int, int]:
    """(k, start, end) of the k-th billing period from ``anchor`` that contains ``moment``."""
    if moment < anchor:
        return 0, anchor, shift(anchor, interval, interval_count, 1)
    approx_days = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}[interval] * interval_count
    k = max(0, int((moment - anchor) / (approx_days * DAY)) - 1)
    start = shift(anchor, interval, interval_count, k)
    while True:
        following = shift(anchor, interval, interval_count, k + 1)
        if following > moment:
            return k, start, following
        k += 1
        start = following


def days(n: float) -> int:
    return int(n * DAY)


def iso(ts: int) -> str:
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=ts)).date().isoformat()
