#!/usr/bin/env bash
# Create (once) the Python virtual environment for the PyTorch peer scripts and print the
# path of its python on stdout. Progress and errors go to stderr.
#
#   PY=$(scripts/peer_env.sh) || exit 1
#
# The venv lives at <repo root>/.build-peer/venv (override with PEER_VENV). It is reused when
# it exists and imports torch. torch is pinned to the CPU wheel; pip's find-links must offer
# it (here: /opt/wheels). A plain `pip install torch` would pull the CUDA build: never do that.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${PEER_VENV:-$ROOT/.build-peer/venv}"
TORCH_SPEC="${PEER_TORCH_SPEC:-torch==2.13.0+cpu}"
PY="$VENV/bin/python"

imports_ok() {
    [[ -x "$PY" ]] && "$PY" -c 'import torch, numpy' >/dev/null 2>&1
}

if ! imports_ok; then
    echo "peer_env: preparing $VENV ($TORCH_SPEC, numpy)" >&2
    if ! command -v python3 >/dev/null; then
        echo "peer_env: python3 not found on PATH; install python3 and python3-venv" >&2
        exit 1
    fi
    if [[ ! -x "$PY" ]]; then
        mkdir -p "$(dirname "$VENV")"
        python3 -m venv "$VENV" >&2 || {
            echo "peer_env: 'python3 -m venv' failed; on Debian install python3-venv" >&2
            exit 1
        }
    fi
    "$PY" -m pip install --quiet --disable-pip-version-check "$TORCH_SPEC" numpy >&2 || {
        echo "peer_env: could not install $TORCH_SPEC. The CPU wheel must be reachable through" >&2
        echo "          pip's find-links (e.g. PIP_FIND_LINKS=/opt/wheels) or an index that serves it." >&2
        exit 1
    }
    if ! imports_ok; then
        echo "peer_env: $PY still cannot import torch and numpy" >&2
        exit 1
    fi
fi
echo "$PY"
