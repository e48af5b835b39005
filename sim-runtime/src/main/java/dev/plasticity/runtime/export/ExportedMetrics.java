package dev.plasticity.runtime.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.config.FileErrors;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** The run's metrics table, exported as CSV and Parquet. */
final class ExportedMetrics {
  private ExportedMetrics() {}

  /**
   * metrics.csv again (the exported variants' rows only, when some were named) and as
   * metrics.parquet, typed; the manifest gets each column's type.
   */
  static int write(Path runDir, Path out, Set<String> variants, boolean only,
      ObjectNode manifest, Consumer<String> notes) throws IOException {
    Path csv = runDir.resolve("metrics.csv");
    Files.deleteIfExists(out.resolve("metrics.csv"));
    Files.deleteIfExists(out.resolve("metrics.parquet"));
    if (!Files.exists(csv)) {
      notes.accept("no metrics exported: " + csv + " does not exist (no epoch has ended)");
      return 0;
    }
    MetricsTable table;
    try {
      table = MetricsTable.read(csv);
    } catch (IOException e) {
      throw new InputException(csv.toString(), "cannot be read: " + FileErrors.inWords(e));
    }
    if (only) {
      table = table.ofVariants(variants);
    }
    AtomicFiles.write(out.resolve("metrics.csv"), table.toCsv());
    ParquetMetrics.write(table, out.resolve("metrics.parquet"));
    ObjectNode m = manifest.putObject("metrics");
    m.put("csv", "metrics.csv");
    m.put("parquet", "metrics.parquet");
    m.put("rows", table.rows().size());
    ObjectNode columns = m.putObject("columns");
    for (int c = 0; c < table.columns().size(); c++) {
      columns.put(table.columns().get(c), table.types().get(c).name().toLowerCase(Locale.ROOT));
    }
    return table.rows().size();
  }

}
