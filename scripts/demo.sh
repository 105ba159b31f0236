#!/usr/bin/env bash
# Set up Billing Manager and open it in demo mode: the built-in Stripe emulator with
# a seeded demo account, no Stripe account or API key needed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "==> No screen found: starting Billing Manager on a virtual X server (Xvfb)."
  echo "    Nothing will appear; press Ctrl+C to stop. On a desktop, run this from a terminal there."
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$ROOT/.venv/bin/billing-manager" --demo "$@"
fi
exec "$ROOT/.venv/bin/billing-manager" --demo "$@"
