"""Key format checks: the four accepted kinds, and clear refusals that never echo the key."""

from __future__ import annotations

import pytest

from desktop_app.errors import InvalidApiKey
from desktop_app.secrets import KeyKind, check_key_format, normalize_key


@pytest.mark.parametrize(
    ("key", "mode", "restricted"),
    [
        ("sk_live_FAKE0123456789abcdef", "live", False),
        ("sk_test_FAKE0123456789abcdef", "test", False),
        ("rk_live_FAKE0123456789abcdef", "live", True),
        ("rk_test_FAKE0123456789abcdef", "test", True),
        ("sk_test_FAKE_emulator_abc123", "test", False),
    ],
)
def test_accepted_kinds(key: str, mode: str, restricted: bool) -> None:
    kind = check_key_format(key)
    assert kind == KeyKind(mode=mode, restricted=restricted)  # type: ignore[arg-type]
    assert kind.livemode is (mode == "live")
    assert key.startswith(kind.prefix)


def test_pasted_key_with_surrounding_whitespace_is_accepted() -> None:
    pasted = "  rk_test_FAKE0123456789abcdef\n"
    assert check_key_format(pasted).restricted
    assert normalize_key(pasted) == "rk_test_FAKE0123456789abcdef"


def test_description_names_mode_and_kind() -> None:
    assert check_key_format("rk_live_FAKE0123456789").description == "live-mode restricted key"
    assert check_key_format("sk_test_FAKE0123456789").description == "test-mode secret key"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("", "No API key"),
        ("pk_test_FAKE0123456789abcdef", "publishable key"),
        ("pk_live_FAKE0123456789abcdef", "publishable key"),
        ("sk_test_FAKE0123 456789abcdef", "spaces or line breaks"),
        ("whsec_FAKE0123456789abcdef", "not a Stripe API key"),
        ("sk_prod_FAKE0123456789abcdef", "not a Stripe API key"),
        ("SK_TEST_FAKE0123456789abcdef", "not a Stripe API key"),
        ("sk_test_FAKE01-3456789", "not a Stripe API key"),
        ("sk_test_FAKE", "too short"),
    ],
)
def test_refusals_say_what_is_wrong_without_the_key(key: str, expected: str) -> None:
    with pytest.raises(InvalidApiKey) as caught:
        check_key_format(key)
    message = str(caught.value)
    assert expected in message
    body = key.strip()[8:]
    assert not body or body not in message
