"""The dependency locks (requirements/*.lock, made by scripts/update_locks.sh) agree with
pyproject.toml: every declared requirement is pinned there to a version its range allows,
every pin carries hashes, and the app's pins are the same in both locks.

Offline: it reads the files only. `scripts/update_locks.sh --check` also asks the index
whether a resolution today would change a lock.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"
# "name==version ; markers \" opens each entry of a lock made by uv pip compile.
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)(?: ; ([^\\\n]+))?")

Pins = dict[str, list[tuple[Version, bool]]]  # name -> (version, has a hash) per entry


def parse_lock(text: str) -> Pins:
    pins: Pins = {}
    entries = re.split(r"\n(?=[A-Za-z0-9])", text)
    for entry in entries:
        match = PIN.match(entry)
        if match is None:
            continue
        name, version = canonicalize_name(match[1]), Version(match[2])
        pins.setdefault(name, []).append((version, "--hash=sha256:" in entry))
    return pins


def pins_for_this_python(text: str) -> dict[str, Version]:
    """The pins whose markers hold here (what pip installs from the lock on this machine)."""
    pins: dict[str, Version] = {}
    for entry in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = PIN.match(entry)
        if match is not None and (match[3] is None or Marker(match[3].strip()).evaluate()):
            pins[canonicalize_name(match[1])] = Version(match[2])
    return pins


def declared(pyproject_text: str, extras: tuple[str, ...] = ()) -> list[Requirement]:
    project = tomllib.loads(pyproject_text)["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    tools = (REQUIREMENTS / "tools.in").read_text().splitlines()
    lines += [line for line in tools if line.strip() and not line.startswith("#")]
    return [Requirement(line) for line in lines]


def disagreements(requirements: list[Requirement], pins: Pins) -> list[str]:
    """What is wrong between the declared requirements and a lock, in words."""
    problems = []
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        versions = [version for version, _ in pins.get(name, [])]
        if not versions:
            problems.append(f"{requirement} is not in the lock")
        elif not any(requirement.specifier.contains(v, prereleases=True) for v in versions):
            locked = ", ".join(str(v) for v in versions)
            problems.append(f"{requirement} does not allow the locked {name}=={locked}")
    problems += [
        f"{name} has no --hash" for name, entries in pins.items() if not all(h for _, h in entries)
    ]
    return problems


def _lock(name: str) -> Pins:
    path = REQUIREMENTS / name
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing: run scripts/update_locks.sh"
    return parse_lock(path.read_text())


PYPROJECT = (ROOT / "pyproject.toml").read_text()
FIX = "pyproject.toml and the locks disagree: run scripts/update_locks.sh"


def test_app_lock_pins_every_app_dependency_with_hashes() -> None:
    assert disagreements(declared(PYPROJECT), _lock("app.lock")) == [], FIX


def test_dev_lock_pins_the_app_test_and_dev_dependencies_with_hashes() -> None:
    problems = disagreements(declared(PYPROJECT, ("test", "dev")), _lock("dev.lock"))
    assert problems == [], FIX


def test_the_app_runs_on_the_same_versions_in_both_locks() -> None:
    app, dev = _lock("app.lock"), _lock("dev.lock")
    differ = {name: (app[name], dev.get(name)) for name in app if app[name] != dev.get(name)}
    assert differ == {}, FIX


def test_the_tests_run_on_the_locked_versions() -> None:
    # scripts/setup.sh --tests installed .venv from dev.lock: nothing else, nothing newer.
    locked = pins_for_this_python((REQUIREMENTS / "dev.lock").read_text())
    installed: dict[str, Version | None] = {}
    for name in locked:
        try:
            installed[name] = Version(version(name))
        except PackageNotFoundError:
            installed[name] = None
    assert installed == locked, "run scripts/setup.sh --tests"


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        # A range the lock's version is outside of.
        (('"stripe==16.1.0"', '"stripe==17.0.0"'), "does not allow the locked stripe"),
        # A new dependency nobody locked yet.
        (('"orjson>=3.10,<4"', '"orjson>=3.10,<4", "attrs>=23"'), "attrs>=23 is not in the lock"),
    ],
)
def test_the_check_notices_an_edited_pyproject(edit: tuple[str, str], problem: str) -> None:
    edited = PYPROJECT.replace(*edit)
    assert edited != PYPROJECT, "the example edit no longer applies to pyproject.toml"
    problems = disagreements(declared(edited), _lock("app.lock"))
    assert any(problem in text for text in problems), problems


def test_the_check_notices_a_pin_without_hash() -> None:
    text = "stripe==16.1.0 \\\n    # via billing-manager\n"
    assert disagreements([], parse_lock(text)) == ["stripe has no --hash"]
