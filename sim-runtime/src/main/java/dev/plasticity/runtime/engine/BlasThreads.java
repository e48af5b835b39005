package dev.plasticity.runtime.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.config.InputException;
import java.nio.file.Path;

/**
 * The thread count of the native BLAS, part of what a run computes. OpenBLAS blocks the
 * inner dimension of a product differently with another thread count (a 100×784 by
 * 784×1000 sgemm gives other last bits with 1 and 2 threads), so a run stays byte-identical
 * only under one count. {@code bin/plasticity} sets {@code OPENBLAS_NUM_THREADS=1} unless
 * the user chose one; a run records what it used and a resume must use the same.
 */
final class BlasThreads {
  /** The key in {@code checkpoint/run.json} and {@code provenance.json}. */
  static final String KEY = "blasThreads";
  static final String VARIABLE = "OPENBLAS_NUM_THREADS";

  private BlasThreads() {}

  /** {@code OPENBLAS_NUM_THREADS} as this process sees it, or "unset" (OpenBLAS then uses every core). */
  static String current() {
    String v = System.getenv(VARIABLE);
    return v == null || v.isBlank() ? "unset" : v.trim();
  }

  /** Refuses to resume {@code runDir} under another thread count than the one it ran with. */
  static void checkResume(Path runDir, ObjectNode runInfo, String now) {
    String then = runInfo.path(KEY).asText(null);
    if (then == null || then.equals(now)) {
      return; // runs from before the count was recorded are resumed as they are
    }
    String how = then.equals("unset") ? "without " + VARIABLE : "with " + VARIABLE + "=" + then;
    throw new InputException(runDir.toString(), "ran with " + VARIABLE + "=" + then + ", now "
        + now + ": the BLAS would sum in another order and the metrics would not continue "
        + "exactly; resume " + how + " (bin/plasticity does so when the variable is not set)");
  }
}
