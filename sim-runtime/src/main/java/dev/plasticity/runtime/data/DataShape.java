package dev.plasticity.runtime.data;

/** How many features a data set's vectors have, and how many classes its labels (0: unlabelled). */
public record DataShape(int features, int classes) {}
