package dev.plasticity.hebbian;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;

/**
 * No stored data: the {@code hebbian-presentation} and {@code assembly-projection} schedules
 * generate their input from seeded streams. A scenario still names a data source; this one
 * loads a single empty row.
 */
public record SelfGenerated(@Doc("width of the placeholder input") @Default("1") @Min(1) int dim)
    implements DataSource {
  @Override
  public Data load(DataContext ctx) {
    Dataset empty = new Dataset("self-generated", new Matrix(1, dim), new int[] {-1}, 0);
    return new Data(empty, empty);
  }
}
