package dev.plasticity.olfaction;

import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;

/**
 * Mean and population standard deviation (numpy's {@code np.std}) of one value per repeat,
 * for several series at once; kept in checkpoints so a resumed run reports the same.
 */
final class RepeatStats implements Stateful {
  private final double[] sum;
  private final double[] sumSq;
  private long repeats;

  RepeatStats(int series) {
    sum = new double[series];
    sumSq = new double[series];
  }

  /** Adds one repeat: {@code values[s]} for every series s. */
  void add(double[] values) {
    for (int s = 0; s < sum.length; s++) {
      sum[s] += values[s];
      sumSq[s] += values[s] * values[s];
    }
    repeats++;
  }

  long repeats() {
    return repeats;
  }

  double mean(int s) {
    return sum[s] / repeats;
  }

  double std(int s) {
    double m = mean(s);
    return Math.sqrt(Math.max(0, sumSq[s] / repeats - m * m));
  }

  @Override
  public void saveState(StateMap out) {
    out.putDoubles("sum", sum.clone());
    out.putDoubles("sumSq", sumSq.clone());
    out.putLongs("repeats", new long[] {repeats});
  }

  @Override
  public void restoreState(StateMap in) {
    System.arraycopy(in.doubles("sum"), 0, sum, 0, sum.length);
    System.arraycopy(in.doubles("sumSq"), 0, sumSq, 0, sumSq.length);
    repeats = in.longs("repeats")[0];
  }
}
