package dev.plasticity.runtime.engine;

/** A run that started and then failed (exit code 1): the message says why, in one line. */
public final class RunFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RunFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
