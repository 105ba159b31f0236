"""Money: Stripe's integer minor units to ``Decimal``, and formatting without Qt.

Stripe amounts are integers in the currency's smallest unit. How many digits that
unit has is Stripe's rule, not ISO 4217's, in three cases (Stripe's "Supported
currencies" page, checked November 2026):

* zero-decimal: BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF
  (``500`` JPY is ¥500);
* three-decimal: BHD JOD KWD OMR TND (``1500`` BHD is 1.500 BHD);
* ISK, HUF and TWD stay two-decimal in the API even though they are charged in
  whole units, so they use the default of two digits here too.

Formatting follows CLDR's standard currency pattern for the three languages the
app speaks (what Qt's ``QLocale`` also uses, except that we write a minus sign
where Qt picks the accounting form with parentheses). Only the language part of a
locale name counts (``nl_NL``, ``nl-BE`` and ``nl`` format alike); anything else
formats as English.

====  ==========================  =====  =======  =========================
lang  pattern                     group  decimal  minus
====  ==========================  =====  =======  =========================
en    ``¤1,234.50``                ``,``   ``.``   ``-`` before the symbol
nl    ``¤ 1.234,50`` (NBSP)        ``.``   ``,``   ``-`` after the symbol+space
sv    ``1 234,50 ¤`` (NBSP both)   NBSP    ``,``   U+2212 ``−`` before digits
====  ==========================  =====  =======  =========================

Symbols come from the small per-language tables below (CLDR's narrow-enough
symbols for currencies a finance team meets); any other currency shows its
upper-case ISO code, and in English a code is separated from the digits by a
no-break space (``CHF 12.00``) as CLDR's currency-spacing rule does.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

NBSP = "\u00a0"
MINUS_SIGN = "\u2212"

ZERO_DECIMAL = frozenset(
    [
        "bif",
        "clp",
        "djf",
        "gnf",
        "jpy",
        "kmf",
        "krw",
        "mga",
        "pyg",
        "rwf",
        "ugx",
        "vnd",
        "vuv",
        "xaf",
        "xof",
        "xpf",
    ]
)
THREE_DECIMAL = frozenset(["bhd", "jod", "kwd", "omr", "tnd"])

_SYMBOLS: dict[str, dict[str, str]] = {
    "en": {
        "usd": "$",
        "eur": "€",
        "gbp": "£",
        "jpy": "¥",
        "cad": "CA$",
        "aud": "A$",
        "nzd": "NZ$",
        "hkd": "HK$",
        "mxn": "MX$",
        "brl": "R$",
        "inr": "₹",
        "krw": "₩",
        "cny": "CN¥",
        "ils": "₪",
        "vnd": "₫",
        "twd": "NT$",
        "xaf": "FCFA",
        "xof": "F\u202fCFA",
        "xpf": "CFPF",
    },
    "nl": {
        "eur": "€",
        "usd": "US$",
        "gbp": "£",
        "jpy": "JP¥",
        "cad": "C$",
        "aud": "AU$",
        "nzd": "NZ$",
        "hkd": "HK$",
        "brl": "R$",
        "inr": "₹",
        "krw": "₩",
        "cny": "CN¥",
        "ils": "₪",
        "vnd": "₫",
        "twd": "NT$",
        "mxn": "MX$",
    },
    "sv": {
        "sek": "kr",
        "eur": "€",
        "usd": "US$",
        "gbp": "GBP",
        "jpy": "JPY",
        "nok": "Nkr",
        "dkk": "Dkr",
        "isk": "Ikr",
        "brl": "BR$",
        "cad": "CA$",
        "aud": "AU$",
        "hkd": "HK$",
        "nzd": "NZ$",
        "mxn": "MX$",
        "inr": "₹",
        "ils": "₪",
        "krw": "₩",
        "vnd": "₫",
        "twd": "NT$",
        "cny": "CN¥",
    },
}

SUPPORTED_LANGUAGES = ("en", "nl", "sv")


def currency_exponent(currency: str) -> int:
    """Digits after the decimal point in Stripe's amounts for ``currency`` (any case)."""
    code = currency.lower()
    if code in ZERO_DECIMAL:
        return 0
    if code in THREE_DECIMAL:
        return 3
    return 2


def to_decimal(amount_minor: int, currency: str) -> Decimal:
    """``amount_minor`` (Stripe's integer) as a ``Decimal`` in major units, exactly.

    The result carries the currency's number of decimals: ``to_decimal(123450, "eur")``
    is ``Decimal("1234.50")``, ``to_decimal(500, "jpy")`` is ``Decimal("500")``.
    """
    return Decimal(int(amount_minor)).scaleb(-currency_exponent(currency))


def quantize_major(amount: Decimal, currency: str) -> Decimal:
    """Round a major-unit amount to the currency's decimals (half to even)."""
    exponent = currency_exponent(currency)
    return amount.quantize(Decimal(1).scaleb(-exponent), rounding=ROUND_HALF_EVEN)


def decimal_text(amount: Decimal, currency: str) -> str:
    """Locale-neutral text (CSV, scripts), rounded to the currency's decimals: ``1234.50``."""
    return f"{quantize_major(amount, currency):f}"


def format_decimal_plain(amount_minor: int, currency: str) -> str:
    """``amount_minor`` as a plain decimal in major units, e.g. ``"1234.50"`` (CSV)."""
    return f"{to_decimal(amount_minor, currency):f}"


def language_of(locale: str) -> str:
    """The language the formatting tables know for a locale name; English otherwise."""
    lang = locale.replace("-", "_").split("_")[0].split(".")[0].lower()
    return lang if lang in SUPPORTED_LANGUAGES else "en"


def currency_symbol(currency: str, locale: str) -> str:
    """The symbol shown for ``currency`` in ``locale`` (ISO code when there is none)."""
    return _SYMBOLS[language_of(locale)].get(currency.lower(), currency.upper())


def _group(digits: str, separator: str) -> str:
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return separator.join(reversed(parts))


def _number(amount: Decimal, currency: str, group: str, point: str) -> str:
    text = f"{abs(quantize_major(amount, currency)):f}"
    whole, _, fraction = text.partition(".")
    grouped = _group(whole, group)
    return f"{grouped}{point}{fraction}" if fraction else grouped


def format_major(amount: Decimal, currency: str, locale: str) -> str:
    """Format a major-unit ``Decimal`` with the currency's decimals for ``locale``."""
    lang = language_of(locale)
    symbol = currency_symbol(currency, locale)
    negative = amount < 0 and quantize_major(amount, currency) != 0
    if lang == "nl":
        digits = _number(amount, currency, ".", ",")
        return f"{symbol}{NBSP}{'-' if negative else ''}{digits}"
    if lang == "sv":
        digits = _number(amount, currency, NBSP, ",")
        return f"{MINUS_SIGN if negative else ''}{digits}{NBSP}{symbol}"
    digits = _number(amount, currency, ",", ".")
    spacer = NBSP if symbol[-1].isalpha() else ""
    return f"{'-' if negative else ''}{symbol}{spacer}{digits}"


def format_money(amount_minor: int, currency: str, locale: str) -> str:
    """Format Stripe's integer amount for people: ``format_money(123450, "eur", "nl_NL")``
    is ``"€ 1.234,50"`` (no-break space), ``"1 234,50 kr"`` for SEK in ``sv``,
    ``"¥1,235"`` for 1235 JPY in ``en``, ``"BHD 1.500"`` for 1500 BHD in ``en``.
    """
    return format_major(to_decimal(amount_minor, currency), currency, locale)
