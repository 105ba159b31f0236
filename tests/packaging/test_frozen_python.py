"""The Python inside the frozen app: the distribution's own (security fixes through apt),
reported by `billing-manager diagnose`, and no build machine's path in any binary.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import BUNDLE

SYSTEM_PYTHON = Path("/usr/bin/python3")


def _diagnose(exe: Path) -> dict[str, object]:
    done = subprocess.run(
        [str(exe), "diagnose", "--json"], capture_output=True, text=True, timeout=60, check=True
    )
    report: dict[str, object] = json.loads(done.stdout)
    return report


def _dpkg(*args: str) -> str:
    return subprocess.run(["dpkg-query", *args], capture_output=True, text=True, check=True).stdout


def test_the_bundle_carries_the_distributions_python_and_says_so(frozen_exe: Path) -> None:
    if shutil.which("dpkg-query") is None or not SYSTEM_PYTHON.is_file():
        pytest.skip("not a Debian/Ubuntu system: no distribution Python to compare with")
    version = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import platform; print(platform.python_version())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    minor = ".".join(version.split(".")[:2])
    package = f"libpython{minor}"
    package_version = _dpkg("-W", "-f=${Version}", package)

    report = _diagnose(frozen_exe)
    assert report["python"] == version
    # e.g. "Debian 3.11.2-6+deb12u6 (libpython3.11)": the package that brings its fixes.
    origin = str(report["python_origin"])
    assert origin.endswith(f" {package_version} ({package})"), origin
    assert (BUNDLE / "_internal" / f"libpython{minor}.so.1.0").is_file()


def _runpaths(binary: Path) -> list[str]:
    dynamic = subprocess.run(
        ["objdump", "-p", str(binary)], capture_output=True, text=True, check=False
    ).stdout
    return [
        path
        for line in dynamic.splitlines()
        if line.split()[:1] in (["RUNPATH"], ["RPATH"])
        for path in line.split()[1].split(":")
    ]


def test_no_binary_in_the_bundle_looks_for_libraries_outside_it(frozen_exe: Path) -> None:
    # A self-built Python (pyenv: /root/.pyenv/versions/...) bakes its prefix into
    # libpython and every extension module as RUNPATH: the installed app would load
    # libraries from that folder on any machine that has it.
    if shutil.which("objdump") is None:
        pytest.fail("objdump is missing: run scripts/setup.sh --tests (binutils)")
    binaries = [frozen_exe, *(p for p in BUNDLE.rglob("*.so*") if p.is_file())]
    outside = {
        str(binary.relative_to(BUNDLE)): paths
        for binary in binaries
        if (paths := [p for p in _runpaths(binary) if not p.startswith("$ORIGIN")])
    }
    assert outside == {}
