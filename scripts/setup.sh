#!/usr/bin/env bash
# Set up Billing Manager on a Debian/Ubuntu machine: the system packages Qt, the tests
# and the installer build need (with apt, as root or through sudo), then a project-local
# virtual environment with the app installed in editable mode. The Python packages come
# only from the hash-checked locks in requirements/ (scripts/update_locks.sh makes them).
# Re-running is fast and harmless: nothing is reinstalled unless a lock or pyproject.toml
# changed.
#
#   scripts/setup.sh            the app in .venv (demo mode included)
#   scripts/setup.sh --tests    the app plus the test and dev tools in .venv, and the system
#                               packages of the installer build (the tests build the bundle)
#   scripts/setup.sh --build    the installer's build venv .venv-build, made with the
#                               distribution's own Python (/usr/bin/python3: see below)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=app
case "${1:-}" in
  --tests) MODE=tests ;;
  --build) MODE=build ;;
  "") ;;
  *) echo "usage: $0 [--tests | --build]" >&2; exit 2 ;;
esac

# Qt's own dependencies (GLib: QtCore and pyside6-lrelease link against it), its xcb and
# wayland platform plugins, fonts (with Japanese: the demo account has customers in
# Japan), D-Bus; Xvfb for a machine without a screen.
APT_PACKAGES=(
  libglib2.0-0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libwayland-cursor0 libwayland-egl1
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-ipafont-gothic
  xvfb xauth
)
# The tests: a private D-Bus session with gnome-keyring (the Secret Service), secret-tool;
# mount, for the full-disk tests' small tmpfs (a minimal Debian has no util-linux mount).
[ "$MODE" = tests ] && APT_PACKAGES+=(dbus dbus-x11 gnome-keyring libsecret-tools mount)
# The installer build (scripts/build_installer.sh; the tests build the bundle too): the
# distribution's python3 with venv and its shared libpython (PyInstaller bundles it), and
# binutils (PyInstaller reads the binaries' dependencies with objdump and strips them).
BUILD_PACKAGES=(python3 python3-venv binutils)
[ "$MODE" != app ] && APT_PACKAGES+=("${BUILD_PACKAGES[@]}")

python_ok() {
  "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}
PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null || ! python_ok "$PYTHON"; then
  APT_PACKAGES+=(python3 python3-venv)
fi

SUDO=()
APT_UPDATED=0
apt_install() {  # install those of the given packages that are missing
  local missing=() pkg
  command -v dpkg-query >/dev/null || return 0
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then
      SUDO=(sudo)
    else
      echo "Billing Manager needs these system packages. Install them, then run this again:" >&2
      echo "  apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "==> Installing system packages: ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}
apt_install "${APT_PACKAGES[@]}"
if [ "$MODE" != app ] && [ -x /usr/bin/python3 ]; then
  # The shared library of the distribution's Python (libpython3.11 on Debian 12).
  apt_install "$(/usr/bin/python3 -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')"
fi

# Install a virtual environment from a lock: $1 the venv, $2 the Python that makes it,
# $3 the lock. A stamp keyed by the lock and pyproject.toml skips all this when unchanged.
install_venv() {
  local venv=$1 python=$2 lock=$3 hash stamp
  hash=$(cat "$ROOT/pyproject.toml" "$ROOT/requirements/tools.in" "$lock" | sha256sum | cut -c1-16)
  stamp="$venv/.installed-$(basename "$lock" .lock)-$hash"
  [ -f "$stamp" ] && return 0
  # A dev.lock install (app + tools) also serves the app: alternating the demo and the
  # tests reinstalls nothing.
  [ "$(basename "$lock")" = app.lock ] && [ -f "$venv/.serves-app-$hash" ] && return 0
  if [ ! -x "$venv/bin/python" ]; then
    echo "==> Creating the virtual environment in $(basename "$venv") ($("$python" --version))"
    "$python" -m venv "$venv"
  fi
  echo "==> Installing Billing Manager and its Python packages into $(basename "$venv") (from $(basename "$lock"))"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --require-hashes -r "$lock"
  # The project itself: no dependencies (all locked above), and no build isolation, so
  # setuptools and wheel are the locked ones too.
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
    --no-build-isolation -e "$ROOT"
  rm -f "$venv"/.installed-* "$venv"/.serves-app-*
  touch "$stamp"
  if [ "$(basename "$lock")" = dev.lock ]; then
    hash=$(cat "$ROOT/pyproject.toml" "$ROOT/requirements/tools.in" "$ROOT/requirements/app.lock" \
      | sha256sum | cut -c1-16)
    touch "$venv/.serves-app-$hash"
  fi
}

if [ "$MODE" = build ]; then
  # The installer bundles the Python that runs PyInstaller. The distribution's python3
  # gets the distribution's security fixes (Debian 12: 3.11.2 with Debian's patches,
  # through apt), and its libpython and extension modules carry no build machine's paths
  # (a self-built Python, e.g. pyenv's, bakes its prefix into them as RUNPATH).
  python_ok /usr/bin/python3 || {
    echo "The installer is built with the distribution's /usr/bin/python3 (3.11 or newer, with venv)." >&2
    exit 1
  }
  install_venv "$ROOT/.venv-build" /usr/bin/python3 "$ROOT/requirements/dev.lock"
  VENV="$ROOT/.venv-build"
else
  if ! python_ok "$PYTHON"; then
    echo "Python 3.11 or newer with the venv module is needed (apt-get install python3-venv)." >&2
    exit 1
  fi
  lock=app.lock
  [ "$MODE" = tests ] && lock=dev.lock
  install_venv "$ROOT/.venv" "$PYTHON" "$ROOT/requirements/$lock"
  VENV="$ROOT/.venv"
fi

# Compiled translations (.qm) from the .ts sources, when they changed.
"$VENV/bin/python" "$ROOT/scripts/build_translations.py"
