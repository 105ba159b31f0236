"""Properties of money formatting over many amounts, currencies and locales."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.money import (
    MINUS_SIGN,
    NBSP,
    currency_exponent,
    currency_symbol,
    format_decimal_plain,
    format_money,
    to_decimal,
)

CURRENCIES = st.sampled_from(["eur", "usd", "sek", "jpy", "krw", "bhd", "kwd", "chf", "isk"])
LOCALES = st.sampled_from(["en", "en_US", "nl_NL", "nl", "sv_SE", "sv", "fr_FR"])
AMOUNTS = st.integers(min_value=-(10**15), max_value=10**15)

_SEPARATORS = {"en": (",", "."), "nl": (".", ","), "sv": (NBSP, ",")}


def _language(locale: str) -> str:
    lang = locale.split("_")[0]
    return lang if lang in _SEPARATORS else "en"


@given(AMOUNTS, CURRENCIES, LOCALES)
def test_formatted_amount_reads_back_exactly(amount: int, currency: str, locale: str) -> None:
    text = format_money(amount, currency, locale)
    group, point = _SEPARATORS[_language(locale)]
    symbol = currency_symbol(currency, locale)
    assert symbol in text
    number = text.replace(symbol, "").replace(NBSP, "").replace(group, "")
    negative = number.startswith(("-", MINUS_SIGN))
    digits = number.lstrip("-" + MINUS_SIGN).replace(point, ".")
    value = Decimal(digits) * (-1 if negative else 1)
    assert value == to_decimal(amount, currency)
    decimals = digits.partition(".")[2]
    assert len(decimals) == currency_exponent(currency)


@given(AMOUNTS, CURRENCIES)
def test_plain_decimal_is_locale_neutral_and_exact(amount: int, currency: str) -> None:
    text = format_decimal_plain(amount, currency)
    assert Decimal(text) == to_decimal(amount, currency)
    assert "," not in text
    assert NBSP not in text
