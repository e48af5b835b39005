package dev.plasticity.api.learn;

import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Network;

/**
 * Runs a network forward over a whole data set, batch by batch in its allocated buffers
 * (so nothing is allocated), for metrics that evaluate on held-out data.
 */
public final class Evaluation {
  private Evaluation() {}

  /** What {@link #run} measured. */
  public record Result(double accuracy, double meanLoss) {}

  /**
   * Accuracy (argmax of the output's pre-activation against the label) and mean loss
   * (when {@code loss} is not null) over {@code data}. Overwrites population state.
   */
  public static Result run(Network net, Dataset data, Loss loss, int[] labelBuffer) {
    int cap = net.batchCapacity();
    Matrix x = net.input().activity();
    long correct = 0;
    double lossSum = 0;
    for (int from = 0; from < data.size(); from += cap) {
      int n = Math.min(cap, data.size() - from);
      net.useRows(n);
      data.gather(null, from, n, x, labelBuffer);
      net.forwardAll();
      Matrix out = net.output().pre();
      for (int i = 0; i < n; i++) {
        if (Ops.argmaxRow(out, i) == labelBuffer[i]) {
          correct++;
        }
      }
      if (loss != null) {
        lossSum += loss.evaluate(net.output(), labelBuffer) * n;
      }
    }
    net.useRows(cap);
    return new Result((double) correct / data.size(), loss == null ? Double.NaN : lossSum / data.size());
  }
}
