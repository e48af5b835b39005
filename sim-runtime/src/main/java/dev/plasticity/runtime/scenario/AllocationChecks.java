package dev.plasticity.runtime.scenario;

import dev.plasticity.api.sim.Footprint;
import dev.plasticity.api.sim.Footprint.Block;
import dev.plasticity.runtime.config.Problems;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Sizes that cannot be allocated, found before anything is loaded: the network's weights
 * ({@link NetworkFootprint}) and the arrays that components report ({@link Footprint}),
 * each compared with the longest array Java can make, and each component's together with
 * the JVM's maximum heap. Otherwise a run fails at install, as
 * {@code NegativeArraySizeException: -1604378544} where a size overflowed an int or as
 * {@code OutOfMemoryError}, with no word of which field asked for it.
 */
final class AllocationChecks {
  /** The longest array HotSpot allocates (a few header words below Integer.MAX_VALUE). */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final long maxHeap;

  /** Checks against a heap of {@code maxHeap} bytes ({@code Runtime.maxMemory()}). */
  AllocationChecks(long maxHeap) {
    this.maxHeap = maxHeap;
  }

  /** Adds a problem for each component of {@code s} whose arrays cannot be allocated; {@code inputs}: the data's features, 0 when unknown. */
  void check(ScenarioParts s, long inputs, Problems problems) {
    if (s.network() != null) {
      check("$.network", NetworkFootprint.of(s.network()), problems);
    }
    List<Found> found = new ArrayList<>();
    walk("$.data", s.data(), found);
    walk("$.schedule", s.schedule(), found);
    if (s.learning() != null) {
      walk("$.learning", s.learning(), found);
    }
    for (int i = 0; i < s.metrics().size(); i++) {
      walk("$.metrics[" + i + "]", s.metrics().get(i), found);
    }
    Footprint.Sizes sizes = new Footprint.Sizes(s.network() != null ? s.network().populations().get(0).size() : inputs);
    for (Found f : found) {
      check(f.path(), f.footprint().blocks(sizes), problems);
    }
  }

  /** A component that reports its arrays, and its JSON path. */
  private record Found(String path, Footprint footprint) {}

  /** A problem for the first array too long for Java, else when the arrays together exceed the heap. */
  private void check(String path, List<Block> blocks, Problems problems) {
    for (Block b : blocks) {
      if (b.elements() > MAX_ARRAY) {
        problems.at(at(path, b), b.what() + " would be one array of " + count(b.elements()) + " values, "
            + bytes(b.bytes()) + "; a Java array holds at most " + MAX_ARRAY);
        return;
      }
    }
    long total = blocks.stream().mapToLong(Block::bytes).reduce(0, AllocationChecks::plus);
    if (total > maxHeap) {
      Block largest = blocks.stream().max(Comparator.comparingLong(Block::bytes)).orElseThrow();
      problems.at(at(path, largest), largest.what() + " would take " + bytes(largest.bytes())
          + (blocks.size() > 1 ? " (" + bytes(total) + " with the other arrays of " + path + ")" : "")
          + ", and the JVM may use at most " + bytes(maxHeap)
          + " (PLASTICITY_JAVA_OPTS=-Xmx... raises it)");
    }
  }

  /**
   * Finds the components that report a footprint in {@code value} and the records it holds
   * (a schedule's task, a list of terms), with the JSON path of each.
   */
  private static void walk(String path, Object value, List<Found> found) {
    if (value instanceof Footprint f) {
      found.add(new Found(path, f));
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i), found);
      }
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          walk(path + "." + c.getName(), c.getAccessor().invoke(value), found);
        } catch (IllegalAccessException | InvocationTargetException e) {
          // Components are public records in exported packages (the plugin check); one that is
          // not cannot be looked into, and start-up has said so.
        }
      }
    }
  }

  private static String at(String path, Block b) {
    return b.field().isEmpty() ? path : path + "." + b.field();
  }

  private static long plus(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  private static String count(long n) {
    return n == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(n);
  }

  /** "29.8 TiB", in the binary units that -Xmx counts in. */
  static String bytes(long n) {
    if (n == Long.MAX_VALUE) {
      return "more than 8 EiB";
    }
    String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = n;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? n + " bytes" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
