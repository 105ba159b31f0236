"""Which API base addresses a key may be sent to.

Stripe itself (None), any https:// server, or http:// on this computer only (the
emulator, a local test server): a key must never cross a network unencrypted.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from desktop_app.errors import InvalidApiBase
from desktop_app.text import translate

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_api_base(api_base: str | None) -> str | None:
    """``api_base`` without a trailing slash, or InvalidApiBase saying what is accepted."""
    if api_base is None or not api_base.strip():
        return None
    text = api_base.strip().rstrip("/")
    scheme, host = "", None
    try:
        parts = urlsplit(text)
        scheme, host = parts.scheme, parts.hostname
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        host = None
    if scheme not in ("http", "https") or not host:
        raise InvalidApiBase(
            translate(
                "Errors",
                "The API base '{address}' is not an http:// or https:// address. Leave it "
                "empty to use Stripe, or give an https:// address (http:// only for a server "
                "on this computer, such as http://127.0.0.1:12111).",
            ).format(address=text)
        )
    if scheme == "http" and not is_loopback(host):
        raise InvalidApiBase(
            translate(
                "Errors",
                "The API base '{address}' uses plain http:// to another computer: the API key "
                "would travel unencrypted. Leave it empty to use Stripe, or give an https:// "
                "address (http:// only for a server on this computer, such as "
                "http://127.0.0.1:12111).",
            ).format(address=text)
        )
    return text
