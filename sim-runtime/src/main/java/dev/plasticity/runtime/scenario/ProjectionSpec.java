package dev.plasticity.runtime.scenario;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.net.Dense;
import dev.plasticity.api.net.Operator;

/** What one population feeds another: an operator (dense by default) and its weights. */
public record ProjectionSpec(
    @Doc("source population id") String from,
    @Doc("target population id") String to,
    @Doc("id; defaults to from->to") @Optional String id,
    @Doc("how W starts") @Default("{\"type\": \"xavier-uniform\"}") Initializer init,
    @Doc("whether the projection adds a bias (starting at zero; operators without weights have none)")
        @Default("true") boolean bias,
    @Doc("what the projection computes: dense, conv2d, max-pool, avg-pool, ...")
        @Default("\"dense\"") Operator operator) {
  public ProjectionSpec {
    if (operator == null) {
      operator = new Dense();
    }
  }

  /** A dense projection, as scenarios wrote them before operators. */
  public ProjectionSpec(String from, String to, String id, Initializer init, boolean bias) {
    this(from, to, id, init, bias, new Dense());
  }

  /** The id, or from->to when none was given. */
  public String name() {
    return id != null ? id : from + "->" + to;
  }
}
