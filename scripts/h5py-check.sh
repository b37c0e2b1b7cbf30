#!/usr/bin/env bash
# Runs the quickstart at the smoke profile into a temporary folder and reads its files, and the
# committed shipped model files, with h5py.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$(scripts/peer_env.sh)
"$PY" -c "import h5py" 2>/dev/null || "$PY" -m pip install --quiet h5py >&2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
.build/release/harness run quickstart --profile smoke --results "$dir" --quiet
"$PY" scripts/check_hdf5.py "$dir/quickstart" Results/*/models/*.h5
