package dev.plasticity.alignment;

import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.sim.SimContext;

/** A named composition of Kunin primitives: installs as the {@link KuninAlignment} it stands for. */
public interface KuninPreset extends CreditRule {
  /** The general rule with this preset's terms. */
  KuninAlignment rule();

  @Override
  default void install(SimContext ctx) {
    rule().install(ctx);
  }
}
