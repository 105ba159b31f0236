"""The key check against the emulator: each missing permission is found, nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.errors import AuthenticationFailed
from desktop_app.key_check import KeyNotUsable, check_key, stripe_api_factory
from tests.accounts.conftest import FULL_PERMISSIONS


def _check(emulator: Any, key: str, **kwargs: Any) -> Any:
    return check_key(key, stripe_api_factory(emulator.base_url), **kwargs)


@pytest.mark.parametrize(
    ("resource", "feature", "summary"),
    [
        ("subscriptions", "pause_resume", "Read only: pause and resume disabled."),
        ("billing_portal_sessions", "portal", "Limited: customer portal disabled."),
        (
            "events",
            "quick_refresh",
            "Limited: every refresh is a full sync.",
        ),
    ],
)
def test_a_missing_optional_permission_disables_its_feature_only(
    emulator: Any,
    restricted_key: Callable[..., str],
    resource: str,
    feature: str,
    summary: str,
) -> None:
    permissions = dict(FULL_PERMISSIONS)
    if resource == "subscriptions":
        permissions[resource] = "read"
    else:
        del permissions[resource]
    check = _check(emulator, restricted_key(permissions))
    assert check.usable
    assert check.summary == summary
    assert [s.feature.id for s in check.features if not s.available] == [feature]


@pytest.mark.parametrize(
    "resource", ["subscriptions", "customers", "invoices", "products", "prices", "payment_methods"]
)
def test_a_missing_required_read_makes_the_key_unusable(
    emulator: Any, restricted_key: Callable[..., str], resource: str
) -> None:
    permissions = {k: v for k, v in FULL_PERMISSIONS.items() if k != resource}
    with pytest.raises(KeyNotUsable) as caught:
        _check(emulator, restricted_key(permissions))
    missing = caught.value.check.missing_permissions
    assert [p for p in missing if p.endswith(":read")] == [f"{resource}:read"]
    assert "Not usable: the key lacks" in str(caught.value)


def test_secret_key_has_everything_and_the_probes_change_nothing(emulator: Any) -> None:
    emulator.clear_request_log()
    check = _check(emulator, emulator.api_key)
    assert check.summary == "All features available."
    assert not check.kind.restricted
    assert check.account_id.startswith("acct_")
    writes = [r for r in emulator.request_log if r.method == "POST"]
    assert len(writes) == 2
    assert all(r.status in (400, 404) for r in writes), writes


def test_live_key_is_reported_as_live(emulator: Any, restricted_key: Callable[..., str]) -> None:
    check = _check(emulator, restricted_key(livemode=True))
    assert check.kind.livemode
    assert check.account_label.endswith("LIVE mode")


def test_rejected_keys_explain_themselves(
    emulator: Any, restricted_key: Callable[..., str]
) -> None:
    with pytest.raises(AuthenticationFailed, match=r"^Stripe did not accept this key"):
        _check(emulator, "sk_test_FAKEunknown0123456789")
    revoked = restricted_key()
    emulator.revoke_key(revoked)
    with pytest.raises(AuthenticationFailed, match=r"^Stripe says this key has been revoked"):
        _check(emulator, revoked)
    with pytest.raises(AuthenticationFailed, match="stored API key of 'Acme' was revoked"):
        _check(emulator, revoked, stored_for="Acme")
