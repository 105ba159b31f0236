"""An ``ActionContext`` for a profile (or a STRIPE_API_KEY run), shared by CLI and window."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.actions import ActionContext, WriteApi
from desktop_app.audit import AuditLog
from desktop_app.errors import BillingManagerError
from desktop_app.portal import PortalConfiguration, parse_configuration
from desktop_app.profiles import DEFAULT_RETURN_URL, Profile
from desktop_app.stripe_api import StripeApi


class LazyApi:
    """A ``WriteApi`` whose ``StripeApi`` is built on first use, on the worker thread
    that first needs it (building it may read the keyring, which can block)."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._api: Any = None
        self._lock = threading.Lock()

    def get(self) -> Any:
        with self._lock:
            if self._api is None:
                self._api = self._factory()
            return self._api

    def create_portal_session(
        self,
        customer: str,
        return_url: str,
        flow: str | None = None,
        subscription_id: str | None = None,
        configuration: str | None = None,
        locale: str | None = None,
    ) -> Any:
        return self.get().create_portal_session(
            customer=customer,
            return_url=return_url,
            flow=flow,
            subscription_id=subscription_id,
            configuration=configuration,
            locale=locale,
        )

    def pause_collection(self, sub_id: str, behavior: str, resumes_at: int | None = None, /) -> Any:
        return self.get().pause_collection(sub_id, behavior, resumes_at)

    def resume_collection(self, sub_id: str, /) -> Any:
        return self.get().resume_collection(sub_id)

    def set_cancel_at_period_end(self, sub_id: str, value: bool, /) -> Any:
        return self.get().set_cancel_at_period_end(sub_id, value)

    def retrieve(self, path: str, expand: Sequence[str] = ()) -> dict[str, Any]:
        result: dict[str, Any] = self.get().retrieve(path, expand)
        return result

    def post(self, path: str, **params: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.get().post(path, **params)
        return result


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


def fetch_configurations(api: StripeApi | LazyApi) -> list[PortalConfiguration]:
    """The account's portal configurations (raises when the key cannot read them)."""
    real = api.get() if isinstance(api, LazyApi) else api
    return [parse_configuration(obj) for obj in real.list_portal_configurations()]


def try_configurations(api: StripeApi | LazyApi) -> list[PortalConfiguration]:
    """As ``fetch_configurations``, or none when they cannot be read (then Stripe
    itself judges the configuration when the session is created)."""
    try:
        return fetch_configurations(api)
    except BillingManagerError:
        return []
