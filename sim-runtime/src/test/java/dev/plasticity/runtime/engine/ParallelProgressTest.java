package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Variants side by side advance their tick counts from their own threads; the sum the bar
 * gets is every tick done, each reported sum at least the one before.
 */
class ParallelProgressTest {
  @Test
  void sumsFromManyThreadsAreCompleteAndNeverGoBack() throws InterruptedException {
    List<Long> reported = new ArrayList<>(); // appended under the progress's lock
    ParallelProgress progress = new ParallelProgress((done, atStart) -> reported.add(done));
    int variants = 4;
    int ticks = 20_000;
    for (int v = 0; v < variants; v++) {
      progress.add("v" + v, v, ticks); // variant v resumes at tick v
    }
    assertEquals(6, progress.doneAtStart());
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int v = 0; v < variants; v++) {
      String name = "v" + v;
      int start = v;
      Thread t = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (long next = start + 1; next <= ticks; next++) {
          progress.advance(name, next);
        }
      });
      t.start();
      workers.add(t);
    }
    go.countDown();
    for (Thread t : workers) {
      t.join();
    }
    assertEquals((long) variants * ticks, reported.get(reported.size() - 1));
    for (int i = 1; i < reported.size(); i++) {
      assertTrue(reported.get(i) > reported.get(i - 1), "report " + i + " went back or stood still");
    }
    assertEquals((long) variants * ticks, progress.total());
  }

  @Test
  void aSettledVariantCountsWhollyDone() {
    List<Long> reported = new ArrayList<>();
    ParallelProgress progress = new ParallelProgress((done, atStart) -> reported.add(done));
    progress.add("a", 0, 10);
    progress.add("b", 0, 10);
    progress.advance("a", 3);
    progress.settled("a"); // failed at tick 3
    progress.advance("b", 1);
    assertEquals(List.of(3L, 11L), reported);
  }
}
