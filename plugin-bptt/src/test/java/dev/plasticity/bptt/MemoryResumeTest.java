package dev.plasticity.bptt;

import dev.plasticity.api.learn.Adam;
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
  void aSequenceResumesMidwayWithOrWithoutAMemory() {
    // Copy with T = 6 and 3 symbols: sequences of 12 ticks; tick 41 is the sixth of one.
    Task copy = new CopyTask(6, 3);
    for (AttentionMemory memory : List.of(
        new AttentionMemory(1, 6, 0),
        new AttentionMemory(2, 6, 2),
        new AttentionMemory(1, 6, 2, true, AttentionMemory.Stored.cell),
        new AttentionMemory(1, 6, 0, true, AttentionMemory.Stored.state))) {
      Temporal cfg = TemporalScheduleTest.schedule(copy, new Tbptt(4, 4), memory);
      Checkpoints.assertResumesExactly(cfg, 41, 72, memory);
    }
    // Each task keeps its own draw: symbols, values and marks (12-tick sequences again).
    for (Task task : List.of(copy, new AddingProblem(12), new DelayedRecall(11, 4))) {
      Temporal cfg = TemporalScheduleTest.schedule(task, new Tbptt(4, 4), null);
      Checkpoints.assertResumesExactly(cfg, 41, 72, task);
    }
    // The gradient norms since the last evaluation, clipped (every update, at 0.01).
    Temporal norms = new Temporal(copy, new Elman(8, 1.0, false),
        new AttentionMemory(1, 6, 2, true, AttentionMemory.Stored.cell), new Tbptt(4, 4),
        new Adam(0.01, 0.9, 0.999, 1e-8, 0), 8, 200, 5, 64, 0.01, false, true);
    Checkpoints.assertResumesExactly(norms, 41, 72, "gradient norms");
  }
}
