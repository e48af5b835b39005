#!/usr/bin/env bash
# BP training throughput on the canonical scenario: samples/s, the GFLOP/s of its matrix
# products, and the same gemm calls alone as the in-process reference.
#   bench/bp-throughput.sh [scenario.json] [ticks per repeat] [repeats]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >&2
exec java --add-modules jdk.incubator.vector -Xss8m ${PLASTICITY_JAVA_OPTS:-} \
  -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
  dev.plasticity.bench.TrainingThroughput "$@"
