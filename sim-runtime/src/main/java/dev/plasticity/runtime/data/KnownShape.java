package dev.plasticity.runtime.data;

import dev.plasticity.api.data.DataContext;
import java.util.Optional;

/**
 * A data source that can tell its shape without loading its data (a fixed data set, a
 * file's first line): enough to check a network against it before a run starts.
 */
public interface KnownShape {
  /** The shape, or empty when it cannot be known cheaply (a missing file, say). */
  Optional<DataShape> shape(DataContext ctx);
}
