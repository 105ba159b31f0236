"""What ``sync`` and ``export`` share: which account, its key, its API base, its cache.

Either a profile (``--profile NAME``: settings from the profile file, key from the
OS keyring) or, for scripts and any Stripe-compatible server, the key in the
STRIPE_API_KEY environment variable with ``--api-base``. Such a run keeps its cache
like a profile does, keyed by the account ID and API base; a small index (a short
hash of key and base -> account ID, never the key) lets ``--offline`` find it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from desktop_app.environment import ENV_KEY, environment_api_key
from desktop_app.errors import AuthenticationFailed, DiskFull, OfflineWithoutCache, disk_full
from desktop_app.paths import data_dir, write_private_atomically
from desktop_app.secrets import check_key_format
from desktop_app.stripe_api import StripeApi
from desktop_app.stripe_api.base_url import check_api_base
from desktop_app.stripe_api.budget import (
    MAX_BUDGET_RPS,
    MIN_BUDGET_RPS,
    InvalidBudget,
    check_budget_rps,
)

DEFAULT_BUDGET_RPS = 20.0
_INDEX = "env-caches.json"


@dataclass
class Connection:
    label: str  # for messages: the profile name or the API base
    cache_path: Path | None  # None: offline and never synced
    api: StripeApi | None  # None when offline


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"a connected account (default: the key in ${ENV_KEY})",
    )
    parser.add_argument(
        "--api-base",
        metavar="URL",
        help="a Stripe-compatible API base, e.g. the emulator's http://127.0.0.1:PORT "
        "(with $STRIPE_API_KEY; default https://api.stripe.com)",
    )
    parser.add_argument(
        "--budget",
        metavar="RPS",
        type=_budget,
        help=f"requests per second to stay under, {MIN_BUDGET_RPS:g} to {MAX_BUDGET_RPS:g} "
        f"(default {DEFAULT_BUDGET_RPS:g}, or the profile's)",
    )


def _budget(text: str) -> float:
    """``--budget``: a bad value is a usage error (exit code 2) saying what is allowed."""
    try:
        return check_budget_rps(text)
    except InvalidBudget as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _digest(key: str, api_base: str | None) -> str:
    return hashlib.sha256(f"{api_base or ''}\0{key}".encode()).hexdigest()[:16]


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_")[:80]


def env_cache_path(account_id: str, api_base: str | None) -> Path:
    base_tag = _safe(api_base or "api.stripe.com").removeprefix("http_").removeprefix("https_")
    return data_dir() / "cache" / f"env-{_safe(account_id)}@{base_tag}.sqlite3"


def _read_index() -> dict[str, str]:
    try:
        data = json.loads((data_dir() / _INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _remember(key: str, api_base: str | None, account_id: str) -> None:
    index = _read_index()
    index[_digest(key, api_base)] = account_id
    try:
        write_private_atomically(data_dir() / _INDEX, json.dumps(index))
    except DiskFull:
        raise disk_full(data_dir(), "sync") from None


def _env_connection(args: argparse.Namespace, offline: bool) -> Connection:
    key = (environment_api_key() or "").strip()
    if not key:
        raise AuthenticationFailed(
            f"No API key: set the environment variable {ENV_KEY} to a Stripe secret or "
            "restricted key, or name a connected account with --profile."
        )
    check_key_format(key)  # a malformed key never leaves the computer
    api_base = check_api_base(args.api_base)
    label = api_base or "Stripe"
    if offline:
        account_id = _read_index().get(_digest(key, api_base))
        path = env_cache_path(account_id, api_base) if account_id else None
        return Connection(label, path if path and path.exists() else None, None)
    api = StripeApi(key, api_base, budget_rps=args.budget or DEFAULT_BUDGET_RPS)
    account = api.account()
    # A key that may not read the account, whose refusal named none: a cache of its own.
    account_id = account.id or f"key-{_digest(key, api_base)}"
    _remember(key, api_base, account_id)
    return Connection(label, env_cache_path(account_id, api_base), api)


def _profile_connection(args: argparse.Namespace, name: str, offline: bool) -> Connection:
    from desktop_app.accounts import key_of_mode
    from desktop_app.profiles import ProfileStore, cache_path
    from desktop_app.secrets import KeyStore

    profile = ProfileStore().get(name)  # ProfileNotFound names the known ones
    path = cache_path(profile)
    if offline:
        return Connection(name, path if path.exists() else None, None)
    key = key_of_mode(profile, KeyStore().require_key(profile.name))
    api_base = args.api_base or profile.api_base
    api = StripeApi(key, api_base, budget_rps=args.budget or profile.budget_rps)
    return Connection(name, path, api)


def open_connection(args: argparse.Namespace, *, offline: bool) -> Connection:
    name = getattr(args, "profile", None)
    if name:
        return _profile_connection(args, name, offline)
    return _env_connection(args, offline)


def require_cache(conn: Connection) -> Path:
    if conn.cache_path is None:
        raise OfflineWithoutCache(
            f"There is no local copy of {conn.label} yet: run `billing-manager sync` "
            "(or export without --offline) once while online."
        )
    return conn.cache_path
