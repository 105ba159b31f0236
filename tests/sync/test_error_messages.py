"""Stripe's 403 text names the missing permission; the message says what to do."""

from __future__ import annotations

from desktop_app.stripe_api.errors import describe_permission, permission_from_message


def test_permission_is_parsed_from_stripes_message() -> None:
    message = (
        "The provided key 'rk_test_***abc' does not have the required permissions for this "
        "endpoint on account 'acct_1'. Having the 'rak_subscription_write' permission would "
        "allow this request to continue."
    )
    assert permission_from_message(message) == "rak_subscription_write"
    assert describe_permission("rak_subscription_write") == "Subscriptions: Write"
    # Stripe's words are not always the Dashboard's (desktop_app/permissions.py).
    assert describe_permission("rak_customer_portal_write") == "Customer portal: Write"
    assert describe_permission("rak_plan_read") == "Prices: Read"
    assert describe_permission("rak_connected_account_read") == "Connect: Accounts: Read"
    assert describe_permission("rak_coupon_read") == "Coupons: Read"


def test_no_permission_named() -> None:
    assert permission_from_message("Forbidden") is None
    assert describe_permission("something_else") == "something_else"
