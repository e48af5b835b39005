package dev.plasticity.api.learn;

import dev.plasticity.api.sim.Installable;

/**
 * Assigns credit (kind {@code credit}): typically a FEEDBACK event that turns the output
 * error into hidden errors and weight gradients, marking each gradient it writes with
 * {@link Parameter#markGradient()}. It may register feedback weights as parameters.
 */
public interface CreditRule extends Installable {}
