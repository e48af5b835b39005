package dev.plasticity.runtime.scenario;

import java.util.List;

/**
 * What the command line changes in a scenario: the seed, which variants run,
 * {@code path=value} settings applied before the variants, whether the scenario's own
 * {@code smoke} changes shrink it to a quick run, and the seeds every variant is repeated
 * with (empty: run each variant once, with the scenario's seed).
 */
public record RunOptions(Long seed, List<String> variants, List<String> sets, boolean smoke,
    List<Long> seeds) {
  public static final RunOptions NONE = new RunOptions(null, List.of(), List.of(), false);

  public RunOptions(Long seed, List<String> variants, List<String> sets) {
    this(seed, variants, sets, false);
  }

  public RunOptions(Long seed, List<String> variants, List<String> sets, boolean smoke) {
    this(seed, variants, sets, smoke, List.of());
  }

  public RunOptions {
    variants = List.copyOf(variants);
    sets = List.copyOf(sets);
    seeds = List.copyOf(seeds);
  }
}
