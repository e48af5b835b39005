package dev.plasticity.runtime.output;

import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.engine.RunStatus;
import dev.plasticity.runtime.engine.VariantFailure;
import dev.plasticity.runtime.engine.VariantStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * report.html: what ran, the final values and wall time per variant, the plots, and the
 * configuration each variant ran with; a banner above them when the numbers are not final
 * (a stopped run) or a variant failed.
 */
public final class Report {
  private Report() {}

  public static void write(Path runDir, String title, String description, List<MetricRow> finals,
      List<SeedStatistics.Row> overSeeds, String baseline, List<SeedStatistics.Row> paired,
      List<String> plots, ConfigTable config, String command, RunStatus status,
      String provenanceSummary) throws IOException {
    StringBuilder h = new StringBuilder();
    h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:980px;"
            + "margin:2em auto;color:#222}table{border-collapse:collapse}td,th{padding:4px 10px;"
            + "border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child"
            + "{text-align:left}img{max-width:100%}code{background:#f4f4f4;padding:2px 4px}"
            + "tr.failed td{color:#a00;text-align:left}th{vertical-align:bottom}.nw{white-space:nowrap}"
            + "table.config td,table.config th{text-align:left;font-family:monospace;font-size:90%}"
            + "table.config td:first-child{color:#555;white-space:nowrap}"
            + ".wide{overflow-x:auto}pre{overflow-x:auto;background:#f8f8f8;padding:8px}"
            + ".banner{padding:8px 12px;margin:1em 0;border-left:4px solid #c80;background:#fff6e0}"
            + ".banner.failed{border-color:#a00;background:#fde8e8}"
            + "</style></head><body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    banners(h, status);
    if (description != null) {
      h.append("<p>").append(esc(description)).append("</p>\n");
    }
    h.append("<p>Reproduce: <code>").append(esc(command)).append("</code></p>\n");
    List<String> cols = MetricRow.columns(finals);
    h.append(status.isFinal() ? "<h2>Final values</h2>\n" : "<h2>Values so far (not final)</h2>\n");
    h.append("<div class=\"wide\"><table><tr><th>variant</th><th>epoch</th><th>wall time</th>");
    cols.forEach(c -> h.append("<th>").append(header(c)).append("</th>"));
    h.append("</tr>\n");
    for (MetricRow f : finals) {
      VariantStatus standing = status.variants().get(f.variant());
      String epoch = standing.state() == VariantStatus.State.FINISHED || standing.epochsPlanned() < 0
          ? Long.toString(f.epoch()) : f.epoch() + " of " + standing.epochsPlanned();
      h.append("<tr><td>").append(esc(f.variant())).append("</td><td>").append(epoch).append("</td><td>")
          .append(Console.duration(standing.wallSeconds())).append("</td>");
      for (String c : cols) {
        Double v = f.values().get(c);
        h.append("<td>").append(v == null ? "-" : esc(Console.format(c, v))).append("</td>");
      }
      h.append("</tr>\n");
    }
    status.variants().forEach((name, v) -> {
      if (v.state() == VariantStatus.State.FAILED) {
        h.append("<tr class=\"failed\"><td>").append(esc(name)).append("</td><td colspan=\"").append(cols.size() + 2)
            .append("\">").append(esc(VariantFailure.failed(v.reason()))).append("</td></tr>\n");
      }
    });
    h.append("</table></div>\n");
    spreads(h, "Over seeds (mean ± standard deviation)", overSeeds);
    spreads(h, "Minus " + baseline + " with the same seed (mean ± standard deviation of the differences)", paired);
    h.append("<h2>Per epoch</h2>\n");
    for (String p : plots) {
      h.append("<p><img src=\"").append(esc(p)).append("\" alt=\"").append(esc(p)).append("\"></p>\n");
    }
    configuration(h, config);
    List<String> data = new java.util.ArrayList<>(List.of("metrics.csv", "metrics.jsonl", "final.csv"));
    if (!overSeeds.isEmpty()) {
      data.add("seeds.csv");
    }
    if (!paired.isEmpty()) {
      data.add("paired.csv");
    }
    data.addAll(List.of("summary.json", "provenance.json"));
    h.append("<p>Data: ").append(String.join(", ", data.stream()
        .map(f -> "<a href=\"" + f + "\">" + f + "</a>").toList())).append(".</p>\n");
    h.append("<h2>Provenance</h2>\n<pre>").append(esc(provenanceSummary)).append("</pre>\n");
    h.append("</body></html>\n");
    AtomicFiles.write(runDir.resolve("report.html"), h.toString());
  }

  /**
   * Says, above the numbers, when they are not final: "Interrupted with 1 of 2 epochs
   * done — continue with: bin/plasticity resume DIR", and a line per failed variant.
   */
  private static void banners(StringBuilder h, RunStatus status) {
    String resume = " — continue with: <code>" + esc(status.resumeCommand()) + "</code>";
    if (status.status().equals(RunStatus.INTERRUPTED)) {
      h.append("<p class=\"banner\"><strong>Interrupted</strong> ").append(esc(unfinished(status))).append(resume)
          .append(". The values below are the last ones reached, not final.</p>\n");
    } else if (status.status().equals(RunStatus.RUNNING)) {
      h.append("<p class=\"banner\"><strong>Not finished</strong>: written while the run was going on, ")
          .append(esc(unfinished(status))).append(". If no plasticity process is writing this directory any more")
          .append(resume).append(".</p>\n");
    }
    status.variants().forEach((name, v) -> {
      if (v.state() == VariantStatus.State.FAILED) {
        h.append("<p class=\"banner failed\"><strong>Variant '").append(esc(name)).append("' ")
            .append(esc(VariantFailure.failed(v.reason()))).append("</strong></p>\n");
      }
    });
  }

  /** How far the variants that are not done got: "with 1 of 2 epochs done", or per variant. */
  private static String unfinished(RunStatus status) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    status.variants().forEach((name, v) -> {
      if (!v.settled()) {
        parts.add((status.variants().size() == 1 ? "" : name + " ") + progress(v));
      }
    });
    return String.join(", ", parts);
  }

  private static String progress(VariantStatus v) {
    if (v.state() == VariantStatus.State.PENDING) {
      return "not started";
    }
    return "with " + v.epochsDone() + (v.epochsPlanned() < 0 ? "" : " of " + v.epochsPlanned()) + " epochs done";
  }

  private static void spreads(StringBuilder h, String title, List<SeedStatistics.Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> cols = SeedStatistics.columns(rows);
    h.append("<h2>").append(esc(title)).append("</h2>\n<div class=\"wide\"><table><tr><th>variant</th><th>n</th>");
    cols.forEach(c -> h.append("<th>").append(header(c)).append("</th>"));
    h.append("</tr>\n");
    for (SeedStatistics.Row r : rows) {
      h.append("<tr><td>").append(esc(r.variant())).append("</td><td>").append(r.replicates().size()).append("</td>");
      for (String c : cols) {
        SeedStatistics.Spread sp = r.metrics().get(c);
        h.append("<td>").append(sp == null ? "-"
            : esc(Console.format(c, sp.mean()) + " ± " + Console.format(c, sp.std()))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table></div>\n");
  }

  /**
   * The scenario as it ran: the paths every variant shares, then a column per variant for
   * the paths where they differ.
   */
  private static void configuration(StringBuilder h, ConfigTable config) {
    h.append("<h2>Configuration</h2>\n");
    if (!config.differing().isEmpty()) {
      h.append("<h3>Where the variants differ</h3>\n<div class=\"wide\"><table class=\"config\"><tr><th>path</th>");
      config.variants().forEach(v -> h.append("<th>").append(esc(v)).append("</th>"));
      h.append("</tr>\n");
      config.differing().forEach(row -> configRow(h, row));
      h.append("</table></div>\n<h3>Alike in every variant</h3>\n");
    }
    h.append("<table class=\"config\"><tr><th>path</th><th>value</th></tr>\n");
    config.shared().forEach(row -> configRow(h, row));
    h.append("</table>\n");
  }

  private static void configRow(StringBuilder h, String[] cells) {
    h.append("<tr>");
    for (String c : cells) {
      h.append("<td>").append(esc(c)).append("</td>");
    }
    h.append("</tr>\n");
  }

  /**
   * A metric's name as a column header that wraps only after a '/':
   * {@code gradient-angle/in->hidden} breaks into its kind and its projection, not at a hyphen.
   */
  private static String header(String metric) {
    StringBuilder b = new StringBuilder();
    String[] parts = metric.split("(?<=/)");
    for (String p : parts) {
      b.append(b.length() == 0 ? "" : "<wbr>").append("<span class=\"nw\">").append(esc(p)).append("</span>");
    }
    return b.toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
