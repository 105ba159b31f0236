#!/usr/bin/env bash
# Build Billing Manager's installer from a fresh clone, on Debian/Ubuntu:
#
#   scripts/build_installer.sh           the bundle dist/billing-manager/ and the Debian package
#                                        dist/billing-manager_VERSION_ARCH.deb
#   scripts/build_installer.sh --bundle  the bundle only (what the frozen-app smoke test needs)
#
# It sets up the build venv .venv-build (scripts/setup.sh --build: the distribution's own
# /usr/bin/python3, whose security fixes come with apt, and the packages of
# requirements/dev.lock, hash-checked), compiles the translations, runs PyInstaller on
# build.spec (a one-folder bundle), then packs the bundle with packaging/linux/build_deb.sh.
# Install the result with
#   sudo apt-get install ./dist/billing-manager_VERSION_amd64.deb
# Windows and macOS: see packaging/README.md.
#
# Reproducible: the same commit gives the same bundle and the same .deb, byte for byte
# (scripts/check_reproducible.sh builds twice and compares). Every date in them is the
# last commit's (SOURCE_DATE_EPOCH), Python's hash seed is fixed, and file lists are sorted.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUNDLE_ONLY=0
case "${1:-}" in
  --bundle) BUNDLE_ONLY=1 ;;
  "") ;;
  *) echo "usage: $0 [--bundle]" >&2; exit 2 ;;
esac

"$ROOT/scripts/setup.sh" --build  # also compiles resources/translations/*.ts to .qm
cd "$ROOT"
# shellcheck source=scripts/reproducible_env.sh
. "$ROOT/scripts/reproducible_env.sh"
start=$(date +%s)
echo "==> PyInstaller: dist/billing-manager/ ($("$ROOT/.venv-build/bin/python" --version), /usr/bin/python3)"
# PYTHONPATH: this checkout's code, even if the venv's editable install points elsewhere.
PYTHONPATH="$ROOT" "$ROOT/.venv-build/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/build.spec"
"$ROOT/dist/billing-manager/billing-manager" --version
echo "    bundle: $(du -sh "$ROOT/dist/billing-manager" | cut -f1), built in $(($(date +%s) - start)) s"
[ "$BUNDLE_ONLY" = 1 ] && exit 0

if ! command -v dpkg-deb >/dev/null; then
  echo "dpkg-deb not found: the .deb can only be built on Debian or Ubuntu." >&2
  exit 1
fi
echo "==> Debian package"
deb=$("$ROOT/packaging/linux/build_deb.sh")
echo "    $(basename "$deb"): $(du -h "$deb" | cut -f1)"
echo "    install it with: sudo apt-get install ./dist/$(basename "$deb")"
