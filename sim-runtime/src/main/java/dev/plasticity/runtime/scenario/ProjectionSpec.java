package dev.plasticity.runtime.scenario;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Initializer;

/** Weights from one population to another. */
public record ProjectionSpec(
    @Doc("source population id") String from,
    @Doc("target population id") String to,
    @Doc("id; defaults to from->to") @Optional String id,
    @Doc("how W starts") @Default("{\"type\": \"xavier-uniform\"}") Initializer init,
    @Doc("whether the projection adds a bias (starting at zero)") @Default("true") boolean bias) {

  /** The id, or from->to when none was given. */
  public String name() {
    return id != null ? id : from + "->" + to;
  }
}
