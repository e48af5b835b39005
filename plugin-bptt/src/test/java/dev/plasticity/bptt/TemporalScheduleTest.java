package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.plasticity.api.learn.Adam;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.sim.EventHandle;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.testkit.MockRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Done-when 5 (scheduling) and the contract checks for temporal algorithms, on the mocked runtime. */
class TemporalScheduleTest {
  static Temporal schedule(Task task, TemporalCredit credit, Memory memory) {
    return new Temporal(task, new Elman(8, 1.0, false), memory, credit,
        new Adam(0.01, 0.9, 0.999, 1e-8, 0), 8, 200, 5, 64, 0);
  }

  private static MockRuntime bare() {
    return MockRuntime.builder().present(false).train(false).build();
  }

  @Test
  void truncationBoundariesRepeatEverySequenceAtTheConfiguredOffsets() {
    MockRuntime rt = bare();
    // Sequences of 10 ticks (gap 9), k1 = 3: sweeps at offsets 2, 5, 8 and at the end, 9.
    rt.install(schedule(new DelayedRecall(9, 8), new Tbptt(3, 6), null));
    for (long off : new long[] {2, 5, 8, 9}) {
      verify(rt.scheduler()).every(eq(off), eq(10L), eq(Phase.FEEDBACK), eq(1), eq("tbptt sweep"), any());
    }
    verify(rt.scheduler(), times(4))
        .every(anyLong(), anyLong(), eq(Phase.FEEDBACK), eq(1), eq("tbptt sweep"), any());
    verify(rt.scheduler()).every(eq(9L), eq(10L), eq(Phase.PLASTICITY), eq(0), eq("update"), any());
  }

  @Test
  void sweepsAndWritesFireAtThoseTicksAndRepeatEverySequence() {
    MockRuntime rt = bare();
    java.util.Map<String, java.util.List<EventHandle>> handles = new java.util.TreeMap<>();
    doAnswer(inv -> {
      EventHandle h = (EventHandle) inv.callRealMethod();
      handles.computeIfAbsent(inv.getArgument(4), k -> new java.util.ArrayList<>()).add(h);
      return h;
    }).when(rt.scheduler()).every(anyLong(), anyLong(), any(), anyInt(), anyString(), any());
    rt.install(schedule(new DelayedRecall(9, 8), new Tbptt(3, 6), new AttentionMemory(4, 8, 0)));
    rt.runTicks(25);
    // After ticks 0..24 of 10-tick sequences, each repeating event waits for its offset in
    // the fourth sequence: it fired at offset, offset + 10 and offset + 20 where those are < 25.
    assertEquals(List.of(32L, 25L, 28L, 29L), next(handles.get("tbptt sweep")));
    assertEquals(List.of(30L, 34L, 28L), next(handles.get("memory write")));
    assertEquals(List.of(29L), next(handles.get("update")));
  }

  private static List<Long> next(List<EventHandle> hs) {
    return hs.stream().map(EventHandle::nextTick).toList();
  }

  @Test
  void onAStreamTruncationRepeatsEveryK1Ticks() {
    MockRuntime rt = bare();
    rt.install(schedule(new MarschallOnline(100), new Tbptt(4, 8), null));
    verify(rt.scheduler()).every(eq(3L), eq(4L), eq(Phase.FEEDBACK), eq(1), eq("tbptt sweep"), any());
    verify(rt.scheduler()).every(eq(3L), eq(4L), eq(Phase.PLASTICITY), eq(0), eq("update"), any());
  }

  @Test
  void bpttSweepsOnceAtEachSequenceEnd() {
    MockRuntime rt = bare();
    rt.install(schedule(new DelayedRecall(9, 8), new Bptt(), null));
    verify(rt.scheduler()).every(eq(9L), eq(10L), eq(Phase.FEEDBACK), eq(1), eq("bptt sweep"), any());
  }

  @Test
  void memoryWritesAreScheduledEveryKTicksFromEachSequenceStart() {
    MockRuntime rt = bare();
    rt.install(schedule(new DelayedRecall(9, 8), new Tbptt(5, 5), new AttentionMemory(4, 8, 0)));
    for (long off : new long[] {0, 4, 8}) {
      verify(rt.scheduler()).every(eq(off), eq(10L), eq(Phase.FORWARD), eq(1), eq("memory write"), any());
    }
    verify(rt.scheduler(), times(3))
        .every(anyLong(), anyLong(), eq(Phase.FORWARD), eq(1), eq("memory write"), any());
  }

  @Test
  void feedbackMemorySweepsOnceAtEachSequenceEndInsteadOfTheAlgorithm() {
    MockRuntime rt = bare();
    rt.install(schedule(new DelayedRecall(9, 8), new Tbptt(5, 5), new AttentionMemory(1, 8, 2, true)));
    verify(rt.scheduler()).every(eq(9L), eq(10L), eq(Phase.FEEDBACK), eq(1), eq("feedback sweep"), any());
    verify(rt.scheduler(), times(0))
        .every(anyLong(), anyLong(), eq(Phase.FEEDBACK), eq(1), eq("tbptt sweep"), any());
  }

  @Test
  void feedbackMemoryRejectsOverlappingTruncation() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> schedule(new DelayedRecall(9, 8), new Tbptt(3, 6), new AttentionMemory(1, 8, 0, true)));
    assertTrue(e.getMessage().contains("k2 = k1"), e.getMessage());
  }

  @Test
  void gradientNormsAreTheNormOfEachUpdateBeforeClipping() {
    for (double clip : new double[] {0, 1e-6}) {
      MockRuntime rt = bare();
      CopyTask task = new CopyTask(3, 4);
      // One update per evaluation: its norm is the mean and the maximum.
      rt.install(new Temporal(task, new Elman(8, 1.0, false), new AttentionMemory(1, 8, 2),
          new Tbptt(5, 5), new Adam(0.01, 0.9, 0.999, 1e-8, 0), 4, 2, 1, 8, clip, false, true));
      rt.runTicks(task.length());
      double sq = 0;
      for (var p : rt.parameters().all()) {
        for (float g : p.grad().data()) {
          sq += (double) g * g;
        }
      }
      double norm = rt.recorded("train-grad-norm").get(0);
      assertEquals(norm, rt.recorded("train-grad-norm-max").get(0));
      double parts = 0;
      for (String name : List.of("rnn.Wx", "rnn.Wh", "rnn.b", "readout.W", "readout.b",
          "attention.A", "attention.C", "attention.v")) {
        double own = rt.recorded("train-grad-norm-max/" + name).get(0);
        parts += own * own;
      }
      assertEquals(norm, Math.sqrt(parts), 1e-9 * norm, "the parameters' norms make up the whole");
      if (clip == 0) {
        assertEquals(Math.sqrt(sq), norm, 1e-6 * norm, "the gradient the optimizer saw");
        assertTrue(rt.recorded("train-clipped").isEmpty());
      } else {
        assertTrue(norm > 1e3 * clip, "the norm before clipping: " + norm);
        assertEquals(clip, Math.sqrt(sq), 1e-3 * clip, "the gradient after clipping");
        assertEquals(List.of(1.0), rt.recorded("train-clipped"));
      }
    }
  }

  @Test
  void positionsRecordTheEvalAccuracyOfEachScoredTick() {
    for (Memory memory : new Memory[] {null, new AttentionMemory(1, 8, 2), new AttentionMemory(1, 8, 2, true)}) {
      MockRuntime rt = bare();
      CopyTask task = new CopyTask(3, 4);
      rt.install(new Temporal(task, new Elman(8, 1.0, false), memory, new Tbptt(5, 5),
          new Adam(0.01, 0.9, 0.999, 1e-8, 0), 4, 2, 1, 8, 0, true));
      rt.runTicks(task.length());
      for (int k = 0; k < 4; k++) {
        assertEquals(1, rt.recorded("eval-accuracy/position=" + k).size(), "position " + k);
        List<Double> w = rt.recorded("eval-attention-on-source/position=" + k);
        if (memory == null) {
          assertTrue(w.isEmpty());
        } else {
          assertTrue(w.size() == 1 && w.get(0) >= 0 && w.get(0) <= 1, memory + ": " + w);
        }
      }
      assertTrue(rt.recorded("eval-accuracy/position=4").isEmpty());
    }
  }

  @Test
  void onlineAlgorithmsUpdateEveryTickOfAStream() {
    MockRuntime rt = bare();
    rt.install(schedule(new MarschallOnline(100), new Uoro(1e-7), null));
    verify(rt.scheduler()).every(eq(0L), eq(1L), eq(Phase.PLASTICITY), eq(0), eq("update"), any());
  }

  private static final List<TemporalCredit> ALGORITHMS = List.of(new Bptt(), new Tbptt(3, 6),
      new Rtrl(), new Uoro(1e-7), new KfRtrl(1e-7), new Snap1(), new Eprop(Eprop.Feedback.symmetric),
      new Eprop(Eprop.Feedback.random));

  /** The contract's "lowers the loss of a tiny network", for temporal algorithms. */
  @Test
  void everyAlgorithmLowersTheLossOfATinyTask() {
    for (TemporalCredit c : ALGORITHMS) {
      MockRuntime rt = bare();
      rt.install(schedule(new DelayedRecall(3, 4), c, null));
      rt.runTicks(200 * 4);
      List<Double> loss = rt.recorded("eval-loss");
      assertTrue(loss.get(loss.size() - 1) < 0.8 * loss.get(0),
          c + ": eval loss went from " + loss.get(0) + " to " + loss.get(loss.size() - 1));
      for (Parameter p : rt.parameters().all()) {
        for (float v : p.value().data()) {
          assertTrue(Float.isFinite(v), c + ": " + p.name() + " is not finite");
        }
      }
    }
  }

  @Test
  void everyAlgorithmIsDeterministic() {
    for (TemporalCredit c : ALGORITHMS) {
      float[][] a = trained(c);
      float[][] b = trained(c);
      for (int i = 0; i < a.length; i++) {
        assertArrayEquals(a[i], b[i], c + ": same seed, different weights");
      }
    }
  }

  private static float[][] trained(TemporalCredit c) {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).seed(7).build();
    rt.install(schedule(new AddingProblem(6), c, null)).runTicks(60);
    return rt.parameters().all().stream().map(p -> p.value().data().clone()).toArray(float[][]::new);
  }
}
