#!/usr/bin/env bash
# Prints the extra swiftc flags for release builds on this CPU.
# On an x86-64 CPU with AVX2 + FMA (Haswell or newer): -target-cpu haswell, so SIMD
# multiply-adds compile to vfmadd instead of library fmaf calls. Elsewhere: nothing
# (the package builds and runs everywhere; only speed differs).
set -eu
# Exclusivity is checked at compile time; the run-time checks cost ~4 % in the kernels' closures.
printf '%s ' "-Xswiftc -enforce-exclusivity=unchecked"
if [ "$(uname -m)" = "x86_64" ] && grep -qw avx2 /proc/cpuinfo 2>/dev/null && grep -qw fma /proc/cpuinfo 2>/dev/null; then
  echo "-Xswiftc -target-cpu -Xswiftc haswell"
fi
