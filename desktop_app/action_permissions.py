"""Which write actions a key may take, and why not, in words for the user.

A restricted key may lack ``rak_subscription_write`` (pause, resume, cancel, renew)
or ``rak_customer_portal_write`` (portal links; Stripe's names, see permissions.py).
``desktop_app.key_check.probe`` finds out with requests that change nothing; a 403
met during an action updates the answer too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.text import mark, translate

SUBSCRIPTION_WRITE = "rak_subscription_write"
PORTAL_SESSION_WRITE = "rak_customer_portal_write"


class ActionGroup(StrEnum):
    PORTAL = "portal"  # create portal sessions
    SUBSCRIPTION = "subscription"  # pause, resume, cancel at period end, renew


@dataclass(frozen=True)
class Availability:
    """Per group: None when allowed, else the reason shown on the disabled action."""

    portal: str | None = None
    subscription: str | None = None

    def reason(self, group: ActionGroup) -> str | None:
        return self.portal if group is ActionGroup.PORTAL else self.subscription


def missing_reason(group: ActionGroup, permission: str | None = None) -> str:
    if group is ActionGroup.PORTAL:
        name = permission or PORTAL_SESSION_WRITE
        return translate(
            "Permissions", "This key can't create customer portal links ({name} missing)."
        ).format(name=name)
    name = permission or SUBSCRIPTION_WRITE
    return translate("Permissions", "This key can't change subscriptions ({name} missing).").format(
        name=name
    )


OFFLINE_REASON = mark(
    "Permissions", "Not connected: open an account (or go online) to change subscriptions."
)


def offline_reason() -> str:
    """OFFLINE_REASON in the user's language."""
    return translate("Permissions", OFFLINE_REASON)


def group_of_permission(permission: str | None) -> ActionGroup | None:
    if not permission:
        return None
    if "portal" in permission:
        return ActionGroup.PORTAL
    if "subscription" in permission:
        return ActionGroup.SUBSCRIPTION
    return None


def availability_from_permissions(permissions: Mapping[str, bool]) -> Availability:
    """From ``desktop_app.key_check.probe`` ("resource:read|write" -> allowed).

    A permission the probe did not report counts as allowed: Stripe still refuses
    with a 403 if not, and the window then disables the action with its reason.
    """
    return Availability(
        portal=None
        if permissions.get("billing_portal_sessions:write", True)
        else missing_reason(ActionGroup.PORTAL),
        subscription=None
        if permissions.get("subscriptions:write", True)
        else missing_reason(ActionGroup.SUBSCRIPTION),
    )
