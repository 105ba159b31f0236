"""CSV export: header, ISO dates, decimal amounts, formula cells neutralised, atomic writes."""

from __future__ import annotations

import csv
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain import DisplayStatus
from desktop_app.export import HEADER, ExportFailed, write_csv
from desktop_app.spreadsheet import text_cell
from desktop_app.store import SubscriptionRow


def Row(**changes: Any) -> SubscriptionRow:
    values: dict[str, Any] = {
        "id": "sub_1",
        "customer_id": "cus_1",
        "customer_name": "Ada",
        "customer_email": "ada@example.com",
        "plan_label": "Pro",
        "amount_minor": 123450,
        "currency": "eur",
        "interval_label": "Monthly",
        "display_status": DisplayStatus.ACTIVE,
        "raw_status": "active",
        "collection_paused": False,
        "pause_behavior": None,
        "pause_resumes_at": None,
        "next_billing_date": date(2026, 12, 1),
        "next_billing_kind": "renews",
        "cancel_at": None,
        "ended_at": None,
        "created": datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
        "livemode": False,
    }
    values.update(changes)
    return SubscriptionRow(**values)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\uff1d"])
def test_formula_starts_get_a_quote(start: str) -> None:
    assert text_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("start", ["\t", "\r"])
def test_a_leading_tab_or_carriage_return_gets_a_quote(start: str) -> None:
    assert text_cell(f"{start}1+1") == f"'{start}1+1"
    assert text_cell(f"{start}=1+1") == f"'{start}'=1+1"


def test_ordinary_cells_are_unchanged() -> None:
    assert text_cell("Ada Lovelace") == "Ada Lovelace"
    assert text_cell("Acme - Holding, Inc.") == "Acme - Holding, Inc."
    assert text_cell("") == ""


def test_rows_in_major_units_iso_dates_and_neutralised_names(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    rows = [
        Row(),
        Row(
            id="sub_2",
            customer_name='=HYPERLINK("http://evil.example","x")',
            customer_email="@bob",
            amount_minor=500,
            currency="jpy",
            display_status=DisplayStatus.PAST_DUE,
            collection_paused=True,
            pause_behavior="void",
            pause_resumes_at=datetime(2026, 12, 24, 10, 0, tzinfo=UTC),
            cancel_at=datetime(2027, 1, 1, tzinfo=UTC),
        ),
        Row(id="sub_3", amount_minor=None, plan_label="-metered", next_billing_date=None),
        Row(id="sub_4", amount_minor=1234567, currency="kwd"),
    ]
    assert write_csv(rows, out) == 4
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(HEADER)
    got = read(out)
    assert got[0]["amount"] == "1234.50"
    assert got[0]["currency"] == "EUR"
    assert got[0]["next_billing_date"] == "2026-12-01"
    assert got[0]["created"] == "2025-01-02T03:04:05+00:00"
    assert got[0]["status"] == "active"
    assert got[1]["customer_name"].startswith("'=HYPERLINK")
    assert got[1]["email"] == "'@bob"
    assert got[1]["amount"] == "500"
    assert got[1]["collection_paused_behavior"] == "void"
    assert got[1]["collection_resumes_at"] == "2026-12-24T10:00:00+00:00"
    assert got[1]["cancel_or_end_date"] == "2027-01-01T00:00:00+00:00"
    assert got[2]["amount"] == ""
    assert got[2]["plan"] == "'-metered"
    assert got[3]["amount"] == "1234.567"


def test_canceling_at_period_end_exports_the_end_date(tmp_path: Path) -> None:
    ends = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)
    row = Row(
        display_status=DisplayStatus.CANCELING,
        next_billing_kind="ends",
        next_billing_at=ends,
        next_billing_date=ends.date(),
    )
    write_csv([row], tmp_path / "out.csv")
    assert read(tmp_path / "out.csv")[0]["cancel_or_end_date"] == "2026-12-31T12:00:00+00:00"


def test_unwritable_path_gives_a_clear_error_and_no_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "out.csv"
    with pytest.raises(ExportFailed, match="Could not write the CSV file") as info:
        write_csv([Row()], missing)
    assert str(missing) in str(info.value)
    assert not missing.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed, match="Choose a folder you can write to"):
            write_csv([Row()], folder / "out.csv")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_folder_as_target_is_refused_and_leaves_no_temp_file(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    (folder / "out.csv").mkdir(parents=True)
    with pytest.raises(ExportFailed, match="Could not write the CSV file"):
        write_csv([Row()], folder / "out.csv")
    assert [p.name for p in folder.iterdir()] == ["out.csv"]


def test_a_failure_midway_keeps_the_previous_file(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "out.csv"
    out.write_text("previous\n", encoding="utf-8")

    def rows() -> object:
        yield Row()
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportFailed) as failed:
        write_csv(rows(), out)  # type: ignore[arg-type]
    assert f"The disk is full: free space on {folder} and export again" in str(failed.value)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in folder.iterdir()] == ["out.csv"]
