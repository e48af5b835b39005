package dev.plasticity.hebbian;

import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Recorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what a component records, curves included (the mocked runtime's recorder keeps numbers only). */
final class CapturingRecorder implements Recorder {
  final Map<String, Double> values = new LinkedHashMap<>();
  final List<Curve> curves = new ArrayList<>();

  @Override
  public void record(String name, double value) {
    values.put(name, value);
  }

  @Override
  public void curve(Curve c) {
    curves.add(c);
  }
}
