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
trap 'rm -rf "$WORK"' EXIT
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
echo "The two builds differ:" >&2
sha256sum "${debs[@]}" >&2
if command -v diffoscope >/dev/null; then
  diffoscope --text - --max-report-size 200000 "${debs[@]}" >&2 || true
else
  echo "(apt-get install diffoscope to see where)" >&2
fi
exit 1
