"""The command line's one way to the browser: ``webbrowser``, for links
``desktop_app.browser_links`` allows. Anything else raises ``UnsafeLink`` unopened.

The browser is a child process: it inherits the environment, which holds no
STRIPE_API_KEY while the app runs (``desktop_app.environment``).
"""

from __future__ import annotations

import webbrowser

from desktop_app.browser_links import check_link


def open_in_browser(url: str) -> bool:
    """Open ``url`` in the browser (True if one was started), or raise UnsafeLink."""
    return webbrowser.open(check_link(url).url)
