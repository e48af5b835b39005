package dev.plasticity.runtime.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.engine.RunStatus;
import dev.plasticity.runtime.engine.VariantStatus;
import dev.plasticity.runtime.scenario.Json;
import java.util.List;

/**
 * summary.json: whether the numbers are final (the run's {@code status}), and per variant
 * its standing (status, epochs done of planned, why it failed) and its last value of every
 * metric; the ranking, and the spreads over seeds when there are replicates.
 */
public final class Summary {
  private Summary() {}

  /**
   * @param finals the last rows of the variants that did not fail, ranked
   * @param overSeeds the spread over seeds (empty without replicates)
   * @param paired the differences from the baseline (empty without one)
   */
  public static ObjectNode of(String scenario, long seed, RunStatus status, List<MetricRow> finals, String rankBy,
      List<SeedStatistics.Row> overSeeds, String baseline, List<SeedStatistics.Row> paired) {
    ObjectNode summary = Json.MAPPER.createObjectNode();
    summary.put("scenario", scenario);
    summary.put("seed", seed);
    summary.put("status", status.status());
    ObjectNode vs = summary.putObject("variants");
    for (MetricRow f : finals) {
      ObjectNode o = standing(vs.putObject(f.variant()), status.variants().get(f.variant()));
      o.put("epoch", f.epoch());
      o.put("tick", f.tick());
      f.values().forEach(o::put);
    }
    // Then those without a result: failed, or not started.
    status.variants().forEach((name, v) -> {
      if (!vs.has(name)) {
        standing(vs.putObject(name), v);
      }
    });
    if (rankBy != null) {
      summary.put("rankedBy", rankBy);
      ArrayNode ranking = summary.putArray("ranking");
      finals.forEach(f -> ranking.add(f.variant()));
    }
    if (!overSeeds.isEmpty()) {
      summary.set("acrossSeeds", spreads(overSeeds));
    }
    if (!paired.isEmpty()) {
      ObjectNode p = summary.putObject("pairedWith");
      p.put("baseline", baseline);
      p.set("variants", spreads(paired));
    }
    return summary;
  }

  private static ObjectNode standing(ObjectNode o, VariantStatus v) {
    o.put("status", v.state().label());
    if (v.epochsPlanned() >= 0) { // unknown in run directories of older versions
      o.put("epochsDone", v.epochsDone());
      o.put("epochsPlanned", v.epochsPlanned());
    }
    if (v.reason() != null) {
      o.put("reason", v.reason());
    }
    return o;
  }

  /** Per variant (in ranking order), its replicates and each metric's spread. */
  private static ObjectNode spreads(List<SeedStatistics.Row> rows) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    for (SeedStatistics.Row r : rows) {
      ObjectNode v = o.putObject(r.variant());
      ArrayNode reps = v.putArray("replicates");
      r.replicates().forEach(reps::add);
      ObjectNode ms = v.putObject("metrics");
      r.metrics().forEach((name, s) -> {
        ObjectNode m = ms.putObject(name);
        m.put("n", s.n());
        m.put("mean", s.mean());
        m.put("std", s.std());
        m.put("min", s.min());
        m.put("max", s.max());
      });
    }
    return o;
  }
}
