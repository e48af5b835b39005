package dev.plasticity.api.sim;

/**
 * Measures something (kind {@code metric}): schedules its own events (RECORD to
 * accumulate, CONTROL at each evaluation) and writes values to the recorder.
 */
public interface Metric extends Installable {}
