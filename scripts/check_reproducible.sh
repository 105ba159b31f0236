#!/usr/bin/env bash
# Check that the installer build is reproducible: build the .deb twice, from two fresh
# clones of this checkout's committed HEAD in two different folders, and compare the two
# packages byte for byte. On a difference, diffoscope (apt-get install diffoscope) shows
# where, if it is installed. Takes two full builds (about 5 to 10 minutes on 2 cores).
#
#   scripts/check_reproducible.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d -t billing-manager-repro.XXXXXX)
trap 'rm -rf "$WORK"' EXIT  # kept (trap cleared) when the builds differ
debs=()
for n in 1 2; do
  echo "==> build $n of 2 in $WORK/clone$n"
  git clone -q --no-local "$ROOT" "$WORK/clone$n"
  if ! (cd "$WORK/clone$n" && ./scripts/build_installer.sh) >"$WORK/build$n.log" 2>&1; then
    tail -n 30 "$WORK/build$n.log" >&2
    exit 1
  fi
  debs+=("$(ls "$WORK/clone$n"/dist/billing-manager_*.deb)")
done
if cmp -s "${debs[0]}" "${debs[1]}"; then
  echo "Reproducible: both builds of $(git -C "$ROOT" rev-parse --short HEAD) gave"
  echo "  $(sha256sum "${debs[0]}" | cut -d' ' -f1)  $(basename "${debs[0]}")"
  exit 0
fi
trap - EXIT
echo "The two builds differ (both kept in $WORK):" >&2
sha256sum "${debs[@]}" >&2
# Which files differ: unpack both packages and compare file by file.
for n in 1 2; do
  mkdir "$WORK/unpacked$n"
  dpkg-deb -R "${debs[$((n - 1))]}" "$WORK/unpacked$n"
done
diff -rq "$WORK/unpacked1" "$WORK/unpacked2" >&2 || true
if command -v diffoscope >/dev/null; then
  diffoscope --text "$WORK/diffoscope.txt" "${debs[@]}" >/dev/null 2>&1 || true
  echo "diffoscope's report: $WORK/diffoscope.txt" >&2
else
  echo "(apt-get install diffoscope-minimal to see where inside the files)" >&2
fi
exit 1
