#!/usr/bin/env bash
# Runs scenarios/bptt/delayed-recall.json one variant at a time (each stays within a few
# minutes on two cores) and prints the final recall of every variant.
# Usage: bench/delayed-recall.sh [OUT_DIR] [variant ...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-runs/delayed-recall}
shift || true
variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then
  variants=(G10-bptt G10-tbptt5 G10-attention-tbptt5 G30-bptt G30-tbptt5 G30-attention-tbptt5
            G100-bptt G100-tbptt5 G100-attention-tbptt5)
fi
for v in "${variants[@]}"; do
  bin/plasticity run scenarios/bptt/delayed-recall.json --variant "$v" --out "$out/$v" >/dev/null
done
printf '%-24s %14s %14s\n' variant eval-accuracy train-loss
for v in "${variants[@]}"; do
  python3 - "$out/$v/summary.json" "$v" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["variants"][sys.argv[2]]
print(f"{sys.argv[2]:<24} {100 * s['eval-accuracy']:13.2f}% {s['train-loss']:14.4f}")
PY
done
