#!/usr/bin/env bash
# Smoke-test the frozen app: build the PyInstaller bundle dist/billing-manager/ when it is
# missing or older than the sources (scripts/build_installer.sh --bundle), then run
# tests/packaging/ against it through scripts/test.sh (ruff, mypy, then pytest on Xvfb with
# a private gnome-keyring). A missing or stale bundle then fails instead of skipping.
# Extra arguments go to pytest.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EXE="$ROOT/dist/billing-manager/billing-manager"
newer=""
if [ -x "$EXE" ]; then
  newer=$(find "$ROOT/desktop_app" "$ROOT/ui" "$ROOT/resources" "$ROOT/build.spec" \
    -type f -newer "$EXE" ! -name '*.pyc' -print -quit)
fi
if [ ! -x "$EXE" ] || [ -n "$newer" ]; then
  "$ROOT/scripts/build_installer.sh" --bundle
fi
export BILLING_MANAGER_FROZEN_SMOKE=1
exec "$ROOT/scripts/test.sh" "$ROOT/tests/packaging" -v -rs "$@"
