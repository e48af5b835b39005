package dev.plasticity.runtime.scenario;

import dev.plasticity.api.config.Doc;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Loss;
import dev.plasticity.api.learn.Optimizer;

/** How the network learns. */
public record LearningSpec(
    @Doc("loss on the output population") Loss loss,
    @Doc("how errors reach hidden layers") CreditRule credit,
    @Doc("how gradients change parameters") Optimizer optimizer) {}
