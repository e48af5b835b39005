package dev.plasticity.api.math;

import java.util.Arrays;

/**
 * A dense row-major {@code float} matrix: the only tensor type of Plasticity.
 *
 * <p>A population's activity is a matrix of batch × units; a projection's weights are a
 * matrix of out × in. The number of rows in use may shrink below the allocated capacity
 * ({@link #useRows(int)}) so that a last, partial batch needs no new allocation.
 */
public final class Matrix {
  private final float[] data;
  private final int cols;
  private final int capacityRows;
  private int rows;

  public Matrix(int rows, int cols) {
    this(new float[checkedSize(rows, cols)], rows, cols);
  }

  private Matrix(float[] data, int rows, int cols) {
    this.data = data;
    this.rows = rows;
    this.cols = cols;
    this.capacityRows = cols == 0 ? rows : data.length / cols;
  }

  /** Wraps an existing array (not copied) of at least rows × cols values. */
  public static Matrix wrap(float[] data, int rows, int cols) {
    if (data.length < checkedSize(rows, cols)) {
      throw new IllegalArgumentException(
          "array of " + data.length + " floats cannot hold " + rows + "x" + cols);
    }
    return new Matrix(data, rows, cols);
  }

  /** A row vector (1 × n) over a copy of the values. */
  public static Matrix row(float... values) {
    return new Matrix(values.clone(), 1, values.length);
  }

  private static int checkedSize(int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("negative shape " + rows + "x" + cols);
    }
    long n = (long) rows * cols;
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("matrix too large: " + rows + "x" + cols);
    }
    return (int) n;
  }

  /** The backing array; element (i, j) is at {@code i * cols() + j}. */
  public float[] data() {
    return data;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public int capacityRows() {
    return capacityRows;
  }

  /** Number of elements in use: rows × cols. */
  public int size() {
    return rows * cols;
  }

  /** Uses only the first {@code n} rows (n ≤ capacity) without reallocating. */
  public Matrix useRows(int n) {
    if (n < 0 || n > capacityRows) {
      throw new IllegalArgumentException("rows " + n + " outside capacity " + capacityRows);
    }
    rows = n;
    return this;
  }

  public float get(int i, int j) {
    return data[i * cols + j];
  }

  public void set(int i, int j, float v) {
    data[i * cols + j] = v;
  }

  public Matrix fill(float v) {
    Arrays.fill(data, 0, size(), v);
    return this;
  }

  /** Copies the values (and row count) of {@code src}, which must have the same columns. */
  public Matrix copyFrom(Matrix src) {
    if (src.cols != cols || src.rows > capacityRows) {
      throw new IllegalArgumentException(
          "cannot copy " + src.shape() + " into " + shape() + " (capacity " + capacityRows + ")");
    }
    rows = src.rows;
    System.arraycopy(src.data, 0, data, 0, src.size());
    return this;
  }

  /** A new matrix with a copy of the rows in use. */
  public Matrix copy() {
    return new Matrix(Arrays.copyOf(data, size()), rows, cols);
  }

  public String shape() {
    return rows + "x" + cols;
  }

  /** Whether both matrices have the shape of {@code other}. */
  public boolean sameShape(Matrix other) {
    return rows == other.rows && cols == other.cols;
  }

  @Override
  public String toString() {
    return "Matrix[" + shape() + "]";
  }
}
