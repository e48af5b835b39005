package dev.plasticity.api.data;

/** What a scenario's data source loads: a training and a test set. */
public record Data(Dataset train, Dataset test) {}
