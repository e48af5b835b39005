#!/usr/bin/env bash
# Hashing throughput of FlyHash (m = 1280, s = 12, k = 32 by default) on SIFT-10k, in
# vectors per second: PN step + PN->KC gemm + APL winner-take-all, as the runtime runs them.
# Usage: bench/flyhash-throughput.sh [m s k batch rounds]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >&2
# The text copy of SIFT-10k (docs/data.md): in $PLASTICITY_DATA, else the shared data beside the checkout.
sift="${PLASTICITY_DATA:-$root/../shared/data}/sift10k.txt"
if [ ! -f "$sift" ]; then
  echo "error: $sift not found: set PLASTICITY_DATA to a directory holding sift10k.txt (see docs/data.md)" >&2
  exit 2
fi
exec java --add-modules jdk.incubator.vector ${PLASTICITY_JAVA_OPTS:-} \
  -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.plasticity.bench.FlyHashThroughput \
  "$sift" "${1:-1280}" "${2:-12}" "${3:-32}" "${4:-1000}" "${5:-5}" \
  2> >(grep -v 'Using incubator modules' >&2)
