package dev.plasticity.api.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.Population;
import org.junit.jupiter.api.Test;

/** Losses: the error they write is the derivative of the mean loss they return. */
class LossTest {
  private static void checkGradient(Loss loss, Population out, int[] labels) {
    Matrix a = out.pre();
    out.activation().apply(a, out.activity());
    loss.evaluate(out, labels);
    Matrix analytic = out.error().copy();
    float eps = 1e-2f;
    for (int i = 0; i < a.size(); i++) {
      float keep = a.data()[i];
      a.data()[i] = keep + eps;
      out.activation().apply(a, out.activity());
      double up = loss.evaluate(out, labels);
      a.data()[i] = keep - eps;
      out.activation().apply(a, out.activity());
      double down = loss.evaluate(out, labels);
      a.data()[i] = keep;
      assertEquals((up - down) / (2 * eps), analytic.data()[i], 2e-4, loss + " at " + i);
    }
  }

  private static Population output(int batch, int units, boolean sigmoid) {
    Population p = new Population("out", units, sigmoid ? new Activations.Sigmoid() : new Activations.Identity());
    p.allocate(batch);
    Rng r = new Rng(9);
    for (int i = 0; i < p.pre().size(); i++) {
      p.pre().data()[i] = (float) r.nextGaussian();
    }
    return p;
  }

  @Test
  void softmaxCrossEntropyGradient() {
    checkGradient(new SoftmaxCrossEntropy(), output(4, 5, false), new int[] {0, 3, 4, 1});
  }

  @Test
  void meanSquaredErrorGradientThroughTheOutputActivation() {
    checkGradient(new MeanSquaredError(), output(3, 4, true), new int[] {2, 0, 3});
  }

  @Test
  void softmaxCrossEntropyOfUniformLogitsIsLogClasses() {
    Population p = output(2, 10, false);
    p.pre().fill(0.3f);
    assertEquals(Math.log(10), new SoftmaxCrossEntropy().evaluate(p, new int[] {1, 7}), 1e-6);
  }
}
