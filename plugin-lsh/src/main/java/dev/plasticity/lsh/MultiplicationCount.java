package dev.plasticity.lsh;

import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.StateMap;

/**
 * The multiplications of a hashed sparse layer over a run's training ticks, beside what the
 * dense layer would have done on the same samples. A forward's count is held until the
 * tick's backward confirms it was a training tick (evaluation forwards are not training).
 */
final class MultiplicationCount {
  private long pendingHashing;
  private long pendingForward;
  private long rehashing;
  private long hashing;
  private long compute;
  private long dense;
  private long samples;
  private double activeSum;
  private double unionSum;
  private long batches;

  void forward(long hashingMults, long computeMults) {
    pendingHashing += hashingMults;
    pendingForward += computeMults;
  }

  void rehashed(long mults) {
    rehashing += mults;
  }

  void trained(int rows, long backwardMults, long denseMults, double activeFraction, double unionFraction) {
    hashing += pendingHashing;
    compute += pendingForward + backwardMults;
    pendingHashing = 0;
    pendingForward = 0;
    dense += denseMults;
    samples += rows;
    activeSum += activeFraction;
    unionSum += unionFraction;
    batches++;
  }

  /** Drops the counts of forwards that no backward followed (evaluations). */
  void discardPending() {
    pendingHashing = 0;
    pendingForward = 0;
  }

  void saveState(StateMap out) {
    out.putLongs("counts", new long[] {rehashing, hashing, compute, dense, samples, batches});
    out.putDoubles("sums", new double[] {activeSum, unionSum});
  }

  void restoreState(StateMap in) {
    long[] c = in.longs("counts");
    rehashing = c[0];
    hashing = c[1];
    compute = c[2];
    dense = c[3];
    samples = c[4];
    batches = c[5];
    double[] s = in.doubles("sums");
    activeSum = s[0];
    unionSum = s[1];
  }

  void record(Recorder out) {
    double per = Math.max(1, samples);
    long total = hashing + rehashing + compute;
    out.record("lsh/mults-per-sample", total / per);
    out.record("lsh/dense-mults-per-sample", dense / per);
    out.record("lsh/mults-ratio", dense == 0 ? 0 : total / (double) dense);
    out.record("lsh/hashing-share", total == 0 ? 0 : (hashing + rehashing) / (double) total);
    out.record("lsh/active-fraction", batches == 0 ? 0 : activeSum / batches);
    // The neurons active for at least one sample of a batch: the rows the optimizer steps.
    out.record("lsh/union-fraction", batches == 0 ? 0 : unionSum / batches);
  }
}
