package dev.plasticity.api.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's contract, checked the way Brian2 checks its schedule: events append to a
 * log when they fire, and the log is compared with the order the design promises.
 */
class EventQueueTest {
  private final EventQueue q = new EventQueue();
  private final List<String> log = new ArrayList<>();

  private Event logging(String name) {
    return t -> log.add(t + ":" + name);
  }

  @Test
  void phasesRunInTheirFixedOrderWhateverTheSchedulingOrder() {
    Phase[] reversed = Phase.values();
    for (int i = reversed.length - 1; i >= 0; i--) {
      q.at(0, reversed[i], 0, reversed[i].name(), logging(reversed[i].name()));
    }
    q.runUntil(1);
    assertEquals(List.of("0:INPUT", "0:FORWARD", "0:LOSS", "0:FEEDBACK", "0:PLASTICITY", "0:RECORD",
        "0:CONTROL"), log);
  }

  @Test
  void withinAPhaseOrderThenSchedulingIdBreakTies() {
    q.at(3, Phase.FORWARD, 2, "b", logging("order2-first"));
    q.at(3, Phase.FORWARD, 1, "a", logging("order1"));
    q.at(3, Phase.FORWARD, 2, "c", logging("order2-second"));
    q.at(3, Phase.FORWARD, -5, "d", logging("order-5"));
    q.runUntil(10);
    assertEquals(List.of("3:order-5", "3:order1", "3:order2-first", "3:order2-second"), log);
  }

  @Test
  void repeatingEventsKeepTheirTieBreakAcrossRepeats() {
    q.every(0, 1, Phase.FORWARD, 0, "second", logging("x"));
    q.every(0, 2, Phase.FORWARD, 0, "third", logging("y"));
    q.runUntil(4);
    assertEquals(List.of("0:x", "0:y", "1:x", "2:x", "2:y", "3:x"), log);
  }

  @Test
  void aCancelledRepeatingEventStops() {
    EventHandle h = q.every(0, 3, Phase.CONTROL, 0, "eval", logging("eval"));
    q.at(4, Phase.INPUT, 0, "cancel", t -> h.cancel());
    q.runUntil(20);
    assertEquals(List.of("0:eval", "3:eval"), log);
    assertTrue(h.isCancelled());
    assertTrue(q.isEmpty());
  }

  @Test
  void anEventCanCancelItselfWhileFiring() {
    EventHandle[] self = new EventHandle[1];
    self[0] = q.every(1, 1, Phase.RECORD, 0, "once-more", t -> {
      log.add(t + ":fired");
      if (t == 2) {
        self[0].cancel();
      }
    });
    q.runUntil(10);
    assertEquals(List.of("1:fired", "2:fired"), log);
  }

  @Test
  void delayedDeliveryArrivesDelayTicksLater() {
    q.at(2, Phase.FORWARD, 0, "send", t -> {
      log.add(t + ":send");
      q.after(3, Phase.FORWARD, 0, "deliver", logging("deliver"));
      q.after(0, Phase.LOSS, 0, "same tick, later phase", logging("now"));
    });
    q.runUntil(100);
    assertEquals(List.of("2:send", "2:now", "5:deliver"), log);
  }

  @Test
  void idleTicksAreSkippedNotStepped() {
    q.at(1_000_000_000L, Phase.INPUT, 0, "far", logging("far"));
    q.at(5, Phase.INPUT, 0, "near", logging("near"));
    long fired = q.runUntil(Long.MAX_VALUE);
    assertEquals(2, fired, "only the two due events ran, no tick in between");
    assertEquals(List.of("5:near", "1000000000:far"), log);
    assertEquals(1_000_000_000L, q.now());
  }

  @Test
  void theSameSchedulesGiveTheSameLog() {
    assertEquals(run(), run());
  }

  private List<String> run() {
    EventQueue e = new EventQueue();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int k = i;
      Phase p = Phase.values()[(i * 5) % Phase.values().length];
      e.every(i % 3, 1 + i % 4, p, i % 2, "e" + i, t -> out.add(t + ":" + k));
    }
    e.runUntil(30);
    return out;
  }

  @Test
  void schedulingInThePastIsRefused() {
    q.at(5, Phase.INPUT, 0, "tick", t -> {});
    q.runUntil(6);
    assertThrows(IllegalArgumentException.class, () -> q.at(2, Phase.INPUT, 0, "late", t -> {}));
    q.at(7, Phase.FORWARD, 0, "in FORWARD", t ->
        assertThrows(IllegalArgumentException.class,
            () -> q.after(0, Phase.INPUT, 0, "earlier phase, same tick", x -> {})));
    q.runUntil(8);
    assertThrows(IllegalArgumentException.class, () -> q.every(9, 0, Phase.INPUT, 0, "zero period", t -> {}));
  }

  @Test
  void skipToAdvancesRepeatingEventsAndDropsPastOneShots() {
    q.every(0, 3, Phase.CONTROL, 0, "every3", logging("every3"));
    q.at(2, Phase.INPUT, 0, "past", logging("past"));
    q.at(8, Phase.INPUT, 0, "future", logging("future"));
    q.skipTo(7);
    q.runUntil(13);
    assertEquals(List.of("8:future", "9:every3", "12:every3"), log);
  }
}
