package dev.plasticity.lsh;

import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;

/**
 * SGD with momentum (v ← μv + g; w ← w − ηv, as {@code sgd} without weight decay) for a
 * weight matrix whose gradient is non-zero only in a few rows per step: it steps those rows
 * and leaves the rest behind, to be caught up exactly when they are next read. A row whose
 * gradient was 0 for k steps has v_k = μᵏv and w_k = w − ηv·μ(1 − μᵏ)/(1 − μ), so its
 * weights are the dense optimizer's (up to float rounding) whenever anyone looks at them,
 * while an ordinary step touches rows·cols values instead of the whole matrix.
 *
 * <p>Whoever reads a row must call {@link #catchUp(int)} first (the sparse layer does for the
 * rows it computes, {@link #catchUpAll()} before rehashing and evaluating). Each row's step
 * count is kept in checkpoints, so a resumed run catches up the same rows the same way.
 */
final class LazyMomentumSgd implements Optimizer, Stateful {
  private final Parameter param;
  private final float lr;
  private final double momentum;
  private final int cols;
  private final long[] syncedStep; // the optimizer steps each row's w and v include
  private final int[] rows;        // the rows the next step updates
  private int rowCount;
  private long step;

  LazyMomentumSgd(Parameter param, double lr, double momentum) {
    this.param = param;
    this.lr = (float) lr;
    this.momentum = momentum;
    this.cols = param.value().cols();
    this.syncedStep = new long[param.value().rows()];
    this.rows = new int[param.value().rows()];
  }

  /** The rows the next {@link #update} steps (those with a gradient this tick); the rest are 0. */
  void setRows(int[] ids, int count) {
    System.arraycopy(ids, 0, rows, 0, count);
    rowCount = count;
  }

  /** Applies the zero-gradient steps row {@code j} has missed. */
  void catchUp(int j) {
    long k = step - syncedStep[j];
    if (k == 0) {
      return;
    }
    syncedStep[j] = step;
    if (momentum == 0) {
      return;
    }
    double decay = Math.pow(momentum, k);
    float shift = (float) (lr * momentum * (1 - decay) / (1 - momentum));
    float keep = (float) decay;
    float[] w = param.value().data();
    float[] v = param.slot("momentum");
    for (int i = j * cols, end = i + cols; i < end; i++) {
      w[i] -= shift * v[i];
      v[i] *= keep;
    }
  }

  void catchUpAll() {
    for (int j = 0; j < syncedStep.length; j++) {
      catchUp(j);
    }
  }

  @Override
  public void update(Parameter p) {
    if (p != param) {
      throw new IllegalArgumentException("lazy momentum of " + param.name() + " asked to step " + p.name());
    }
    float[] w = p.value().data();
    float[] g = p.grad().data();
    float mu = (float) momentum;
    float[] v = mu == 0f ? null : p.slot("momentum"); // as sgd: no buffer without momentum
    for (int r = 0; r < rowCount; r++) {
      int j = rows[r];
      catchUp(j);
      if (v == null) {
        for (int i = j * cols, end = i + cols; i < end; i++) {
          w[i] -= lr * g[i];
        }
      } else {
        for (int i = j * cols, end = i + cols; i < end; i++) {
          float vi = mu * v[i] + g[i];
          v[i] = vi;
          w[i] -= lr * vi;
        }
      }
      syncedStep[j] = step + 1;
    }
    step++;
    rowCount = 0;
    p.consumeGradient();
  }

  @Override
  public void saveState(StateMap out) {
    out.putLongs("synced", syncedStep);
    out.putLongs("step", new long[] {step});
  }

  @Override
  public void restoreState(StateMap in) {
    System.arraycopy(in.longs("synced"), 0, syncedStep, 0, syncedStep.length);
    step = in.longs("step")[0];
  }
}
