"""No export or copy hands a spreadsheet a formula, whatever text Stripe sends.

Generated rows with hostile text in every field Stripe fills (IDs, names, e-mails,
plans, currencies, statuses), written by the CSV export and the table's tab-separated
copy, then cut into cells as a spreadsheet would: on ``,`` (the CSV), ``;`` (Excel
whose list separator is ``;``, as in Dutch and Swedish) and tab (a paste), each
respecting quotes. No cell may start, after spaces, invisible characters and quotes,
with a character that starts a formula (OWASP, "CSV Injection":
https://owasp.org/www-community/attacks/CSV_Injection lists = + - @ tab CR), the
full-width forms that Japanese Excel takes as the same, except a negative amount the
app wrote itself. And nothing is lost: protection only adds ``'``.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.domain import DisplayStatus
from desktop_app.domain.payment_methods import MethodDisplay
from desktop_app.emulator import Emulator
from desktop_app.export import HEADER, write_csv
from desktop_app.store import SubscriptionRow
from tests.actions.conftest import tick_clock
from tests.reliability.test_bad_input import run_cli
from tests.ui.conftest import demo_window, emulator_of  # noqa: F401 - fixture
from ui.safe_copy import GUARDED
from ui.subscription_model import Column, tsv_text
from ui.subscription_table import SubscriptionTable

pytestmark = pytest.mark.bad_input

FORMULA_STARTS = set("=+-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b")
OTHER_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
DELIMITERS = (",", ";", "\t")
EN_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

# Text as a hostile server or customer would write it: formula starts, separators,
# spaces and invisible characters before them, quotes, and anything else.
NASTY = st.sampled_from(
    [
        *"=+-@\uff1d\uff0b\uff0d\uff20;,\t\r\n \u00a0\u3000\u200b\u202e\"'|!(",
        *("=1+1", "x;=1+1", " =cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "\r\n+", '"=1"'),
    ]
)
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=4)), max_size=8).map("".join)


def _skipped(ch: str) -> bool:
    return ch == '"' or ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


def _first(cell: str) -> str:
    for ch in cell:
        if not _skipped(ch):
            return ch
    return ""


def _negative_amount(cell: str) -> bool:
    """A minus, then digits, separators, spaces, a currency sign or code and (in the
    table's copy) " · Monthly": nothing a formula could call (no parentheses, | or !)."""
    body = cell.strip()[1:]
    return cell.strip()[:1] in "-\u2212" and all(
        ch.isalnum() or ch.isspace() or ch in ".,'\u2019\u00b7" or unicodedata.category(ch) == "Sc"
        for ch in body
    )


def spreadsheet_cells(text: str) -> list[tuple[str, str]]:
    """Every cell ``text`` gives, as (delimiter, cell), for each way of cutting it."""
    found = []
    for delimiter in DELIMITERS:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            for field in record:
                found += [(delimiter, part) for part in OTHER_LINE_BREAKS.split(field)]
    return found


def formula_cells(text: str) -> list[tuple[str, str]]:
    return [
        (delimiter, cell)
        for delimiter, cell in spreadsheet_cells(text)
        if _first(cell) in FORMULA_STARTS and not _negative_amount(cell)
    ]


@st.composite
def rows(draw: st.DrawFn) -> SubscriptionRow:
    paused = draw(st.booleans())
    return SubscriptionRow(
        id=draw(TEXT),
        customer_id=draw(TEXT),
        customer_name=draw(st.one_of(st.none(), TEXT)),
        customer_email=draw(st.one_of(st.none(), TEXT)),
        plan_label=draw(TEXT),
        amount_minor=draw(st.one_of(st.none(), st.integers(-(10**9), 10**9))),
        currency=draw(
            st.one_of(st.sampled_from(["eur", "usd", "sek", "jpy", "bhd"]), TEXT.filter(bool))
        ),
        interval_label=draw(st.one_of(st.none(), TEXT)),
        display_status=draw(st.sampled_from(list(DisplayStatus))),
        raw_status=draw(TEXT),
        collection_paused=paused,
        pause_behavior=draw(st.one_of(st.none(), TEXT)),
        pause_resumes_at=None,
        next_billing_date=date(2026, 12, 1),
        next_billing_kind="renews",
        cancel_at=None,
        ended_at=None,
        created=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
        livemode=False,
        # a bank's name, a Link e-mail, a sort code: Stripe's text in the payment cell
        payment_method=draw(
            st.one_of(
                st.none(),
                st.builds(
                    MethodDisplay,
                    st.sampled_from(["card", "us_bank_account", "sepa_debit", "link", "x"]),
                    st.one_of(st.none(), TEXT),
                    st.one_of(st.none(), TEXT),
                    st.one_of(st.none(), TEXT),
                ),
            )
        ),
    )


def _csv_text(batch: list[SubscriptionRow]) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.csv"
        write_csv(batch, path)
        return path.read_bytes().decode("utf-8")  # as written: no newline translation


_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.lists(rows(), min_size=1, max_size=4))
def test_no_csv_cell_starts_a_formula_on_any_list_separator(batch: list[SubscriptionRow]) -> None:
    text = _csv_text(batch)
    assert formula_cells(text) == []
    # nothing lost: read as the CSV it is, each text cell is Stripe's, plus quotes
    with io.StringIO(text, newline="") as handle:
        records = list(csv.DictReader(handle))
    for row, record in zip(batch, records, strict=True):
        for field, value in (("subscription_id", row.id), ("customer_name", row.customer_name)):
            assert record[field].replace("'", "") == (value or "").replace("'", "")


@_SETTINGS
@given(st.lists(rows(), min_size=1, max_size=4))
def test_no_copied_cell_starts_a_formula_on_any_separator(batch: list[SubscriptionRow]) -> None:
    text = tsv_text(batch, EN_US)
    assert formula_cells(text) == []
    lines = text.splitlines()
    assert len(lines) == len(batch) + 1  # a line break in a name does not make a row
    assert all(line.count("\t") == len(Column) for line in lines)  # nor a tab a column


def _row(**changes: Any) -> SubscriptionRow:
    values: dict[str, Any] = {
        "id": "sub_1", "customer_id": "cus_1", "customer_name": "Ada",
        "customer_email": "ada@example.com", "plan_label": "Pro", "amount_minor": -1250,
        "currency": "eur", "interval_label": "Monthly", "display_status": DisplayStatus.ACTIVE,
        "raw_status": "active", "collection_paused": False, "pause_behavior": None,
        "pause_resumes_at": None, "next_billing_date": date(2026, 12, 1),
        "next_billing_kind": "renews", "cancel_at": None, "ended_at": None,
        "created": datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "livemode": False,
    }  # fmt: skip
    values.update(changes)
    return SubscriptionRow(**values)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("x;=1+1", "x;'=1+1"),
        (" =1+1", " '=1+1"),
        ("\t=1+1", "'\t'=1+1"),
        ("\n+31 20 123 4567", "\n'+31 20 123 4567"),
        ("\uff1dcmd|' /C calc'!A0", "'\uff1dcmd|' /C calc'!A0"),
        ('Acme, "=1+1"', 'Acme, "\'=1+1"'),
        ("Acme - Holding", "Acme - Holding"),
        ("ada@example.com", "ada@example.com"),
    ],
)
def test_a_cell_is_protected_where_a_spreadsheet_would_start_one(name: str, shown: str) -> None:
    text = _csv_text([_row(customer_name=name)])
    with io.StringIO(text, newline="") as handle:
        (record,) = list(csv.DictReader(handle))
    assert record["customer_name"] == shown


def test_a_negative_amount_stays_a_number_in_the_csv_and_the_copy() -> None:
    # Amounts are the app's own, from an integer (Stripe's amounts in the smallest unit:
    # https://docs.stripe.com/currencies#zero-decimal): a refund-like -12.50 must stay a number.
    text = _csv_text([_row()])
    with io.StringIO(text, newline="") as handle:
        (record,) = list(csv.DictReader(handle))
    assert record["amount"] == "-12.50"
    assert list(record) == list(HEADER)
    copied = tsv_text([_row()], EN_US).splitlines()[1].split("\t")
    assert copied[4] == "-€12.50 · Monthly"
    # a currency code from Stripe that would turn the amount into a formula is protected
    hostile = tsv_text([_row(currency="x(1)|")], EN_US).splitlines()[1].split("\t")
    assert hostile[4].startswith("'-")


# -- through the real path: emulator, sync, cache, then the window or the command line --
# A customer sets their own name, e-mail and phone in the customer portal ("The Customer
# portal configuration object", features.customer_update.allowed_updates:
# https://docs.stripe.com/api/customer_portal/configurations/object).


@pytest.mark.gui
@pytest.mark.slow
def test_ctrl_c_copies_a_hostile_name_as_text(
    qtbot: Any,
    demo_window: Any,  # noqa: F811
) -> None:
    window = demo_window
    emu: Emulator = emulator_of(window)
    tick_clock(emu)
    row = next(r for r in window.model.rows() if r.display_status.value == "active")
    assert row.customer_id
    emu.update_customer(row.customer_id, name="Acme;=1+1\t@SUM(A1)", email=" -2+3@x.example")
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
        window.sync(full=False)
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        assert window.table.select_id(row.id)
    clipboard = QGuiApplication.clipboard()
    # Ctrl+C in the table: by the table itself (its window not active), then through the
    # window's shortcut (its window active)
    for activate in (False, True):
        if activate:
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
            window.table.setFocus()
        clipboard.setText("")
        qtbot.keySequence(window.table, QKeySequence(QKeySequence.StandardKey.Copy))
        qtbot.waitUntil(lambda: bool(clipboard.text()), timeout=10_000)
        copied = clipboard.text()
        assert row.id in copied
        assert formula_cells(copied) == []
        assert "\tAcme;'=1+1 @SUM(A1)\t" in copied  # the tab became a space: one cell
        assert " '-2+3@x.example" in copied


def test_cli_export_of_a_hostile_name_has_no_formula(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    with emu.lock:
        sub = next(s for s in emu.state.subscriptions.values() if s["status"] == "active")
    emu.update_customer(sub["customer"], name='Acme;=HYPERLINK("http://x")', phone="+31")
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    out = tmp_path / "out.csv"
    code, err = run_cli(capsys, "export", "--api-base", emu.base_url, "-o", str(out))
    assert code == ExitCode.OK, err
    written = out.read_bytes().decode("utf-8")
    assert sub["id"] in written
    assert "Acme;'=HYPERLINK" in written
    assert formula_cells(written) == []


def _in_popup(view: QAbstractItemView) -> bool:
    """A combo box's list or a date edit's calendar: Qt's, holding the app's own words."""
    parent = view.parentWidget()
    while parent is not None:
        if parent.inherits("QComboBoxPrivateContainer") or parent.inherits("QCalendarWidget"):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.gui
@pytest.mark.slow
def test_ctrl_c_in_any_list_or_table_copies_a_protected_cell(
    qtbot: Any,
    demo_window: Any,  # noqa: F811
) -> None:
    # a portal configuration's name is the merchant's (or an integration's) own text:
    # https://docs.stripe.com/api/customer_portal/configurations/update
    window = demo_window
    emu: Emulator = emulator_of(window)
    with emu.lock:
        for config in emu.state.portal_configurations.values():
            config["name"] = "=1+1"
            emu.state.touch(config["id"])
    row = next(r for r in window.model.rows() if r.display_status.value == "active")
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        assert window.table.select_id(row.id)
    controller = window.account_actions.controller
    configurations = controller.show_configurations()
    assert configurations is not None
    with qtbot.waitSignal(configurations.loaded, timeout=10_000):
        pass
    audit = controller.show_audit()

    views = [
        w
        for w in QApplication.allWidgets()
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView)
    ]
    unguarded = [
        v.objectName() or type(v).__name__
        for v in views
        if not (_in_popup(v) or isinstance(v, SubscriptionTable) or v.property(GUARDED))
    ]
    assert unguarded == []
    assert {"invoices", "otherSubscriptions", "configurationsTable", "auditTable"} <= {
        v.objectName() for v in views
    }

    clipboard = QGuiApplication.clipboard()
    clipboard.setText("")
    configurations.table.setCurrentCell(0, 0)
    qtbot.keySequence(configurations.table, QKeySequence(QKeySequence.StandardKey.Copy))
    assert clipboard.text() == "'=1+1"
    configurations.reject()
    audit.reject()
