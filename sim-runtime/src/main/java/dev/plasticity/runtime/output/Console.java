package dev.plasticity.runtime.output;

import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.engine.VariantFailure;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person sees while a scenario runs: a progress bar on stderr, redrawn in place on
 * a terminal, and a table on stdout with a row per evaluation. Where stderr is not a
 * terminal (a log file, CI) a bar would be written out line after line: there a plain
 * line after each evaluation says how far the run got instead.
 */
public final class Console {
  private static final long REDRAW_NANOS = 250_000_000L;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean interactive;
  private List<String> columns = List.of();
  /** {@link #columns} in blocks that fit a line, for rows of many metrics. */
  private List<List<String>> rowBlocks = List.of();
  private String barLabel = "";
  private long barTotal;
  private long barStart;
  private long lastDraw;
  /** The ticks done at the last {@link #progress} call. */
  private long lastDone;
  /** Whether an evaluation row was printed since the last plain progress line. */
  private boolean lineDue;
  private boolean barShown;
  private long startTickOfBar;
  /** Per variant: when and at which tick its previous row was printed, for samples/s. */
  private final java.util.Map<String, long[]> lastRow = new java.util.HashMap<>();
  private long samplesPerTick;
  /** Width of the variant column of evaluation rows: the longest name of the run. */
  private int nameWidth = "variant".length();

  public Console(PrintStream out, PrintStream err, boolean interactive) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }

  /**
   * The process's own streams; the bar is redrawn in place only when stderr, where it goes,
   * is a terminal. System.console() says so of stdin and stdout instead: {@code 2> run.log}
   * would fill the log with bars, and {@code > table.txt} lose the bar on the terminal.
   */
  public static Console system() {
    return new Console(System.out, System.err, stderrIsTerminal() && !"dumb".equals(System.getenv("TERM")));
  }

  /** Whether file descriptor 2 is a terminal, where /proc says what it is (Linux); System.console() elsewhere. */
  private static boolean stderrIsTerminal() {
    try {
      return isTerminal(java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString());
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Whether a file descriptor's target ({@code /dev/pts/3}, {@code pipe:[123]}, a file) is a terminal. */
  static boolean isTerminal(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }

  public synchronized void info(String line) {
    clearBar();
    err.println(line);
  }

  /** A problem, in one line: {@code error: <line>}. */
  public synchronized void error(String line) {
    clearBar();
    err.println("error: " + line);
  }

  /** The stack trace of {@code t} (PLASTICITY_DEBUG). */
  public synchronized void stackTrace(Throwable t) {
    clearBar();
    t.printStackTrace(err);
  }

  /**
   * The run's variant names, before its first row: the variant column is as wide as the
   * longest, since names cut short read alike (sab-top5-feedback-t… and sab-top5-feedback-c…).
   */
  public synchronized void variantNames(List<String> names) {
    nameWidth = nameWidth(names);
  }

  private static int nameWidth(List<String> names) {
    return Math.max("variant".length(), names.stream().mapToInt(String::length).max().orElse(0));
  }

  /** Starts a progress bar over {@code total} ticks (each presenting {@code samples}). */
  public synchronized void startProgress(String label, long startTick, long total, long samplesPerTick) {
    this.barLabel = label;
    this.barTotal = Math.max(1, total);
    this.barStart = System.nanoTime();
    this.samplesPerTick = samplesPerTick;
    this.startTickOfBar = startTick;
    this.lastDraw = 0;
    this.lastDone = startTick;
    this.lineDue = false;
    this.columns = List.of();
  }

  /**
   * Notes that {@code variant} starts running at {@code tick} (0, or where its checkpoint
   * left it): its first row's time and samples/s count from here, not from the start of
   * the bar, which variants side by side share and whose tick count is their sum.
   */
  public synchronized void variantStarted(String variant, long tick) {
    lastRow.put(variant, new long[] {System.nanoTime(), tick});
  }

  public synchronized void progress(long done, long startTick) {
    long now = System.nanoTime();
    if (interactive) {
      if (now - lastDraw < REDRAW_NANOS && done < barTotal) {
        return;
      }
      lastDraw = now;
      err.print("\r" + bar(done, startTick, now) + "\033[K");
      err.flush();
      barShown = true;
    } else if (lineDue) {
      // The tick that printed the row has ended: the line counts it.
      lineDue = false;
      err.println(plainProgress(done, startTick, now));
    }
    lastDone = done;
  }

  /** {@code fa: 40% (tick 4/10), eta 1.2s}: what the bar says, as a line for a log. */
  private String plainProgress(long done, long startTick, long now) {
    return String.format(Locale.ROOT, "%s: %d%% (tick %d/%d), eta %s", barLabel, 100 * done / barTotal, done,
        barTotal, eta(done, startTick, now));
  }

  private String eta(long done, long startTick, long now) {
    double secs = (now - barStart) / 1e9;
    long ranTicks = done - startTick;
    return ranTicks <= 0 ? "?" : duration(secs * (barTotal - done) / ranTicks);
  }

  private String bar(long done, long startTick, long now) {
    int width = 30;
    int filled = (int) (width * done / barTotal);
    return String.format(Locale.ROOT, "%s [%s%s] %3d%%  tick %d/%d  eta %s", barLabel,
        "#".repeat(filled), ".".repeat(width - filled), 100 * done / barTotal, done, barTotal,
        eta(done, startTick, now));
  }

  public synchronized void endProgress() {
    clearBar();
  }

  private void clearBar() {
    if (barShown) {
      err.print("\r\033[K");
      err.flush();
      barShown = false;
    }
  }

  /** Prints an evaluation row (with a header before the first row of a variant). */
  public synchronized void row(MetricRow row, long epochs) {
    clearBar();
    long now = System.nanoTime();
    long[] last = lastRow.computeIfAbsent(row.variant(), v -> new long[] {barStart, startTickOfBar});
    double secs = (now - last[0]) / 1e9;
    long ticks = Math.max(0, row.tick() + 1 - last[1]);
    double rate = ticks * samplesPerTick / Math.max(secs, 1e-9);
    last[0] = now;
    last[1] = row.tick() + 1;
    String lead = "%-" + nameWidth + "s %7s";
    if (columns.isEmpty()) {
      columns = new ArrayList<>(row.values().keySet());
      rowBlocks = blocks(columns, String.format(Locale.ROOT, lead, "", "").length(), Console::width);
      printBlocks(String.format(Locale.ROOT, lead, "variant", "epoch"), c -> c, Console::width,
          String.format(Locale.ROOT, " %8s %10s", "time", "samples/s"));
    }
    printBlocks(String.format(Locale.ROOT, lead, row.variant(), row.epoch() + "/" + epochs), c -> {
      Double v = row.values().get(c);
      return v == null ? "-" : format(c, v);
    }, Console::width, String.format(Locale.ROOT, " %8s %10.0f", duration(secs), rate));
    out.flush();
    lineDue = !interactive;
  }

  /**
   * One evaluation row (or the header) over {@link #rowBlocks}: a line per block, the lead
   * (variant and epoch) on the first and blanks under it on the others, so a row of twenty
   * metrics reads as two or three lines instead of one of 400 characters.
   */
  private void printBlocks(String lead, java.util.function.UnaryOperator<String> cell,
      java.util.function.ToIntFunction<String> width, String tail) {
    for (int b = 0; b < rowBlocks.size(); b++) {
      StringBuilder line = new StringBuilder(b == 0 ? lead : " ".repeat(lead.length()));
      for (String c : rowBlocks.get(b)) {
        line.append(' ').append(pad(cell.apply(c), width.applyAsInt(c)));
      }
      if (b == rowBlocks.size() - 1) {
        line.append(tail);
      }
      out.println(line);
    }
  }

  /** Lines longer than this split their metric columns into blocks. */
  static final int MAX_LINE = 160;

  /** {@code cols} in runs that fit {@link #MAX_LINE} after a lead of {@code leadWidth} characters (at least one column each). */
  static List<List<String>> blocks(List<String> cols, int leadWidth, java.util.function.ToIntFunction<String> width) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int used = leadWidth;
    for (String c : cols) {
      int w = 1 + width.applyAsInt(c);
      if (!current.isEmpty() && used + w > MAX_LINE) {
        blocks.add(current);
        current = new ArrayList<>();
        used = leadWidth;
      }
      current.add(c);
      used += w;
    }
    blocks.add(current);
    return blocks;
  }

  /**
   * The final comparison: one row per variant with its last value of every metric, then a
   * row per failed variant with its reason.
   */
  public synchronized void comparison(List<MetricRow> finals, List<VariantFailure> failures) {
    if (finals.isEmpty() && failures.isEmpty()) {
      return;
    }
    List<String> cols = MetricRow.columns(finals);
    List<String> names = new ArrayList<>(finals.stream().map(MetricRow::variant).toList());
    failures.forEach(f -> names.add(f.variant()));
    String name = "%-" + nameWidth(names) + "s";
    out.println();
    blockTable(String.format(Locale.ROOT, name + " %7s", "variant", "epochs"),
        finals.stream().map(f -> String.format(Locale.ROOT, name + " %7d", f.variant(), f.epoch())).toList(),
        cols, Console::width, (i, c) -> {
          Double v = finals.get(i).values().get(c);
          return v == null ? "-" : format(c, v);
        });
    for (VariantFailure f : failures) {
      out.println(String.format(Locale.ROOT, name + " %7s  %s", f.variant(), "-",
          VariantFailure.failed(f.reason())));
    }
    out.flush();
  }

  /** The table over seeds: per variant, each metric's mean ± standard deviation over n seeds. */
  public synchronized void acrossSeeds(List<SeedStatistics.Row> rows) {
    spreads("over seeds (mean ± std):", rows);
  }

  /** The paired differences: per variant, each metric minus the baseline's, mean ± std over n seeds. */
  public synchronized void pairedWith(String baseline, List<SeedStatistics.Row> rows) {
    spreads("minus " + baseline + " with the same seed (mean ± std of the differences; standard error = std / √n):", rows);
  }

  private void spreads(String title, List<SeedStatistics.Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> cols = SeedStatistics.columns(rows);
    out.println();
    out.println(title);
    String name = "%-" + nameWidth(rows.stream().map(SeedStatistics.Row::variant).toList()) + "s";
    blockTable(String.format(Locale.ROOT, name + " %3s", "variant", "n"),
        rows.stream().map(r -> String.format(Locale.ROOT, name + " %3d", r.variant(), r.replicates().size())).toList(),
        cols, Console::spreadWidth, (i, c) -> {
          SeedStatistics.Spread s = rows.get(i).metrics().get(c);
          return s == null ? "-" : format(c, s.mean()) + " ± " + format(c, s.std());
        });
    out.flush();
  }

  /**
   * A table with a row per variant, its columns split into blocks that fit a line: each
   * block is a header and every row (the lead, then the block's cells), the blocks one under
   * another with a blank line between, so every line names its variant.
   */
  private void blockTable(String header, List<String> leads, List<String> cols,
      java.util.function.ToIntFunction<String> width, java.util.function.BiFunction<Integer, String, String> cell) {
    List<List<String>> blocks = blocks(cols, header.length(), width);
    for (int b = 0; b < blocks.size(); b++) {
      if (b > 0) {
        out.println();
      }
      StringBuilder h = new StringBuilder(header);
      blocks.get(b).forEach(c -> h.append(' ').append(pad(c, width.applyAsInt(c))));
      out.println(h);
      for (int i = 0; i < leads.size(); i++) {
        StringBuilder r = new StringBuilder(leads.get(i));
        for (String c : blocks.get(b)) {
          r.append(' ').append(pad(cell.apply(i, c), width.applyAsInt(c)));
        }
        out.println(r);
      }
    }
  }

  private static int spreadWidth(String metric) {
    return Math.max(21, metric.length());
  }

  /** {@code v} as the tables show it, at the resolution of the metric's scale ({@link MetricScale}). */
  public static String format(String metric, double v) {
    return MetricScale.of(metric).format(v);
  }

  static String duration(double secs) {
    if (secs < 60) {
      return String.format(Locale.ROOT, "%.1fs", secs);
    }
    long s = Math.round(secs);
    return s < 3600 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
        : String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }

  /** A column as wide as its full name (names are never cut: two would read alike), at least 10. */
  private static int width(String metric) {
    return Math.max(10, metric.length());
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
