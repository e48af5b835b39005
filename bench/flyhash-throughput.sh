#!/usr/bin/env bash
# Hashing throughput of FlyHash (m = 1280, s = 12, k = 32 by default) on SIFT-10k, in
# vectors per second: PN step + PN->KC gemm + APL winner-take-all, as the runtime runs them.
# Usage: bench/flyhash-throughput.sh [m s k batch rounds]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
modules="$root/scenarios/target/modules"
[ -d "$modules" ] || (cd "$root" && mvn -q -B -DskipTests package)
sift="$root/../shared/data/sift10k.txt"
exec java --add-modules jdk.incubator.vector,dev.plasticity.olfaction --module-path "$modules" \
  "$root/bench/FlyHashThroughput.java" "$sift" "${1:-1280}" "${2:-12}" "${3:-32}" "${4:-1000}" "${5:-5}" \
  2> >(grep -v 'Using incubator modules' >&2)
