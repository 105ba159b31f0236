"""Which links Billing Manager hands to the system's browser, and why it refuses the others.

Links come from the server and are untrusted: a portal session's ``url``, an invoice's
``hosted_invoice_url`` and ``invoice_pdf``. The system's launcher (``xdg-open``, the
desktop's URL handlers, ``webbrowser``) opens far more than web pages: ``file://``
paths, ``smb://`` shares (Windows sends the user's NTLM hash to them), ``javascript:``,
custom schemes that start other programs, bare paths. So one rule decides, here, for
every opener (``desktop_app.cli.browser`` on the command line, ``ui.browser`` in the
window):

- ``https://`` links, and ``http://`` only to this computer (the emulator; "this
  computer" is ``desktop_app.stripe_api.base_url.is_loopback``, the rule API bases
  follow too);
- with a host name, and no user name or password (``https://user:pass@host`` can
  disguise the site a link leads to);
- plain printable ASCII only, as RFC 3986 writes a URI: no spaces, line breaks or
  control characters, and no internationalised host names, neither in Unicode nor as
  punycode (``xn--``): the browser shows those in Unicode, where ``strípe.com`` passes
  for ``stripe.com`` (a homograph). Stripe's links are plain ASCII; a merchant's
  server on an internationalised domain would have to use its ASCII name.
- at most ``MAX_LINK_LENGTH`` characters (Stripe's are a few hundred at most).

Stripe's own links: ``https://billing.stripe.com/p/session/…`` (a portal session,
https://docs.stripe.com/api/customer_portal/sessions/object), ``https://invoice.stripe.com/i/…``
and ``https://pay.stripe.com/invoice/…/pdf`` (https://docs.stripe.com/api/invoices/object).

A refusal is an ``UnsafeLink`` whose message says what was wrong and what to do, and
a warning in the log naming the link's scheme and host only (a link may be a secret).
"""

from __future__ import annotations

import ipaddress
import logging
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from desktop_app.errors import BillingManagerError
from desktop_app.stripe_api.base_url import is_loopback
from desktop_app.text import mark, translate

log = logging.getLogger(__name__)

MAX_LINK_LENGTH = 2048
# RFC 3986's characters: unreserved, reserved and "%" (printable ASCII but for space
# and " < > \ ^ ` { | }).
_URI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
# A host name: dot-separated labels of letters, digits, "-" and "_" (Stripe's own
# hosts have underscores), neither empty nor starting or ending with "-".
_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_HOST_NAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?")


class LinkProblem(StrEnum):
    SCHEME = "not an https:// link"
    PLAIN_HTTP = "plain http:// to another computer"
    CREDENTIALS = "user name or password in the link"
    CONTROL = "spaces or control characters"
    NOT_ASCII = "not plain ASCII (internationalised host name)"
    TOO_LONG = "too long"
    MALFORMED = "not a well-formed web address"


_REASONS: dict[LinkProblem, str] = {
    LinkProblem.SCHEME: mark(
        "Links",
        "It is not an https:// web address: another kind of link can open a file, a "
        "network share or a program on this computer.",
    ),
    LinkProblem.PLAIN_HTTP: mark(
        "Links",
        "It uses plain http:// to another computer. Only https:// links are opened "
        "(http:// only to this computer, such as the built-in emulator).",
    ),
    LinkProblem.CREDENTIALS: mark(
        "Links",
        "It carries a user name or password before the site's name, which can disguise "
        "the site it leads to.",
    ),
    LinkProblem.CONTROL: mark(
        "Links", "It contains spaces, line breaks or invisible control characters."
    ),
    LinkProblem.NOT_ASCII: mark(
        "Links",
        "It contains characters other than plain ASCII, or an internationalised site "
        "name: such a name can imitate another site's name, and Stripe's links never "
        "use one.",
    ),
    LinkProblem.TOO_LONG: mark("Links", "It is longer than {limit} characters."),
    LinkProblem.MALFORMED: mark("Links", "It is not a well-formed web address."),
}


class UnsafeLink(BillingManagerError):
    """A link from the server that is not handed to the browser (nor printed)."""

    def __init__(self, message: str, problem: LinkProblem) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class SafeLink:
    """A link that may be opened, with its scheme and host as this module read them
    (an opener can check that its own URL parser reads the same)."""

    url: str
    scheme: str
    host: str


def refusal(problem: LinkProblem, url: str) -> UnsafeLink:
    """The ``UnsafeLink`` for ``url``, logged (its scheme and host only)."""
    log.warning("Refused to open a link from the server (%s): %s", problem.value, describe(url))
    reason = translate("Links", _REASONS[problem]).format(limit=MAX_LINK_LENGTH)
    message = " ".join(
        (
            translate("Links", "Billing Manager did not open a link the server sent."),
            reason,
            translate(
                "Links",
                "Nothing was opened. If the page should be Stripe's, open it from the "
                "Stripe Dashboard instead, and check that the account's API base is "
                "Stripe's.",
            ),
        )
    )
    return UnsafeLink(message, problem)


def describe(url: str) -> str:
    """For the log: the scheme and host of ``url`` (never its path or query, which may
    be a secret), escaped and cut short."""
    try:
        parts = urlsplit(url)
        scheme, host = parts.scheme, parts.hostname or ""
    except ValueError:
        scheme, host = "?", "?"
    return f"scheme={scheme[:20]!r} host={host[:80]!r} length={len(url)}"


def _character_problem(url: str) -> LinkProblem | None:
    if any(
        ch.isspace() or unicodedata.category(ch)[0] in "CZ" for ch in url
    ):  # Cc Cf Cs Co Cn, Zs Zl Zp: control, format (bidi overrides), separators
        return LinkProblem.CONTROL
    if not url.isascii():
        return LinkProblem.NOT_ASCII
    if not _URI_CHARS.fullmatch(url):
        return LinkProblem.MALFORMED
    return None


def _host_problem(host: str) -> LinkProblem | None:
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    if not _HOST_NAME.fullmatch(host):
        return LinkProblem.MALFORMED
    if any(label.startswith("xn--") for label in host.split(".")):
        return LinkProblem.NOT_ASCII  # punycode: shown in Unicode by the browser
    return None


def link_problem(url: str) -> LinkProblem | None:
    """Why ``url`` must not be opened, or None when it may be."""
    if not url:
        return LinkProblem.MALFORMED
    if len(url) > MAX_LINK_LENGTH:
        return LinkProblem.TOO_LONG
    problem = _character_problem(url)
    if problem is not None:
        return problem
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        return LinkProblem.MALFORMED
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return LinkProblem.SCHEME
    if "@" in parts.netloc:
        return LinkProblem.CREDENTIALS
    if not host:
        return LinkProblem.MALFORMED
    problem = _host_problem(host)
    if problem is not None:
        return problem
    if scheme == "http" and not is_loopback(host):
        return LinkProblem.PLAIN_HTTP
    return None


def check_link(url: str) -> SafeLink:
    """``url`` as a ``SafeLink``, or ``UnsafeLink`` (logged) saying why it is refused."""
    problem = link_problem(url)
    if problem is not None:
        raise refusal(problem, url)
    parts = urlsplit(url)
    return SafeLink(url=url, scheme=parts.scheme.lower(), host=(parts.hostname or "").lower())
