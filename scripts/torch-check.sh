#!/usr/bin/env bash
# Check the Swift engine's forward and backward passes for M1–M4 against PyTorch.
#
#   scripts/torch-check.sh [torch_check.py options]   (from the repo root; `make torch-check`)
#
# Exports one training step per model with `harness bench --export-reference`, into
# .build-peer/reference (emptied first), then runs scripts/torch_check.py on it: one line
# per tensor and "N passed, M failed"; exit status 1 on any failure.
# Environment: HARNESS (default .build/release/harness), REFERENCE_DIR (.build-peer/reference).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

HARNESS="${HARNESS:-.build/release/harness}"
REFERENCE_DIR="${REFERENCE_DIR:-.build-peer/reference}"

if [[ ! -f "$HARNESS" ]]; then
    echo "torch-check: harness binary '$HARNESS' not found." >&2
    echo "             Build it first: 'make torch-check' does, or 'make release';" >&2
    echo "             or point HARNESS=path at another harness executable." >&2
    exit 2
fi
[[ -x "$HARNESS" ]] || { echo "torch-check: '$HARNESS' is not executable" >&2; exit 2; }

PY="$(scripts/peer_env.sh)" || {
    echo "torch-check: could not prepare the Python environment (scripts/peer_env.sh)" >&2
    exit 1
}

rm -rf "$REFERENCE_DIR"
mkdir -p "$REFERENCE_DIR"
echo "torch-check: $HARNESS bench --export-reference $REFERENCE_DIR" >&2
"$HARNESS" bench --export-reference "$REFERENCE_DIR" || {
    echo "torch-check: the export failed (exit status $?)" >&2
    exit 1
}
exec "$PY" scripts/torch_check.py "$@" "$REFERENCE_DIR"
