package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario file read, overridden and bound: the variants to run, in order, and its
 * {@code sweep} section (null when it has none), which {@code plasticity sweep} reads; it is
 * taken out of {@code tree} after the --sets and smoke changes, which may change it.
 */
public record LoadedScenario(Path file, JsonNode tree, List<Variant> variants, JsonNode sweep) {
  public Scenario base() {
    return variants.get(0).scenario();
  }
}
