package dev.plasticity.runtime.output;

import java.util.Locale;

/**
 * How a metric's values are written and plotted, from what its name says it measures.
 * Two kinds of metric have a scale of their own, and are written to a fixed resolution of
 * it, the same in the console, report.html and the plots:
 *
 * <ul>
 *   <li>an accuracy is a fraction of 1, written and plotted in percent to 0.01 %;
 *   <li>an angle ({@code weight-angle/in->hidden}, ...) is in degrees, between 0 and 180,
 *       written to 0.001°: an angle of 8.5e-7° is float round-off in an arc cosine of
 *       vectors that are parallel, and reads 0.000 as it should, beside 89.074.
 * </ul>
 *
 * Any other metric (a loss, a count) has no scale known in advance: it keeps about five
 * significant digits whatever its size, so a loss of 1e-7 still shows.
 */
enum MetricScale {
  PERCENT, DEGREES, RELATIVE;

  static MetricScale of(String metric) {
    if (metric.contains("accuracy")) {
      return PERCENT;
    }
    String kind = metric.contains("/") ? metric.substring(0, metric.indexOf('/')) : metric;
    return kind.equals("angle") || kind.endsWith("-angle") ? DEGREES : RELATIVE;
  }

  /** {@code v} as a table cell: 87.26 %, 89.074, 0.000, 0.7446, 63719.8, 1.315e+05. */
  String format(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    switch (this) {
      case PERCENT:
        return String.format(Locale.ROOT, "%.2f %%", 100 * v);
      case DEGREES:
        return String.format(Locale.ROOT, "%.3f", v == 0 ? 0.0 : v).replace("-0.000", "0.000");
      default:
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
          return String.format(Locale.ROOT, "%.3e", v);
        }
        int decimals = a >= 1e3 ? 1 : a >= 10 ? 3 : 4;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
  }

  /** {@code v} as a plot draws it: in percent for an accuracy, as it is otherwise. */
  double plotted(double v) {
    return this == PERCENT ? 100 * v : v;
  }

  /**
   * A plot's axis title for {@code metric}: what it measures, without the projection or
   * position after a '/' (the plot's title names the metric whole; a long axis title is
   * cut off), and the unit where the scale has one: {@code gradient-angle (degrees)}.
   */
  String axisTitle(String metric) {
    String kind = metric.contains("/") ? metric.substring(0, metric.indexOf('/')) : metric;
    return switch (this) {
      case PERCENT -> kind + " (%)";
      case DEGREES -> kind + " (degrees)";
      default -> kind;
    };
  }
}
