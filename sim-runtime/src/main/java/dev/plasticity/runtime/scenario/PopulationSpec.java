package dev.plasticity.runtime.scenario;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.net.Activation;

/** A population: its id, number of units and nonlinearity. */
public record PopulationSpec(
    @Doc("unique id, referenced by projections") String id,
    @Doc("number of units") @Min(1) int size,
    @Doc("nonlinearity") @Default("\"identity\"") Activation activation) {
  public PopulationSpec {
    if (id.isBlank()) {
      throw new dev.plasticity.api.config.ConfigException("id", "must not be empty");
    }
  }
}
