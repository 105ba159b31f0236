"""Hypothesis strategies: Stripe API keys, and the forms text may carry them in."""

from __future__ import annotations

import base64
import string
import urllib.parse

from hypothesis import strategies as st

from desktop_app.secrets import check_key_format

BODY_ALPHABET = string.ascii_letters + string.digits + "_"
UNDERSCORES = ["_", "%5F", "%5f", "%255F", "%255f"]  # itself, URL-encoded, encoded twice


@st.composite
def keys(draw: st.DrawFn) -> str:
    """A key the format check accepts (``_`` inside the body included)."""
    kind = draw(st.sampled_from(["sk", "rk"]))
    mode = draw(st.sampled_from(["live", "test"]))
    # Stripe's key bodies are random letters of both cases and digits: a body that is an
    # ordinary word ("subscrip") would be "found" in any log line naming /v1/subscriptions.
    body = draw(
        st.text(BODY_ALPHABET, min_size=8, max_size=40).filter(
            lambda b: (
                any(c.isdigit() for c in b)
                and any(c.isupper() for c in b)
                and any(c.islower() for c in b)
            )
        )
    )
    key = f"{kind}_{mode}_{body}"
    check_key_format(key)
    return key


@st.composite
def key_forms(draw: st.DrawFn, key: str) -> str:
    """``key`` as an error message, a URL or a header may carry it."""
    style = draw(st.sampled_from(["plain", "url-encoded", "bearer", "basic", "quoted"]))
    if style == "url-encoded":  # each "_" encoded (or not) on its own
        parts = key.split("_")
        form = parts[0]
        for part in parts[1:]:
            form += draw(st.sampled_from(UNDERSCORES)) + part
        return form
    if style == "bearer":
        return draw(st.sampled_from(["Bearer ", "Bearer_", "Bearer%20", "Bearer+"])) + key
    if style == "basic":  # Stripe accepts the key as the Basic auth user name
        return base64.b64encode(f"{key}:".encode()).decode()
    if style == "quoted":
        return urllib.parse.quote(key, safe="")
    return key


# Text around the key: anything, and the word characters and encodings that used to hide it.
SURROUNDINGS = st.one_of(
    st.text(),
    st.sampled_from(["api_key=", "api_key%3D", "Bearer_", "key:", "x", "_", "0", "%5F", "é"]),
    st.text(string.ascii_letters + string.digits + "_%=&:"),
)


def secret_parts(key: str, form: str) -> list[str]:
    """What must not survive redaction: the key, the form it was written in, its body."""
    return [key, form, key.split("_", 2)[2]]
