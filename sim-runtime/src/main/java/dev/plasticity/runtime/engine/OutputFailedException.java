package dev.plasticity.runtime.engine;

import java.io.IOException;

/**
 * The run directory could not be written (a metrics row, a curve, a checkpoint) while a
 * variant ran. Unlike a component's failure it is not the variant's fault and would stop
 * every variant alike, so it ends the run.
 */
final class OutputFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputFailedException(IOException cause) {
    super(cause.getMessage(), cause);
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
