"""Stripe-looking object ids, deterministic from a random generator."""

from __future__ import annotations

import random
import string

ALPHABET = string.ascii_letters + string.digits


def make_id(rng: random.Random, prefix: str, length: int = 24) -> str:
    return f"{prefix}_1{''.join(rng.choices(ALPHABET, k=length - 1))}"
