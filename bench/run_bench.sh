#!/usr/bin/env bash
# GUI-thread stall benchmark (see bench/bench_gui.py) under Xvfb.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$ROOT/.venv/bin/python" "$ROOT/bench/bench_gui.py" "$@"
