package dev.plasticity.alignment;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/** Backprop and the rules that assign credit without weight symmetry. */
public final class AlignmentPlugin implements Plugin {
  @Override
  public String name() {
    return "alignment";
  }

  @Override
  public String description() {
    return "backprop and credit assignment without weight symmetry, with alignment metrics";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(Kinds.CREDIT, "backprop", "exact backpropagation of the output error through W^T",
        Backprop.class);
  }
}
