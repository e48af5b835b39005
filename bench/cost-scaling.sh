#!/usr/bin/env bash
# Time and trace memory per step of every temporal algorithm for n = 16, 32, 64, 128, with
# the log-log slopes (expected: RTRL 4, KF-RTRL 3, the others 2), a CSV and an SVG plot.
# Single-threaded; run it on an otherwise idle machine for clean slopes.
# Usage: bench/cost-scaling.sh [OUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=${1:-runs/cost-scaling}
mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >&2
exec java --add-modules jdk.incubator.vector ${PLASTICITY_JAVA_OPTS:-} \
  -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
  dev.plasticity.bench.CostScaling "$out"
