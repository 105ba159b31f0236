"""The bundle does not depend on where it was built, so two builds of the same commit in
two folders are equal (scripts/check_reproducible.sh compares two whole builds).

They differed in the copied package metadata only: each *.dist-info's RECORD (the hashes
of its installed scripts, whose first line names the build venv's python) and
direct_url.json (the checkout's folder, for the project itself).
"""

from __future__ import annotations

from pathlib import Path

from tests.packaging.conftest import BUNDLE, ROOT


def test_no_file_in_the_bundle_depends_on_the_folder_it_was_built_in(frozen_exe: Path) -> None:
    install_records = sorted(
        str(path.relative_to(BUNDLE))
        for name in ("RECORD", "direct_url.json")
        for path in BUNDLE.glob(f"_internal/*.dist-info/{name}")
    )
    assert install_records == []
    needle = str(ROOT).encode()
    naming = sorted(
        str(path.relative_to(BUNDLE))
        for path in BUNDLE.rglob("*")
        if path.is_file() and not path.is_symlink() and needle in path.read_bytes()
    )
    assert naming == []
