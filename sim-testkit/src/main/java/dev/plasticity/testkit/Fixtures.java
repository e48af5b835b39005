package dev.plasticity.testkit;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.spi.RecordBinder;

/**
 * Small, seeded data for tests, and component records built as a scenario builds them.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The record {@code type} with every field at its {@code @Default}, as a scenario that names
   * the type and gives no field gets it: {@code Fixtures.defaults(FeedbackAlignment.class)}.
   * A record built with {@code new} takes no default ({@code new FeedbackAlignment(null)}
   * holds a null initialiser). Bound by the runtime's binder, which must be on the test class
   * path (sim-runtime in scope test); fails naming each field that has no default.
   */
  public static <R extends Record> R defaults(Class<R> type) {
    return fromJson(type, "{}");
  }

  /**
   * The record {@code type} bound from {@code json}, an object of some of its fields written as
   * in a scenario, the others at their {@code @Default}:
   * {@code Fixtures.fromJson(NoisyTransport.class, "{\"sigma\": 2}")}. Bounds and type names
   * are checked as in a scenario; every problem fails, one line each at its JSON path.
   */
  public static <R extends Record> R fromJson(Class<R> type, String json) {
    RecordBinder binder = RuntimeService.find(RecordBinder.class, "Fixtures builds records");
    try {
      return binder.bind(type, json);
    } catch (IllegalArgumentException e) {
      String name = type.getSimpleName();
      String call = json.equals("{}") ? "Fixtures.defaults(" + name + ".class)"
          : "Fixtures.fromJson(" + name + ".class, " + json + ")";
      throw new AssertionError(String.join("\n", e.getMessage().lines()
          .map(line -> call + ": " + line + requiredHint(line, name)).toList()));
    }
  }

  /** For "$.sigma: missing required field", how to give it. */
  private static String requiredHint(String line, String type) {
    String missing = ": missing required field";
    if (!line.startsWith("$.") || !line.endsWith(missing) || line.indexOf('.', 2) >= 0) {
      return "";
    }
    String field = line.substring(2, line.length() - missing.length());
    return "; it has no @Default: give it, Fixtures.fromJson(" + type + ".class, \"{\\\"" + field
        + "\\\": ...}\")";
  }

  /** A seeded random stream. */
  public static Rng rng(long seed) {
    return new Rng(seed);
  }

  /**
   * Gaussian blobs: {@code classes} centres drawn in [-2, 2]^dim, unit-variance points
   * around them; {@code train} and {@code test} points, labels balanced.
   */
  public static Data blobs(int dim, int classes, int train, int test, long seed) {
    Rng rng = new Rng(seed);
    float[][] centres = new float[classes][dim];
    for (float[] c : centres) {
      for (int j = 0; j < dim; j++) {
        c[j] = (float) (4 * rng.nextDouble() - 2);
      }
    }
    return new Data(blobSet("blobs/train", centres, train, rng), blobSet("blobs/test", centres, test, rng));
  }

  private static Dataset blobSet(String name, float[][] centres, int n, Rng rng) {
    int dim = centres[0].length;
    Matrix x = new Matrix(n, dim);
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % centres.length;
      for (int j = 0; j < dim; j++) {
        x.set(i, j, centres[y[i]][j] + (float) (0.5 * rng.nextGaussian()));
      }
    }
    return new Dataset(name, x, y, centres.length);
  }

  /** A matrix of N(0, std²) values. */
  public static Matrix gaussian(int rows, int cols, double std, long seed) {
    Rng rng = new Rng(seed);
    Matrix m = new Matrix(rows, cols);
    for (int i = 0; i < m.size(); i++) {
      m.data()[i] = (float) (std * rng.nextGaussian());
    }
    return m;
  }
}
