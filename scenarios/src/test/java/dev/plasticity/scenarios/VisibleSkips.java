package dev.plasticity.scenarios;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test with its reason to the console. Surefire and Failsafe count
 * skipped tests ("Skipped: 3") but print their reasons only into the report files, so a
 * test that needs data this machine lacks would pass unnoticed; its reason says how to
 * get the data. Registered for the JUnit launcher in META-INF/services.
 */
public final class VisibleSkips implements TestExecutionListener {
  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    say(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      say(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private static void say(TestIdentifier test, String reason) {
    String where = test.getLegacyReportingName();
    if (!where.equals(test.getDisplayName())) {
      where += " " + test.getDisplayName(); // a dynamic test: "...()[12] olfaction/flyhash-sift10k.json"
    }
    String container = test.getParentId().map(p -> p.replaceAll(".*\\[class:([^\\]]*)\\].*", "$1"))
        .map(c -> c.substring(c.lastIndexOf('.') + 1)).orElse("");
    System.out.println("[SKIPPED] " + (container.isEmpty() ? "" : container + ".") + where + ": " + reason);
  }
}
