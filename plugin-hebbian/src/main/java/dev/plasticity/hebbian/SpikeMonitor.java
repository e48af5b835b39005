package dev.plasticity.hebbian;

import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import java.util.Arrays;

/**
 * Records the spikes of chosen rows (the first input sources, then the output neurons) during
 * the last {@code windowTicks} of every epoch, and at the epoch's end hands the recorder two
 * curves: {@code NAME/spikes}, the raster itself (time in s, row), which the runtime writes to
 * {@code plots/curves/NAME_spikes.csv}, and {@code NAME/raster}, the same spikes drawn as a
 * picture: the runtime plots curves as lines, so each row is a baseline with a vertical tick per
 * spike, the rows traversed alternately left to right and right to left so that one line draws
 * them all. The buffers grow by doubling, which stops after the first window.
 */
final class SpikeMonitor implements Stateful {
  private static final double TICK_HEIGHT = 0.8;
  private final String name;
  private final long ticksPerEpoch;
  private final long windowTicks;
  private final double secondsPerTick;
  private final int rows;
  private long[] ticks = new long[1024];
  private int[] ids = new int[1024];
  private int count;

  SpikeMonitor(String name, long ticksPerEpoch, long windowTicks, double secondsPerTick, int rows) {
    this.name = name;
    this.ticksPerEpoch = ticksPerEpoch;
    this.windowTicks = Math.min(windowTicks, ticksPerEpoch);
    this.secondsPerTick = secondsPerTick;
    this.rows = rows;
  }

  boolean inWindow(long tick) {
    return tick % ticksPerEpoch >= ticksPerEpoch - windowTicks;
  }

  /** Spikes of ascending {@code spiking[0..count)}; those below {@code limit} become rows offset + id. */
  void spikes(long tick, int[] spiking, int n, int limit, int offset) {
    if (!inWindow(tick)) {
      return;
    }
    for (int s = 0; s < n && spiking[s] < limit; s++) {
      if (count == ticks.length) {
        ticks = Arrays.copyOf(ticks, 2 * count);
        ids = Arrays.copyOf(ids, 2 * count);
      }
      ticks[count] = tick;
      ids[count++] = offset + spiking[s];
    }
  }

  /** At an epoch's end: the window's raster as curves, then a fresh window. */
  void flush(long tick, Recorder out) {
    double[] t = new double[count];
    double[] row = new double[count];
    for (int s = 0; s < count; s++) {
      t[s] = ticks[s] * secondsPerTick;
      row[s] = ids[s];
    }
    out.curve(new Curve(name + "/spikes", "", "time (s)", "row", t, row));
    out.curve(picture(tick));
    count = 0;
  }

  private Curve picture(long tick) {
    double from = (tick + 1 - windowTicks) * secondsPerTick;
    double to = (tick + 1) * secondsPerTick;
    // Spikes by row, in time order within a row (they were recorded in time order).
    int[] start = new int[rows + 1];
    for (int s = 0; s < count; s++) {
      start[ids[s] + 1]++;
    }
    for (int r = 0; r < rows; r++) {
      start[r + 1] += start[r];
    }
    int[] byRow = new int[count];
    int[] fill = start.clone();
    for (int s = 0; s < count; s++) {
      byRow[fill[ids[s]]++] = s;
    }
    int points = 2 * rows + 3 * count;
    double[] x = new double[points];
    double[] y = new double[points];
    int p = 0;
    for (int r = 0; r < rows; r++) {
      boolean forward = r % 2 == 0;
      x[p] = forward ? from : to;
      y[p++] = r;
      for (int k = 0; k < start[r + 1] - start[r]; k++) {
        int s = byRow[forward ? start[r] + k : start[r + 1] - 1 - k];
        double ts = ticks[s] * secondsPerTick;
        x[p] = ts;
        y[p++] = r;
        x[p] = ts;
        y[p++] = r + TICK_HEIGHT;
        x[p] = ts;
        y[p++] = r;
      }
      x[p] = forward ? to : from;
      y[p++] = r;
    }
    return new Curve(name + "/raster", "", "time (s)", "row (inputs, then the output neurons)", x, y);
  }

  @Override
  public void saveState(StateMap out) {
    out.putLongs("ticks", Arrays.copyOf(ticks, count));
    out.putInts("ids", Arrays.copyOf(ids, count));
  }

  @Override
  public void restoreState(StateMap in) {
    long[] t = in.longs("ticks");
    count = t.length;
    ticks = Arrays.copyOf(t, Math.max(1024, count));
    ids = Arrays.copyOf(in.ints("ids"), Math.max(1024, count));
  }
}
