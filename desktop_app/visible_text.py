"""What a person sees of a text from Stripe, and whether it names something.

A customer sets their own name and e-mail in the customer portal, so these texts can
be blank, invisible (zero-width or control characters, bidi overrides that reorder
what follows), a single character, or letters of two scripts that look alike (Latin
``a`` and Cyrillic ``а``). Messages name a customer with ``visible_text`` (what is
left once the invisible characters are dropped and spaces and line breaks are one
space); a live confirmation asks the user to type a phrase only when it is
``typeable``, and compares what was typed with ``comparable``.
"""

from __future__ import annotations

import unicodedata

# Control, format (zero-width, bidi controls, soft hyphen), surrogate, private-use
# and unassigned characters show nothing, or nothing a person could type.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
# Letters and symbols that are drawn as blank space (Hangul fillers, the Braille blank,
# Khmer inherent vowels).
_BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5")
_CONFUSABLE_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
#: A phrase to type needs this many letters or digits, and at most this many characters.
MIN_TYPED_LETTERS = 3
MAX_TYPED_LENGTH = 64
#: Longer names are cut to this many characters (with …) where a message names them.
MAX_LABEL_LENGTH = 120


def _shown(ch: str) -> bool:
    return unicodedata.category(ch) not in _INVISIBLE_CATEGORIES and ch not in _BLANKS


def visible_text(value: str | None) -> str:
    """``value`` as it reads: invisible characters dropped, every run of spaces and
    line breaks one space, no space at either end ("" for None)."""
    if not value:
        return ""
    kept = "".join(" " if ch.isspace() else ch for ch in value if ch.isspace() or _shown(ch))
    return " ".join(kept.split())


def label_text(value: str | None) -> str:
    """``visible_text``, cut to ``MAX_LABEL_LENGTH`` characters for a message."""
    text = visible_text(value)
    if len(text) <= MAX_LABEL_LENGTH:
        return text
    return text[: MAX_LABEL_LENGTH - 1].rstrip() + "…"


def comparable(value: str) -> str:
    """What is compared of a typed phrase: compatibility forms folded (full-width
    letters, ligatures), invisible characters dropped, spaces collapsed, case folded."""
    return visible_text(unicodedata.normalize("NFKC", value)).casefold()


def _scripts(text: str) -> set[str]:
    found: set[str] = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            found.update(s for s in _CONFUSABLE_SCRIPTS if name.startswith(s))
    return found


def typeable(value: str | None) -> str | None:
    """The visible text of ``value`` if a person can read it and type it back as the
    proof that they read it: at least ``MIN_TYPED_LETTERS`` letters or digits, at most
    ``MAX_TYPED_LENGTH`` characters, and not a mix of Latin, Greek and Cyrillic letters
    (which can look like another name). Else None."""
    text = visible_text(value)
    letters = sum(1 for ch in text if ch.isalnum() and ch not in _BLANKS)
    if letters < MIN_TYPED_LETTERS or len(text) > MAX_TYPED_LENGTH:
        return None
    if len(_scripts(unicodedata.normalize("NFKC", text))) > 1:
        return None
    return text
