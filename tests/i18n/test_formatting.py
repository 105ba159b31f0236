"""Money and dates as Dutch, Swedish and English readers write them (Qt 6.12's CLDR data)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from desktop_app.money import format_money as core_format_money
from ui.formatting import (
    format_count,
    format_date,
    format_datetime,
    format_decimal,
    format_major,
    format_money,
)

NBSP = "\u00a0"

MONEY_CASES = [
    ("nl_NL", 123450, "eur", f"€{NBSP}1.234,50"),
    ("sv_SE", 123450, "sek", f"1{NBSP}234,50{NBSP}kr"),
    ("en_US", 1235, "jpy", "¥1,235"),
    ("en_US", 1234500, "bhd", f"BHD{NBSP}1,234.500"),
    ("nl_NL", 1500, "kwd", f"KWD{NBSP}1,500"),
    ("sv_SE", 1234500, "bhd", f"1{NBSP}234,500{NBSP}BHD"),
    ("en_US", 123450, "usd", "$1,234.50"),
    ("en_GB", 999, "gbp", "£9.99"),
    ("nl_NL", 2500, "usd", f"US${NBSP}25,00"),
    ("nl_NL", 123450, "sek", f"SEK{NBSP}1.234,50"),
    ("sv_SE", 4900, "eur", f"49,00{NBSP}€"),
    ("sv_SE", 500, "jpy", f"500{NBSP}JPY"),
    ("nl_NL", 500, "jpy", f"JP¥{NBSP}500"),
    ("nl_BE", 123450, "eur", f"€{NBSP}1.234,50"),
    ("en_US", -500, "usd", "-$5.00"),
    ("nl_NL", -123450, "eur", f"€{NBSP}-1.234,50"),
    ("sv_SE", -123450, "sek", f"−1{NBSP}234,50{NBSP}kr"),
    ("en_US", 0, "eur", "€0.00"),
]


@pytest.mark.parametrize(("locale", "amount", "currency", "expected"), MONEY_CASES)
def test_money_per_locale_and_currency(
    locale: str, amount: int, currency: str, expected: str
) -> None:
    assert format_money(amount, currency, QLocale(locale)) == expected


@pytest.mark.parametrize(("locale", "amount", "currency", "expected"), MONEY_CASES)
def test_window_and_command_line_write_money_alike(
    locale: str, amount: int, currency: str, expected: str
) -> None:
    assert core_format_money(amount, currency, locale) == expected


def test_money_without_a_currency_still_shows_the_amount() -> None:
    # A subscription whose currency a server left empty must not crash the table's
    # painting: the amount shows without a symbol.
    assert format_money(1250, "", QLocale("en_US")).endswith("12.50")
    assert format_money(-1250, "", QLocale("nl_NL")).endswith("12,50")


def test_money_uses_the_default_locale_when_none_is_given() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("sv_SE"))
    try:
        assert format_money(199900, "sek") == f"1{NBSP}999,00{NBSP}kr"
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("locale", "short", "medium", "long"),
    [
        ("en_US", "3/5/26", "Mar 5, 2026", "Thursday, March 5, 2026"),
        ("en_GB", "05/03/2026", "5 Mar 2026", "Thursday, 5 March 2026"),
        ("nl_NL", "05-03-2026", "5 mrt 2026", "donderdag 5 maart 2026"),
        ("nl_BE", "5/03/2026", "5 mrt 2026", "donderdag 5 maart 2026"),
        ("sv_SE", "2026-03-05", "5 mars 2026", "torsdag 5 mars 2026"),
    ],
)
def test_dates_per_locale(locale: str, short: str, medium: str, long: str) -> None:
    day = date(2026, 3, 5)
    loc = QLocale(locale)
    assert format_date(day, style="short", locale=loc) == short
    assert format_date(day, locale=loc) == medium
    assert format_date(day, style="long", locale=loc) == long


def test_a_utc_moment_shows_on_the_users_day() -> None:
    late_evening_in_utc = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)
    local = late_evening_in_utc.astimezone()
    expected_day = local.date()
    loc = QLocale("sv_SE")
    assert format_date(late_evening_in_utc, style="short", locale=loc) == expected_day.isoformat()
    assert format_datetime(late_evening_in_utc, locale=loc) == (
        f"{format_date(expected_day, locale=loc)} {local:%H:%M}"
    )


def test_nothing_formats_as_empty() -> None:
    assert format_date(None) == ""
    assert format_datetime(None) == ""


def test_naive_datetime_is_taken_as_utc() -> None:
    naive = datetime(2026, 1, 2, 9, 5)
    loc = QLocale("nl_NL")
    assert format_datetime(naive, loc) == format_datetime(naive.replace(tzinfo=UTC), loc)
    assert format_date(naive - timedelta(days=1), loc, style="short") == (
        f"{(naive.replace(tzinfo=UTC) - timedelta(days=1)).astimezone():%d-%m-%Y}"
    )


def test_major_amounts_round_to_the_currencys_decimals() -> None:
    assert format_major(Decimal("1234.505"), "eur", QLocale("nl_NL")) == f"€{NBSP}1.234,50"
    assert format_major(Decimal("1234.5"), "jpy", QLocale("en_US")) == "¥1,234"
    assert format_major(Decimal("12"), "bhd", QLocale("sv_SE")) == f"12,000{NBSP}BHD"


def test_decimals_use_the_locales_sign() -> None:
    assert format_decimal(69.04, 1, QLocale("en_US")) == "69.0"
    assert format_decimal(69.04, 1, QLocale("nl_NL")) == "69,0"
    assert format_decimal(1234.5, 1, QLocale("sv_SE")) == f"1{NBSP}234,5"


def test_counts_group_digits_per_locale() -> None:
    assert format_count(12345, QLocale("en_US")) == "12,345"
    assert format_count(12345, QLocale("nl_NL")) == "12.345"
    assert format_count(12345, QLocale("sv_SE")) == f"12{NBSP}345"
