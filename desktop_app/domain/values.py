"""What a Stripe value must be for the app to read it: times, whole numbers, decimals.

Stripe's API reference types them: a timestamp is an integer, "measured in seconds
since the Unix epoch" (``created``, ``current_period_end``, ...); amounts are integers
in the currency's smallest unit, "up to eight digits" for a charge and up to twelve
for a price's ``unit_amount_decimal`` (a decimal string with at most 12 decimal
places); quantities and counts are integers (stripe-python types all of these
``int`` and ``unit_amount_decimal`` ``Decimal``).

A value of another type, or out of the range below, is not something the app can
show truthfully or store: the parsers raise ``UnreadableValue`` naming the field,
and the sync skips that object and reports it (``sync/skipped.py``). Absent and
null read as None: whether a field is required is the parser's business.

The ranges: times from 1970 (the Unix epoch) to 9999-12-31 (the last day a Python
``datetime`` holds, which every date on screen and in a CSV goes through); whole
numbers up to ``MAX_AMOUNT`` either way, a thousand times Stripe's largest amounts,
so that an amount times a quantity is checked against it (``parse.py``) and any sum
of the cache's amounts stays within SQLite's 64-bit integers (see ``store/queries``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

MAX_TIMESTAMP = 253_402_300_799  # 9999-12-31T23:59:59Z
MAX_AMOUNT = 10**15  # minor units, and quantities
MAX_DECIMAL_PLACES = 12  # Stripe's unit_amount_decimal
_SHOWN = 40  # characters of a bad value a message repeats


def shown(value: object) -> str:
    """A bad value as a message may repeat it: short, on one line."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**_SHOWN:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1} digits"
    text = repr(value)
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def shown_id(obj: object) -> str:
    """An object's ID as a message may show it (a hostile one shortened)."""
    ident = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(ident, str) and 0 < len(ident) <= 64 and ident.isprintable():
        return ident
    return "(no ID)" if ident is None or ident == "" else shown(ident)


class UnreadableValue(ValueError):
    """A field whose value the app cannot read; ``field`` is its dotted path in the
    object (``items.0.price.unit_amount``)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field} {problem}")
        self.field = field
        self.problem = problem

    def inside(self, prefix: str) -> UnreadableValue:
        """The same problem, its field seen from the object that holds this one."""
        return UnreadableValue(f"{prefix}.{self.field}", self.problem)


def unix_time(value: object, field: str) -> datetime | None:
    """A Stripe timestamp as an aware UTC datetime (None for null/absent)."""
    if type(value) is int and 0 <= value <= MAX_TIMESTAMP:  # the usual case, first
        return datetime.fromtimestamp(value, tz=UTC)
    if value is None:
        return None
    if type(value) is int:
        raise UnreadableValue(field, f"is {shown(value)}: not a time between 1970 and 9999")
    raise UnreadableValue(field, f"is {shown(value)}: not a Unix time (whole seconds)")


def whole_number(value: object, field: str, limit: int = MAX_AMOUNT) -> int | None:
    """An integer (amount, quantity, count) within ``limit`` either way; None for null."""
    if type(value) is int and -limit <= value <= limit:
        return value
    if value is None:
        return None
    if type(value) is int:
        raise UnreadableValue(field, f"is {shown(value)}: more than the app can hold")
    raise UnreadableValue(field, f"is {shown(value)}: not a whole number")


def decimal_text(value: object, field: str) -> str | None:
    """A decimal amount (Stripe sends a string such as "1250.5"), checked and kept as
    text; None for null."""
    if value is None:
        return None
    if type(value) is int:
        return str(whole_number(value, field))
    if not isinstance(value, str):
        raise UnreadableValue(field, f"is {shown(value)}: not a decimal number")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise UnreadableValue(field, f"is {shown(value)}: not a decimal number") from None
    if not number.is_finite() or abs(number) > MAX_AMOUNT:
        raise UnreadableValue(field, f"is {shown(value)}: more than the app can hold")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        raise UnreadableValue(
            field, f"is {shown(value)}: more than {MAX_DECIMAL_PLACES} decimal places"
        )
    return value


def amount_in_range(value: int, field: str) -> int:
    """A computed amount (price times quantity) the app can hold, else UnreadableValue."""
    if -MAX_AMOUNT <= value <= MAX_AMOUNT:
        return value
    raise UnreadableValue(field, f"comes to {shown(value)}: more than the app can hold")
