#!/usr/bin/env bash
# JMH benchmarks of the canonical step's kernels and of LeNet's convolutions and pooling,
# reported as GFLOP/s (matrix products, convolutions) or GB/s (element-wise), each next to
# the peak of a 1000^3 sgemm measured in the same run.
#   bench/kernels.sh [extra JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >&2
out="$(mktemp -d)/jmh.json"
java --add-modules jdk.incubator.vector -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
  org.openjdk.jmh.Main 'KernelBench|ConvBench' -rf json -rff "$out" "$@" >&2
python3 - "$out" <<'PY'
import json, sys
work = {  # (amount per call, unit): FLOPs for products, bytes moved for element-wise kernels
    "gemmForward": (2 * 100 * 784 * 1000, "GFLOP/s"),
    "gemmWeightGradient": (2 * 1000 * 100 * 784, "GFLOP/s"),
    "gemmBackwardError": (2 * 100 * 10 * 1000, "GFLOP/s"),
    "gemmSquarePeak": (2 * 1000 ** 3, "GFLOP/s"),
    "tanhForward": (2 * 4 * 100 * 1000, "GB/s"),
    "tanhDerivative": (3 * 4 * 100 * 1000, "GB/s"),
    "softmaxCrossEntropy": (2 * 4 * 100 * 10, "GB/s"),
    "tanhDoubleMath": (2 * 8 * 100 * 1000, "GB/s"),
    "tanhDoubleStrict": (2 * 8 * 100 * 1000, "GB/s"),
    # LeNet at batch 64: 2 * batch * out-channels * (in-channels * 5 * 5) * positions
    "conv1Forward": (2 * 64 * 6 * 25 * 784, "GFLOP/s"),
    "conv1WeightGradient": (2 * 64 * 6 * 25 * 784, "GFLOP/s"),
    "conv2Forward": (2 * 64 * 16 * 150 * 100, "GFLOP/s"),
    "conv2Backward": (2 * 64 * 16 * 150 * 100, "GFLOP/s"),
    "conv2WeightGradient": (2 * 64 * 16 * 150 * 100, "GFLOP/s"),
    "pool1Forward": (4 * 64 * 6 * 28 * 28 * 5 // 4, "GB/s"),
    "pool1Backward": (4 * 64 * 6 * 28 * 28 * 9 // 4, "GB/s"),
}
rows = {r["benchmark"].split(".")[-1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
peak = work["gemmSquarePeak"][0] / (rows["gemmSquarePeak"] * 1e-6) / 1e9
print(f"{'kernel':22} {'us/call':>10} {'rate':>10}  unit     of sgemm peak")
for name, (amount, unit) in work.items():
    if name not in rows:
        continue
    rate = amount / (rows[name] * 1e-6) / 1e9
    share = f"{100 * rate / peak:5.0f} %" if unit == "GFLOP/s" else ""
    print(f"{name:22} {rows[name]:10.1f} {rate:10.2f}  {unit:8} {share}")
if "tanhDoubleMath" in rows and "tanhDoubleStrict" in rows:
    print(f"double tanh: StrictTanh is {rows['tanhDoubleMath'] / rows['tanhDoubleStrict']:.2f}x "
          "Math.tanh (the same bits)")
PY
