package dev.plasticity.api.learn;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.sim.Needs;
import java.util.Set;

/**
 * Half the squared distance between the output's activity and the one-hot label, summed
 * over units and averaged over the batch; ∂L/∂a = (h − onehot(y)) ⊙ f'(a) / batch.
 */
public record MeanSquaredError() implements Loss, Needs {
  /** Its target is the one-hot class label. */
  @Override
  public Set<Need> needs() {
    return Set.of(Need.LABELS);
  }

  @Override
  public double evaluate(Population output, int[] labels) {
    Matrix h = output.activity();
    Matrix error = output.error();
    int rows = h.rows();
    int cols = h.cols();
    float[] hd = h.data();
    float[] ed = error.data();
    error.useRows(rows);
    double total = 0;
    float invBatch = 1f / rows;
    for (int i = 0; i < rows; i++) {
      int off = i * cols;
      int y = SoftmaxCrossEntropy.checkLabel(labels[i], cols);
      for (int j = 0; j < cols; j++) {
        float d = hd[off + j] - (y == j ? 1f : 0f);
        total += 0.5 * d * d;
        ed[off + j] = d * invBatch;
      }
    }
    output.activation().backprop(output.pre(), h, error);
    return total / rows;
  }
}
