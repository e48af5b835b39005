package dev.plasticity.runtime.scenario;

import java.util.List;

/**
 * What the command line changes in a scenario: the seed, which variants run, and
 * {@code path=value} settings applied before the variants.
 */
public record RunOptions(Long seed, List<String> variants, List<String> sets) {
  public static final RunOptions NONE = new RunOptions(null, List.of(), List.of());

  public RunOptions {
    variants = List.copyOf(variants);
    sets = List.copyOf(sets);
  }
}
