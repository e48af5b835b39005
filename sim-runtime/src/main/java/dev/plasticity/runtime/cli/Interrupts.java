package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.engine.Runner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ctrl-C (or SIGTERM) during a run: ask the runner to stop after the current tick and
 * write a checkpoint, and let the JVM exit only once it has.
 */
final class Interrupts {
  private Interrupts() {}

  static Runner.Result whileRunning(Runner runner, Supplier<Runner.Result> work) {
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      runner.requestStop();
      try {
        done.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "plasticity-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return work.get();
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is exiting because of the interrupt; the hook is running already.
      }
    }
  }
}
