"""Money and dates for display, in the user's locale (QLocale).

Values stay native (ints in minor units, dates) everywhere else; these functions
turn them into text at the last moment (in ``data()`` or when a card is filled).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale

from desktop_app.money import format_major as core_format_major
from desktop_app.money import format_money as core_format_money


def locale_name(locale: QLocale | None = None) -> str:
    """The locale for the core's money formatting ("C" reads as English)."""
    loc = locale or QLocale()
    name = loc.name()
    return "en_US" if name in ("C", "") else name


def format_money(amount_minor: int, currency: str, locale: QLocale | None = None) -> str:
    return core_format_money(amount_minor, currency, locale_name(locale))


def format_major(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """An amount in major units (MRR totals) in the user's locale."""
    return core_format_major(amount, currency, locale_name(locale))


DATE_FORMAT = "d MMM yyyy"


def format_date(value: date | datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    if isinstance(value, datetime):
        value = to_local(value).date()
    return loc.toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    local = to_local(value)
    qdt = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return loc.toString(qdt, f"{DATE_FORMAT} {loc.timeFormat(QLocale.FormatType.ShortFormat)}")


def to_local(value: datetime) -> datetime:
    """An aware datetime in the system time zone (naive values are taken as UTC)."""
    if value.tzinfo is None:
        from datetime import UTC

        value = value.replace(tzinfo=UTC)
    return value.astimezone()
