#!/usr/bin/env python3
"""Brian2's STDP example (examples/synapses/STDP.py: Song, Miller & Abbott 2000), the same model
as scenarios/hebbian/stdp-song2000.json, timed and summarised the way Plasticity reports it.

  /usr/bin/python3 bench/stdp_brian2.py --mode standalone --duration 100 --seed 1

Prints one line of key=value pairs: the mode, the simulated seconds, the wall time of the run
(and, in standalone mode, of code generation and the g++ build), the output rate (over the whole run and over its last 10 s), the counts of
w/gmax in ten bins, and the share of weights within 10 % of 0 or of gmax.
"""
import argparse
import os
import sys
import tempfile
import time

import numpy as np
from brian2 import (Hz, Network, NeuronGroup, PoissonGroup, SpikeMonitor, Synapses, defaultclock,
                    device, mV, ms, prefs, second, seed, set_device)

p = argparse.ArgumentParser()
p.add_argument("--mode", choices=["standalone", "runtime"], default="standalone")
p.add_argument("--duration", type=float, default=100.0, help="simulated seconds")
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()

build_dir = None
if a.mode == "standalone":
    build_dir = tempfile.mkdtemp(prefix="stdp-brian2-")
    set_device("cpp_standalone", directory=build_dir, build_on_run=False)
    prefs.devices.cpp_standalone.openmp_threads = 0  # one thread, as Plasticity runs
# The default runtime mode keeps Brian2's default code generation target ("auto": Cython here).

seed(a.seed)
defaultclock.dt = 0.1 * ms

# The constants of Brian2's example, unchanged.
N = 1000
taum = 10 * ms
taupre = 20 * ms
taupost = taupre
Ee = 0 * mV
vt = -54 * mV
vr = -60 * mV
El = -74 * mV
taue = 5 * ms
F = 15 * Hz
gmax = .01
dApre = .01
dApost = -dApre * taupre / taupost * 1.05
dApost *= gmax
dApre *= gmax

eqs_neurons = '''
dv/dt = (ge * (Ee-v) + El - v) / taum : volt
dge/dt = -ge / taue : 1
'''

poisson_input = PoissonGroup(N, rates=F)
neurons = NeuronGroup(1, eqs_neurons, threshold='v>vt', reset='v = vr', method='euler')
neurons.v = vr  # the example leaves v at 0 V, one spike at t = 0; Plasticity starts at vr
S = Synapses(poisson_input, neurons,
             '''w : 1
                dApre/dt = -Apre / taupre : 1 (event-driven)
                dApost/dt = -Apost / taupost : 1 (event-driven)''',
             on_pre='''ge += w
                    Apre += dApre
                    w = clip(w + Apost, 0, gmax)''',
             on_post='''Apost += dApost
                     w = clip(w + Apre, 0, gmax)''',
             )
S.connect()
S.w = 'rand() * gmax'
M = SpikeMonitor(neurons)
net = Network(poisson_input, neurons, S, M)

t0 = time.perf_counter()
net.run(a.duration * second)
t1 = time.perf_counter()
build = 0.0
if a.mode == "standalone":
    device.build(directory=build_dir, compile=True, run=True, debug=False)
    t2 = time.perf_counter()
    # Brian2 times the run of the compiled binary itself; the rest is code generation and g++.
    run_wall = device._last_run_time
    build = (t2 - t1) - run_wall
else:
    run_wall = t1 - t0

w = np.asarray(S.w[:]) / gmax
counts, _ = np.histogram(w, bins=10, range=(0, 1))
share = float(np.mean((w < 0.1) | (w > 0.9)))
rate = M.num_spikes / a.duration
last = min(10.0, a.duration)  # the last epoch of the Plasticity scenario
rate_last = float(np.sum(np.asarray(M.t / second) >= a.duration - last)) / last
print(f"brian2 mode={a.mode} seconds={a.duration:g} seed={a.seed} run_wall_s={run_wall:.2f} "
      f"build_wall_s={build:.2f} rate_hz={rate:.2f} rate_last_hz={rate_last:.2f} near_bounds={share:.3f} "
      f"histogram={','.join(str(int(c)) for c in counts)}")
