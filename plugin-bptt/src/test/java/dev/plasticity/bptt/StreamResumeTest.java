package dev.plasticity.bptt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stream restored mid-window from what a checkpoint keeps (parameters with their
 * optimizer slots, random streams, the trainer's state) continues exactly as if never
 * stopped: the hidden state, the traces, the task's past inputs and truncation's position
 * all survive. Tick 40 is not a multiple of k1 = 3, so tbptt's pending window matters.
 */
class StreamResumeTest {
  @Test
  void everyOnlineAlgorithmResumesToTheSameWeightsAndMetrics() {
    for (TemporalCredit c : List.of(new Tbptt(3, 6), new Rtrl(), new Uoro(1e-7),
        new KfRtrl(1e-7), new Snap1(), new Eprop(Eprop.Feedback.symmetric))) {
      Temporal cfg = TemporalScheduleTest.schedule(new MarschallOnline(20), c, null);
      Checkpoints.assertResumesExactly(cfg, 40, 60, c);
    }
  }
}
