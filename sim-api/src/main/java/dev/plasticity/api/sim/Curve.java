package dev.plasticity.api.sim;

/**
 * A named x/y series that a metric hands to {@link Recorder#curve}: a precision–recall curve,
 * a tuning curve, anything that is not one number per evaluation. The runtime writes every
 * curve of a run to {@code curves.jsonl} and, per name, {@code plots/curves/NAME.csv} and
 * {@code plots/curves/NAME.png} with one line per variant and series. A curve is a snapshot:
 * the last one recorded with the same name and series in a variant replaces earlier ones.
 *
 * @param name what the curve shows, also its file name (e.g. {@code precision-recall/K=64/T=10})
 * @param series the line's label beside the variant's name ("" when the variant says it all)
 * @param xLabel the x axis
 * @param yLabel the y axis
 * @param x the points' x values
 * @param y the points' y values, as many as x
 */
public record Curve(String name, String series, String xLabel, String yLabel, double[] x, double[] y) {
  public Curve {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a curve needs a name");
    }
    if (x.length != y.length) {
      throw new IllegalArgumentException("curve " + name + ": " + x.length + " x values but " + y.length + " y values");
    }
    series = series == null ? "" : series;
    x = x.clone();
    y = y.clone();
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }
}
