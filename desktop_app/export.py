"""CSV export of subscription rows: UTF-8, a header row, ISO dates, decimal amounts.

Every cell goes through ``desktop_app.spreadsheet``, so no spreadsheet runs one as
a formula, whatever its list separator (``,`` or ``;``): text cells (all that came
from Stripe) are protected, the amount (written here from a number) stays a number,
negative ones too. The file is written to a temporary file beside the
target and renamed into place, so a failure leaves no partial file. It is created
0600 (owner only) whatever the umask, like every file the app writes (``paths.py``):
it holds customers' names and e-mail addresses; share it on purpose.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop_app.domain.payment_methods import method_label
from desktop_app.errors import BillingManagerError, disk_full, is_disk_full
from desktop_app.money import to_decimal
from desktop_app.spreadsheet import number_cell, text_cell
from desktop_app.store import SubscriptionRow
from desktop_app.text import translate

HEADER: tuple[str, ...] = (
    "subscription_id",
    "customer_name",
    "email",
    "plan",
    "amount",
    "currency",
    "interval",
    "status",
    "collection_paused_behavior",
    "collection_resumes_at",
    "next_billing_date",
    "created",
    "cancel_or_end_date",
    "payment_method",
    "card_expiry",
    "card_status",
)


class ExportFailed(BillingManagerError):
    """The CSV could not be written; no file was left behind."""


def _iso(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


def _amount(row: SubscriptionRow) -> str:
    if row.amount_minor is None or not row.currency:
        return ""
    return format(to_decimal(row.amount_minor, row.currency), "f")


def end_date(row: SubscriptionRow) -> datetime | None:
    """When it ended, or when it is set to end (cancel_at, or the period end)."""
    if row.ended_at is not None:
        return row.ended_at
    if row.cancel_at is not None:
        return row.cancel_at
    if row.next_billing_kind == "ends":
        return row.next_billing_at
    return row.canceled_at


def card_expiry(row: SubscriptionRow) -> str:
    """The card's expiry month as ``2026-03`` (ISO year-month); empty for other methods."""
    if row.card_valid_until is None:
        return ""
    last_day = row.card_valid_until - timedelta(days=1)
    return f"{last_day.year:04d}-{last_day.month:02d}"


def row_cells(row: SubscriptionRow, now: datetime | None = None) -> list[str]:
    """``now``: the moment card states are of (``domain.cards``; default: now)."""
    paused = row.collection_paused
    at = now or datetime.now(UTC)
    texts = [
        row.id,
        row.customer_name or "",
        row.customer_email or "",
        row.plan_label or "",
    ]
    after = [
        (row.currency or "").upper(),
        row.interval_label or "",
        row.display_status.value,
        (row.pause_behavior or "") if paused else "",
        _iso(row.pause_resumes_at) if paused else "",
        _iso(row.next_billing_date),
        _iso(row.created),
        _iso(end_date(row)),
        method_label(row.payment_method) or "",
        card_expiry(row),
        row.card_status(at).value,
    ]
    return [
        *(text_cell(cell) for cell in texts),
        number_cell(_amount(row)),
        *(text_cell(cell) for cell in after),
    ]


def write_csv(
    rows: Iterable[SubscriptionRow], path: Path | str, header: Sequence[str] = HEADER
) -> int:
    """Write ``rows`` to ``path`` atomically; returns how many rows were written.

    Raises ExportFailed (with the path and what to do) when the file cannot be written.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    count = 0
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            now = datetime.now(UTC)
            for row in rows:
                writer.writerow(row_cells(row, now))
                count += 1
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        if is_disk_full(exc):
            raise ExportFailed(str(disk_full(directory.resolve(), "export"))) from None
        reason = exc.strerror or type(exc).__name__
        raise ExportFailed(
            translate(
                "Export",
                "Could not write the CSV file {file}: {reason}. Choose a folder you can write "
                "to (and check there is free disk space); nothing was written.",
            ).format(file=target, reason=reason)
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return count
