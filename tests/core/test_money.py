"""Minor units, currency exponents and locale formatting without Qt."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.money import (
    MINUS_SIGN,
    NBSP,
    currency_exponent,
    decimal_text,
    format_decimal_plain,
    format_money,
    language_of,
    to_decimal,
)


@pytest.mark.parametrize(
    ("currency", "exponent"),
    [
        ("eur", 2),
        ("USD", 2),
        ("jpy", 0),
        ("krw", 0),
        ("vnd", 0),
        ("clp", 0),
        ("ugx", 0),
        ("xof", 0),
        ("bhd", 3),
        ("JOD", 3),
        ("kwd", 3),
        ("omr", 3),
        ("tnd", 3),
        ("isk", 2),  # Stripe keeps ISK, HUF and TWD two-decimal in its API
        ("huf", 2),
        ("twd", 2),
    ],
)
def test_currency_exponent_follows_stripe(currency: str, exponent: int) -> None:
    assert currency_exponent(currency) == exponent


def test_to_decimal_is_exact_and_carries_the_currency_decimals() -> None:
    assert to_decimal(123450, "eur") == Decimal("1234.50")
    assert str(to_decimal(123450, "eur")) == "1234.50"
    assert str(to_decimal(500, "jpy")) == "500"
    assert str(to_decimal(1500, "bhd")) == "1.500"
    assert str(to_decimal(-5, "usd")) == "-0.05"
    assert to_decimal(10**17 + 1, "usd") == Decimal("1000000000000000.01")


def test_plain_decimal_text_for_csv_is_locale_neutral() -> None:
    assert format_decimal_plain(123450, "eur") == "1234.50"
    assert format_decimal_plain(7, "eur") == "0.07"
    assert format_decimal_plain(1235, "jpy") == "1235"
    assert format_decimal_plain(1500, "kwd") == "1.500"
    assert decimal_text(Decimal("12.345"), "eur") == "12.34"  # half to even
    assert decimal_text(Decimal("12.355"), "eur") == "12.36"


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "expected"),
    [
        (123450, "eur", "en", "€1,234.50"),
        (123450, "usd", "en_US", "$1,234.50"),
        (-500, "usd", "en", "-$5.00"),
        (1235, "jpy", "en", "¥1,235"),
        (1500, "bhd", "en", f"BHD{NBSP}1.500"),
        (100, "chf", "en", f"CHF{NBSP}1.00"),
        (123450, "eur", "nl_NL", f"€{NBSP}1.234,50"),
        (123450, "eur", "nl-BE", f"€{NBSP}1.234,50"),
        (-123450, "eur", "nl", f"€{NBSP}-1.234,50"),
        (123450, "usd", "nl", f"US${NBSP}1.234,50"),
        (123456789, "eur", "nl", f"€{NBSP}1.234.567,89"),
        (123450, "sek", "sv_SE", f"1{NBSP}234,50{NBSP}kr"),
        (-123450, "sek", "sv", f"{MINUS_SIGN}1{NBSP}234,50{NBSP}kr"),
        (123450, "eur", "sv", f"1{NBSP}234,50{NBSP}€"),
        (1235, "jpy", "sv", f"1{NBSP}235{NBSP}JPY"),
        (99, "eur", "de_DE", "€0.99"),  # unknown language: English
        (0, "eur", "sv", f"0,00{NBSP}€"),
        (-1, "jpy", "en", "-¥1"),
        (100000, "jpy", "nl", f"JP¥{NBSP}100.000"),
    ],
)
def test_format_money(minor: int, currency: str, locale: str, expected: str) -> None:
    assert format_money(minor, currency, locale) == expected


def test_language_of_locale_names() -> None:
    assert language_of("sv_SE.UTF-8") == "sv"
    assert language_of("NL") == "nl"
    assert language_of("fr_FR") == "en"
    assert language_of("") == "en"


@pytest.mark.parametrize(
    ("locale", "symbol", "currency"),
    [("en_US", "$", "usd"), ("nl_NL", "€", "eur"), ("sv_SE", "kr", "sek")],
)
def test_positive_amounts_match_qt_locale(locale: str, symbol: str, currency: str) -> None:
    """Our tables agree with the CLDR data Qt ships (positive amounts: Qt writes
    negative ones in the accounting form, we do not)."""
    qtcore = pytest.importorskip("PySide6.QtCore")
    qlocale = qtcore.QLocale(locale)
    for minor in (0, 5, 123450, 987654321):
        expected = qlocale.toCurrencyString(float(to_decimal(minor, currency)), symbol)
        assert format_money(minor, currency, locale) == expected
