"""The domain: Stripe Billing objects as frozen dataclasses, and what is derived from them.

``models`` holds the dataclasses, ``parse`` reads Stripe JSON into them, ``status``
derives the display status, the collection pause and the next billing date,
``periods`` the billing period label, ``billing`` amounts, plan labels and MRR.
"""

from desktop_app.domain.billing import (
    amount_per_period,
    mrr_by_currency,
    plan_label,
    plan_names,
    subscription_mrr_minor,
)
from desktop_app.domain.models import (
    Address,
    Customer,
    Invoice,
    PauseCollection,
    PaymentMethod,
    Price,
    Product,
    Subscription,
    SubscriptionItem,
    TaxId,
)
from desktop_app.domain.parse import (
    parse_customer,
    parse_invoice,
    parse_payment_method,
    parse_price,
    parse_product,
    parse_subscription,
)
from desktop_app.domain.periods import BillingPeriod, billing_period, billing_period_label
from desktop_app.domain.status import (
    DisplayStatus,
    NextBilling,
    collection_pause,
    display_status,
    is_canceling,
    next_billing,
)

__all__ = [
    "Address",
    "BillingPeriod",
    "Customer",
    "DisplayStatus",
    "Invoice",
    "NextBilling",
    "PauseCollection",
    "PaymentMethod",
    "Price",
    "Product",
    "Subscription",
    "SubscriptionItem",
    "TaxId",
    "amount_per_period",
    "billing_period",
    "billing_period_label",
    "collection_pause",
    "display_status",
    "is_canceling",
    "mrr_by_currency",
    "next_billing",
    "parse_customer",
    "parse_invoice",
    "parse_payment_method",
    "parse_price",
    "parse_product",
    "parse_subscription",
    "plan_label",
    "plan_names",
    "subscription_mrr_minor",
]
