#!/usr/bin/env bash
# The engine alone: scheduler dispatch rate, and the share of a canonical training step
# spent outside events.   bench/engine.sh [scenario.json] [ticks]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >&2
exec java --add-modules jdk.incubator.vector ${PLASTICITY_JAVA_OPTS:-} \
  -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.plasticity.bench.EngineBench "$@"
