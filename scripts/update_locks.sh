#!/usr/bin/env bash
# Lock Billing Manager's Python dependencies: every package, its exact version and the
# sha256 of each of its files, resolved by uv from pyproject.toml (the ranges) and
# requirements/tools.in (pip and the build back end). scripts/setup.sh installs only from
# these locks (pip --require-hashes), so every machine and the installer build get the same
# files, and a file that changed on the index is refused.
#
#   requirements/app.lock   the app (scripts/setup.sh, the demo)
#   requirements/dev.lock   the app plus the test and dev extras (scripts/setup.sh --tests,
#                           the installer's build venv); its app pins equal app.lock's
#
#   scripts/update_locks.sh                      after editing pyproject.toml: keeps every
#                                                pin the new ranges still allow
#   scripts/update_locks.sh --upgrade            the newest releases the ranges allow
#   scripts/update_locks.sh --upgrade-package X  the newest X only
#   scripts/update_locks.sh --check              exit 1 if a resolution now would change a
#                                                lock (needs the package index)
#
# The locks are universal (markers for Windows and macOS included) for Python 3.11 and
# newer. tests/test_locks.py fails while pyproject.toml and the locks disagree.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
UV="$ROOT/.venv/bin/uv"
[ -x "$UV" ] || "$ROOT/scripts/setup.sh" --tests
# The system's certificate store (as pip uses it), not uv's built-in roots.
export UV_NATIVE_TLS=${UV_NATIVE_TLS:-1}

CHECK=0
OPTIONS=()
case "${1:-}" in
  --check) CHECK=1 ;;
  --upgrade) OPTIONS+=(--upgrade) ;;
  --upgrade-package) OPTIONS+=(--upgrade-package "${2:?usage: $0 --upgrade-package NAME}") ;;
  "") ;;
  *) echo "usage: $0 [--check | --upgrade | --upgrade-package NAME]" >&2; exit 2 ;;
esac

if [ "$CHECK" = 1 ]; then
  # Resolve again in a copy (the current pins are uv's preferences there), then compare.
  WORK=$(mktemp -d -t billing-manager-locks.XXXXXX)
  trap 'rm -rf "$WORK"' EXIT
  mkdir "$WORK/requirements"
  cp pyproject.toml "$WORK/"
  cp requirements/tools.in requirements/app.lock requirements/dev.lock "$WORK/requirements/"
  cd "$WORK"
fi

lock() {
  local out=$1
  shift
  "$UV" pip compile --quiet pyproject.toml requirements/tools.in "$@" "${OPTIONS[@]}" \
    --universal --python-version 3.11 --generate-hashes \
    --custom-compile-command scripts/update_locks.sh --output-file "$out"
}
lock requirements/app.lock
lock requirements/dev.lock --extra test --extra dev --constraint requirements/app.lock

if [ "$CHECK" = 1 ]; then
  status=0
  for name in app.lock dev.lock; do
    diff -u "$ROOT/requirements/$name" "requirements/$name" || status=1
  done
  [ "$status" = 0 ] && echo "The locks are up to date." \
    || echo "The locks are out of date: run scripts/update_locks.sh and commit requirements/." >&2
  exit "$status"
fi
echo "Locked: requirements/app.lock, requirements/dev.lock. Run scripts/setup.sh --tests to install."
