"""An ``ActionContext`` for a profile (or a STRIPE_API_KEY run), shared by CLI and window."""

from __future__ import annotations

import os
from collections.abc import Sequence

from desktop_app.actions import ActionContext, WriteApi
from desktop_app.audit import AuditLog
from desktop_app.errors import BillingManagerError
from desktop_app.portal import PortalConfiguration, parse_configuration
from desktop_app.profiles import DEFAULT_RETURN_URL, Profile
from desktop_app.stripe_api import StripeApi


def system_language() -> str | None:
    """The user's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").split(":", 1)[0].strip()
        if value and value not in ("C", "POSIX"):
            return value
    return None


def profile_return_url(profile: Profile) -> str | None:
    """The profile's return URL; its generic default (the Dashboard's home) counts as
    unset, so the return goes to the subscription's own Dashboard page instead."""
    url = (profile.return_url or "").strip()
    if not url or url.rstrip("/") == DEFAULT_RETURN_URL.rstrip("/"):
        return None
    return url


def context_for_profile(
    profile: Profile,
    api: WriteApi,
    *,
    audit: AuditLog | None = None,
    app_language: str | None = None,
    configurations: Sequence[PortalConfiguration] = (),
) -> ActionContext:
    return ActionContext(
        api=api,
        audit=audit or AuditLog(),
        profile=profile.name,
        livemode=profile.livemode,
        return_url=profile_return_url(profile),
        portal_configuration=profile.portal_configuration,
        app_language=app_language or system_language(),
        portal_locale=profile.locale,
        configurations=tuple(configurations),
    )


def fetch_configurations(api: StripeApi) -> list[PortalConfiguration]:
    """The account's portal configurations (raises when the key cannot read them)."""
    return [parse_configuration(obj) for obj in api.list_portal_configurations()]


def try_configurations(api: StripeApi) -> list[PortalConfiguration]:
    """As ``fetch_configurations``, or none when they cannot be read (then Stripe
    itself judges the configuration when the session is created)."""
    try:
        return fetch_configurations(api)
    except BillingManagerError:
        return []
