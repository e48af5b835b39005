package dev.plasticity.bptt;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/** Temporal credit assignment: BPTT, RTRL and its estimators, attention memory, temporal tasks. */
public final class BpttPlugin implements Plugin {
  @Override
  public String name() {
    return "bptt";
  }

  @Override
  public String description() {
    return "Temporal credit assignment: BPTT, RTRL, UORO, KF-RTRL, SnAp-1, e-prop, attention memory";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(Kinds.SCHEDULE, "temporal", "trains a recurrent network on a temporal task, a tick per time step",
        Temporal.class);
    r.add(Kinds.SCHEDULE, "gradient-equivalence",
        "records the exactness checks (RTRL, SnAp-1, finite differences, UORO, KF-RTRL vs BPTT) on a task's sequence",
        GradientEquivalence.class);
    r.add(Kinds.DATA, "generated", "no stored data: the temporal task generates its sequences",
        GeneratedData.class);
    r.add(Cell.KIND, "elman", "h_t = tanh(W_x x_t + W_h h_{t-1} + b)", Elman.class);
    r.add(Memory.KIND, "attention", "states written every k ticks, read by (top-k) attention",
        AttentionMemory.class);
    r.add(Task.KIND, "delayed-recall", "a symbol at t = 0, blanks, recall at the cue t = gap",
        DelayedRecall.class);
    r.add(Task.KIND, "copy", "Arjovsky's copy task: K symbols, T-1 blanks, delimiter, repeat",
        CopyTask.class);
    r.add(Task.KIND, "adding", "the adding problem: sum of the two marked values", AddingProblem.class);
    r.add(Task.KIND, "marschall-online", "Bernoulli input, y_t = 0.5 + 0.5 x_{t-5} - 0.25 x_{t-9}",
        MarschallOnline.class);
    r.add(Task.KIND, "sequential-images", "images of the data set row by row, the class at the end",
        SequentialImages.class);
    r.add(TemporalCredit.KIND, "bptt", "full backpropagation through time, a sweep per sequence",
        Bptt.class);
    r.add(TemporalCredit.KIND, "tbptt", "truncated BPTT(k1, k2): every k1 ticks a sweep of k2",
        Tbptt.class);
    r.add(TemporalCredit.KIND, "rtrl", "exact real-time recurrent learning, O(n^4) per tick", Rtrl.class);
    r.add(TemporalCredit.KIND, "uoro", "unbiased online recurrent optimisation, rank one", Uoro.class);
    r.add(TemporalCredit.KIND, "kf-rtrl", "Kronecker-factored RTRL, unbiased, O(n^3) per tick",
        KfRtrl.class);
    r.add(TemporalCredit.KIND, "snap-1", "RTRL keeping each parameter's influence on its own unit",
        Snap1.class);
    r.add(TemporalCredit.KIND, "e-prop", "eligibility traces times a broadcast learning signal",
        Eprop.class);
  }
}
