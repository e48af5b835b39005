#!/usr/bin/env bash
# The PyTorch side of the LeNet comparison: bench/torch_lenet.py for every rule and seed,
# two processes at a time on one thread each, then a table of the final test accuracy
# (mean, sd, min, max over the seeds) to put beside
#   bin/plasticity run scenarios/alignment/lenet-fashion-mnist.json --seeds 1,2,3
#
#   bench/lenet-reference.sh OUT_DIR [SEEDS] [RULES] [extra torch_lenet.py options]
#   bench/lenet-reference.sh runs/lenet-torch "1 2 3" "bp fa usf frsf brsf dfa kp sa aa"
#
# Each run's per-epoch lines go to OUT_DIR/RULE-SEED.log, its JSON to OUT_DIR/RULE-SEED.json;
# a run whose JSON exists is not run again, so an interrupted sweep continues where it was.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:?usage: bench/lenet-reference.sh OUT_DIR [SEEDS] [RULES] [options]}
seeds=${2:-1 2 3}
rules=${3:-bp fa usf frsf brsf dfa kp sa aa}
shift $(( $# < 3 ? $# : 3 ))
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" -c 'import torch' 2>/dev/null || { echo "PyTorch is missing: sudo apt-get install python3-torch" >&2; exit 2; }
mkdir -p "$out"

one() {  # RULE SEED [options]: one run, its JSON written only when it finished
  local rule=$1 seed=$2; shift 2
  "$python" "$here/torch_lenet.py" "$rule" "$seed" --threads 1 "$@" > "$out/$rule-$seed.log" || return 0
  tail -n 1 "$out/$rule-$seed.log" > "$out/$rule-$seed.json"
  echo "done: $rule seed $seed, $(grep '^epoch' "$out/$rule-$seed.log" | tail -n 1)" >&2
}
running=0
for rule in $rules; do
  for seed in $seeds; do
    [ -s "$out/$rule-$seed.json" ] && continue
    if [ "$running" -ge 2 ]; then wait -n; running=$((running - 1)); fi
    one "$rule" "$seed" "$@" &
    running=$((running + 1))
  done
done
wait

"$python" - "$out" $rules <<'PY'
import json, pathlib, statistics, sys
out, rules = pathlib.Path(sys.argv[1]), sys.argv[2:]
print("| rule | seeds | final test accuracy, % | mean ± sd | min–max |")
print("|---|---|---|---|---|")
for rule in rules:
    runs = sorted(out.glob(f"{rule}-*.json"))
    acc = [json.loads(p.read_text())["test-accuracy"][-1] for p in runs]
    if not acc:
        continue
    sd = statistics.stdev(acc) if len(acc) > 1 else 0.0
    seeds = ", ".join(p.stem.split("-", 1)[1] for p in runs)
    print(f"| {rule} | {seeds} | {' / '.join(f'{a:.2f}' for a in acc)} | {statistics.mean(acc):.2f} ± {sd:.2f} | {min(acc):.2f}–{max(acc):.2f} |")
PY
