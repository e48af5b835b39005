package dev.plasticity.api.sim;

import java.util.List;

/**
 * A component that can say, from its configuration alone, the arrays it will allocate for a
 * run. {@code plasticity validate} (and {@code run}, before anything is loaded) compares
 * each with what the JVM can hold, so that a size that cannot be allocated (a delayed-recall
 * gap of 10^9) is refused at the field that asked for it, with the memory it would take,
 * instead of failing at install as {@code NegativeArraySizeException}. Report the large
 * arrays, those that grow with a configured size; small fixed buffers need not be listed.
 */
public interface Footprint {
  /** The arrays this component allocates for a run of {@code sizes}, in any order. */
  List<Block> blocks(Sizes sizes);

  /**
   * What is known of a run's sizes before anything is loaded: {@code inputs}, the width of
   * the network's input population (the data's features), 0 where it is not known yet.
   */
  record Sizes(long inputs) {}

  /**
   * One array: {@code elements} values of {@code elementBytes} bytes each, sized by the
   * config field at {@code field} (a path relative to the component, such as
   * {@code task.gap}; empty: the component itself), described for messages by {@code what}
   * ("the history of states: 1000000001 ticks x 64 sequences x 64 units").
   */
  record Block(String field, String what, long elements, int elementBytes) {
    /** The product of {@code factors}, or {@link Long#MAX_VALUE} where it overflows (or a factor is negative). */
    public static long times(long... factors) {
      long p = 1;
      for (long f : factors) {
        if (f < 0) {
          return Long.MAX_VALUE;
        }
        try {
          p = Math.multiplyExact(p, f);
        } catch (ArithmeticException e) {
          return Long.MAX_VALUE;
        }
      }
      return p;
    }

    /** The bytes the array takes, {@link Long#MAX_VALUE} where that overflows. */
    public long bytes() {
      return times(elements, elementBytes);
    }
  }
}
