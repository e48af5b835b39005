package dev.plasticity.sweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.config.Suggest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Reads a {@code sweep} section into a {@link SweepSpec}, saying every problem at once, one
 * line each at its JSON path ({@code $.sweep.axes.product[1].range: empty: ...}), as the
 * scenario's own binder does. Whether a path exists in the scenario is checked later, by
 * {@link PointTrees}, against the tree each point changes.
 */
public final class SpecReader {
  /** More points than this is a typo (a step of 1e-9), not a sweep. */
  static final int MAX_VALUES = 100_000;
  private static final Set<String> SECTION = Set.of("axes", "seeds", "rankBy", "heatmap", "retries");
  private static final Set<String> LEAF = Set.of("path", "name", "labels", "values", "range", "uniform", "logUniform");
  private static final List<String> KINDS = List.of("values", "range", "uniform", "logUniform");
  private static final List<String> COMPOSITES = List.of("product", "zip", "union");

  private final Problems problems;
  private final List<String> labelled = new ArrayList<>();

  private SpecReader(Problems problems) {
    this.problems = problems;
  }

  /**
   * The spec of {@code section}; null when it has problems, which are added to {@code problems}.
   *
   * @param scenarioSeed the seed every point runs with when the section names no seeds
   * @param scenarioRankBy the metric to rank by when the section names none
   */
  public static SweepSpec read(JsonNode section, long scenarioSeed, String scenarioRankBy, Problems problems) {
    return new SpecReader(problems).section(section, scenarioSeed, scenarioRankBy);
  }

  private SweepSpec section(JsonNode s, long scenarioSeed, String scenarioRankBy) {
    int before = problems.size();
    unknownKeys(s, "$.sweep", SECTION);
    Axis axes = null;
    if (!s.has("axes")) {
      problems.at("$.sweep.axes", "missing: the axes to sweep (e.g. {\"path\": \"learning.optimizer.lr\", \"values\": [0.01, 0.1]})");
    } else {
      axes = axis(s.get("axes"), "$.sweep.axes");
    }
    List<Long> seeds = new ArrayList<>();
    JsonNode seedsNode = s.get("seeds");
    if (seedsNode == null) {
      seeds.add(scenarioSeed);
    } else if (!seedsNode.isArray() || seedsNode.isEmpty()) {
      problems.at("$.sweep.seeds", "must be a non-empty list of integers, got " + Binder.describe(seedsNode));
    } else {
      for (int i = 0; i < seedsNode.size(); i++) {
        JsonNode n = seedsNode.get(i);
        if (!n.canConvertToLong() || !n.isIntegralNumber()) {
          problems.at("$.sweep.seeds[" + i + "]", "must be an integer, got " + Binder.describe(n));
        } else if (seeds.contains(n.asLong())) {
          problems.at("$.sweep.seeds[" + i + "]", "seed " + n.asLong() + " is repeated");
        } else {
          seeds.add(n.asLong());
        }
      }
    }
    String rankBy = scenarioRankBy;
    if (s.has("rankBy")) {
      rankBy = text(s.get("rankBy"), "$.sweep.rankBy");
    }
    if (rankBy == null && problems.size() == before) {
      problems.at("$.sweep.rankBy", "missing: the metric the ranked table sorts by (e.g. \"test-accuracy\"), here or as the scenario's rankBy");
    }
    List<String> heatmap = new ArrayList<>();
    if (s.has("heatmap")) {
      JsonNode h = s.get("heatmap");
      if (!h.isArray() || h.size() != 2 || !h.get(0).isTextual() || !h.get(1).isTextual()) {
        problems.at("$.sweep.heatmap", "must be two column names (axes' names), got " + Binder.describe(h));
      } else if (axes != null) {
        for (int i = 0; i < 2; i++) {
          String c = h.get(i).textValue();
          if (!axes.columns().contains(c)) {
            problems.at("$.sweep.heatmap[" + i + "]", "no axis named '" + c + "'; " + Suggest.knownAndNearest(c, axes.columns()));
          }
          heatmap.add(c);
        }
      }
    } else if (axes != null && axes.columns().size() == 2) {
      heatmap.addAll(axes.columns()); // two axes: their heat map, unasked
    }
    int retries = 2;
    if (s.has("retries")) {
      JsonNode r = s.get("retries");
      if (!r.isIntegralNumber() || r.asInt() < 0 || r.asInt() > 100) {
        problems.at("$.sweep.retries", "must be an integer from 0 to 100, got " + Binder.describe(r));
      } else {
        retries = r.asInt();
      }
    }
    if (axes != null && problems.size() == before && axes.points().isEmpty()) {
      problems.at("$.sweep.axes", "spans no point");
    }
    return problems.size() == before ? new SweepSpec(axes, seeds, rankBy, heatmap, retries, labelled) : null;
  }

  private Axis axis(JsonNode n, String at) {
    if (n.isArray()) {
      return composite("product", n, at); // a list of axes is their product
    }
    if (!n.isObject()) {
      problems.at(at, "must be an axis (an object with a path and its values, or a product, zip or union), got "
          + Binder.describe(n));
      return null;
    }
    for (String c : COMPOSITES) {
      if (n.has(c)) {
        if (n.size() != 1) {
          problems.at(at, "a " + c + " has no other keys, got " + fieldNames(n));
          return null;
        }
        return composite(c, n.get(c), at + "." + c);
      }
    }
    return leaf(n, at);
  }

  private Axis composite(String kind, JsonNode list, String at) {
    if (!list.isArray() || list.isEmpty()) {
      problems.at(at, "must be a non-empty list of axes, got " + Binder.describe(list));
      return null;
    }
    List<Axis> parts = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      Axis a = axis(list.get(i), at + "[" + i + "]");
      ok &= a != null;
      parts.add(a);
    }
    if (!ok) {
      return null;
    }
    if (kind.equals("zip")) {
      int n = parts.get(0).points().size();
      for (int i = 1; i < parts.size(); i++) {
        int m = parts.get(i).points().size();
        if (m != n) {
          problems.at(at + "[" + i + "]", "has " + m + " points, " + at + "[0] " + n + ": zipped axes go together value by value");
          ok = false;
        }
      }
    }
    if (!ok) {
      return null;
    }
    return switch (kind) {
      case "product" -> new Axis.Product(parts);
      case "zip" -> new Axis.Zip(parts);
      default -> new Axis.Union(parts);
    };
  }

  private Axis leaf(JsonNode n, String at) {
    int before = problems.size();
    unknownKeys(n, at, LEAF);
    String path = n.has("path") ? text(n.get("path"), at + ".path") : null;
    if (!n.has("path")) {
      problems.at(at + ".path", "missing: the dotted path this axis sets (e.g. \"learning.optimizer.lr\")");
    } else if (path != null && !PathSteps.isPath(path)) {
      problems.at(at + ".path", "'" + path + "' is no dotted path (fields and [index], e.g. network.projections[0].init)");
    }
    List<String> kinds = KINDS.stream().filter(n::has).toList();
    if (kinds.size() != 1) {
      problems.at(at, (kinds.isEmpty() ? "no values: give one of " : "give one of ") + String.join(", ", KINDS)
          + (kinds.isEmpty() ? "" : ", got " + String.join(" and ", kinds)));
      return null;
    }
    String kind = kinds.get(0);
    List<JsonNode> values = switch (kind) {
      case "values" -> list(n.get(kind), at + ".values");
      case "range" -> range(n.get(kind), at + ".range");
      case "uniform" -> sample(n.get(kind), at + ".uniform", false);
      default -> sample(n.get(kind), at + ".logUniform", true);
    };
    String column = n.has("name") ? text(n.get("name"), at + ".name") : path;
    List<String> labels = null;
    if (n.has("labels")) {
      JsonNode l = n.get("labels");
      if (!l.isArray() || values != null && l.size() != values.size()) {
        problems.at(at + ".labels", "must be a list of as many names as the axis has values ("
            + (values == null ? "?" : values.size()) + "), got " + Binder.describe(l));
      } else {
        labels = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
          labels.add(text(l.get(i), at + ".labels[" + i + "]"));
        }
      }
    }
    if (problems.size() != before || values == null) {
      return null;
    }
    List<Setting> settings = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      JsonNode v = values.get(i);
      String label = labels != null ? labels.get(i) : v.isTextual() ? v.textValue() : v.toString();
      settings.add(new Setting(column, path, v, label, at));
    }
    if (labels != null && !labelled.contains(column)) {
      labelled.add(column);
    }
    return new Axis.Leaf(column, settings, labels != null);
  }

  private List<JsonNode> list(JsonNode n, String at) {
    if (!n.isArray() || n.isEmpty()) {
      problems.at(at, (n.isArray() ? "empty" : "must be a list of values, got " + Binder.describe(n))
          + (n.isArray() ? ": an axis needs at least one value" : ""));
      return null;
    }
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  /**
   * {@code from}, {@code from + step}, ... up to and including {@code to}: integers when all
   * three are, else reals computed in decimal, so that 0.1 by 0.1 gives 0.3, not 0.30000000000000004.
   */
  private List<JsonNode> range(JsonNode n, String at) {
    if (!n.isObject()) {
      problems.at(at, "must be {\"from\": ..., \"to\": ..., \"step\": ...}, got " + Binder.describe(n));
      return null;
    }
    unknownKeys(n, at, Set.of("from", "to", "step"));
    BigDecimal from = number(n, "from", at);
    BigDecimal to = number(n, "to", at);
    BigDecimal step = n.has("step") ? number(n, "step", at) : BigDecimal.ONE;
    if (from == null || to == null || step == null) {
      return null;
    }
    if (step.signum() == 0) {
      problems.at(at + ".step", "must not be 0");
      return null;
    }
    if (to.subtract(from).signum() * step.signum() < 0) {
      problems.at(at, "empty: from " + from.toPlainString() + " to " + to.toPlainString() + " by "
          + step.toPlainString() + " gives no value");
      return null;
    }
    BigDecimal count = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
    if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
      problems.at(at, "gives " + count.toPlainString() + " values, more than " + MAX_VALUES);
      return null;
    }
    boolean integers = n.get("from").isIntegralNumber() && n.get("to").isIntegralNumber()
        && (!n.has("step") || n.get("step").isIntegralNumber());
    List<JsonNode> out = new ArrayList<>();
    for (int i = 0; i < count.intValue(); i++) {
      BigDecimal v = from.add(step.multiply(BigDecimal.valueOf(i)));
      out.add(integers ? LongNode.valueOf(v.longValueExact()) : DoubleNode.valueOf(v.doubleValue()));
    }
    return out;
  }

  /**
   * {@code count} values drawn uniformly (or uniformly in the logarithm) from [min, max) with
   * their own seed: the same values on every machine and every resume.
   */
  private List<JsonNode> sample(JsonNode n, String at, boolean log) {
    if (!n.isObject()) {
      problems.at(at, "must be {\"min\": ..., \"max\": ..., \"count\": ..., \"seed\": ...}, got " + Binder.describe(n));
      return null;
    }
    unknownKeys(n, at, Set.of("min", "max", "count", "seed"));
    BigDecimal min = number(n, "min", at);
    BigDecimal max = number(n, "max", at);
    JsonNode count = n.get("count");
    JsonNode seed = n.get("seed");
    boolean ok = min != null && max != null;
    if (count == null || !count.isIntegralNumber() || count.asLong() < 1 || count.asLong() > MAX_VALUES) {
      problems.at(at + ".count", "must be an integer from 1 to " + MAX_VALUES + ", got " + Binder.describe(count));
      ok = false;
    }
    if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
      problems.at(at + ".seed", (seed == null ? "missing" : "must be an integer, got " + Binder.describe(seed))
          + ": a sample draws its values with its own seed, so that a sweep is the same every time");
      ok = false;
    }
    if (!ok) {
      return null;
    }
    if (log && (min.signum() <= 0 || max.signum() <= 0)) {
      problems.at(at, "min " + min.toPlainString() + " and max " + max.toPlainString()
          + ": a log-uniform range must lie above zero (its logarithm is not defined at or below it)");
      return null;
    }
    if (min.compareTo(max) >= 0) {
      problems.at(at, "empty: min " + min.toPlainString() + " must be below max " + max.toPlainString());
      return null;
    }
    SplittableRandom random = new SplittableRandom(seed.asLong());
    double lo = log ? Math.log(min.doubleValue()) : min.doubleValue();
    double hi = log ? Math.log(max.doubleValue()) : max.doubleValue();
    List<JsonNode> out = new ArrayList<>();
    for (long i = 0; i < count.asLong(); i++) {
      double u = lo + (hi - lo) * random.nextDouble();
      out.add(DoubleNode.valueOf(log ? Math.exp(u) : u));
    }
    return out;
  }

  private BigDecimal number(JsonNode n, String field, String at) {
    JsonNode v = n.get(field);
    if (v == null) {
      problems.at(at + "." + field, "missing");
      return null;
    }
    if (!v.isNumber()) {
      problems.at(at + "." + field, "must be a number, got " + Binder.describe(v));
      return null;
    }
    return v.decimalValue();
  }

  private String text(JsonNode n, String at) {
    if (!n.isTextual() || n.textValue().isEmpty()) {
      problems.at(at, "must be a non-empty string, got " + Binder.describe(n));
      return null;
    }
    return n.textValue();
  }

  private void unknownKeys(JsonNode n, String at, Set<String> known) {
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      String k = it.next().getKey();
      if (!known.contains(k)) {
        problems.at(at + "." + k, "unknown key; " + Suggest.knownAndNearest(k, known.stream().sorted().toList()));
      }
    }
  }

  private static String fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return String.join(", ", names);
  }
}
