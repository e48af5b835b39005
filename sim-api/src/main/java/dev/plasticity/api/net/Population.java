package dev.plasticity.api.net;

import dev.plasticity.api.math.Matrix;

/**
 * A group of units whose state is held as whole-batch tensors: pre-activation a,
 * activity h = f(a) and error δ = ∂L/∂a, each batch × size, a sample's units laid out
 * flat in the order of its {@link Shape} (channels × height × width for an image).
 */
public final class Population {
  private final String id;
  private final Shape shape;
  private final int size;
  private final Activation activation;
  private Matrix pre;
  private Matrix activity;
  private Matrix error;

  /** A flat population of {@code size} units. */
  public Population(String id, int size, Activation activation) {
    this(id, checkedUnits(id, size), activation);
  }

  public Population(String id, Shape shape, Activation activation) {
    this.id = id;
    this.shape = shape;
    this.size = shape.size();
    this.activation = activation;
  }

  private static Shape checkedUnits(String id, int size) {
    if (size <= 0) {
      throw new IllegalArgumentException(id + ": size must be positive, got " + size);
    }
    return Shape.units(size);
  }

  /** Allocates the state tensors for batches of up to {@code batchCapacity} rows. */
  public void allocate(int batchCapacity) {
    pre = new Matrix(batchCapacity, size);
    activity = new Matrix(batchCapacity, size);
    error = new Matrix(batchCapacity, size);
  }

  /** Uses the first {@code rows} rows of every state tensor. */
  public void useRows(int rows) {
    pre.useRows(rows);
    activity.useRows(rows);
    error.useRows(rows);
  }

  public String id() {
    return id;
  }

  /** Units per sample, the product of the shape's dimensions. */
  public int size() {
    return size;
  }

  public Shape shape() {
    return shape;
  }

  public Activation activation() {
    return activation;
  }

  /** a: the summed input, batch × size. */
  public Matrix pre() {
    return pre;
  }

  /** h = f(a), batch × size; the input population's activity is the data. */
  public Matrix activity() {
    return activity;
  }

  /** δ = ∂L/∂a, batch × size, written by the loss and the credit rule. */
  public Matrix error() {
    return error;
  }

  @Override
  public String toString() {
    return id + "(" + shape + ")";
  }
}
