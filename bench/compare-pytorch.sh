#!/usr/bin/env bash
# Plasticity against PyTorch on the same CPU, doing the same work: the canonical BP and FA
# training (784-1000-10 tanh, batch 100, SGD 0.01/0.9, float32, data in memory), at 1 and
# 2 threads, alternating the two programs, REPEATS times each. Prints samples/s of every
# run, the median ratio Plasticity / PyTorch, and the peak resident memory of each.
#   bench/compare-pytorch.sh [repeats=3] [steps=500]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
repeats="${1:-3}"
steps="${2:-500}"
warmup=50
py=/usr/bin/python3
if ! "$py" -c "import torch" 2>/dev/null; then
  echo "installing Debian's python3-torch ..." >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq python3-torch >&2; else sudo apt-get install -y -qq python3-torch >&2; fi
fi
mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >&2
scenario=scenarios/alignment/bp-fashion-mnist.json
java_run() { # rule threads
  local extra=()
  [ "$1" = fa ] && extra=("learning.credit=feedback-alignment")
  OPENBLAS_NUM_THREADS="$2" java --add-modules jdk.incubator.vector ${PLASTICITY_JAVA_OPTS:-} \
    -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.plasticity.bench.TrainOnce \
    "$scenario" "$warmup" "$steps" "${extra[@]}" 2>/dev/null | awk '/^RESULT/ {print $2, $3}'
}
torch_run() { # rule threads
  OMP_NUM_THREADS="$2" OPENBLAS_NUM_THREADS="$2" MKL_NUM_THREADS="$2" "$py" bench/torch_train.py "$1" "$warmup" "$steps" "$2" | awk '/^RESULT/ {print $2, $3}'
}
printf "%-4s %-7s %-4s %14s %14s %12s %12s\n" rule threads run "plasticity/s" "pytorch/s" "p. RSS MiB" "t. RSS MiB"
summary=()
for rule in bp fa; do
  for threads in 1 2; do
    ratios=()
    for ((r = 1; r <= repeats; r++)); do
      read -r js jm < <(java_run "$rule" "$threads")
      read -r ts tm < <(torch_run "$rule" "$threads")
      printf "%-4s %-7s %-4s %14s %14s %12s %12s\n" "$rule" "$threads" "$r" "$js" "$ts" "$jm" "$tm"
      ratios+=("$(python3 -c "print($js / $ts)")")
    done
    median="$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    summary+=("$(printf "%-4s %-7s median ratio Plasticity/PyTorch = %.2f" "$rule" "$threads" "$median")")
  done
done
echo
printf '%s\n' "${summary[@]}"
