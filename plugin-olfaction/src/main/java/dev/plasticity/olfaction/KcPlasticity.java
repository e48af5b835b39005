package dev.plasticity.olfaction;

import dev.plasticity.api.sim.Installable;

/**
 * A learning rule of the mushroom body output (kind {@code kc-plasticity}), installed by
 * the odour presentation that drives it: it schedules PLASTICITY events acting on the
 * odours presented in each tick.
 */
public interface KcPlasticity extends Installable {}
