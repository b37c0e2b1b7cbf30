#!/usr/bin/env bash
# Throughput of the Swift engine against PyTorch on M1–M4, alternating runs on one machine.
#
#   scripts/bench-peer.sh            (from the repo root; `make bench-peer` builds first)
#
# For each model × threads (1, 2) × {train batch 64, train batch 256, infer batch 1024}:
# ROUNDS rounds of  swift → torch (out of the box) → torch with GLIBC_TUNABLES=$TUNED_GLIBC,
# SECONDS_PER_RUN s each. Per side the best samples/s is kept; the torch reference is the
# faster of the two torch variants; ratio = swift / torch. Prints a table and writes
# Results/bench/peer.json (one record per model × mode × batch × threads); raw result lines
# go to Results/bench/peer-runs.log.
#
# Environment: HARNESS (default .build/release/harness), ROUNDS (2), SECONDS_PER_RUN (2),
# MODELS ("M1 M2 M3 M4"), THREADS ("1 2"), CASES ("train:64 train:256 infer:1024").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

HARNESS="${HARNESS:-.build/release/harness}"
ROUNDS="${ROUNDS:-2}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-2}"
MODELS="${MODELS:-M1 M2 M3 M4}"
THREADS="${THREADS:-1 2}"
CASES="${CASES:-train:64 train:256 infer:1024}"
TUNED_GLIBC="glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=17179869184"
OUT_DIR="Results/bench"
OUT="$OUT_DIR/peer.json"
LOG="$OUT_DIR/peer-runs.log"

fail() { echo "bench-peer: $*" >&2; exit 1; }

if [[ ! -f "$HARNESS" ]]; then
    echo "bench-peer: harness binary '$HARNESS' not found." >&2
    echo "            Build it first: 'make bench-peer' does, or 'make release';" >&2
    echo "            or point HARNESS=path at another harness executable." >&2
    exit 2
fi
[[ -x "$HARNESS" ]] || { echo "bench-peer: '$HARNESS' is not executable" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || fail "ROUNDS must be a positive integer, got '$ROUNDS'"
[[ "$SECONDS_PER_RUN" =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)$ ]] && [[ ! "$SECONDS_PER_RUN" =~ ^[0.]+$ ]] \
    || fail "SECONDS_PER_RUN must be a positive number of seconds, got '$SECONDS_PER_RUN'"
for m in $MODELS; do [[ "$m" =~ ^M[1-4]$ ]] || fail "MODELS: unknown model '$m' (M1…M4)"; done
for t in $THREADS; do [[ "$t" =~ ^[1-9][0-9]*$ ]] || fail "THREADS: '$t' is not a positive integer"; done
for c in $CASES; do
    [[ "$c" =~ ^(train|infer):[1-9][0-9]*$ ]] || fail "CASES: '$c' is not mode:batch (train:64)"
done

PY="$(scripts/peer_env.sh)" || fail "could not prepare the Python environment (scripts/peer_env.sh)"

mkdir -p "$OUT_DIR"
: > "$LOG"
ERR="$(mktemp)"
trap 'rm -f "$ERR"' EXIT

echo "== machine and PyTorch"
"$PY" - <<'PYEOF'
import os, platform, torch
print(f"torch {torch.__version__}, python {platform.python_version()}, {platform.platform()}")
print(f"cores {os.cpu_count()}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
model = ""
try:
    with open("/proc/cpuinfo") as f:
        lines = f.read().splitlines()
    model = next((l.split(":", 1)[1].strip() for l in lines if l.startswith("model name")), "")
    flags = next((l.split(":", 1)[1].split() for l in lines if l.startswith("flags")), [])
    simd = [f for f in ("avx2", "fma", "avx512f", "avx512_bf16", "amx_tile") if f in flags]
    print(f"cpu {model or 'unknown'}; {' '.join(simd) or 'no avx2'}")
except OSError:
    print("cpu unknown (/proc/cpuinfo unreadable)")
print(f"torch CPU capability {torch.backends.cpu.get_cpu_capability()}, "
      f"MKL {torch.backends.mkl.is_available()}, oneDNN {torch.backends.mkldnn.is_available()}")
for line in torch.__config__.parallel_info().splitlines():
    if any(word in line for word in ("OpenMP 2", "Math Kernel", "MKL-DNN", "backend")):
        print(line.strip())
PYEOF
echo "glibc $(ldd --version 2>/dev/null | head -1 | awk '{print $NF}')"
echo "harness $HARNESS; $ROUNDS rounds of ${SECONDS_PER_RUN} s per run"
echo

# One run: record "<variant>\t<json line>" in $LOG after checking the line.
run() {
    local variant="$1" model="$2" mode="$3" batch="$4" threads="$5"
    shift 5
    local out
    if ! out="$("$@" 2>"$ERR")"; then
        cat "$ERR" >&2
        fail "$variant run failed: $*"
    fi
    local line
    line="$(printf '%s\n' "$out" | sed '/^[[:space:]]*$/d')"
    if [[ "$(printf '%s\n' "$line" | wc -l)" -ne 1 || -z "$line" ]]; then
        printf 'stdout was:\n%s\n' "$out" >&2
        fail "$variant run printed $(printf '%s\n' "$line" | grep -c .) lines on stdout, expected exactly one JSON line: $*"
    fi
    "$PY" -c '
import json, sys
variant, model, mode, batch, threads, line = sys.argv[1:]
impl = "swift" if variant == "swift" else "torch"
try:
    r = json.loads(line)
except json.JSONDecodeError as e:
    sys.exit(f"bench-peer: {variant}: not JSON ({e}): {line}")
expected = {"impl": impl, "model": model, "mode": mode, "batch": int(batch), "threads": int(threads)}
for k, v in expected.items():
    if r.get(k) != v:
        sys.exit(f"bench-peer: {variant}: field {k} is {r.get(k)!r}, expected {v!r}: {line}")
for k in ("samples_per_s", "steps", "seconds"):
    if not isinstance(r.get(k), (int, float)) or r[k] <= 0:
        sys.exit(f"bench-peer: {variant}: field {k} is {r.get(k)!r}, expected a positive number: {line}")
print("%.1f" % r["samples_per_s"])
' "$variant" "$model" "$mode" "$batch" "$threads" "$line" > "$ERR.rate" || exit 1
    printf '%s\t%s\n' "$variant" "$line" >> "$LOG"
    RATE="$(cat "$ERR.rate")"
    rm -f "$ERR.rate"
}

total=0
for _ in $MODELS; do for _ in $THREADS; do for _ in $CASES; do total=$((total + 1)); done; done; done
n=0
for model in $MODELS; do
    for threads in $THREADS; do
        for case in $CASES; do
            mode="${case%%:*}"
            batch="${case##*:}"
            n=$((n + 1))
            for round in $(seq 1 "$ROUNDS"); do
                args=(--model "$model" --batch "$batch" --threads "$threads" --mode "$mode"
                      --seconds "$SECONDS_PER_RUN")
                run swift "$model" "$mode" "$batch" "$threads" \
                    env -u GLIBC_TUNABLES "$HARNESS" bench "${args[@]}" --json-line
                swift_rate="$RATE"
                run torch "$model" "$mode" "$batch" "$threads" \
                    env -u GLIBC_TUNABLES "$PY" scripts/bench_torch.py "${args[@]}"
                torch_rate="$RATE"
                run torch-tuned "$model" "$mode" "$batch" "$threads" \
                    env GLIBC_TUNABLES="$TUNED_GLIBC" "$PY" scripts/bench_torch.py "${args[@]}"
                echo "[$n/$total] $model $mode batch $batch threads $threads round $round:" \
                     "swift $swift_rate, torch $torch_rate, torch-tuned $RATE samples/s" >&2
            done
        done
    done
done

echo
"$PY" - "$LOG" "$OUT" "$ROOT" <<'PYEOF'
import datetime, json, subprocess, sys
import torch

log, out, root = sys.argv[1:]
best: dict[tuple, dict[str, float]] = {}
blas_core: dict[tuple, str] = {}
order: list[tuple] = []
with open(log) as f:
    for line in f:
        variant, payload = line.rstrip("\n").split("\t", 1)
        r = json.loads(payload)
        key = (r["model"], r["mode"], r["batch"], r["threads"])
        if key not in best:
            best[key] = {}
            order.append(key)
        best[key][variant] = max(best[key].get(variant, 0.0), float(r["samples_per_s"]))
        if variant == "swift" and r.get("blas_core"):
            blas_core[key] = r["blas_core"]

def git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""

commit = git("rev-parse", "HEAD") or "unknown"
dirty = bool(git("status", "--porcelain", "--untracked-files=no"))
date = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
records = []
for key in order:
    model, mode, batch, threads = key
    b = best[key]
    missing = [v for v in ("swift", "torch", "torch-tuned") if v not in b]
    if missing:
        sys.exit(f"bench-peer: no {', '.join(missing)} result for {key}")
    variant = "torch" if b["torch"] >= b["torch-tuned"] else "torch-tuned"
    reference = b[variant]
    records.append({
        "model": model, "mode": mode, "batch": batch, "threads": threads,
        "swift_samples_per_s": round(b["swift"], 1),
        "torch_samples_per_s": round(reference, 1),
        "torch_variant": "default" if variant == "torch" else "glibc_tunables",
        "ratio": round(b["swift"] / reference, 3),
        "torch_default_samples_per_s": round(b["torch"], 1),
        "torch_tuned_samples_per_s": round(b["torch-tuned"], 1),
        "swift_blas_core": blas_core.get(key, "unknown"),
        "torch_version": torch.__version__,
        "date": date,
        "git_commit": commit,
        "git_dirty": dirty,
    })
with open(out, "w") as f:
    json.dump(records, f, indent=1)
    f.write("\n")

header = f"{'model':<6}{'mode':<7}{'batch':>6}{'threads':>8}{'swift/s':>12}{'torch/s':>12}  {'torch variant':<15}{'swift/torch':>11}"
print(header)
print("-" * len(header))
for r in records:
    print(f"{r['model']:<6}{r['mode']:<7}{r['batch']:>6}{r['threads']:>8}"
          f"{r['swift_samples_per_s']:>12.1f}{r['torch_samples_per_s']:>12.1f}  "
          f"{r['torch_variant']:<15}{r['ratio']:>11.3f}")
cores = sorted(set(blas_core.values())) or ["unknown"]
print(f"\nswift's OpenBLAS kernels: {', '.join(cores)}")
print(f"wrote {out} ({len(records)} records; torch {torch.__version__}, commit {commit[:12]}"
      f"{' +uncommitted changes' if dirty else ''})")
PYEOF
