package dev.plasticity.api.learn;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.sim.Needs;
import java.util.Set;

/**
 * Softmax over the output's pre-activation, cross-entropy against integer labels,
 * averaged over the batch: ∂L/∂a = (softmax(a) − onehot(y)) / batch. The output
 * population's own activation is ignored (use {@code identity}).
 */
public record SoftmaxCrossEntropy() implements Loss, Needs {
  /** Its target is the one-hot class label. */
  @Override
  public Set<Need> needs() {
    return Set.of(Need.LABELS);
  }

  @Override
  public double evaluate(Population output, int[] labels) {
    Matrix a = output.pre();
    Matrix error = output.error();
    int rows = a.rows();
    int cols = a.cols();
    float[] ad = a.data();
    float[] ed = error.data();
    error.useRows(rows);
    double total = 0;
    float invBatch = 1f / rows;
    for (int i = 0; i < rows; i++) {
      int off = i * cols;
      float max = ad[off];
      for (int j = 1; j < cols; j++) {
        max = Math.max(max, ad[off + j]);
      }
      double sum = 0;
      for (int j = 0; j < cols; j++) {
        double e = Math.exp(ad[off + j] - max);
        ed[off + j] = (float) e;
        sum += e;
      }
      int y = checkLabel(labels[i], cols);
      total += Math.log(sum) - (ad[off + y] - max);
      float inv = (float) (1.0 / sum) * invBatch;
      for (int j = 0; j < cols; j++) {
        ed[off + j] *= inv;
      }
      ed[off + y] -= invBatch;
    }
    return total / rows;
  }

  @Override
  public int correct(Population output, int[] labels) {
    Matrix a = output.pre();
    int n = 0;
    for (int i = 0; i < a.rows(); i++) {
      if (Ops.argmaxRow(a, i) == labels[i]) {
        n++;
      }
    }
    return n;
  }

  static int checkLabel(int y, int classes) {
    if (y < 0 || y >= classes) {
      throw new IllegalArgumentException("label " + y + " outside 0.." + (classes - 1));
    }
    return y;
  }
}
