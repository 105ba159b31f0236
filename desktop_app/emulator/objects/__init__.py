"""Builders of Stripe objects, with the same keys and nesting as Stripe's fixtures."""
