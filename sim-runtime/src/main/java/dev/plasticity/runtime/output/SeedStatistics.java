package dev.plasticity.runtime.output;

import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.scenario.SeededName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Final metrics of a run repeated over seeds ({@code --seeds}), per variant: mean, sample
 * standard deviation, minimum and maximum of every metric over its replicates. This is the
 * table to quote when one seed's last epoch is within the seed-to-seed swing of a threshold.
 */
public final class SeedStatistics {
  /** One metric over the replicates of a variant. */
  public record Spread(int n, double mean, double std, double min, double max) {
    static Spread of(List<Double> xs) {
      int n = xs.size();
      double mean = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double x : xs) {
        mean += x;
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      mean /= n;
      double ss = 0;
      for (double x : xs) {
        ss += (x - mean) * (x - mean);
      }
      return new Spread(n, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, min, max);
    }
  }

  /** A variant's replicates (by name) and the spread of each of its final metrics. */
  public record Row(String variant, List<String> replicates, Map<String, Spread> metrics) {}

  private SeedStatistics() {}

  /**
   * Groups the final rows by variant, in the order the variants first ran, or by the mean of
   * {@code rankBy} (largest first, variants without it last) when it is given; empty when
   * the run did not repeat its variants over seeds.
   */
  public static List<Row> of(List<MetricRow> finals, String rankBy) {
    if (finals.stream().noneMatch(f -> SeededName.isReplicate(f.variant()))) {
      return List.of();
    }
    Map<String, List<MetricRow>> groups = new LinkedHashMap<>();
    for (MetricRow f : finals) {
      groups.computeIfAbsent(SeededName.variant(f.variant()), k -> new ArrayList<>()).add(f);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, List<MetricRow>> g : groups.entrySet()) {
      Map<String, Spread> metrics = new LinkedHashMap<>();
      for (String c : MetricRow.columns(g.getValue())) {
        List<Double> xs = new ArrayList<>();
        for (MetricRow r : g.getValue()) {
          Double v = r.values().get(c);
          if (v != null && !v.isNaN()) {
            xs.add(v);
          }
        }
        if (!xs.isEmpty()) {
          metrics.put(c, Spread.of(xs));
        }
      }
      rows.add(new Row(g.getKey(), g.getValue().stream().map(MetricRow::variant).toList(), metrics));
    }
    if (rankBy != null) {
      rows.sort(Comparator.comparingDouble((Row r) -> {
        Spread s = r.metrics().get(rankBy);
        return s == null ? Double.NEGATIVE_INFINITY : s.mean();
      }).reversed());
    }
    return rows;
  }

  /**
   * Why a run over seeds prints no comparison with its scenario's baseline, when it does
   * not: the baseline was left out (by --variant) or failed, and silence would read as "no
   * difference to report".
   */
  public static java.util.Optional<String> missingBaseline(String baseline, List<MetricRow> finals) {
    boolean overSeeds = finals.stream().anyMatch(f -> SeededName.isReplicate(f.variant()));
    boolean present = finals.stream().anyMatch(f -> SeededName.variant(f.variant()).equals(baseline));
    return baseline == null || !overSeeds || present ? java.util.Optional.empty()
        : java.util.Optional.of("no comparison with the baseline '" + baseline + "' seed by seed: it is not among "
            + "the variants that finished (add --variant " + baseline + ")");
  }
  /**
   * With a {@code baseline} variant: for every other variant, the spread over seeds of its
   * final metrics minus the baseline's with the same seed. Replicates of one seed share the
   * initial weights and the order of the data wherever the variants do not change them, so
   * the differences are far less noisy than the two spreads suggest. Empty without a
   * baseline or replicates of it; ranked as {@link #of}.
   */
  public static List<Row> pairedWith(String baseline, List<MetricRow> finals, String rankBy) {
    Map<Long, MetricRow> base = new HashMap<>();
    for (MetricRow f : finals) {
      if (SeededName.isReplicate(f.variant()) && SeededName.variant(f.variant()).equals(baseline)) {
        base.put(SeededName.seed(f.variant()), f);
      }
    }
    List<MetricRow> differences = new ArrayList<>();
    for (MetricRow f : finals) {
      MetricRow b = SeededName.isReplicate(f.variant()) && !SeededName.variant(f.variant()).equals(baseline)
          ? base.get(SeededName.seed(f.variant())) : null;
      if (b == null) {
        continue;
      }
      Map<String, Double> d = new LinkedHashMap<>();
      f.values().forEach((metric, v) -> {
        Double w = b.values().get(metric);
        if (v != null && w != null && Double.isFinite(v) && Double.isFinite(w)) {
          d.put(metric, v - w);
        }
      });
      differences.add(new MetricRow(f.variant(), f.epoch(), f.tick(), d));
    }
    return of(differences, rankBy);
  }

  /** seeds.csv (and paired.csv): rank, variant, n, then mean, std, min and max of every metric. */
  public static String csv(List<Row> rows) {
    List<String> cols = columns(rows);
    StringBuilder b = new StringBuilder("rank,variant,n");
    for (String c : cols) {
      b.append(',').append(Csv.cell(c + "_mean")).append(',').append(Csv.cell(c + "_std"))
          .append(',').append(Csv.cell(c + "_min")).append(',').append(Csv.cell(c + "_max"));
    }
    b.append('\n');
    int rank = 1;
    for (Row r : rows) {
      b.append(rank++).append(',').append(Csv.cell(r.variant())).append(',').append(r.replicates().size());
      for (String c : cols) {
        Spread s = r.metrics().get(c);
        if (s == null) {
          b.append(",,,,");
        } else {
          b.append(',').append(s.mean()).append(',').append(s.std())
              .append(',').append(s.min()).append(',').append(s.max());
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Every metric of {@code rows}, in the order they first appear. */
  public static List<String> columns(List<Row> rows) {
    java.util.Set<String> cols = new java.util.LinkedHashSet<>();
    rows.forEach(r -> cols.addAll(r.metrics().keySet()));
    return new ArrayList<>(cols);
  }
}
