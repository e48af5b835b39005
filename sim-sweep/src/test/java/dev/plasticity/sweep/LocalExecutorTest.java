package dev.plasticity.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.sweep.spec.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalExecutorTest {
  private static List<SweepTask> tasks(int n) {
    List<SweepTask> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new SweepTask(SweepTask.id(i, n, 1), new Point(i, List.of()), 1, null));
    }
    return out;
  }

  /** Throws on the attempts {@code failing} says for a task, finishes otherwise. */
  private static final class Flaky implements TaskWork {
    final Map<String, Integer> failFirst;
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    Flaky(Map<String, Integer> failFirst) {
      this.failFirst = failFirst;
    }

    @Override
    public TaskOutcome attempt(SweepTask task, int attempt) {
      int n = attempts.computeIfAbsent(task.id(), k -> new AtomicInteger()).incrementAndGet();
      assertEquals(n, attempt, "attempts are numbered as they are made");
      if (n <= failFirst.getOrDefault(task.id(), 0)) {
        throw new IllegalStateException("worker lost");
      }
      return new TaskOutcome(task.id(), TaskOutcome.State.FINISHED, attempt, null);
    }

    @Override
    public void stop() {}
  }

  @Test
  void aTaskThatThrowsIsTriedAgainAndOneThatAlwaysThrowsFailsAlone() {
    List<SweepTask> tasks = tasks(6);
    Flaky work = new Flaky(Map.of("1-seed1", 2, "4-seed1", 99));
    List<TaskOutcome> settled = Collections.synchronizedList(new ArrayList<>());
    List<TaskOutcome> out = new LocalExecutor(2, 2).run(tasks, work, settled::add);
    assertEquals(6, out.size());
    assertEquals(6, settled.size(), "each task settles once");
    for (int i = 0; i < 6; i++) {
      assertEquals(tasks.get(i).id(), out.get(i).id(), "outcomes in task order");
    }
    assertEquals(TaskOutcome.State.FINISHED, out.get(1).state());
    assertEquals(3, out.get(1).attempts(), "two failures, then it finished");
    assertEquals(TaskOutcome.State.FAILED, out.get(4).state());
    assertEquals(3, work.attempts.get("4-seed1").get(), "1 + 2 retries, no more");
    assertEquals("worker lost (attempt 3 of 3)", out.get(4).reason());
    for (int i : new int[] {0, 2, 3, 5}) {
      assertEquals(TaskOutcome.State.FINISHED, out.get(i).state());
      assertEquals(1, out.get(i).attempts());
      assertNull(out.get(i).reason());
    }
  }

  @Test
  void noRetriesMeansOneAttempt() {
    Flaky work = new Flaky(Map.of("0-seed1", 1));
    List<TaskOutcome> out = new LocalExecutor(1, 0).run(tasks(2), work, o -> {});
    assertEquals(TaskOutcome.State.FAILED, out.get(0).state());
    assertEquals(TaskOutcome.State.FINISHED, out.get(1).state());
  }

  @Test
  void aStoppedExecutorStartsNoMoreTasks() {
    LocalExecutor executor = new LocalExecutor(1, 0);
    TaskWork work = new TaskWork() {
      @Override
      public TaskOutcome attempt(SweepTask task, int attempt) {
        executor.requestStop(); // Ctrl-C while the first task runs: it stops, the rest never start
        return new TaskOutcome(task.id(), TaskOutcome.State.STOPPED, attempt, null);
      }

      @Override
      public void stop() {}
    };
    List<TaskOutcome> out = executor.run(tasks(3), work, o -> {});
    assertTrue(out.stream().noneMatch(TaskOutcome::settled), out.toString());
    assertEquals(List.of(1, 0, 0), out.stream().map(TaskOutcome::attempts).toList());
  }
}
