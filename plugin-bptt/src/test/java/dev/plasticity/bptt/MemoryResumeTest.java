package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.learn.Parameter;
import dev.plasticity.testkit.MockRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run stopped in the middle of a sequence (Ctrl-C checkpoints after the current tick)
 * and restored from what the checkpoint keeps continues exactly as if never stopped, also
 * with an attention memory: the memories written so far, the credit of the reads so far
 * and, fed back, the reads added to the state and kept for the backward pass; and the
 * epoch's training loss and accuracy so far.
 */
class MemoryResumeTest {
  @Test
  void aMemoryResumesMidSequenceToTheSameWeights() {
    // Copy with T = 6 and 3 symbols: sequences of 12 ticks; tick 41 is the sixth of one.
    for (AttentionMemory memory : java.util.Arrays.asList(null,
        new AttentionMemory(1, 6, 0),
        new AttentionMemory(2, 6, 2),
        new AttentionMemory(1, 6, 2, true, AttentionMemory.Stored.cell),
        new AttentionMemory(1, 6, 0, true, AttentionMemory.Stored.state))) {
      Temporal cfg = TemporalScheduleTest.schedule(new CopyTask(6, 3), new Tbptt(4, 4), memory);
      MockRuntime whole = Checkpoints.runtime(cfg);
      whole.runTicks(72);

      MockRuntime first = Checkpoints.runtime(cfg);
      first.runTicks(41);
      MockRuntime second = Checkpoints.runtime(cfg);
      Checkpoints.handOver(first, second);
      second.scheduler().skipTo(41);
      second.runTicks(72 - 41);

      for (int i = 0; i < whole.parameters().all().size(); i++) {
        Parameter p = whole.parameters().all().get(i);
        assertArrayEquals(p.value().data(), second.parameters().all().get(i).value().data(),
            memory + ": " + p.name() + " differs after resume");
      }
      // The evaluation at tick 59 reports the training epoch's loss from its first tick.
      for (String metric : whole.recordedNames()) {
        assertEquals(whole.recorded(metric), second.recorded(metric),
            memory + ": " + metric + " differs after resume");
      }
    }
  }
}
