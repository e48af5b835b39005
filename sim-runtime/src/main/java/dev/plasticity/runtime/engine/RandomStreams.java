package dev.plasticity.runtime.engine;

import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.StateMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One random stream per name, each seeded from the scenario seed and its name. A
 * component's numbers depend on the seed and its own name only, not on what else the
 * scenario holds or in what order things were built.
 */
public final class RandomStreams {
  private final long seed;
  private final Map<String, Rng> streams = new LinkedHashMap<>();

  public RandomStreams(long seed) {
    this.seed = seed;
  }

  public Rng get(String name) {
    return streams.computeIfAbsent(name, n -> new Rng(Rng.deriveSeed(seed, n)));
  }

  public void save(StateMap out) {
    streams.forEach((name, rng) -> out.putLongs("rng/" + name, rng.state()));
  }

  public void restore(StateMap in) {
    in.entries().keySet().stream()
        .filter(k -> k.startsWith("rng/"))
        .forEach(k -> get(k.substring(4)).restore(in.longs(k)));
  }
}
