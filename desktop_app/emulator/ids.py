"""Stripe-looking object ids, deterministic from a random generator."""

from __future__ import annotations

import random
import string

ALPHABET = string.ascii_letters + string.digits


def make_id(rng: random.Random, prefix: str, length: int = 24) -> str:
    """``prefix_1`` and ``length - 1`` letters and digits."""
    value = rng.getrandbits(6 * length)
    chars = []
    for _ in range(length - 1):
        value, digit = divmod(value, 62)
        chars.append(ALPHABET[digit])
    return f"{prefix}_1{''.join(chars)}"
