"""CSV export of subscription rows: UTF-8, a header row, ISO dates, decimal amounts.

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
CR) get a leading single quote. The file is written to a temporary file beside the
target and renamed into place, so a failure leaves no partial file.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop_app.errors import BillingManagerError
from desktop_app.money import to_decimal

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
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportFailed(BillingManagerError):
    """The CSV could not be written; no file was left behind."""


class ExportRow(Protocol):
    """What the export reads from ``desktop_app.store`` rows (``SubscriptionRow``)."""

    @property
    def id(self) -> str: ...
    @property
    def customer_name(self) -> str | None: ...
    @property
    def customer_email(self) -> str | None: ...
    @property
    def plan_label(self) -> str: ...
    @property
    def amount_minor(self) -> int | None: ...
    @property
    def currency(self) -> str | None: ...
    @property
    def interval_label(self) -> str: ...
    @property
    def display_status(self) -> Any: ...
    @property
    def pause_behavior(self) -> str | None: ...
    @property
    def pause_resumes_at(self) -> datetime | None: ...
    @property
    def next_billing_date(self) -> date | None: ...
    @property
    def created(self) -> datetime: ...
    @property
    def cancel_at(self) -> datetime | None: ...
    @property
    def ended_at(self) -> datetime | None: ...


def neutralise(cell: str) -> str:
    """Make a cell inert in spreadsheets: a formula-like start gets a leading quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _iso(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


def _amount(row: ExportRow) -> str:
    if row.amount_minor is None or not row.currency:
        return ""
    return format(to_decimal(row.amount_minor, row.currency), "f")


def row_cells(row: ExportRow) -> list[str]:
    status = row.display_status
    cells = [
        row.id,
        row.customer_name or "",
        row.customer_email or "",
        row.plan_label or "",
        _amount(row),
        (row.currency or "").upper(),
        row.interval_label or "",
        str(getattr(status, "value", status)),
        row.pause_behavior or "",
        _iso(row.pause_resumes_at),
        _iso(row.next_billing_date),
        _iso(row.created),
        _iso(row.ended_at or row.cancel_at),
    ]
    return [neutralise(cell) for cell in cells]


def write_csv(rows: Iterable[ExportRow], path: Path | str, header: Sequence[str] = HEADER) -> int:
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
            for row in rows:
                writer.writerow(row_cells(row))
                count += 1
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ExportFailed(
            f"Could not write the CSV file {target}: {reason}. Choose a folder you can write "
            "to (and check there is free disk space); nothing was written."
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return count
