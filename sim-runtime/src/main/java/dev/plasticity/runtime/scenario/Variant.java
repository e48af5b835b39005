package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/** One variant of a scenario: its name, its resolved JSON tree and the bound records. */
public record Variant(String name, JsonNode tree, Scenario scenario) {
  /** The name a scenario without variants runs under. */
  public static final String DEFAULT = "default";
}
