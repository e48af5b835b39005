package dev.plasticity.bench;

import dev.plasticity.bptt.CostProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark, not a test (run by {@code bench/cost-scaling.sh}): time and trace memory per
 * step of every algorithm for n = 16, 32, 64, 128 on one sequence (d = 1, one row), the
 * log-log slope of time against n, and a CSV and SVG plot in the output directory.
 * Expected slopes: RTRL 4, KF-RTRL 3, BPTT, TBPTT, UORO, SnAp-1 and e-prop 2.
 */
public final class CostScaling {
  private static final int[] SIZES = {16, 32, 64, 128};
  private static final int STEPS = 10;

  /** Expected log-log slope of time per step against n. */
  private static double expected(String algorithm) {
    return switch (algorithm) {
      case "rtrl" -> 4;
      case "kf-rtrl" -> 3;
      default -> 2;
    };
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "runs/cost-scaling");
    Files.createDirectories(out);
    String[] algos = CostProbe.ALGORITHMS.toArray(new String[0]);
    StringBuilder csv = new StringBuilder("algorithm,n,seconds_per_step,trace_doubles\n");
    Map<String, double[]> times = new LinkedHashMap<>();
    System.out.printf(Locale.ROOT, "%-12s %12s %12s %12s %12s %8s %9s%n", "algorithm", "n=16 (us)",
        "n=32", "n=64", "n=128", "slope", "expected");
    // Every configuration is built and warmed up first, so that the JIT has compiled every
    // loop before anything is timed; then each is timed as the median of five blocks.
    CostProbe[][] runs = new CostProbe[algos.length][SIZES.length];
    for (int a = 0; a < algos.length; a++) {
      for (int i = 0; i < SIZES.length; i++) {
        runs[a][i] = CostProbe.of(algos[a], SIZES[i], STEPS);
        block(runs[a][i], 300_000_000L);
      }
    }
    boolean allWithin = true;
    for (int a = 0; a < algos.length; a++) {
      String al = algos[a];
      double[] t = new double[SIZES.length];
      for (int i = 0; i < SIZES.length; i++) {
        double[] blocks = new double[5];
        for (int k = 0; k < blocks.length; k++) {
          blocks[k] = block(runs[a][i], 200_000_000L) / STEPS;
        }
        java.util.Arrays.sort(blocks);
        t[i] = blocks[2];
        csv.append(String.format(Locale.ROOT, "%s,%d,%.6g,%d%n", al, SIZES[i], t[i],
            runs[a][i].traceDoubles()));
      }
      double slope = slope(t);
      allWithin &= Math.abs(slope - expected(al)) <= 0.5;
      times.put(al, t);
      System.out.printf(Locale.ROOT, "%-12s %12.2f %12.2f %12.2f %12.2f %8.2f %9.0f%s%n", al,
          t[0] * 1e6, t[1] * 1e6, t[2] * 1e6, t[3] * 1e6, slope, expected(al),
          Math.abs(slope - expected(al)) <= 0.5 ? "" : "  (outside ±0.5)");
    }
    Files.writeString(out.resolve("cost-scaling.csv"), csv);
    Files.writeString(out.resolve("cost-scaling.svg"), svg(times));
    System.out.println(allWithin ? "every slope within ±0.5 of the expected one"
        : "some slopes fall outside ±0.5");
    System.out.println("wrote " + out.resolve("cost-scaling.csv") + " and cost-scaling.svg");
  }

  /** Seconds per run, over at least {@code nanos} (and at least one run). */
  private static double block(CostProbe r, long nanos) {
    int reps = 0;
    long start = System.nanoTime();
    do {
      r.run();
      reps++;
    } while (System.nanoTime() - start < nanos);
    return (System.nanoTime() - start) / 1e9 / reps;
  }

  /** Least-squares slope of log t against log n. */
  static double slope(double[] t) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < t.length; i++) {
      mx += Math.log(SIZES[i]) / t.length;
      my += Math.log(t[i]) / t.length;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < t.length; i++) {
      double dx = Math.log(SIZES[i]) - mx;
      sxy += dx * (Math.log(t[i]) - my);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }

  /** A log-log plot of time per step against n, one polyline per algorithm. */
  private static String svg(Map<String, double[]> times) {
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (double[] t : times.values()) {
      for (double v : t) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    double y0 = Math.floor(Math.log10(lo));
    double y1 = Math.ceil(Math.log10(hi));
    int w = 660;
    int ht = 400;
    int left = 70;
    int bottom = 350;
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='12'>%n", w, ht));
    s.append("<rect width='100%' height='100%' fill='white'/>\n");
    String[] colors = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"};
    for (int i = 0; i < SIZES.length; i++) {
      double x = left + i * 130;
      s.append(String.format(Locale.ROOT, "<text x='%.0f' y='%d' text-anchor='middle'>%d</text>%n", x, bottom + 18, SIZES[i]));
    }
    for (double e = y0; e <= y1; e++) {
      double y = bottom - (e - y0) / (y1 - y0) * 320;
      s.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#ddd'/>"
          + "<text x='%d' y='%.1f' text-anchor='end'>1e%.0f s</text>%n", left, left + 390, y, y, left - 6, y + 4, e));
    }
    s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>hidden units n (log)</text>%n", left + 195, bottom + 40));
    int c = 0;
    for (Map.Entry<String, double[]> en : times.entrySet()) {
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < SIZES.length; i++) {
        double y = bottom - (Math.log10(en.getValue()[i]) - y0) / (y1 - y0) * 320;
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + i * 130.0, y));
      }
      String col = colors[c % colors.length];
      s.append(String.format(Locale.ROOT, "<polyline fill='none' stroke='%s' stroke-width='2' points='%s'/>%n", col, pts));
      s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='%s'>%s (slope %.2f)</text>%n", left + 400, 30 + 18 * c, col, en.getKey(), slope(en.getValue())));
      c++;
    }
    return s.append("</svg>\n").toString();
  }
}
