package dev.plasticity.runtime.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.sim.Footprint;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.runtime.config.Problems;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Arrays a scenario's components would allocate, against Java's longest array and the heap. */
class AllocationChecksTest {
  private static final long GIB = 1L << 30;

  /** A component holding others that report their arrays, as a schedule holds its task. */
  record Outer(List<Inner> parts) implements Metric {
    @Override
    public void install(SimContext ctx) {}
  }

  record Inner(long a, long b) implements Footprint {
    @Override
    public List<Block> blocks(Sizes sizes) {
      return List.of(new Block("a", "the first (" + a + " floats)", a, Float.BYTES),
          new Block("b", "the second (" + b + " floats)", b, Float.BYTES));
    }
  }

  private static List<String> problems(long heap, Inner... parts) {
    Problems p = new Problems();
    new AllocationChecks(heap).check(new ScenarioParts(null, null, null, null,
        List.of(new Outer(List.of(parts))), Set.of()), 0, p);
    return p.lines();
  }

  @Test
  void aComponentInsideAnotherIsFoundAtItsPath() {
    assertEquals(List.of("$.metrics[0].parts[1].b: the second (3000000000 floats) would be one array of 3000000000"
        + " values, 11.2 GiB; a Java array holds at most 2147483639"),
        problems(64 * GIB, new Inner(10, 10), new Inner(10, 3_000_000_000L)));
  }

  @Test
  void theArraysOfAComponentTogetherAreComparedWithTheHeap() {
    long quarter = GIB / 4; // 1 GiB of floats
    assertEquals(List.of(), problems(3 * GIB, new Inner(quarter, quarter)));
    assertEquals(List.of("$.metrics[0].parts[0].a: the first (402653184 floats) would take 1.5 GiB (2.5 GiB with"
        + " the other arrays of $.metrics[0].parts[0]), and the JVM may use at most 2.0 GiB"
        + " (PLASTICITY_JAVA_OPTS=-Xmx... raises it)"), problems(2 * GIB, new Inner(3 * quarter / 2, quarter)));
  }

  @Test
  void productsThatOverflowSaturate() {
    assertEquals(Long.MAX_VALUE, Footprint.Block.times(1L << 40, 1L << 40));
    assertEquals(Long.MAX_VALUE, Footprint.Block.times(5, -1));
    assertEquals(4_096_000_004_096L, Footprint.Block.times(1_000_000_001, 64, 64));
    assertEquals("more than 8 EiB", AllocationChecks.bytes(Long.MAX_VALUE));
    assertEquals("512 bytes", AllocationChecks.bytes(512));
  }
}
