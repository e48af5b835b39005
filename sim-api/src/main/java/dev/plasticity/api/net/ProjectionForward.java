package dev.plasticity.api.net;

/**
 * How one projection adds its contribution to its target's pre-activation for the current
 * batch; {@link Network#operate} (the projection's operator) is the default.
 */
@FunctionalInterface
public interface ProjectionForward {
  /**
   * Writes (or, when {@code accumulate}, adds) this projection's input to
   * {@code p.target().pre()} for the rows in use.
   */
  void forward(Projection p, boolean accumulate);
}
