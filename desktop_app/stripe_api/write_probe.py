"""Probe whether a key may write subscriptions and portal sessions, changing nothing.

``StripeApi.probe_permissions`` reads; writes cannot be read-probed. Stripe checks a
restricted key's permissions before it looks the object up, so a POST to an object
that does not exist answers 403 without the permission and 404/400 with it: either
way nothing is created or changed.
"""

from __future__ import annotations

from desktop_app.action_permissions import (
    ActionGroup,
    Availability,
    missing_reason,
)
from desktop_app.errors import InvalidRequest, NotFound, PermissionMissing
from desktop_app.stripe_api.client import StripeApi

_PROBE_SUBSCRIPTION = "sub_billingmanagerwriteprobe"
_PROBE_CUSTOMER = "cus_billingmanagerwriteprobe"


def _allowed(
    api: StripeApi, path: str, params: dict[str, object], group: ActionGroup
) -> str | None:
    try:
        api.request("post", path, params)
    except PermissionMissing as exc:
        return missing_reason(group, exc.permission)
    except (NotFound, InvalidRequest):
        return None
    return None


def probe_write_permissions(api: StripeApi) -> Availability:
    """Availability of the write actions for ``api``'s key (two harmless requests)."""
    return Availability(
        portal=_allowed(
            api,
            "/v1/billing_portal/sessions",
            {"customer": _PROBE_CUSTOMER},
            ActionGroup.PORTAL,
        ),
        subscription=_allowed(
            api,
            f"/v1/subscriptions/{_PROBE_SUBSCRIPTION}",
            {},
            ActionGroup.SUBSCRIPTION,
        ),
    )
