#!/usr/bin/env bash
# Plasticity against Brian2 on Brian2's own STDP example (Song, Miller & Abbott 2000): the same
# model, seed and simulated time; prints each side's wall time and weight histogram.
#
#   bench/stdp-brian2.sh [simulated seconds, default 100]
#   SEED=2 MODES="standalone" bench/stdp-brian2.sh 100     # skip Brian2's slow runtime mode
#
# Plasticity runs scenarios/hebbian/stdp-song2000.json through bin/plasticity (built first, not
# timed); its time is the whole command (JVM start-up, the run, the report and plots), the run
# (from its first tick to the end, outputs included) and its epochs alone (the console's times:
# the simulation without writing curves, plots and the report). Brian2 (Debian's python3-brian, run with
# /usr/bin/python3) runs bench/stdp_brian2.py in C++ standalone mode (its run, and code
# generation with the g++ build apart) and in its default runtime mode. The seeds give different
# spike trains on the two sides: compare the histograms as distributions.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sim="${1:-100}"
seed="${SEED:-1}"
modes="${MODES:-standalone runtime}"
py=/usr/bin/python3
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Epochs of 10 s, or one epoch when the run is shorter.
epoch=$("$py" -c "s=float('$sim'); print(10 if s >= 10 and (s*10) % 100 == 0 else s)")
bin/plasticity list >/dev/null   # builds when stale; not part of the timing
t0=$(date +%s.%N)
bin/plasticity run scenarios/hebbian/stdp-song2000.json --seed "$seed" --set "schedule.seconds=$sim" \
  --set "schedule.epochSeconds=$epoch" --out "$out/plasticity" > "$out/plasticity.log" 2>&1
t1=$(date +%s.%N)
"$py" - "$out/plasticity" "$out/plasticity.log" "$t0" "$t1" "$sim" "$seed" <<'PY'
import json, re, sys
run, log, t0, t1, sim, seed = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
total = t1 - t0
text = open(log).read()
m = re.search(r"first tick ([0-9.]+) s after the command started", text)
startup = float(m.group(1)) if m else 0.0
# The console's rows: the last two columns are an epoch's wall time and its ticks per second.
epochs = sum(float(t) for t in re.findall(r"^default\s+\d+/\d+\s.*\s([0-9.]+)s\s+\d+\s*$", text, re.M))
rows = [json.loads(l) for l in open(run + "/metrics.jsonl") if l.strip()]
last = rows[-1]
hist = [json.loads(l) for l in open(run + "/curves.jsonl") if '"weights/histogram"' in l][-1]["y"]
print(f"plasticity seconds={sim} seed={seed} command_wall_s={total:.2f} run_wall_s={total - startup:.2f} "
      f"epochs_wall_s={epochs:.2f} startup_s={startup:.2f} rate_hz={last['stdp/run-rate']:.2f} rate_last_hz={last['stdp/output-rate']:.2f} "
      f"near_bounds={last['weights/near-bounds']:.3f} histogram={','.join(str(int(c)) for c in hist)}")
PY
for mode in $modes; do
  "$py" bench/stdp_brian2.py --mode "$mode" --duration "$sim" --seed "$seed" 2> "$out/brian2-$mode.err" \
    || { cat "$out/brian2-$mode.err" >&2; exit 1; }
done
echo "histogram: counts of w/gmax in ten bins of 0.1, 0 to 1; near_bounds: share below 0.1 or above 0.9;"
echo "rate_hz: output spikes per second over the whole run; rate_last_hz: over its last 10 s."
