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
}
