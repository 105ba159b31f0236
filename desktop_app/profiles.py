"""Connected accounts ("profiles"): a plain JSON file in the config directory.

One file, ``profiles.json`` in ``paths.config_dir()``, holds every profile's
metadata: name, mode, account ID and name, API base, request budget, portal
options. It never holds a key (keys live in the OS keyring, see
``desktop_app.secrets``); writing refuses text that looks like one. The file is
written atomically (a temporary file renamed over it) with mode 0600.

Each profile has its own SQLite cache at ``cache_path(profile)`` in
``paths.data_dir()``, so two accounts' data never mix.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from desktop_app import paths
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.errors import BillingManagerError, InvalidRequest, NotFound
from desktop_app.redaction import contains_secret
from desktop_app.stripe_api.budget import InvalidBudget, check_budget_rps
from desktop_app.text import translate

Mode = Literal["live", "test"]

FILE_NAME = "profiles.json"
FORMAT_VERSION = 1
DEFAULT_RETURN_URL = "https://dashboard.stripe.com/"
DEFAULT_LOCALE = "auto"
# Requests per second this app allows itself, well under Stripe's limits (live 100/s,
# test 25/s) which every integration on the account shares.
DEFAULT_BUDGET_RPS: dict[str, float] = {"live": 20.0, "test": 10.0}
MAX_NAME_LENGTH = 64
_NAME_SHAPE = re.compile(r"[\w][\w .()&+@'-]*", re.UNICODE)


class ProfileNotFound(NotFound):
    """No profile of that name."""


class ProfileExists(BillingManagerError):
    exit_code = ExitCode.USAGE


class InvalidProfileName(BillingManagerError):
    exit_code = ExitCode.USAGE


class ProfilesFileCorrupt(BillingManagerError):
    """The profiles file could not be read; it is left as it is for the user to fix."""


def default_budget_rps(mode: Mode) -> float:
    return DEFAULT_BUDGET_RPS[mode]


def check_profile_name(name: str) -> str:
    """The name, stripped, or InvalidProfileName saying what is allowed."""
    stripped = name.strip()
    if not stripped:
        raise InvalidProfileName(
            translate("Accounts", "Give the account a name, for example 'Acme Ltd (live)'.")
        )
    if len(stripped) > MAX_NAME_LENGTH:
        raise InvalidProfileName(
            translate(
                "Accounts", "The account name is too long: use at most {count} characters."
            ).format(count=MAX_NAME_LENGTH)
        )
    if not _NAME_SHAPE.fullmatch(stripped) or contains_secret(stripped):
        raise InvalidProfileName(
            translate(
                "Accounts",
                "Use letters, digits, spaces and . - _ ( ) & + @ ' in the account name, "
                "starting with a letter or digit.",
            )
        )
    return stripped


@dataclass(frozen=True)
class Profile:
    """One connected Stripe account. Holds no key."""

    name: str
    mode: Mode
    account_id: str | None = None
    account_name: str | None = None
    api_base: str | None = None  # None: Stripe itself; else e.g. the emulator's URL
    budget_rps: float = field(default=-1.0)  # -1: the mode's default (set in __post_init__)
    portal_configuration: str | None = None  # bpc_...; None: the account's default
    return_url: str = DEFAULT_RETURN_URL
    locale: str = DEFAULT_LOCALE  # portal locale: auto, en, nl, sv, ...
    restricted: bool | None = None  # whether the stored key is a restricted key

    def __post_init__(self) -> None:
        if self.mode not in ("live", "test"):
            raise InvalidRequest(f"A profile's mode is 'live' or 'test', not {self.mode!r}.")
        budget: object = self.budget_rps
        if isinstance(budget, int | float) and not isinstance(budget, bool) and -1 <= budget <= 0:
            budget = default_budget_rps(self.mode)  # 0 or -1 (unset): the mode's default
        object.__setattr__(self, "budget_rps", check_budget_rps(budget))

    @property
    def livemode(self) -> bool:
        return self.mode == "live"

    @property
    def display_name(self) -> str:
        """For the switcher: "Acme Ltd (LIVE)" / "Acme Ltd (test)"."""
        return f"{self.name} ({'LIVE' if self.livemode else 'test'})"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}  # newer fields are ignored
        return cls(**values)  # (the budget is checked by __post_init__)

    def with_changes(self, **changes: Any) -> Profile:
        return replace(self, **changes)


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:32] or "account"


def cache_file_name(profile_name: str) -> str:
    """A file name that is safe everywhere and unique per (case-folded) name."""
    digest = hashlib.sha256(profile_name.casefold().encode("utf-8")).hexdigest()[:10]
    return f"{_slug(profile_name)}-{digest}.sqlite3"


def cache_dir() -> Path:
    return paths.data_dir() / "cache"


def cache_path(profile: Profile | str) -> Path:
    """Where this profile's SQLite cache lives (the file may not exist yet)."""
    name = profile.name if isinstance(profile, Profile) else profile
    return cache_dir() / cache_file_name(name)


def cache_files(profile: Profile | str) -> list[Path]:
    """The cache and its companions (-wal, -shm, -journal, files set aside as corrupt)."""
    main = cache_path(profile)
    if not main.parent.is_dir():
        return []
    return sorted(p for p in main.parent.iterdir() if p.name.startswith(main.name))


def delete_cache(profile: Profile | str) -> list[Path]:
    """Remove the profile's cache files; returns what was removed."""
    removed = []
    for path in cache_files(profile):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


class ProfileStore:
    """Read and write ``profiles.json``. Each call reads the file afresh, so the
    CLI and the window see each other's changes.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / FILE_NAME

    @classmethod
    def load(cls, path: Path | None = None) -> ProfileStore:
        """The store of ``path`` (default: profiles.json in the config folder), read
        once to report a damaged file early (ProfilesFileCorrupt)."""
        store = cls(path)
        store.read()
        return store

    def read(self) -> builtins.list[Profile]:
        """Every profile, in file order ([] when there is no file yet)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise ProfilesFileCorrupt(
                f"The account list {self.path} could not be read ({exc.strerror})."
            ) from None
        try:
            data = json.loads(text)
            return [self._profile(entry) for entry in data["profiles"]]
        except ProfilesFileCorrupt:
            raise
        except (ValueError, KeyError, TypeError, BillingManagerError) as exc:
            raise ProfilesFileCorrupt(
                f"The account list {self.path} is damaged ({type(exc).__name__}). "
                "Fix or remove the file, then add your accounts again; your keys are "
                "still in the keyring."
            ) from None

    def _profile(self, entry: Any) -> Profile:
        try:
            return Profile.from_json(entry)
        except InvalidBudget as exc:  # edited by hand: say which account, and what to do
            raise ProfilesFileCorrupt(
                translate(
                    "Accounts",
                    "The account list {file} holds a request budget the app cannot use, for "
                    "{name}: {problem} Correct budget_rps there, or remove it for the default.",
                ).format(file=self.path, name=repr(entry.get("name")), problem=exc)
            ) from None

    def list(self) -> builtins.list[Profile]:
        """Every profile, sorted by name."""
        return sorted(self.read(), key=lambda p: p.name.casefold())

    def find(self, name: str) -> Profile | None:
        wanted = name.strip().casefold()
        for profile in self.read():
            if profile.name.casefold() == wanted:
                return profile
        return None

    def get(self, name: str) -> Profile:
        profile = self.find(name)
        if profile is None:
            known = ", ".join(p.name for p in self.list()) or "none yet"
            raise ProfileNotFound(
                f"There is no account named '{name}' (accounts: {known}). "
                "Add it with: billing-manager profiles add NAME"
            )
        return profile

    def exists(self, name: str) -> bool:
        return self.find(name) is not None

    def save(self, profile: Profile) -> None:
        """Add the profile, or replace the one with the same (case-insensitive) name."""
        check_profile_name(profile.name)
        profiles = [p for p in self.read() if p.name.casefold() != profile.name.casefold()]
        profiles.append(profile)
        self._write(profiles)

    def add(self, profile: Profile) -> None:
        """Add a new profile; ProfileExists when the name is taken."""
        if self.exists(profile.name):
            raise ProfileExists(
                translate("Accounts", "An account named '{name}' exists already.").format(
                    name=profile.name
                )
            )
        self.save(profile)

    def remove(self, name: str) -> Profile:
        """Remove the profile from the file (not its key or cache: see accounts.py)."""
        profile = self.get(name)
        self._write([p for p in self.read() if p.name.casefold() != profile.name.casefold()])
        return profile

    def _write(self, profiles: builtins.list[Profile]) -> None:
        data = {"version": FORMAT_VERSION, "profiles": [p.to_json() for p in profiles]}
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        if contains_secret(text):
            raise InvalidRequest(
                "Refusing to write the account list: a field looks like an API key. "
                "Keys belong in the keyring only."
            )
        paths.write_private_atomically(self.path, text)
