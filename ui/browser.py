"""The window's one way to the browser: ``QDesktopServices.openUrl``, for links
``desktop_app.browser_links`` allows, read the same way by Qt. Anything else raises
``UnsafeLink`` (its message is for the user) and reaches no launcher.

Qt starts ``xdg-open`` (or the platform's equivalent) with the process environment,
which holds no STRIPE_API_KEY while the app runs (``desktop_app.environment``).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.browser_links import LinkProblem, check_link, refusal


def open_link(url: str) -> bool:
    """Hand ``url`` to the system's browser (``openUrl``'s answer: True does not mean a
    browser came up), or raise UnsafeLink."""
    link = check_link(url)
    qurl = QUrl(link.url, QUrl.ParsingMode.StrictMode)
    # Qt must read the scheme and host as the check did, or the check meant nothing.
    if not qurl.isValid() or (qurl.scheme().lower(), qurl.host().lower()) != (
        link.scheme,
        link.host,
    ):
        raise refusal(LinkProblem.MALFORMED, url)
    return QDesktopServices.openUrl(qurl)
