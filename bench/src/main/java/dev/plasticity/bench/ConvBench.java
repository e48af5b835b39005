package dev.plasticity.bench;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.BoundOperator;
import dev.plasticity.api.net.Conv2d;
import dev.plasticity.api.net.MaxPool;
import dev.plasticity.api.net.Shape;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The convolution and pooling kernels of a LeNet training step (batch 64): its first
 * convolution (1x32x32 to 6x28x28, 5x5), its second (6x14x14 to 16x10x10, 5x5) and its
 * first max-pool, each forward, backward (the error through W) and weight gradient.
 * bench/kernels.sh turns the times into GFLOP/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ConvBench {
  static final int B = 64;

  final Shape in1 = Shape.image(1, 32, 32);
  final Shape out1 = Shape.image(6, 28, 28);
  final Shape in2 = Shape.image(6, 14, 14);
  final Shape out2 = Shape.image(16, 10, 10);
  final BoundOperator conv1 = new Conv2d(6, 5, 1, 0).bind(in1, out1);
  final BoundOperator conv2 = new Conv2d(16, 5, 1, 0).bind(in2, out2);
  final BoundOperator pool1 = new MaxPool(2, null, 0).bind(out1, in2);
  final Matrix x1 = KernelBench.random(B, in1.size(), 1);
  final Matrix w1 = KernelBench.random(6, 25, 2);
  final Matrix y1 = KernelBench.random(B, out1.size(), 3);
  final Matrix dw1 = new Matrix(6, 25);
  /** The error of the first convolution's output, as pooling sends it back. */
  final Matrix dy1 = new Matrix(B, out1.size());
  final Matrix x2 = KernelBench.random(B, in2.size(), 4);
  final Matrix w2 = KernelBench.random(16, 150, 5);
  final Matrix y2 = KernelBench.random(B, out2.size(), 6);
  final Matrix dx2 = new Matrix(B, in2.size());
  final Matrix dw2 = new Matrix(16, 150);

  @Benchmark
  public Matrix conv1Forward() {
    conv1.forward(x1, w1, y1, false);
    return y1;
  }

  @Benchmark
  public Matrix conv1WeightGradient() {
    conv1.weightGradient(y1, x1, dw1);
    return dw1;
  }

  @Benchmark
  public Matrix conv2Forward() {
    conv2.forward(x2, w2, y2, false);
    return y2;
  }

  @Benchmark
  public Matrix conv2Backward() {
    conv2.backward(y2, w2, x2, dx2, false);
    return dx2;
  }

  @Benchmark
  public Matrix conv2WeightGradient() {
    conv2.weightGradient(y2, x2, dw2);
    return dw2;
  }

  @Benchmark
  public Matrix pool1Forward() {
    pool1.forward(y1, null, x2, false);
    return x2;
  }

  @Benchmark
  public Matrix pool1Backward() {
    pool1.backward(x2, null, y1, dy1, false);
    return dy1;
  }
}
