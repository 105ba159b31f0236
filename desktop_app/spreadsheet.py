"""Cells a spreadsheet will not run as a formula: the one home of that rule.

Every path that hands rows to a spreadsheet uses it: the CSV export (the window's and
``billing-manager export``) and the table's copy to the clipboard (Ctrl+C, Copy
subscription ID). Text from Stripe is untrusted: a customer can name themselves
``=HYPERLINK(...)`` in the customer portal.

A spreadsheet runs a cell as a formula when it starts with ``=``, ``+``, ``-`` or
``@`` (Japanese Excel also takes the full-width ``＝＋－＠``), after any leading
spaces, tabs, line breaks or invisible characters, and after the opening quote of a
quoted field. And a cell is not always what we wrote: a spreadsheet whose list
separator is ``;`` (Dutch and Swedish Excel) splits a CSV line on semicolons, so
``x;=1+1`` becomes the cells ``x`` and ``=1+1``; a paste or a text import may split on
tabs, commas or line breaks. So every place where a cell could start (the start of
the text, and after each ``,`` ``;`` tab or line break in it) gets a ``'`` before a
formula character found there, which spreadsheets show as text.

What is protected: every cell of text, which is every cell taken from Stripe (IDs,
names, e-mails, plans, currencies, statuses) and the app's own dates and words, which
it leaves unchanged. What is not: an amount the app wrote itself from a number
(``-12.50``, ``-€12.50``, ``−12,50 kr``), which must stay a number in the spreadsheet;
``number_cell`` keeps it as it is (the table's copy adds the period: ``-€12.50 ·
Monthly``) only while nothing but its leading minus sign could start a formula (no
``(``, ``|``, ``!``, operators or separators a currency code from Stripe could smuggle
in), and otherwise protects it as text.
"""

from __future__ import annotations

import unicodedata

#: What makes a spreadsheet read the rest as a formula, where a cell starts.
TRIGGERS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b")
#: Where a spreadsheet may start a new cell: CSV and locale list separators, tab, and
#: every line break (``str.splitlines`` breaks on each of these).
BOUNDARIES = frozenset(",;\t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
#: The first characters OWASP lists as dangerous on their own.
_DANGEROUS_FIRST = ("\t", "\r")
_MINUS_SIGNS = ("-", "\u2212")
# Decimal and group separators, and the window's "amount · period" middle dot.
_NUMBER_PUNCTUATION = frozenset(".,'\u2019\u00b7")


def _skipped(ch: str) -> bool:
    """Skipped by a spreadsheet before it looks at a cell's first character: spaces,
    control and invisible format characters, and the quote of a quoted field."""
    return ch == '"' or ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


def text_cell(text: str) -> str:
    """``text`` with a ``'`` before every formula character where a cell could start."""
    if not text:
        return text
    out: list[str] = ["'"] if text.startswith(_DANGEROUS_FIRST) else []
    at_start = True
    for ch in text:
        if ch in BOUNDARIES:
            at_start = True
        elif at_start:
            if ch in TRIGGERS:
                out.append("'")
                at_start = False
            elif not _skipped(ch):
                at_start = False
        out.append(ch)
    return "".join(out)


def _number_body(ch: str) -> bool:
    return (
        ch.isalnum()
        or ch.isspace()
        or ch in _NUMBER_PUNCTUATION
        or unicodedata.category(ch) == "Sc"  # a currency sign: € $ ¥ ...
    )


def number_cell(text: str) -> str:
    """An amount the app formatted from a number: kept as it is (a spreadsheet reads
    ``-12.50`` as a negative number) when it is only a sign, digits, separators, spaces,
    a currency sign or code and a period's name; anything else is protected as text."""
    body = text[1:] if text.startswith(_MINUS_SIGNS) else text
    if all(_number_body(ch) for ch in body) and not any(ch in TRIGGERS for ch in body):
        return text
    return text_cell(text)


def flat(text: str) -> str:
    """One line without tabs, for a tab-separated row: tabs and line breaks become
    spaces (they would start a new cell or row)."""
    return "".join(" " if ch in BOUNDARIES and ch not in ",;" else ch for ch in text)


def tsv_line(cells: list[tuple[str, bool]]) -> str:
    """One tab-separated row of ``(text, is_number)`` cells, each protected."""
    return "\t".join(
        number_cell(flat(text)) if is_number else text_cell(flat(text)) for text, is_number in cells
    )
