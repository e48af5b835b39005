package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.engine.Runner;
import dev.plasticity.runtime.output.Console;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ctrl-C (or SIGTERM, SIGHUP) during a run: ask the runner to stop after the current tick
 * and write a checkpoint, and let the JVM exit only once it has (or after
 * {@link #GRACE_SECONDS}). Said at once, naming the signal received, since a tick can take
 * many seconds.
 */
final class Interrupts {
  /** How long the JVM waits for the checkpoint before it exits anyway. */
  static final int GRACE_SECONDS = 60;

  private Interrupts() {}

  static Runner.Result whileRunning(Runner runner, Console console, Supplier<Runner.Result> work) {
    return whileRunning(runner::requestStop, console, work);
  }

  /** The same for any work that stops when {@code requestStop} is called (a sweep's tasks). */
  static <T> T whileRunning(Runnable requestStop, Console console, Supplier<T> work) {
    CountDownLatch done = new CountDownLatch(1);
    Signals.watch();
    Thread hook = new Thread(() -> {
      acknowledge(requestStop, console, ProcessHandle.current().pid(), Signals.received());
      try {
        done.await(GRACE_SECONDS, TimeUnit.SECONDS);
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

  /**
   * Says what was received and what happens now, and asks the runner to stop. While
   * shutdown hooks run the JVM ignores further signals, so a second one changes nothing;
   * the line says so, and what does stop at once.
   *
   * @param signal the signal's name ("INT", "TERM"), null when not known
   */
  static void acknowledge(Runnable requestStop, Console console, long pid, String signal) {
    String again = "INT".equals(signal) ? "Ctrl-C again" : "another signal";
    console.info(Signals.spoken(signal) + " received: stopping after the current tick and checkpointing (at most "
        + GRACE_SECONDS + " s); " + again + " does not stop it sooner: kill -9 " + pid
        + " does, losing the epoch in progress");
    requestStop.run();
  }
}
