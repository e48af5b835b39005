package dev.plasticity.runtime.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * The ticks done by variants running side by side, each advanced by its own worker thread,
 * and their sum, which the one progress bar shows. Updating a variant's count, the sum and
 * reporting the sum happen under one lock: a worker never reads another's count half
 * written or stale, and the bar, fed in the order the sums were made, never goes back.
 */
final class ParallelProgress {
  private final Map<String, Long> done = new HashMap<>();
  private final Map<String, Long> totals = new HashMap<>();
  private final Report report;
  private long sum;
  /** The ticks done when the sitting started, which an estimate of the time left must not count. */
  private long startSum;

  /** Where the sums go: {@code Console::progress}. */
  @FunctionalInterface
  interface Report {
    void progress(long done, long doneAtStart);
  }

  /** Reports every new sum of ticks done to {@code report}. */
  ParallelProgress(Report report) {
    this.report = report;
  }

  /** Adds {@code variant}, which has {@code start} of its {@code total} ticks done when the sitting starts. */
  synchronized void add(String variant, long start, long total) {
    done.put(variant, start);
    totals.put(variant, total);
    sum += start;
    startSum += start;
  }

  /** The ticks done over every variant when the sitting started. */
  synchronized long doneAtStart() {
    return startSum;
  }

  /** The ticks every variant has, done or not. */
  synchronized long total() {
    return totals.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@code variant} has run the ticks before {@code nextTick}; reports the new sum. */
  synchronized void advance(String variant, long nextTick) {
    sum += nextTick - done.put(variant, nextTick);
    report.progress(sum, startSum);
  }

  /** {@code variant} has nothing left to run (it finished or failed): its remaining ticks count as done. */
  synchronized void settled(String variant) {
    long total = totals.get(variant);
    sum += total - done.put(variant, total);
  }
}
