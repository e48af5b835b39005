#!/usr/bin/env bash
# Wall time of one scenario run under two builds: git REF (built in a temporary worktree)
# and the working tree. Runs alternate, REF first, for ROUNDS rounds, so that load on the
# shared machine falls on both; prints each round, the median ratio REF / working tree,
# and whether every run's metrics.jsonl is the same bytes (a speed-up must not move a
# number). Everything after the scenario goes to `plasticity run` (variants, --set ...).
#   bench/ab-builds.sh REF ROUNDS scenario.json [run options]
#   bench/ab-builds.sh HEAD~1 3 scenarios/bptt/copy-attention-t100.json \
#     --variant sab-top5-feedback-cell-tbptt10 --set schedule.sequences=100
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
ref="$1" rounds="$2" scenario="$(realpath "$3")"
shift 3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/ref" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$root" worktree add --detach "$work/ref" "$ref" >/dev/null 2>&1
echo "building $ref and the working tree ..." >&2
(cd "$work/ref" && mvn -q -B -Dstyle.color=never -DskipTests package >&2)
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package >&2)
# Frozen copies: a rebuild during the rounds must not change what is measured.
cp -r "$work/ref/scenarios/target/modules" "$work/ref-modules"
cp -r "$root/scenarios/target/modules" "$work/new-modules"

run() { # build round [run options]: prints the wall time in seconds
  local build="$1" round="$2" start end
  shift 2
  start=$(date +%s.%N)
  java --add-modules jdk.incubator.vector,ALL-MODULE-PATH -Xss8m --module-path "$work/$build-modules" \
    -m dev.plasticity.runtime/dev.plasticity.runtime.cli.Main run "$scenario" \
    --out "$work/out-$build-$round" --force "$@" > "$work/log-$build-$round" 2>&1 \
    || { echo "run of $build failed; its log:" >&2; tail -5 "$work/log-$build-$round" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}

ratios=()
printf '%-6s %10s %10s %7s\n' round "$ref" "worktree" ratio
for ((r = 1; r <= rounds; r++)); do
  a=$(run ref "$r" "$@")
  b=$(run new "$r" "$@")
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.3f", a / b}')
  ratios+=("$ratio")
  printf '%-6s %9.1fs %9.1fs %7s\n' "$r" "$a" "$b" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}')
echo "median ratio $ref / worktree: $median (above 1: the working tree is faster)"
same=yes
while IFS= read -r rel; do
  for dir in "$work"/out-*; do
    cmp -s "$dir/$rel" "$work/out-ref-1/$rel" || same=no
  done
done < <(cd "$work/out-ref-1" && find . -name metrics.jsonl)
echo "metrics.jsonl byte-identical across all runs: $same"
