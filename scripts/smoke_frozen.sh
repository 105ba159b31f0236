#!/usr/bin/env bash
# Smoke-test the frozen app alone: build the PyInstaller bundle when it is missing or older
# than the sources, then run tests/packaging/ against it through scripts/test.sh (which
# builds it the same way before every full run). Extra arguments go to pytest.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec "$ROOT/scripts/test.sh" "$ROOT/tests/packaging" -v -rs "$@"
