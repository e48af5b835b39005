package dev.plasticity.hebbian;

import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import java.util.Arrays;

/**
 * A population of conductance-based leaky integrate-and-fire neurons, the model of Brian2's
 * STDP example: dv/dt = (ge (Ee − v) + El − v) / τm, dge/dt = −ge / τe, spike when v > vt,
 * then v = vr and, for the refractory ticks, v held at vr. One forward-Euler step per tick
 * from the old values of both variables (Brian2's {@code method='euler'}), voltages in mV and
 * times in ms. Synaptic arrivals add to ge after the step of their tick, so they act from the
 * next one, as in Brian2's schedule (groups, thresholds, synapses, resets).
 */
final class LifNeurons implements Stateful {
  /** Constants in mV and ms. */
  record Constants(double dt, double taum, double ee, double el, double vt, double vr, double taue, int refractoryTicks) {}

  private final int n;
  private final Constants c;
  final double[] v;
  final double[] ge;
  private final int[] refractoryLeft;
  private final long[] epochSpikes;
  private long totalSpikes;
  /** The neurons that spiked in the last step, ascending, and how many. */
  final int[] spiked;
  int spikedCount;

  LifNeurons(int n, Constants c) {
    this.n = n;
    this.c = c;
    this.v = new double[n];
    this.ge = new double[n];
    this.refractoryLeft = new int[n];
    this.epochSpikes = new long[n];
    this.spiked = new int[n];
    Arrays.fill(v, c.vr());
  }

  /** One Euler step of every neuron, threshold and reset. */
  void step() {
    double dt = c.dt();
    int count = 0;
    for (int j = 0; j < n; j++) {
      double vj = v[j];
      double g = ge[j];
      double dv = (g * (c.ee() - vj) + c.el() - vj) / c.taum();
      ge[j] = g - dt * g / c.taue();
      if (refractoryLeft[j] > 0) {
        refractoryLeft[j]--;
        continue; // v stays at the reset value
      }
      vj += dt * dv;
      if (vj > c.vt()) {
        vj = c.vr();
        refractoryLeft[j] = c.refractoryTicks();
        spiked[count++] = j;
        epochSpikes[j]++;
        totalSpikes++;
      }
      v[j] = vj;
    }
    spikedCount = count;
  }

  int size() {
    return n;
  }

  /** Spikes of neuron j since the last {@link #clearEpochCounts}. */
  long epochSpikes(int j) {
    return epochSpikes[j];
  }

  /** Spikes of every neuron since the start of the run. */
  long totalSpikes() {
    return totalSpikes;
  }

  void clearEpochCounts() {
    Arrays.fill(epochSpikes, 0);
  }

  @Override
  public void saveState(StateMap out) {
    out.putDoubles("v", v);
    out.putDoubles("ge", ge);
    out.putInts("refractory", refractoryLeft);
    out.putLongs("epochSpikes", epochSpikes);
    out.putLongs("totalSpikes", new long[] {totalSpikes});
  }

  @Override
  public void restoreState(StateMap in) {
    System.arraycopy(in.doubles("v"), 0, v, 0, n);
    System.arraycopy(in.doubles("ge"), 0, ge, 0, n);
    System.arraycopy(in.ints("refractory"), 0, refractoryLeft, 0, n);
    System.arraycopy(in.longs("epochSpikes"), 0, epochSpikes, 0, n);
    totalSpikes = in.longs("totalSpikes")[0];
  }
}
