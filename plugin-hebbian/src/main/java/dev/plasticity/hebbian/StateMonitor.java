package dev.plasticity.hebbian;

import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import java.util.Arrays;

/**
 * Samples one neuron's membrane potential and conductance every tick of the last
 * {@code windowTicks} of each epoch (the window of the {@link SpikeMonitor}) and hands them to
 * the recorder at the epoch's end as {@code NAME/v} (mV) and {@code NAME/ge} against time.
 */
final class StateMonitor implements Stateful {
  private final String name;
  private final LifNeurons neurons;
  private final int neuron;
  private final long ticksPerEpoch;
  private final int windowTicks;
  private final double secondsPerTick;
  private final double[] v;
  private final double[] ge;
  private int filled;

  StateMonitor(String name, LifNeurons neurons, int neuron, long ticksPerEpoch, int windowTicks, double secondsPerTick) {
    this.name = name;
    this.neurons = neurons;
    this.neuron = neuron;
    this.ticksPerEpoch = ticksPerEpoch;
    this.windowTicks = (int) Math.min(windowTicks, ticksPerEpoch);
    this.secondsPerTick = secondsPerTick;
    this.v = new double[this.windowTicks];
    this.ge = new double[this.windowTicks];
  }

  /** After the neurons' step of {@code tick}. */
  void sample(long tick) {
    long inEpoch = tick % ticksPerEpoch;
    long first = ticksPerEpoch - windowTicks;
    if (inEpoch >= first) {
      int i = (int) (inEpoch - first);
      v[i] = neurons.v[neuron];
      ge[i] = neurons.ge[neuron];
      filled = i + 1;
    }
  }

  void flush(long tick, Recorder out) {
    double[] t = new double[filled];
    long first = tick + 1 - windowTicks;
    for (int i = 0; i < filled; i++) {
      t[i] = (first + i) * secondsPerTick;
    }
    out.curve(new Curve(name + "/v", "", "time (s)", "v (mV)", t, Arrays.copyOf(v, filled)));
    out.curve(new Curve(name + "/ge", "", "time (s)", "ge", t, Arrays.copyOf(ge, filled)));
    filled = 0;
  }

  @Override
  public void saveState(StateMap out) {
    out.putDoubles("v", Arrays.copyOf(v, filled));
    out.putDoubles("ge", Arrays.copyOf(ge, filled));
  }

  @Override
  public void restoreState(StateMap in) {
    double[] sv = in.doubles("v");
    filled = sv.length;
    System.arraycopy(sv, 0, v, 0, filled);
    System.arraycopy(in.doubles("ge"), 0, ge, 0, filled);
  }
}
