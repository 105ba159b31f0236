"""The demo account's products and prices: five currencies, four billing periods."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.emulator.objects import catalog
from desktop_app.emulator.state import ModeData

CURRENCY_FACTOR = {"eur": 1.0, "usd": 1.1, "sek": 11.0, "gbp": 0.86, "jpy": 160.0}  # from EUR cents
INTERVALS = (("month", 1), ("year", 1), ("month", 3), ("week", 1))
_PERIOD_FACTOR = {("month", 1): 1.0, ("year", 1): 10.0, ("month", 3): 2.85, ("week", 1): 0.25}


@dataclass(frozen=True)
class ProductSpec:
    key: str
    name: str
    description: str
    eur_cents: int  # per month
    usage: str = "licensed"  # licensed | metered | tiered
    seats: bool = False


PRODUCTS = (
    ProductSpec("starter", "Starter", "For freelancers: one workspace", 900),
    ProductSpec("team", "Team", "Per seat, for growing teams", 1500, seats=True),
    ProductSpec("business", "Business", "Unlimited workspaces and SSO", 9900),
    ProductSpec("support", "Priority support", "Four-hour response time", 4900),
    ProductSpec("api", "API requests", "Metered, per 100 requests", 5, usage="metered"),
    ProductSpec("storage", "Storage", "Per GB, cheaper beyond 100 GB", 200, usage="tiered"),
)


def amount(eur_cents: float, currency: str) -> int:
    value = eur_cents * CURRENCY_FACTOR[currency]
    if currency == "jpy":  # zero-decimal: whole yen, rounded to tens
        return max(10, int(round(value / 100, -1)))
    return max(1, int(round(value, -1 if value >= 100 else 0)))


def seed_catalog(mode: ModeData, created: int) -> dict[tuple[str, str, str, int], str]:
    """Adds products and prices; returns (product key, currency, interval, count) -> price id."""
    table: dict[tuple[str, str, str, int], str] = {}
    for spec in PRODUCTS:
        product_id = mode.new_id("prod", 14)
        mode.products.add(
            catalog.product(
                id=product_id,
                name=spec.name,
                description=spec.description,
                created=created,
                livemode=mode.livemode,
            )
        )
        for currency in CURRENCY_FACTOR:
            intervals = INTERVALS if spec.usage == "licensed" else INTERVALS[:1]
            for interval, count in intervals:
                unit = amount(spec.eur_cents * _PERIOD_FACTOR[(interval, count)], currency)
                if spec.usage == "metered":
                    unit = max(1, amount(spec.eur_cents * 100, currency) // 100)
                price_id = mode.new_id("price")
                label = {("month", 1): "Monthly", ("year", 1): "Yearly"}.get(
                    (interval, count), "Quarterly" if count == 3 else "Weekly"
                )
                price = catalog.price(
                    id=price_id,
                    product_id=product_id,
                    currency=currency,
                    unit_amount=unit,
                    interval=interval,
                    interval_count=count,
                    created=created,
                    livemode=mode.livemode,
                    nickname=f"{spec.name} {label} {currency.upper()}",
                    usage_type="metered" if spec.usage == "metered" else "licensed",
                    meter=mode.new_id("mtr") if spec.usage == "metered" else None,
                    tiered=spec.usage == "tiered",
                    lookup_key=f"{spec.key}_{interval}{count}_{currency}",
                )
                mode.prices.add(price)
                if spec.usage == "tiered":
                    mode.price_tiers[price_id] = catalog.tiers(unit, 100)
                table[(spec.key, currency, interval, count)] = price_id
        default = table.get((spec.key, "eur", "month", 1))
        mode.products[product_id]["default_price"] = default
    return table
