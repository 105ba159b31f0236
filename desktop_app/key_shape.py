"""The shape of a Stripe API key: the one definition the format check and redaction share.

A secret or restricted key is ``sk_`` or ``rk_``, then ``live_`` or ``test_``, then a
body of letters, digits and underscores (Stripe's keys are letters and digits after
the prefix today; ``_`` is accepted so that a key Stripe might issue with one is
neither refused by the format check nor left half visible by redaction). See
https://docs.stripe.com/keys and https://docs.stripe.com/api/authentication.

``KEY`` is the key as typed: ``desktop_app.secrets.check_key_format`` matches it
whole, and refuses a body shorter than ``MIN_BODY`` as cut off (real keys have far
more). ``KEY_IN_TEXT`` finds a key inside any text, as redaction must: with no word
boundary before it (``api_key=sk_live_…``, ``Bearer_sk_live_…``, ``%3Dsk_live_…``
all have a word character right before the key) and with each ``_`` also in its
URL-encoded forms ``%5F`` and ``%255F`` (encoded twice), as an over-eager encoder
writes it, in the prefix and in the body alike; a body shorter than ``MIN_BODY``
cannot be a key in use, and leaves words such as ``desk_test_env`` alone.
``KEY_AS_BASIC_AUTH`` finds a key base64-encoded, as HTTP Basic auth carries it
(``Authorization: Basic …``; Stripe accepts the key as the Basic user name).
"""

from __future__ import annotations

import base64
import re

KINDS = ("sk", "rk")  # secret, restricted
MODES = ("live", "test")
BODY_CHARS = "A-Za-z0-9_"
MIN_BODY = 8  # characters after the prefix

# The key as typed: groups kind, mode, body.
KEY = re.compile(rf"({'|'.join(KINDS)})_({'|'.join(MODES)})_([{BODY_CHARS}]+)")

# An underscore as found in text: itself, URL-encoded, or URL-encoded twice.
_UNDERSCORE = r"(?:_|%5[Ff]|%255[Ff])"
_BODY_UNIT = rf"(?:[{BODY_CHARS.replace('_', '')}]|{_UNDERSCORE})"
_PREFIX_IN_TEXT = rf"({'|'.join(KINDS)}){_UNDERSCORE}({'|'.join(MODES)}){_UNDERSCORE}"
KEY_IN_TEXT = re.compile(rf"{_PREFIX_IN_TEXT}{_BODY_UNIT}{{{MIN_BODY},}}")


def _base64_starts() -> list[str]:
    """The base64 characters every encoding of a key starting the encoded text begins
    with: the 8-byte prefix fixes the first 10 (60 bits) of them."""
    starts = []
    for kind in KINDS:
        for mode in MODES:
            prefix = f"{kind}_{mode}_".encode()
            starts.append(base64.b64encode(prefix).decode()[: len(prefix) * 8 // 6])
    return starts


KEY_AS_BASIC_AUTH = re.compile(rf"(?:{'|'.join(_base64_starts())})[A-Za-z0-9+/]*={{0,2}}")
