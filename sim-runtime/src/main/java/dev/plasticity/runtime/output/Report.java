package dev.plasticity.runtime.output;

import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.engine.RunStatus;
import dev.plasticity.runtime.engine.VariantFailure;
import dev.plasticity.runtime.engine.VariantStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** report.html: what ran, the final values per variant, and the plots. */
public final class Report {
  private Report() {}

  public static void write(Path runDir, String title, String description, List<MetricRow> finals,
      List<SeedStatistics.Row> overSeeds, String baseline, List<SeedStatistics.Row> paired,
      List<String> plots, String command, RunStatus status,
      String provenanceSummary) throws IOException {
    StringBuilder h = new StringBuilder();
    h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:980px;"
            + "margin:2em auto;color:#222}table{border-collapse:collapse}td,th{padding:4px 10px;"
            + "border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child"
            + "{text-align:left}img{max-width:100%}code{background:#f4f4f4;padding:2px 4px}"
            + "tr.failed td{color:#a00;text-align:left}"
            + "</style></head><body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    if (description != null) {
      h.append("<p>").append(esc(description)).append("</p>\n");
    }
    h.append("<p>Reproduce: <code>").append(esc(command)).append("</code></p>\n");
    List<String> cols = MetricRow.columns(finals);
    h.append("<h2>Final values</h2>\n<table><tr><th>variant</th><th>epoch</th>");
    cols.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr>\n");
    for (MetricRow f : finals) {
      h.append("<tr><td>").append(esc(f.variant())).append("</td><td>").append(f.epoch()).append("</td>");
      for (String c : cols) {
        Double v = f.values().get(c);
        h.append("<td>").append(v == null ? "-" : esc(Console.format(c, v))).append("</td>");
      }
      h.append("</tr>\n");
    }
    status.variants().forEach((name, v) -> {
      if (v.state() == VariantStatus.State.FAILED) {
        h.append("<tr class=\"failed\"><td>").append(esc(name)).append("</td><td colspan=\"").append(cols.size() + 1)
            .append("\">").append(esc(VariantFailure.failed(v.reason()))).append("</td></tr>\n");
      }
    });
    h.append("</table>\n");
    spreads(h, "Over seeds (mean ± standard deviation)", overSeeds);
    spreads(h, "Minus " + baseline + " with the same seed (mean ± standard deviation of the differences)", paired);
    h.append("<h2>Per epoch</h2>\n");
    for (String p : plots) {
      h.append("<p><img src=\"").append(esc(p)).append("\" alt=\"").append(esc(p)).append("\"></p>\n");
    }
    h.append("<p>Data: <a href=\"metrics.csv\">metrics.csv</a>, <a href=\"metrics.jsonl\">metrics.jsonl</a>,"
        + " <a href=\"summary.json\">summary.json</a>, <a href=\"provenance.json\">provenance.json</a>.</p>\n");
    h.append("<h2>Provenance</h2>\n<pre>").append(esc(provenanceSummary)).append("</pre>\n");
    h.append("</body></html>\n");
    AtomicFiles.write(runDir.resolve("report.html"), h.toString());
  }

  private static void spreads(StringBuilder h, String title, List<SeedStatistics.Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> cols = SeedStatistics.columns(rows);
    h.append("<h2>").append(esc(title)).append("</h2>\n<table><tr><th>variant</th><th>n</th>");
    cols.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
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
    h.append("</table>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
