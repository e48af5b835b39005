package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.plasticity.testkit.MockRuntime;
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
  void everyOnlineAlgorithmResumesToTheSameWeights() {
    for (TemporalCredit c : List.of(new Tbptt(3, 6), new Rtrl(), new Uoro(1e-7),
        new KfRtrl(1e-7), new Snap1(), new Eprop(Eprop.Feedback.symmetric))) {
      Temporal cfg = TemporalScheduleTest.schedule(new MarschallOnline(20), c, null);
      MockRuntime whole = Checkpoints.runtime(cfg);
      whole.runTicks(60);

      MockRuntime first = Checkpoints.runtime(cfg);
      first.runTicks(40);
      MockRuntime second = Checkpoints.runtime(cfg);
      Checkpoints.handOver(first, second);
      second.scheduler().skipTo(40);
      second.runTicks(20);

      for (int i = 0; i < whole.parameters().all().size(); i++) {
        assertArrayEquals(whole.parameters().all().get(i).value().data(),
            second.parameters().all().get(i).value().data(), c + ": weights differ after resume");
      }
    }
  }
}
