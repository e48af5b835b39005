package dev.plasticity.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Tasks on this machine, {@code jobs} at a time, each on a thread of its own (the engine
 * runs a simulation on one thread, OpenBLAS on one thread: see the runtime's --jobs).
 */
public final class LocalExecutor implements SweepExecutor {
  private final int jobs;
  private final int retries;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile TaskWork running;

  public LocalExecutor(int jobs, int retries) {
    if (jobs < 1 || retries < 0) {
      throw new IllegalArgumentException("jobs " + jobs + ", retries " + retries);
    }
    this.jobs = jobs;
    this.retries = retries;
  }

  @Override
  public List<TaskOutcome> run(List<SweepTask> tasks, TaskWork work, Consumer<TaskOutcome> settled) {
    running = work;
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "sweep-task");
      t.setDaemon(true); // a JVM told to exit (a second Ctrl-C's grace over) does not wait for tasks
      return t;
    });
    try {
      List<Future<TaskOutcome>> futures = new ArrayList<>();
      for (SweepTask task : tasks) {
        futures.add(pool.submit(() -> {
          TaskOutcome o = attempts(task, work);
          synchronized (settled) {
            settled.accept(o);
          }
          return o;
        }));
      }
      List<TaskOutcome> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          out.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("task " + tasks.get(i).id() + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          requestStop();
          out.add(new TaskOutcome(tasks.get(i).id(), TaskOutcome.State.STOPPED, 0, null));
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Up to 1 + retries attempts; the reason of the last is the failure's. */
  private TaskOutcome attempts(SweepTask task, TaskWork work) {
    String reason = null;
    for (int attempt = 1; attempt <= retries + 1; attempt++) {
      if (stopped.get()) {
        return new TaskOutcome(task.id(), TaskOutcome.State.STOPPED, attempt - 1, null);
      }
      try {
        TaskOutcome o = work.attempt(task, attempt);
        return new TaskOutcome(task.id(), o.state(), attempt, o.reason());
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError vm && !(vm instanceof OutOfMemoryError)) {
          throw vm;
        }
        reason = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
            + " (attempt " + attempt + " of " + (retries + 1) + ")";
      }
    }
    return new TaskOutcome(task.id(), TaskOutcome.State.FAILED, retries + 1, reason);
  }

  @Override
  public void requestStop() {
    stopped.set(true);
    TaskWork w = running;
    if (w != null) {
      w.stop();
    }
  }
}
