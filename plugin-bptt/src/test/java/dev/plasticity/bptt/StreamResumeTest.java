package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.sim.StateMap;
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
  private static final List<String> STREAMS =
      List.of("temporal.init", "temporal.task", "temporal.credit", "temporal.eval");

  @Test
  void everyOnlineAlgorithmResumesToTheSameWeights() {
    for (TemporalCredit c : List.of(new Tbptt(3, 6), new Rtrl(), new Uoro(1e-7),
        new KfRtrl(1e-7), new Snap1(), new Eprop(Eprop.Feedback.symmetric))) {
      Temporal cfg = TemporalScheduleTest.schedule(new MarschallOnline(20), c, null);
      MockRuntime whole = runtime(cfg);
      whole.runTicks(60);

      MockRuntime first = runtime(cfg);
      first.runTicks(40);
      MockRuntime second = runtime(cfg);
      copy(first, second);
      second.scheduler().skipTo(40);
      second.runTicks(20);

      for (int i = 0; i < whole.parameters().all().size(); i++) {
        assertArrayEquals(whole.parameters().all().get(i).value().data(),
            second.parameters().all().get(i).value().data(), c + ": weights differ after resume");
      }
    }
  }

  private static MockRuntime runtime(Temporal cfg) {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).seed(5).build();
    return rt.install(cfg);
  }

  private static void copy(MockRuntime from, MockRuntime to) {
    for (int i = 0; i < from.parameters().all().size(); i++) {
      Parameter a = from.parameters().all().get(i);
      Parameter b = to.parameters().all().get(i);
      System.arraycopy(a.value().data(), 0, b.value().data(), 0, a.value().size());
      b.setUpdates(a.updates());
      a.slots().forEach((k, v) -> System.arraycopy(v, 0, b.slot(k), 0, v.length));
    }
    for (String s : STREAMS) {
      to.context().rng(s).restore(from.context().rng(s).state());
    }
    StateMap state = new StateMap();
    from.keptStates().get("temporal").saveState(state);
    to.keptStates().get("temporal").restoreState(state);
  }
}
