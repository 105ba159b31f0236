"""Scrub secrets out of text: Stripe API keys and billing-portal session URLs.

Used by the logging filter and by anything that turns an exception into a message
for the user. Portal *login* links (``/p/login/``) are meant to be shared and stay.

A key is found wherever it stands (``desktop_app.key_shape.KEY_IN_TEXT``: no word
boundary needed, ``_`` also URL-encoded), base64-encoded as in Basic auth, and as
the value of an ``Authorization`` header whatever its shape.
"""

from __future__ import annotations

import re

from desktop_app.key_shape import KEY_AS_BASIC_AUTH, KEY_IN_TEXT

# A portal session URL: Stripe's https://billing.stripe.com/p/session/<token> and the
# emulator's http://127.0.0.1:<port>/p/session/<token> alike.
_SESSION_URL = re.compile(r"https?://[^\s\"'<>]*?/p/session/[^\s\"'<>]*", re.IGNORECASE)
# The credentials of an Authorization header ("Authorization: Bearer …", "authorization=
# Basic …", "'Authorization': '…'"), whatever they look like.
_AUTHORIZATION = re.compile(
    r"(authorization[\"']?\s*[:=]\s*[\"']?(?:(?:bearer|basic)(?:\s|%20|\+|_)+)?)"
    r"([^\s\"'<>,;&]+)",
    re.IGNORECASE,
)

REDACTED = "[REDACTED]"
KEY_PLACEHOLDER = rf"\1_\2_{REDACTED}"  # the key's kind stays visible: sk_test_[REDACTED]
SESSION_PLACEHOLDER = "[REDACTED PORTAL SESSION URL]"


def _authorization(match: re.Match[str]) -> str:
    if REDACTED in match.group(2):  # a key, already redacted with its kind kept
        return match.group(0)
    return match.group(1) + REDACTED


def redact(text: str) -> str:
    """Return ``text`` with every API key and portal session URL replaced."""
    text = _SESSION_URL.sub(SESSION_PLACEHOLDER, text)
    text = KEY_IN_TEXT.sub(KEY_PLACEHOLDER, text)
    text = KEY_AS_BASIC_AUTH.sub(REDACTED, text)
    return _AUTHORIZATION.sub(_authorization, text)


def contains_secret(text: str) -> bool:
    return redact(text) != text
