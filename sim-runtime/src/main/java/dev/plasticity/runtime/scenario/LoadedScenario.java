package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/** A scenario file read, overridden and bound: the variants to run, in order. */
public record LoadedScenario(Path file, JsonNode tree, List<Variant> variants) {
  public Scenario base() {
    return variants.get(0).scenario();
  }
}
