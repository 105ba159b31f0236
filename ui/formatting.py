"""Money, dates and counts for display, as the user's locale writes them.

Values stay native (ints in minor units, dates) everywhere else; these functions turn
them into text at the last moment (in ``data()`` or when a card is filled). The locale
is QLocale() (the default ``ui.i18n.install_translations`` set) unless one is given.
Money keeps the currency's own number of decimals (none for JPY, three for BHD) and
symbols from ``desktop_app.money``, so the window and the CLI write amounts alike. CSV
exports do not come here: they stay locale-neutral in the core.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Literal

from PySide6.QtCore import QDate, QLocale, QTime

from desktop_app.money import currency_exponent
from desktop_app.money import currency_symbol as core_currency_symbol

DateStyle = Literal["short", "medium", "long"]

_NBSP = "\u00a0"


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def locale_name(locale: QLocale | None = None) -> str:
    """The locale's name for the core's formatting ("C" reads as English)."""
    name = _locale(locale).name()
    return "en_US" if name in ("C", "") else name


def to_local(value: datetime) -> datetime:
    """An aware datetime in the system time zone (naive values are taken as UTC).

    At the edges of what a datetime holds (9999-12-31 east of UTC, year 1 west of
    it) there is no local time: the value stays in UTC rather than fail to show.
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return value.astimezone()
    except (OverflowError, ValueError, OSError):
        return value


def currency_symbol(currency: str, locale: QLocale | None = None) -> str:
    """The symbol for ``currency`` (ISO code, any case) as ``locale`` readers know it:
    the locale's own for its home currency ("kr" for SEK in sv-SE, "$" for USD in
    en-US), else the core's table (the CLI prints the same), else the ISO code."""
    loc = _locale(locale)
    if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency.upper():
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return core_currency_symbol(currency, loc.name())


def format_money(amount_minor: int, currency: str, locale: QLocale | None = None) -> str:
    """``123450, "eur"`` -> "€ 1.234,50" (nl-NL), "1 234,50 €" (sv-SE), "€1,234.50" (en-US).

    Negative amounts take the locale's minus sign where CLDR's standard pattern puts it
    ("-€5.00", "€ -5,00", "−5,00 kr"), as the CLI writes them, not Qt's accounting
    parentheses. Exact up to about 10^13 major units (a double's integer range).
    """
    loc = _locale(locale)
    digits = currency_exponent(currency)
    symbol = currency_symbol(currency, loc)
    text = loc.toCurrencyString(abs(float(amount_minor)) / 10**digits, symbol, digits)
    # CLDR's currency spacing, which Qt leaves out: "BHD 1,234.500", not "BHD1,234.500".
    if symbol and symbol[-1].isalpha():
        text = re.sub(re.escape(symbol) + r"(?=\d)", symbol + _NBSP, text)
    if symbol and symbol[0].isalpha():
        text = re.sub(r"(?<=\d)" + re.escape(symbol), _NBSP + symbol, text)
    if amount_minor < 0:
        sign = loc.negativeSign()
        if loc.language() == QLocale.Language.Dutch:
            first_digit = re.search(r"\d", text)
            cut = first_digit.start() if first_digit else 0
            text = text[:cut] + sign + text[cut:]
        else:
            text = sign + text
    return text


def format_major(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """An amount in major units (MRR totals), rounded to the currency's decimals."""
    digits = currency_exponent(currency)
    minor = amount.scaleb(digits).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    return format_money(int(minor), currency, locale)


def _qdate(value: date | datetime) -> QDate:
    if isinstance(value, datetime):
        # Stripe's timestamps are UTC: show the day as it is where the user is.
        value = to_local(value).date()
    return QDate(value.year, value.month, value.day)


def medium_date_format(locale: QLocale | None = None) -> str:
    """The locale's long date without the weekday, with short month names:
    "MMM d, yyyy" (en-US), "d MMM yyyy" (nl-NL, sv-SE, en-GB)."""
    long_format = _locale(locale).dateFormat(QLocale.FormatType.LongFormat)
    without_weekday = re.sub(r"d{3,4}[,.]?\s*", "", long_format, count=1)
    return without_weekday.replace("MMMM", "MMM").strip(" ,")


def format_date(
    value: date | datetime | None,
    locale: QLocale | None = None,
    *,
    style: DateStyle = "medium",
) -> str:
    """A date as the locale writes it; "" for None.

    short: 3/5/26, 05-03-2026, 2026-03-05; medium: Mar 5, 2026, 5 mrt 2026, 5 mars 2026;
    long: with the weekday and the full month name.
    """
    if value is None:
        return ""
    loc = _locale(locale)
    qdate = _qdate(value)
    if style == "short":
        return loc.toString(qdate, QLocale.FormatType.ShortFormat)
    if style == "long":
        return loc.toString(qdate, QLocale.FormatType.LongFormat)
    return loc.toString(qdate, medium_date_format(loc))


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """A moment (e.g. the last sync) in the user's time zone: medium date, short time.
    Naive values are taken as UTC."""
    if value is None:
        return ""
    loc = _locale(locale)
    local = to_local(value)
    time_text = loc.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(local, locale=loc)} {time_text}"


def format_decimal(value: float, decimals: int, locale: QLocale | None = None) -> str:
    """A number with ``decimals`` digits after the locale's decimal sign: 69.0 / 69,0."""
    return _locale(locale).toString(float(value), "f", decimals)


def format_count(count: int, locale: QLocale | None = None) -> str:
    """A count with the locale's digit grouping: 1,234 / 1.234 / 1 234."""
    return _locale(locale).toString(count)
