#!/usr/bin/env bash
# Turn the one-folder bundle dist/billing-manager/ into dist/billing-manager_VERSION_ARCH.deb.
# Called by scripts/build_installer.sh after PyInstaller; needs dpkg-deb, objdump and the
# build venv .venv-build (for the version, the description and the PNG icon). Reproducible:
# with the same SOURCE_DATE_EPOCH (scripts/reproducible_env.sh) the same bundle gives the
# same .deb (every file's mtime is that date, owners root, entries sorted by dpkg-deb).
#
# Layout of the package:
#   /opt/billing-manager/                          the bundle (executable + _internal/)
#   /usr/bin/billing-manager                       symlink to /opt/billing-manager/billing-manager
#   /usr/share/applications/billing-manager.desktop
#   /usr/share/icons/hicolor/scalable/apps/billing-manager.svg
#   /usr/share/icons/hicolor/256x256/apps/billing-manager.png
#   /usr/share/doc/billing-manager/copyright
# No maintainer scripts: the icon cache and the desktop database are refreshed by the dpkg
# triggers of hicolor-icon-theme/gtk and desktop-file-utils, where those are installed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUNDLE="$ROOT/dist/billing-manager"
PY="$ROOT/.venv-build/bin/python"
# shellcheck source=scripts/reproducible_env.sh
. "$ROOT/scripts/reproducible_env.sh"
[ -x "$BUNDLE/billing-manager" ] || { echo "No bundle in $BUNDLE: run scripts/build_installer.sh" >&2; exit 1; }

# Name, version, summary, homepage and licence: from the installed package's metadata.
IFS=$'\t' read -r VERSION SUMMARY HOMEPAGE LICENSE < <("$PY" - <<'EOF'
from importlib.metadata import metadata
m = metadata("billing-manager")
urls = dict(u.split(", ", 1) for u in m.get_all("Project-URL") or [])
home = urls.get("Homepage") or m.get("Home-page") or ""
print(m["Version"], m["Summary"], home, m.get("License-Expression") or m.get("License") or "", sep="\t")
EOF
)
ARCH=$(dpkg --print-architecture)
MAINTAINER=${DEB_MAINTAINER:-"Billing Manager developers <billing-manager@users.noreply.github.com>"}

# The newest glibc symbol version any bundled binary needs: the oldest libc6 it runs on.
GLIBC=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name billing-manager \) -exec objdump -T {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
# What the bundle links against but does not carry (PyInstaller leaves out libc, libGL/EGL,
# libxcb and wayland's client libraries on purpose), what its bundled libraries read from
# the system (fontconfig's configuration and a font, xkbcommon's keymaps, X11 compose
# tables), and the system D-Bus library for the Secret Service.
DEPENDS="libc6 (>= $GLIBC), libegl1, libgl1, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1"
DEPENDS+=", fontconfig-config, xkb-data, libx11-data, libdbus-1-3"
# No virtual package names a Secret Service provider in Debian 12: list the usual ones.
RECOMMENDS="gnome-keyring | kwalletmanager | keepassxc, xdg-utils"

STAGE="$ROOT/build/deb/billing-manager_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/icons/hicolor/256x256/apps" \
  "$STAGE/usr/share/doc/billing-manager"
cp -a "$BUNDLE" "$STAGE/opt/billing-manager"
ln -s /opt/billing-manager/billing-manager "$STAGE/usr/bin/billing-manager"
install -m 0644 "$ROOT/resources/billing-manager.desktop" "$STAGE/usr/share/applications/"
install -m 0644 "$ROOT/resources/icons/billing-manager.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/"
"$PY" "$ROOT/packaging/render_icon.py" "$ROOT/resources/icons/billing-manager.svg" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps/billing-manager.png" 256
cat > "$STAGE/usr/share/doc/billing-manager/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: billing-manager
Source: $HOMEPAGE

Files: *
Copyright: Billing Manager developers
License: $LICENSE
Comment: /opt/billing-manager/_internal holds third-party components (Python, Qt for
 Python, stripe, keyring, ...) under their own licences; the *.dist-info folders there
 carry their licence files.
EOF
chmod -R u+rwX,go+rX,go-w "$STAGE"

INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: billing-manager
Version: $VERSION
Section: misc
Priority: optional
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: $RECOMMENDS
Homepage: $HOMEPAGE
Description: Stripe Billing subscriptions at a glance, for finance staff
$(echo "$SUMMARY" | fold -s -w 72 | sed 's/ *$//; s/^/ /')
 .
 Connect a Stripe account with a restricted API key (kept in the desktop's
 keyring), see every subscription's status, find what needs attention, and
 send customers to Stripe's hosted customer portal. Try it without an
 account: billing-manager --demo.
EOF

# Every file and folder dated SOURCE_DATE_EPOCH (dpkg-deb only clamps newer mtimes).
find "$STAGE" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +

OUT="$ROOT/dist/billing-manager_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-xz}" --build "$STAGE" "$OUT" >/dev/null
echo "$OUT"
