package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Rng;
import dev.plasticity.testkit.GradientCheck;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The attention read's backward pass against central finite differences, dense and top-k. */
class AttentionGradientTest {
  private static final int N = 5;
  private static final int A = 4;
  private static final int SLOTS = 4;
  private static final int READS = 2;

  @Test
  void denseReadMatchesFiniteDifferences() {
    check(0);
  }

  @Test
  void sparseReadMatchesFiniteDifferences() {
    check(2);
  }

  @Test
  void sparseReadCuttingAtTheLowestScoreMatchesToo() {
    check(SLOTS - 1);
  }

  @Test
  void sparseReadWeighsExactlyTheTopKByTheirMarginOverTheNext() {
    Rng rng = new Rng(4);
    AttentionWeights w = randomWeights(rng);
    double[] mem = new double[SLOTS * N];
    double[] h = new double[N];
    fill(mem, rng);
    fill(h, rng);
    Attention dense = new Attention(w, 1, SLOTS, 0);
    Attention sparse = new Attention(w, 1, SLOTS, 2);
    for (int j = 0; j < SLOTS; j++) {
      dense.write(j, mem, j * N);
      sparse.write(j, mem, j * N);
    }
    double[] r = new double[N];
    dense.read(0, h, 0, r, 0);
    sparse.read(0, h, 0, r, 0);
    // Scores, recovered from the softmax: s_j = log α_j + const.
    double[] s = new double[SLOTS];
    for (int j = 0; j < SLOTS; j++) {
      s[j] = Math.log(dense.weight(j));
    }
    double[] sorted = s.clone();
    java.util.Arrays.sort(sorted);
    double cut = sorted[SLOTS - 3];
    double sum = (sorted[SLOTS - 1] - cut) + (sorted[SLOTS - 2] - cut) + Attention.SPARSE_EPS;
    int nonzero = 0;
    for (int j = 0; j < SLOTS; j++) {
      double expected = Math.max(0, s[j] - cut) / sum;
      assertTrue(Math.abs(sparse.weight(j) - expected) < 1e-12, "α_" + j);
      nonzero += sparse.weight(j) > 0 ? 1 : 0;
    }
    assertTrue(nonzero == 2, "k_top = 2 memories read, got " + nonzero);
  }

  /**
   * With the score credit kept to the weights, A, C and v get the exact gradient, the query
   * states none (r depends on h only through the scores) and each memory only its value
   * path Σ_q α_j(q) c_q.
   */
  @Test
  void scoreCreditToTheWeightsOnlyLeavesStatesTheValuePath() {
    Rng rng = new Rng(5);
    AttentionWeights exact = randomWeights(rng);
    AttentionWeights cut = new AttentionWeights(A, N);
    System.arraycopy(exact.wa, 0, cut.wa, 0, exact.wa.length);
    System.arraycopy(exact.wc, 0, cut.wc, 0, exact.wc.length);
    System.arraycopy(exact.v, 0, cut.v, 0, exact.v.length);
    Reads p = Reads.random(rng);
    double[] mem = p.mem();
    double[] h = p.h();
    double[] c = p.c();
    Attention full = filled(exact, 2, mem);
    Attention weightsOnly = new Attention(cut, 1, SLOTS, 2, false);
    for (int j = 0; j < SLOTS; j++) {
      weightsOnly.write(j, mem, j * N);
    }
    double[] r = new double[N];
    double[] dhFull = new double[READS * N];
    double[] dhCut = new double[READS * N];
    double[] valuePath = new double[SLOTS * N];
    for (int q = 0; q < READS; q++) {
      full.read(0, h, q * N, r, 0);
      full.backward(0, h, q * N, c, q * N, dhFull, q * N);
      weightsOnly.read(0, h, q * N, r, 0);
      weightsOnly.backward(0, h, q * N, c, q * N, dhCut, q * N);
      for (int j = 0; j < SLOTS; j++) {
        for (int k = 0; k < N; k++) {
          valuePath[j * N + k] += weightsOnly.weight(j) * c[q * N + k];
        }
      }
    }
    full.finish();
    weightsOnly.finish();
    assertArrayEquals(exact.ga, cut.ga);
    assertArrayEquals(exact.gc, cut.gc);
    assertArrayEquals(exact.gv, cut.gv);
    assertArrayEquals(new double[READS * N], dhCut);
    assertTrue(java.util.Arrays.stream(dhFull).anyMatch(x -> x != 0), "the exact pass credits h");
    assertArrayEquals(valuePath, weightsOnly.dmem, 1e-15);
  }

  /**
   * f = Σ_q c_q · r(h_q) over {@value #READS} reads of one memory, so the credit that
   * {@link Attention#finish} completes from the sum over reads is checked too.
   */
  private void check(int top) {
    Rng rng = new Rng(3);
    AttentionWeights w = randomWeights(rng);
    Reads p = Reads.random(rng);
    double[] mem = p.mem();
    double[] h = p.h();
    double[] c = p.c();
    ToDoubleFunction<Void> f = unused -> {
      Attention att = filled(w, top, mem);
      double[] r = new double[N];
      double s = 0;
      for (int q = 0; q < READS; q++) {
        att.read(0, h, q * N, r, 0);
        for (int k = 0; k < N; k++) {
          s += c[q * N + k] * r[k];
        }
      }
      return s;
    };
    Attention att = filled(w, top, mem);
    double[] r = new double[N];
    double[] dh = new double[READS * N];
    for (int q = 0; q < READS; q++) {
      att.read(0, h, q * N, r, 0);
      att.backward(0, h, q * N, c, q * N, dh, q * N);
    }
    att.finish();
    compare("h", h, dh, f);
    compare("A", w.wa, w.ga.clone(), f);
    compare("C", w.wc, w.gc.clone(), f);
    compare("v", w.v, w.gv.clone(), f);
    compare("memory", mem, att.dmem.clone(), f);
  }

  private static Attention filled(AttentionWeights w, int top, double[] mem) {
    Attention att = new Attention(w, 1, SLOTS, top);
    for (int j = 0; j < SLOTS; j++) {
      att.write(j, mem, j * N);
    }
    return att;
  }

  private static void compare(String what, double[] x, double[] analytic, ToDoubleFunction<Void> f) {
    double[] numeric = GradientCheck.numeric(unused -> f.applyAsDouble(null), x, 1e-6);
    double rel = GradientCheck.relativeNormError(analytic, numeric);
    assertTrue(rel < 1e-7, what + ": relative error " + rel);
  }

  /** Memories, the queries of {@value #READS} reads and each read's credit c_q, Gaussian. */
  private record Reads(double[] mem, double[] h, double[] c) {
    static Reads random(Rng rng) {
      Reads p = new Reads(new double[SLOTS * N], new double[READS * N], new double[READS * N]);
      fill(p.mem, rng);
      fill(p.h, rng);
      fill(p.c, rng);
      return p;
    }
  }

  private static AttentionWeights randomWeights(Rng rng) {
    AttentionWeights w = new AttentionWeights(A, N);
    fill(w.wa, rng);
    fill(w.wc, rng);
    fill(w.v, rng);
    return w;
  }

  private static void fill(double[] a, Rng rng) {
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextGaussian();
    }
  }
}
