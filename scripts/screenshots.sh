#!/usr/bin/env bash
# Take the README's screenshots from the real app in demo mode under Xvfb:
# main window (light and dark), the summary card of a past-due subscription and the
# overview, saved into docs/screenshots/ (or the folder given as the first argument).
# SHOTS_LANG=nl_NL.UTF-8 (or sv_SE.UTF-8) takes them in that language.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${1:-"$ROOT/docs/screenshots"}
PYTHON="$ROOT/.venv/bin/python"
[ -x "$PYTHON" ] || { "$ROOT/scripts/setup.sh"; }
mkdir -p "$OUT"
# A throwaway home: the screenshots never read or change your own settings or accounts.
SCRATCH=$(mktemp -d -t billing-manager-shots.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT
export XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data"
export XDG_STATE_HOME="$SCRATCH/state" XDG_CACHE_HOME="$SCRATCH/cache"
export LANG=${SHOTS_LANG:-en_US.UTF-8} LC_ALL=
export QT_SCALE_FACTOR=${QT_SCALE_FACTOR:-1}
cd "$ROOT"
xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
  "$PYTHON" -m desktop_app --demo --screenshot "$OUT"
echo "==> Screenshots in $OUT"
