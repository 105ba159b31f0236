"""Exit codes of ``billing-manager`` that scripts can rely on (documented in the README)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # anything not listed below
    USAGE = 2  # bad command line (argparse uses 2 as well)
    AUTH = 3  # the API key is missing, wrong, revoked or lacks a permission
    NETWORK = 4  # Stripe (or the API base) could not be reached, or kept failing
    NOT_FOUND = 5  # no such profile, subscription or customer
    KEYRING = 6  # the OS keyring is unavailable or locked
    OFFLINE_NO_CACHE = 7  # --offline without a previous sync
    INTERRUPTED = 130
