package dev.plasticity.api.data;

import dev.plasticity.api.math.Matrix;

/**
 * Labelled vectors held in memory: features n × d (float) and labels in [0, classes), or
 * all labels −1 for unlabelled data.
 */
public final class Dataset {
  private final String name;
  private final Matrix features;
  private final int[] labels;
  private final int classes;

  public Dataset(String name, Matrix features, int[] labels, int classes) {
    if (labels.length != features.rows()) {
      throw new IllegalArgumentException(
          name + ": " + labels.length + " labels for " + features.rows() + " rows");
    }
    this.name = name;
    this.features = features;
    this.labels = labels;
    this.classes = classes;
  }

  public String name() {
    return name;
  }

  public int size() {
    return features.rows();
  }

  public int dim() {
    return features.cols();
  }

  public int classes() {
    return classes;
  }

  public Matrix features() {
    return features;
  }

  public int[] labels() {
    return labels;
  }

  /**
   * Copies rows {@code order[from .. from+count)} into the first {@code count} rows of
   * {@code dst} and their labels into {@code labelsDst}.
   */
  public void gather(int[] order, int from, int count, Matrix dst, int[] labelsDst) {
    int d = dim();
    float[] src = features.data();
    float[] out = dst.data();
    dst.useRows(count);
    for (int r = 0; r < count; r++) {
      int row = order == null ? from + r : order[from + r];
      System.arraycopy(src, row * d, out, r * d, d);
      labelsDst[r] = labels[row];
    }
  }

  /** The first {@code n} rows as a new data set (a copy). */
  public Dataset head(int n) {
    if (n >= size()) {
      return this;
    }
    Matrix f = new Matrix(n, dim());
    System.arraycopy(features.data(), 0, f.data(), 0, n * dim());
    return new Dataset(name, f, java.util.Arrays.copyOf(labels, n), classes);
  }
}
