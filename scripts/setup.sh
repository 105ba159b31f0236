#!/usr/bin/env bash
# Set up Billing Manager on a Debian/Ubuntu machine: the system packages Qt and the
# tests need (with apt, as root or through sudo), then the project-local virtual
# environment .venv with the app installed in editable mode. Re-running is fast and
# harmless: nothing is reinstalled unless pyproject.toml changed.
#
#   scripts/setup.sh            the app (demo mode included)
#   scripts/setup.sh --tests    the app plus the test and dev tools
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
WITH_TESTS=0
[ "${1:-}" = "--tests" ] && WITH_TESTS=1

# Qt's xcb platform plugin, fonts (with Japanese: the demo account has customers in
# Japan), D-Bus; Xvfb for a machine without a screen.
APT_PACKAGES=(
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-ipafont-gothic
  xvfb xauth
)
# The tests: a private D-Bus session with gnome-keyring (the Secret Service), secret-tool.
[ "$WITH_TESTS" = 1 ] && APT_PACKAGES+=(dbus dbus-x11 gnome-keyring libsecret-tools)

python_ok() {
  "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}
PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null || ! python_ok "$PYTHON"; then
  APT_PACKAGES+=(python3 python3-venv)
fi

missing=()
if command -v dpkg-query >/dev/null; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null; then
    SUDO=(sudo)
  else
    echo "Billing Manager needs these system packages. Install them, then run this again:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "==> Installing system packages: ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi
if ! python_ok "$PYTHON"; then
  echo "Python 3.11 or newer with the venv module is needed (apt-get install python3-venv)." >&2
  exit 1
fi

# One stamp per install kind, keyed by pyproject.toml: the test install (app + test and dev
# tools) also serves the demo, so alternating the two commands reinstalls nothing.
hash=$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)
extras="" kind=app
[ "$WITH_TESTS" = 1 ] && extras="[test,dev]" kind=tests
stamp="$VENV/.installed-$kind-$hash"
if [ ! -f "$stamp" ] && ! { [ "$kind" = app ] && [ -f "$VENV/.installed-tests-$hash" ]; }; then
  if [ ! -x "$VENV/bin/python" ]; then
    echo "==> Creating the virtual environment in .venv"
    "$PYTHON" -m venv "$VENV"
  fi
  echo "==> Installing Billing Manager and its Python packages into .venv"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip setuptools wheel
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT$extras"
  rm -f "$VENV"/.installed-*
  touch "$stamp"
  [ "$kind" = tests ] && touch "$VENV/.installed-app-$hash"
fi

# Compiled translations (.qm) from the .ts sources, when they changed.
"$VENV/bin/python" "$ROOT/scripts/build_translations.py"
