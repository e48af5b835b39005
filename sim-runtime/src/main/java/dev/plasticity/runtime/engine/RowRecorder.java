package dev.plasticity.runtime.engine;

import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Recorder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Collects the values of one evaluation and hands the closed row to the outputs. */
public final class RowRecorder implements Recorder {
  private final String variant;
  private final Consumer<MetricRow> sink;
  private Map<String, Double> current = new LinkedHashMap<>();
  private Consumer<Curve> curves = c -> {};

  public RowRecorder(String variant, Consumer<MetricRow> sink) {
    this.variant = variant;
    this.sink = sink;
  }

  @Override
  public void record(String name, double value) {
    current.put(name, value);
  }

  /** Curves go to {@code sink} as they are recorded (none are kept here). */
  public void onCurve(Consumer<Curve> sink) {
    this.curves = sink;
  }

  @Override
  public void curve(Curve c) {
    curves.accept(c);
  }

  /** Closes the current row (if anything was recorded) at {@code tick} of {@code epoch}. */
  public void close(long epoch, long tick) {
    if (current.isEmpty()) {
      return;
    }
    MetricRow row = new MetricRow(variant, epoch, tick, Collections.unmodifiableMap(current));
    current = new LinkedHashMap<>();
    sink.accept(row);
  }
}
