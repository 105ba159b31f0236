#!/usr/bin/env bash
# Set up Billing Manager with its test tools and run every check: ruff, mypy, and
# pytest on a real X server (Xvfb when there is no screen) with a real Secret Service
# (gnome-keyring in a private D-Bus session, scripts/keyring_session.sh, so the tests
# never touch your own keyring), including the smoke test of the frozen app
# (its PyInstaller bundle is rebuilt first when the sources changed). Extra arguments go
# to pytest.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$ROOT/scripts/setup.sh" --tests
cd "$ROOT"
VENV="$ROOT/.venv"

echo "==> ruff"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
echo "==> mypy"
"$VENV/bin/mypy"

# The frozen app is tested too (tests/packaging): build the bundle when the sources
# changed. BILLING_MANAGER_NO_FROZEN=1 skips it (and those tests) while you iterate.
if [ "${BILLING_MANAGER_NO_FROZEN:-0}" != 1 ]; then
  echo "==> frozen app bundle (PyInstaller)"
  "$ROOT/scripts/frozen_bundle.sh"
  export BILLING_MANAGER_FROZEN_SMOKE=1
fi

export BILLING_MANAGER_REQUIRE_SECRET_SERVICE=1
echo "==> pytest (private D-Bus session, gnome-keyring, $([ -n "${DISPLAY:-}" ] && echo "display $DISPLAY" || echo Xvfb))"
# The keyring session (scripts/keyring_session.sh) starts gnome-keyring before any X
# server exists: otherwise the unlock prompt of a locked keyring would wait, invisible, on
# that server. It stops every daemon it started when pytest ends.
PYTEST=("$VENV/bin/python" -m pytest "$@")
if [ -z "${DISPLAY:-}" ]; then
  PYTEST=(xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "${PYTEST[@]}")
fi
exec "$ROOT/scripts/keyring_session.sh" "${PYTEST[@]}"
