"""The Stripe API version every request of the app names (the ``Stripe-Version`` header).

Pinned here, once, rather than left to whichever SDK happens to be installed: the
parsers in ``desktop_app.domain`` are written for this version's layout, and the
SDK is pinned to the release that speaks it (``stripe==16.1.0`` in pyproject.toml;
its ``stripe._api_version._ApiVersion.CURRENT`` is this version, and
``tests/sync/test_api_version.py`` checks the two stay equal).

Requests get answers in this version. Events do not: an event's ``data.object`` is
rendered in the account's API version of when the event was created (its
``api_version`` field), "not according to your current Stripe API version or
Stripe-Version header" (stripe-python 16.1, ``EventService.list``). So the parsers
also read the older layouts events may come in (``desktop_app.domain.parse``).
"""

from __future__ import annotations

API_VERSION = "2026-10-28.endive"
