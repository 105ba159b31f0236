"""Which API base addresses a key may be sent to.

Stripe itself (None), any https:// server, or http:// on this computer only (the
emulator, a local test server): a key must never cross a network unencrypted.

"This computer" is proven, not named: a loopback IP literal (127.0.0.0/8, ::1), or
``localhost``, which RFC 6761 (section 6.3) reserves for the loopback interface.
Other names that usually mean it (``localhost.localdomain``, a machine's own name)
are whatever the resolver says, which a hosts file or DNS can change: refused.
Resolving ``localhost`` here would prove nothing about the connection made later
(the answer may differ), so the transport checks what counts: a plain-http
connection whose peer address is not loopback is closed before anything is sent
(``keepalive.py``), and plain http never goes through a proxy (``http.py``).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from desktop_app.errors import InvalidApiBase
from desktop_app.text import translate


def is_loopback_address(address: str) -> bool:
    """Is ``address`` an IP literal of this computer's loopback interface (an
    IPv4-mapped IPv6 one too)? Names are not addresses: False."""
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


def is_loopback(host: str) -> bool:
    """Is ``host`` (a URL's host name) this computer: a loopback IP literal, or
    ``localhost`` (RFC 6761)?"""
    return host.lower().rstrip(".") == "localhost" or is_loopback_address(host)


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
                "The API base '{address}' uses plain http:// to a host that is not proven to "
                "be this computer: the API key would travel unencrypted. Leave it empty to use "
                "Stripe, or give an https:// address (http:// only for a server on this "
                "computer, named 127.0.0.1, [::1] or localhost, such as http://127.0.0.1:12111).",
            ).format(address=text)
        )
    return text
