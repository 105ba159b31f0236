#!/usr/bin/env bash
# macOS: build "dist/Billing Manager.app" (build.spec's BUNDLE step) and pack it into
# dist/billing-manager-VERSION-ARCH.dmg, a compressed disk image with the app and a link
# to /Applications to drag it onto. Run on a Mac (Python 3.11+ from python.org or
# Homebrew) from a fresh clone:
#
#   packaging/macos/build_dmg.sh
#
# The app is built for the Mac's own architecture (arm64 or x86_64). PyInstaller signs it
# ad hoc; to give it to other Macs without Gatekeeper warnings, sign it with a Developer ID
# and notarize it (see packaging/README.md) before making the image.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
[ "$(uname -s)" = Darwin ] || { echo "This script builds the macOS app: run it on a Mac." >&2; exit 1; }

"$ROOT/scripts/setup.sh" --tests  # .venv with PyInstaller (no apt on macOS), translations
VENV="$ROOT/.venv"
VERSION=$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("billing-manager"))')
ARCH=$(uname -m)

PYTHONPATH="$ROOT" "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/build.spec"
APP="$ROOT/dist/Billing Manager.app"
"$APP/Contents/MacOS/billing-manager" --version
codesign --verify --deep --strict "$APP"

STAGE=$(mktemp -d -t billing-manager-dmg)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/Billing Manager.app"   # ditto keeps the bundle's links and signatures
ln -s /Applications "$STAGE/Applications"
DMG="$ROOT/dist/billing-manager-$VERSION-$ARCH.dmg"
rm -f "$DMG"
hdiutil create -volname "Billing Manager $VERSION" -srcfolder "$STAGE" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 "$DMG"
hdiutil verify "$DMG"
echo "$DMG"
