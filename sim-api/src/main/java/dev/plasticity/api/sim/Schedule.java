package dev.plasticity.api.sim;

import dev.plasticity.api.data.Data;

/**
 * Drives a run (kind {@code schedule}): fixes its timeline from the data and schedules
 * the INPUT events that present it.
 */
public interface Schedule extends Installable {
  Timeline plan(Data data);

  /** The largest batch a tick presents; the network is allocated for it. */
  int batchCapacity(Data data);

  /**
   * Whether the scenario's learning section trains the network on what this schedule
   * presents. A schedule that trains a model of its own (a recurrent cell with its own
   * credit and optimizer) or presents nothing (evaluation-only repeats) says no: validate
   * then refuses a learning section beside it, which would otherwise train on batches that
   * nothing fills. A schedule that says yes gets the learning section's training whenever
   * the scenario has one, and validate checks that it has a weight to train.
   */
  default boolean usesLearningSection() {
    return true;
  }
}
