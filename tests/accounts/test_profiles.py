"""The profiles file: round trip, atomic 0600 writes, no keys, clear errors."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.errors import InvalidRequest
from desktop_app.profiles import (
    DEFAULT_RETURN_URL,
    InvalidProfileName,
    Profile,
    ProfileExists,
    ProfileNotFound,
    ProfilesFileCorrupt,
    ProfileStore,
    cache_files,
    cache_path,
    check_profile_name,
    delete_cache,
)


def _profile(name: str = "Acme Ltd", mode: str = "test", **extra: object) -> Profile:
    return Profile(name=name, mode=mode, account_id="acct_1FAKE", **extra)  # type: ignore[arg-type]


def test_round_trip_keeps_every_field(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    full = Profile(
        name="Acme BV (NL)",
        mode="live",
        account_id="acct_1FAKE",
        account_name="Acme BV",
        api_base="http://127.0.0.1:9999",
        budget_rps=7.5,
        portal_configuration="bpc_1FAKE",
        return_url="https://acme.example/billing",
        locale="nl",
        restricted=True,
    )
    store.save(full)
    assert store.path == paths.config_dir() / "profiles.json"
    assert ProfileStore().list() == [full]
    assert ProfileStore().get("acme bv (nl)") == full


def test_defaults_depend_on_mode() -> None:
    live, test = _profile(mode="live"), _profile(mode="test")
    assert live.livemode
    assert not test.livemode
    assert live.budget_rps == 20.0
    assert test.budget_rps == 10.0
    assert test.return_url == DEFAULT_RETURN_URL
    assert test.locale == "auto"
    assert live.display_name == "Acme Ltd (LIVE)"


def test_mode_must_be_live_or_test() -> None:
    with pytest.raises(InvalidRequest, match="'live' or 'test'"):
        _profile(mode="production")


def test_file_is_private_and_written_atomically(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    store.save(_profile("One"))
    store.save(_profile("Two"))
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert [p.name for p in store.path.parent.iterdir()] == ["profiles.json"]  # no temp left
    data = json.loads(store.path.read_text())
    assert data["version"] == 1
    assert [p["name"] for p in data["profiles"]] == ["One", "Two"]


def test_save_replaces_same_name_case_insensitively(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    store.save(_profile("Acme"))
    store.save(_profile("ACME", account_name="renamed"))
    assert [(p.name, p.account_name) for p in store.list()] == [("ACME", "renamed")]


def test_add_refuses_existing_name(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    store.add(_profile("Acme"))
    with pytest.raises(ProfileExists, match="exists already"):
        store.add(_profile("acme"))


def test_list_is_sorted_and_remove_removes(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    for name in ("beta", "Alpha", "gamma"):
        store.save(_profile(name))
    assert [p.name for p in store.list()] == ["Alpha", "beta", "gamma"]
    removed = store.remove("BETA")
    assert removed.name == "beta"
    assert [p.name for p in store.list()] == ["Alpha", "gamma"]


def test_missing_profile_names_the_known_ones(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    assert store.list() == []
    store.save(_profile("Acme"))
    with pytest.raises(ProfileNotFound, match=r"no account named 'Nope'.*Acme"):
        store.get("Nope")


def test_refuses_to_write_anything_that_looks_like_a_key(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    store.save(_profile("Acme"))
    before = store.path.read_bytes()
    with pytest.raises(InvalidRequest, match="keyring only"):
        store.save(_profile("Other", account_name="sk_live_FAKE0123456789abcdef"))
    assert store.path.read_bytes() == before


def test_damaged_file_is_reported_and_left_alone(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json")
    with pytest.raises(ProfilesFileCorrupt, match="damaged"):
        store.list()
    with pytest.raises(ProfilesFileCorrupt):
        store.save(_profile())
    assert store.path.read_text() == "{not json"


def test_unknown_fields_from_a_newer_version_are_ignored(isolated_app_dirs: Path) -> None:
    store = ProfileStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    entry = {"name": "Acme", "mode": "live", "colour": "teal"}
    store.path.write_text(json.dumps({"version": 2, "profiles": [entry]}))
    assert store.get("Acme").livemode


@pytest.mark.parametrize("name", ["", "   ", "-dash", "a/b", "a\\b", "x" * 65, "new\nline"])
def test_bad_names_are_refused(name: str) -> None:
    with pytest.raises(InvalidProfileName):
        check_profile_name(name)


@pytest.mark.parametrize("name", ["Acme", "Acme BV (NL)", "Ünïcode AB", "a.b-c_d", "x" * 64])
def test_good_names_are_kept(name: str) -> None:
    assert check_profile_name(f" {name} ") == name


def test_cache_paths_are_per_profile_and_in_the_data_dir(isolated_app_dirs: Path) -> None:
    a, b = _profile("Acme BV"), _profile("Acme_BV")
    assert cache_path(a) != cache_path(b)
    assert cache_path(a).parent == paths.data_dir() / "cache"
    assert cache_path(a) == cache_path("ACME BV")  # same name, any case
    assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{10}\.sqlite3", cache_path(_profile("Ü/x y")).name)


def test_delete_cache_removes_the_cache_and_its_companions(isolated_app_dirs: Path) -> None:
    a, b = _profile("Acme"), _profile("Other")
    for profile in (a, b):
        main = cache_path(profile)
        main.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm", ".corrupt-20261121"):
            Path(f"{main}{suffix}").write_text("x")
    assert len(cache_files(a)) == 4
    removed = delete_cache(a)
    assert len(removed) == 4
    assert cache_files(a) == []
    assert len(cache_files(b)) == 4


def test_load_gives_a_store_and_reports_damage_early(isolated_app_dirs: Path) -> None:
    assert ProfileStore.load().list() == []
    ProfileStore.load().save(_profile("Acme"))
    assert [p.name for p in ProfileStore.load().list()] == ["Acme"]
    ProfileStore().path.write_text("[]")
    with pytest.raises(ProfilesFileCorrupt):
        ProfileStore.load()
