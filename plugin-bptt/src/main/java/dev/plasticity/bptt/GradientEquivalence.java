package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * Runs the exactness checks on one sequence of a task, with θ as the cell initialises it
 * and held fixed, and records them as metrics (schedule type {@code gradient-equivalence};
 * one tick, nothing trained): relative errors ‖a − b‖/‖b‖ of RTRL vs BPTT, SnAp-1 vs BPTT
 * with W_h cut to its diagonal (and, to show its bias, with the dense W_h), BPTT vs central
 * differences; for UORO and KF-RTRL the mean of {@code estimates} estimates vs RTRL,
 * relative error and cosine.
 */
public record GradientEquivalence(
    @Doc("the task whose first sequence (or window) is checked") Task task,
    @Doc("the recurrent cell, initialised as for training") Cell cell,
    @Doc("sequences in the batch") @Default("1") @Min(1) int rows,
    @Doc("estimates averaged for the unbiasedness of UORO and KF-RTRL") @Default("10000") @Min(1)
        int estimates,
    @Doc("step of the central differences") @Default("1e-5") @Min(value = 0, exclusive = true)
        double step,
    @Doc("epsilon of UORO's and KF-RTRL's variance-minimising ratios") @Default("1e-7")
        @Min(value = 0, exclusive = true) double epsilon) implements Schedule {

  @Override
  public Timeline plan(Data data) {
    return new Timeline(1, 1);
  }

  @Override
  public int batchCapacity(Data data) {
    return 1;
  }

  @Override
  public void install(SimContext ctx) {
    ctx.scheduler().at(0, Phase.CONTROL, 0, "gradient checks", t -> run(ctx));
  }

  /** It checks gradients of its own cell with θ held fixed: nothing of the learning section's. */
  @Override
  public boolean usesLearningSection() {
    return false;
  }

  private void run(SimContext ctx) {
    Rng rng = ctx.rng("gradient-equivalence");
    SequenceProblem p = SequenceProblem.of(task, cell, rows, ctx.data().train(), rng);
    Recorder rec = ctx.recorder();
    rec.record("rtrl-vs-bptt", GradientChecks.rtrlVsBptt(p));
    rec.record("snap1-vs-bptt-diagonal", GradientChecks.snap1VsBptt(p.diagonal()));
    rec.record("snap1-vs-bptt-dense", GradientChecks.snap1VsBptt(p));
    rec.record("bptt-vs-finite-differences", GradientChecks.finiteDifferencesVsBptt(p, step));
    Rng uoroNoise = ctx.rng("gradient-equivalence.uoro");
    var uoro = GradientChecks.meanOfEstimates(p,
        e -> new Uoro.Estimator(e, epsilon, SignSource.of(uoroNoise)), estimates);
    rec.record("uoro-mean-vs-rtrl", uoro.relative());
    rec.record("uoro-mean-cosine", uoro.cosine());
    Rng kfNoise = ctx.rng("gradient-equivalence.kf-rtrl");
    var kf = GradientChecks.meanOfEstimates(p,
        e -> new KfRtrl.Factored(e, epsilon, SignSource.of(kfNoise)), estimates);
    rec.record("kf-rtrl-mean-vs-rtrl", kf.relative());
    rec.record("kf-rtrl-mean-cosine", kf.cosine());
  }
}
