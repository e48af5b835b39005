package dev.plasticity.api.learn;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import java.util.List;
import java.util.function.Function;

/**
 * The layer-by-layer backward pass shared by every rule that sends the error back along
 * the projections: for each projection, last first,
 * ∇W = δ_targetᵀ h_source, ∇b = Σ δ_target, and δ_source = (Σ δ_target M) ⊙ f'(a_source),
 * where M is W for backprop and a feedback matrix B for the alignment rules.
 */
public final class BackwardSweep {
  private final Network net;
  private final List<Projection> projections;
  /** Whether projection i is the first one visited (backwards) out of its source. */
  private final boolean[] firstOutOfSource;
  /** Whether projection i is the last one visited (backwards) out of its source. */
  private final boolean[] lastOutOfSource;

  public BackwardSweep(Network net) {
    this.net = net;
    this.projections = net.projections();
    int n = projections.size();
    firstOutOfSource = new boolean[n];
    lastOutOfSource = new boolean[n];
    for (int i = 0; i < n; i++) {
      Population s = projections.get(i).source();
      boolean first = true;
      boolean last = true;
      for (int j = 0; j < n; j++) {
        if (projections.get(j).source() == s) {
          first &= j <= i;
          last &= j >= i;
        }
      }
      firstOutOfSource[i] = first;
      lastOutOfSource[i] = last;
    }
  }

  /**
   * Runs the sweep from the output error already in place. {@code feedback} gives the
   * matrix (target × source, like W) that carries each projection's error back.
   */
  public void run(Function<Projection, Matrix> feedback) {
    for (int i = projections.size() - 1; i >= 0; i--) {
      Projection p = projections.get(i);
      Matrix delta = p.target().error();
      Population s = p.source();
      gradients(p);
      if (s != net.input()) {
        Linalg.gemm(false, false, 1f, delta, feedback.apply(p), lastOutOfSource[i] ? 0f : 1f, s.error());
        if (firstOutOfSource[i]) {
          s.activation().backprop(s.pre(), s.activity(), s.error());
        }
      }
    }
  }

  /** ∇W = δᵀ h_source and ∇b = Σ_rows δ for one projection, marked fresh. */
  public static void gradients(Projection p) {
    Matrix delta = p.target().error();
    if (p.weights().trainable()) {
      Linalg.gemm(true, false, 1f, delta, p.source().activity(), 0f, p.weights().grad());
      p.weights().markGradient();
    }
    if (p.hasBias() && p.bias().trainable()) {
      Ops.sumRows(delta, 0f, p.bias().grad());
      p.bias().markGradient();
    }
  }
}
