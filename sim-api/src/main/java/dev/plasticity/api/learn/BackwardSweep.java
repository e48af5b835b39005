package dev.plasticity.api.learn;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import java.util.List;
import java.util.function.Function;

/**
 * The layer-by-layer backward pass shared by every rule that sends the error back along
 * the projections: for each projection, last first, its operator's weight and bias
 * gradients (dense: ∇W = δ_targetᵀ h_source, ∇b = Σ δ_target) and
 * δ_source = (Σ over the projections out of the source of δ_target carried back through M)
 * ⊙ f'(a_source), where M, of W's shape, is W for backprop and a feedback matrix B for the
 * alignment rules; the operator says what "carried back" means (dense: δ M; a convolution:
 * the transposed convolution with M; pooling: routed over its windows, no M).
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
   * matrix (of W's shape) that carries each projection's error back; it is not asked for
   * projections without weights.
   */
  public void run(Function<Projection, Matrix> feedback) {
    for (int i = projections.size() - 1; i >= 0; i--) {
      Projection p = projections.get(i);
      Matrix delta = p.target().error();
      Population s = p.source();
      gradients(p);
      if (s != net.input()) {
        Matrix m = p.hasWeights() ? feedback.apply(p) : null;
        p.operator().backward(delta, m, s.activity(), s.error(), !firstOutOfSource[i]);
        if (lastOutOfSource[i]) {
          s.activation().backprop(s.pre(), s.activity(), s.error());
        }
      }
    }
  }

  /**
   * The operator's ∇W (dense: δᵀ h_source) and ∇b (Σ_rows δ) for one projection, marked
   * fresh; nothing for a projection without weights.
   */
  public static void gradients(Projection p) {
    Matrix delta = p.target().error();
    if (p.hasWeights() && p.weights().trainable()) {
      p.operator().weightGradient(delta, p.source().activity(), p.weights().grad());
      p.weights().markGradient();
    }
    if (p.hasBias() && p.bias().trainable()) {
      p.operator().biasGradient(delta, p.bias().grad());
      p.bias().markGradient();
    }
  }
}
