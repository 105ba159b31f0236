#!/usr/bin/env bash
# Make sure dist/billing-manager/ (the PyInstaller bundle) exists and is newer than the
# sources; rebuild it (scripts/build_installer.sh --bundle) when it is missing or stale.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EXE="$ROOT/dist/billing-manager/billing-manager"
newer=""
if [ -x "$EXE" ]; then
  newer=$(find "$ROOT/desktop_app" "$ROOT/ui" "$ROOT/resources" "$ROOT/build.spec" "$ROOT/requirements" \
    -type f -newer "$EXE" ! -name '*.pyc' -print -quit)
fi
if [ ! -x "$EXE" ] || [ -n "$newer" ]; then
  "$ROOT/scripts/build_installer.sh" --bundle
else
  echo "    bundle is up to date: $EXE"
fi
