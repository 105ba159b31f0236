"""Scrub secrets out of text: Stripe API keys and billing-portal session URLs.

Used by the logging filter and by anything that turns an exception into a message
for the user. Portal *login* links (``/p/login/``) are meant to be shared and stay.
"""

from __future__ import annotations

import re

# sk_live_..., sk_test_..., rk_live_..., rk_test_... (Stripe keys are [A-Za-z0-9]).
_KEY = re.compile(r"\b([sr]k)_(live|test)_[A-Za-z0-9]+")
# A portal session URL: Stripe's https://billing.stripe.com/p/session/<token> and the
# emulator's http://127.0.0.1:<port>/p/session/<token> alike.
_SESSION_URL = re.compile(r"https?://[^\s\"'<>]*?/p/session/[^\s\"'<>]*", re.IGNORECASE)

KEY_PLACEHOLDER = r"\1_\2_[REDACTED]"
SESSION_PLACEHOLDER = "[REDACTED PORTAL SESSION URL]"


def redact(text: str) -> str:
    """Return ``text`` with every API key and portal session URL replaced."""
    text = _SESSION_URL.sub(SESSION_PLACEHOLDER, text)
    return _KEY.sub(KEY_PLACEHOLDER, text)


def contains_secret(text: str) -> bool:
    return bool(_KEY.search(text) or _SESSION_URL.search(text))
