#!/usr/bin/env bash
# Training samples/s of the LSH-selected sparse layer (5, 10, 25, 50 % active) against the
# dense layer, same network and batch size, side by side, as ratios to dense.
#   bench/lsh-sparse-throughput.sh [ticks per round] [rounds] [variant...]
# The variants take turns round by round; the ratio is the median of the per-round ratios.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never -DskipTests package -pl bench,plugin-lsh -am >&2
ticks="${1:-100}"
repeats="${2:-5}"
shift $(( $# < 2 ? $# : 2 ))
variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then
  variants=(dense active-5 active-10 active-25 active-50 active-5-t300 simhash-l5 dwta)
fi
# The plugin jar joins the bench's class path: its types are found through META-INF/services.
exec java --add-modules jdk.incubator.vector -Xss8m ${PLASTICITY_JAVA_OPTS:-} \
  -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*:plugin-lsh/target/plugin-lsh-0.1.0-SNAPSHOT.jar" \
  dev.plasticity.bench.VariantThroughput scenarios/lsh/lsh-sparse-fashion-mnist.json "$ticks" "$repeats" "${variants[@]}"
