package dev.plasticity.runtime.engine;

import java.util.Map;

/**
 * What the outputs say about the run as a whole: whether its numbers are final, and which
 * variants are not.
 *
 * @param status finished (every variant ran to its end), failed (every variant ran to its
 *     end or failed), interrupted (something is left to run: {@code resumeCommand} continues
 *     it) or running (written while variants still run)
 * @param variants every variant's standing, in scenario order
 * @param resumeCommand the command line that continues the run
 */
public record RunStatus(String status, Map<String, VariantStatus> variants, String resumeCommand) {
  public static final String FINISHED = "finished";
  public static final String FAILED = "failed";
  public static final String INTERRUPTED = "interrupted";
  public static final String RUNNING = "running";

  public boolean isFinal() {
    return status.equals(FINISHED) || status.equals(FAILED);
  }
}
