package dev.plasticity.runtime.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.sim.Curve;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The curves metrics record ({@link Curve}): the last of each name and series per variant,
 * kept in {@code curves.jsonl} (rewritten atomically at every curve, variants in scenario
 * order, so a resumed run reads them back and the bytes do not depend on --jobs) and drawn,
 * one file pair per name, as {@code plots/curves/NAME.csv} (variant, series, x, y) and
 * {@code plots/curves/NAME.png} (a line per variant and series).
 */
public final class CurveLog {
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private final Path jsonl;
  private final Map<String, Map<String, Curve>> byVariant = new LinkedHashMap<>();

  public CurveLog(Path runDir, List<String> variants) {
    this.jsonl = runDir.resolve("curves.jsonl");
    variants.forEach(v -> byVariant.put(v, new LinkedHashMap<>()));
  }

  /** Reads back the curves of an interrupted run (none when there is no file). */
  public synchronized void open() throws IOException {
    byVariant.values().forEach(Map::clear);
    if (!Files.exists(jsonl)) {
      return;
    }
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        ObjectNode o = (ObjectNode) COMPACT.readTree(line);
        Curve c = new Curve(o.get("name").asText(), o.get("series").asText(), o.get("xLabel").asText(),
            o.get("yLabel").asText(), doubles((ArrayNode) o.get("x")), doubles((ArrayNode) o.get("y")));
        Map<String, Curve> m = byVariant.get(o.get("variant").asText());
        if (m != null) {
          m.put(key(c), c);
        }
      }
    }
  }

  public synchronized void put(String variant, Curve c) throws IOException {
    byVariant.computeIfAbsent(variant, v -> new LinkedHashMap<>()).put(key(c), c);
    StringBuilder b = new StringBuilder();
    byVariant.forEach((v, curves) -> curves.values().forEach(x -> b.append(toJson(v, x)).append('\n')));
    AtomicFiles.write(jsonl, b.toString());
  }

  public synchronized boolean isEmpty() {
    return byVariant.values().stream().allMatch(Map::isEmpty);
  }

  /** Writes plots/curves/NAME.csv and .png for every curve name; returns the PNGs' names. */
  public synchronized List<String> write(Path runDir) throws IOException {
    Map<String, List<String[]>> rows = new LinkedHashMap<>(); // name → (variant, series) of its lines
    Map<String, Curve> any = new LinkedHashMap<>();
    byVariant.forEach((v, curves) -> curves.values().forEach(c -> {
      rows.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(new String[] {v, c.series()});
      any.putIfAbsent(c.name(), c);
    }));
    if (rows.isEmpty()) {
      return List.of();
    }
    System.setProperty("java.awt.headless", "true");
    javax.imageio.ImageIO.setUseCache(false); // see Plots
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
      Curve first = any.get(e.getKey());
      StringBuilder csv = new StringBuilder("variant,series,").append(Csv.cell(first.xLabel())).append(',')
          .append(Csv.cell(first.yLabel())).append('\n');
      XYChart chart = new XYChartBuilder().width(720).height(420).title(e.getKey())
          .xAxisTitle(first.xLabel()).yAxisTitle(first.yLabel()).build();
      chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
      chart.getStyler().setSeriesColors(Plots.PALETTE);
      for (String[] line : e.getValue()) {
        Curve c = byVariant.get(line[0]).get(e.getKey() + '\0' + line[1]);
        double[] x = c.x();
        double[] y = c.y();
        for (int i = 0; i < x.length; i++) {
          csv.append(Csv.cell(line[0])).append(',').append(Csv.cell(line[1])).append(',').append(x[i]).append(',')
              .append(y[i]).append('\n');
        }
        String label = line[1].isEmpty() ? line[0] : line[0] + " " + line[1];
        if (x.length > 0) {
          chart.addSeries(label, x, y).setMarker(x.length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
      }
      String base = "plots/curves/" + Plots.fileName(e.getKey());
      AtomicFiles.write(runDir.resolve(base + ".csv"), csv.toString());
      AtomicFiles.write(runDir.resolve(base + ".png"), BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
      written.add(base + ".png");
    }
    return written;
  }

  private static String key(Curve c) {
    return c.name() + '\0' + c.series();
  }

  private static String toJson(String variant, Curve c) {
    ObjectNode o = COMPACT.createObjectNode();
    o.put("variant", variant);
    o.put("name", c.name());
    o.put("series", c.series());
    o.put("xLabel", c.xLabel());
    o.put("yLabel", c.yLabel());
    ArrayNode x = o.putArray("x");
    for (double v : c.x()) {
      x.add(v);
    }
    ArrayNode y = o.putArray("y");
    for (double v : c.y()) {
      y.add(v);
    }
    return o.toString();
  }

  private static double[] doubles(ArrayNode a) {
    double[] d = new double[a.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = a.get(i).isNumber() ? a.get(i).doubleValue() : Double.NaN;
    }
    return d;
  }
}
