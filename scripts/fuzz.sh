#!/usr/bin/env bash
# make fuzz: seeded mutants of manifests, spectrum files and HDF5 result files (issue #25), in
# batches, each batch its own test process: a trap or hang in one batch is reported with the
# mutant's replay command, and the other batches still run. Counts per kind and the batch size
# come from the environment (FUZZ_MANIFEST, FUZZ_SPECTRUM, FUZZ_HDF5, FUZZ_BATCH, FUZZ_SEED).
set -u -o pipefail
cd "$(dirname "$0")/.."
FLAGS="-c release $(scripts/swift-flags.sh) -Xswiftc -enable-testing"
SEED=${FUZZ_SEED:-25}
BATCH=${FUZZ_BATCH:-1000}
declare -A SUITE=([manifest]=ManifestFuzzTests [spectrum]=SpectrumFuzzTests [hdf5]=HDF5FuzzTests)
declare -A COUNT=([manifest]=${FUZZ_MANIFEST:-4000} [spectrum]=${FUZZ_SPECTRUM:-4000} [hdf5]=${FUZZ_HDF5:-2500})
log=$(mktemp -d)/fuzz.log
failed=0 crashes=0 hangs=0
start=$(date +%s)
for kind in manifest spectrum hdf5; do
  for ((first = 0; first < COUNT[$kind]; first += BATCH)); do
    n=$((COUNT[$kind] - first < BATCH ? COUNT[$kind] - first : BATCH))
    var="XPS_FUZZ_${kind^^}"
    if ! env XPS_FUZZ_SEED="$SEED" XPS_FUZZ_FIRST="$first" "$var=$n" \
        swift test $FLAGS --skip-build --filter "${SUITE[$kind]}" >"$log.batch" 2>&1; then
      failed=1
      echo "fuzz $kind: batch $first..$((first + n - 1)) FAILED (seed $SEED):"
      grep -qE "fuzz CRASH" "$log.batch" && crashes=$((crashes + 1))
      grep -qE "fuzz HANG" "$log.batch" && hangs=$((hangs + 1))
      grep -E "fuzz (CRASH|HANG)|unclear|Expectation failed|error" "$log.batch" | head -20
    fi
    grep -E "^fuzz $kind:" "$log.batch" | tee -a "$log"
  done
done
# The totals over every batch.
echo "batches that crashed: $crashes, hung: $hangs"
awk -v secs=$(($(date +%s) - start)) '
  { for (i = 3; i <= NF; i++) { split($i, kv, "="); sum[kv[1]] += kv[2] } }
  END { printf "fuzz total: %d mutants: %d accepted, %d repaired, %d clear errors, %d unclear; %d s\n",
        sum["mutants"], sum["accepted"], sum["repaired"], sum["errors"], sum["unclear"], secs }' "$log"
exit $failed
