package dev.plasticity.sweep;

import dev.plasticity.runtime.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** report.html of a sweep: status, failed tasks, the ranked table, the plots and the command. */
final class SweepReport {
  private SweepReport() {}

  static void write(Path dir, SweepPlan plan, String status, List<String> ranked, List<TaskOutcome> failed,
      List<String> plots, String command) throws IOException {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(esc(plan.name())).append(" sweep</title><style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}"
            + "pre{background:#f6f6f6;padding:1em;overflow-x:auto}.banner{background:#fde;padding:.5em 1em}</style></head><body>\n");
    h.append("<h1>").append(esc(plan.name())).append(": sweep</h1>\n");
    h.append("<p>").append(plan.points().size()).append(" points x ").append(plan.spec().seeds().size())
        .append(" seeds (").append(esc(plan.spec().seeds().toString())).append(") = ").append(plan.tasks().size())
        .append(" tasks; status <b>").append(esc(status)).append("</b>.</p>\n");
    if (!failed.isEmpty()) {
      h.append("<div class=\"banner\"><p>").append(failed.size()).append(" task(s) failed:</p><ul>");
      failed.forEach(f -> h.append("<li>").append(esc(f.id())).append(": ").append(esc(String.valueOf(f.reason()))).append("</li>"));
      h.append("</ul></div>\n");
    }
    h.append("<h2>Ranked by ").append(esc(plan.spec().rankBy())).append(" (mean &plusmn; sd over seeds)</h2>\n<pre>");
    ranked.forEach(l -> h.append(esc(l)).append('\n'));
    h.append("</pre>\n<h2>Plots</h2>\n");
    plots.forEach(p -> h.append("<p><img src=\"").append(esc(p)).append("\" alt=\"").append(esc(p)).append("\"></p>\n"));
    h.append("<h2>Command</h2>\n<pre>").append(esc(command)).append("</pre>\n");
    h.append("<p>Each task's own run directory, report and checkpoint: <code>tasks/&lt;id&gt;/</code>.</p>\n</body></html>\n");
    AtomicFiles.write(dir.resolve("report.html"), h.toString());
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
