package dev.plasticity.api.learn;

import dev.plasticity.api.math.Matrix;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learnable (or fixed) tensor with its gradient and its optimizer's state.
 *
 * <p>Everything a checkpoint must keep of a parameter lives here: the value, the number
 * of updates it has had, and named slots of optimizer state (momentum, Adam moments).
 * A credit rule writes {@link #grad()} and calls {@link #markGradient()}; the optimizer
 * updates only parameters with a fresh gradient, then clears the mark.
 */
public final class Parameter {
  private final String name;
  private final Matrix value;
  private final Matrix grad;
  private final boolean trainable;
  private final Map<String, float[]> slots = new LinkedHashMap<>();
  private Optimizer optimizer;
  private long updates;
  private boolean gradReady;

  public Parameter(String name, int rows, int cols, boolean trainable) {
    this.name = name;
    this.value = new Matrix(rows, cols);
    this.grad = trainable ? new Matrix(rows, cols) : null;
    this.trainable = trainable;
  }

  public String name() {
    return name;
  }

  public Matrix value() {
    return value;
  }

  /** The gradient; only trainable parameters have one. */
  public Matrix grad() {
    if (grad == null) {
      throw new IllegalStateException(name + " is fixed and has no gradient");
    }
    return grad;
  }

  public boolean trainable() {
    return trainable;
  }

  /** Says the gradient holds this tick's value and should be applied. */
  public void markGradient() {
    gradReady = true;
  }

  public boolean hasFreshGradient() {
    return gradReady;
  }

  /** Called by an optimizer once it has applied the gradient. */
  public void consumeGradient() {
    gradReady = false;
    updates++;
  }

  public long updates() {
    return updates;
  }

  public void setUpdates(long n) {
    updates = n;
  }

  /** An optimizer-state buffer of the parameter's size, created zeroed on first use. */
  public float[] slot(String key) {
    return slots.computeIfAbsent(key, k -> new float[value.size()]);
  }

  public Map<String, float[]> slots() {
    return slots;
  }

  /** The optimizer for this parameter, or null to use the scenario's optimizer. */
  public Optimizer optimizer() {
    return optimizer;
  }

  public Parameter withOptimizer(Optimizer o) {
    this.optimizer = o;
    return this;
  }

  @Override
  public String toString() {
    return name + "[" + value.shape() + (trainable ? "" : ", fixed") + "]";
  }
}
