#!/usr/bin/env bash
# Set up Billing Manager with its test tools and run every check: ruff, mypy, and
# pytest on a real X server (Xvfb when there is no screen) with a real Secret Service
# (gnome-keyring in a private D-Bus session, unlocked before the X server starts, so
# the tests never touch your own keyring), including the smoke test of the frozen app
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

KEYRING_HOME=$(mktemp -d -t billing-manager-keyring.XXXXXX)
trap 'rm -rf "$KEYRING_HOME"' EXIT
export BILLING_MANAGER_REQUIRE_SECRET_SERVICE=1
export BILLING_MANAGER_TEST_KEYRING_HOME="$KEYRING_HOME"
echo "==> pytest (private D-Bus session, gnome-keyring, $([ -n "${DISPLAY:-}" ] && echo "display $DISPLAY" || echo Xvfb))"
# shellcheck disable=SC2016
exec dbus-run-session -- bash -c '
  set -euo pipefail
  export XDG_DATA_HOME="$BILLING_MANAGER_TEST_KEYRING_HOME/data"
  mkdir -p "$XDG_DATA_HOME"
  # Unlock (and create) the login keyring before any X server exists: otherwise its
  # unlock prompt would wait, invisible, on that server.
  printf %s "billing-manager-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset XDG_DATA_HOME
  if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$0" -m pytest "$@"
  fi
  exec "$0" -m pytest "$@"
' "$VENV/bin/python" "$@"
