package dev.plasticity.bench;

import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.math.StrictTanh;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.Population;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kernels of a canonical training step (batch 100, 784-1000-10), in the shapes it uses,
 * next to a large square sgemm for the machine's peak. bench/kernels.sh turns the times
 * into GFLOP/s and GB/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class KernelBench {
  static final int B = 100;
  static final int IN = 784;
  static final int H = 1000;
  static final int OUT = 10;
  static final int SQUARE = 1000;

  Matrix x = random(B, IN, 1);
  Matrix w1 = random(H, IN, 2);
  Matrix a1 = new Matrix(B, H);
  Matrix h1 = random(B, H, 3);
  Matrix d1 = random(B, H, 4);
  Matrix gw1 = new Matrix(H, IN);
  Matrix w2 = random(OUT, H, 5);
  Matrix d2 = random(B, OUT, 6);
  Matrix sqA = random(SQUARE, SQUARE, 7);
  Matrix sqB = random(SQUARE, SQUARE, 8);
  Matrix sqC = new Matrix(SQUARE, SQUARE);
  Population out = new Population("out", OUT, new Activations.Identity());
  int[] labels = new int[B];
  final double[] dx = new double[B * H];
  final double[] dh = new double[B * H];
  final Activations.Tanh tanh = new Activations.Tanh();
  final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();

  static Matrix random(int r, int c, long seed) {
    Rng rng = new Rng(seed);
    Matrix m = new Matrix(r, c);
    for (int i = 0; i < m.size(); i++) {
      m.data()[i] = (float) (0.5 * rng.nextGaussian());
    }
    return m;
  }

  @Setup
  public void setup() {
    out.allocate(B);
    out.pre().copyFrom(random(B, OUT, 9));
    for (int i = 0; i < B; i++) {
      labels[i] = i % OUT;
    }
    Rng rng = new Rng(10);
    for (int i = 0; i < dx.length; i++) {
      dx[i] = 6 * rng.nextDouble() - 3;
    }
  }

  /** Forward of the first layer: a1 = x · W1ᵀ (100×784 · 784×1000). */
  @Benchmark
  public Matrix gemmForward() {
    Linalg.gemm(false, true, 1f, x, w1, 0f, a1);
    return a1;
  }

  /** Weight gradient of the first layer: ∇W1 = δ1ᵀ · x (1000×100 · 100×784). */
  @Benchmark
  public Matrix gemmWeightGradient() {
    Linalg.gemm(true, false, 1f, d1, x, 0f, gw1);
    return gw1;
  }

  /** Error to the hidden layer: δ1 = δ2 · W2 (100×10 · 10×1000). */
  @Benchmark
  public Matrix gemmBackwardError() {
    Linalg.gemm(false, false, 1f, d2, w2, 0f, d1);
    return d1;
  }

  /** tanh over a 100×1000 activity. */
  @Benchmark
  public Matrix tanhForward() {
    tanh.apply(a1, h1);
    return h1;
  }

  /** δ ⊙ (1 − h²) over a 100×1000 error. */
  @Benchmark
  public Matrix tanhDerivative() {
    tanh.backprop(a1, h1, d1);
    return d1;
  }

  /** Softmax cross-entropy and its gradient on 100×10 logits. */
  @Benchmark
  public double softmaxCrossEntropy() {
    return loss.evaluate(out, labels);
  }

  /** Double tanh over 100×1000 values in [−3, 3] with Java 17's Math.tanh (a native call). */
  @Benchmark
  public double[] tanhDoubleMath() {
    for (int i = 0; i < dx.length; i++) {
      dh[i] = Math.tanh(dx[i]);
    }
    return dh;
  }

  /** The same with StrictTanh, the same function in Java (plugin-bptt's cells and scores). */
  @Benchmark
  public double[] tanhDoubleStrict() {
    for (int i = 0; i < dx.length; i++) {
      dh[i] = StrictTanh.tanh(dx[i]);
    }
    return dh;
  }

  /** The machine's reference: a 1000×1000×1000 sgemm. */
  @Benchmark
  public Matrix gemmSquarePeak() {
    Linalg.gemm(false, false, 1f, sqA, sqB, 0f, sqC);
    return sqC;
  }
}
