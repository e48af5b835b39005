#!/usr/bin/env bash
# Runs the variants of a scenario one at a time (so that each stays within a few minutes
# on two shared cores) and prints the final value of every metric of each.
# Usage: bench/variants.sh SCENARIO OUT_DIR [--set path=value ...] [-- variant ...]
#   e.g. bench/variants.sh scenarios/bptt/delayed-recall.json runs/dr -- G100-bptt G100-tbptt5
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=$1
out=$2
shift 2
sets=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  sets+=("$1")
  shift
done
[ $# -gt 0 ] && shift
variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then
  mapfile -t variants < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["variants"]))' "$scenario")
fi
for v in "${variants[@]}"; do
  bin/plasticity run "$scenario" --variant "$v" --out "$out/$v" --force ${sets[@]+"${sets[@]}"} >/dev/null
done
python3 - "$out" "${variants[@]}" <<'PY'
import json, sys
out, names = sys.argv[1], sys.argv[2:]
rows = [(n, json.load(open(f"{out}/{n}/summary.json"))["variants"][n]) for n in names]
keys = [k for k in rows[0][1] if k not in ("epoch", "tick")]
print(f"{'variant':<24}" + "".join(f"{k:>16}" for k in keys))
for n, s in rows:
    print(f"{n:<24}" + "".join(f"{s.get(k, float('nan')):>16.4f}" for k in keys))
PY
