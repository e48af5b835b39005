#!/usr/bin/env bash
# Time and trace memory per step of every temporal algorithm for n = 16, 32, 64, 128, with
# the log-log slopes (expected: RTRL 4, KF-RTRL 3, the others 2), a CSV and an SVG plot.
# Single-threaded; run it on an otherwise idle machine for clean slopes.
# Usage: bench/cost-scaling.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-runs/cost-scaling}
mvn -B -q -o -pl plugin-bptt -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp=$(cat plugin-bptt/target/bench.classpath)
java --add-modules jdk.incubator.vector -cp "plugin-bptt/target/test-classes:plugin-bptt/target/classes:$cp" \
  dev.plasticity.bptt.CostScaling "$out" 2>/dev/null
