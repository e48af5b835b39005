package dev.plasticity.alignment;

import dev.plasticity.api.config.Doc;

/** One weighted primitive of a Kunin regularizer: {@code {"primitive": "amp", "weight": 0.2}}. */
public record KuninTerm(
    @Doc("the primitive: decay, amp, null, sparse or self") Primitive primitive,
    @Doc("its weight in R (may be negative)") double weight) {}
