package dev.plasticity.runtime.engine;

import java.util.Map;

/** One evaluation's values: a line of metrics.jsonl and a row of metrics.csv. */
public record MetricRow(String variant, long epoch, long tick, Map<String, Double> values) {}
