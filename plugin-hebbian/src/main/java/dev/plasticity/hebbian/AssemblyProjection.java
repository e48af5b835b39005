package dev.plasticity.hebbian;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * Assembly calculus (Papadimitriou, Vempala, Mitropolsky, Collins & Maass 2020): the projection
 * of a stimulus into an area. A stimulus of k neurons fires every round into an area of n
 * neurons; every possible synapse, stimulus → area and area → area, exists with probability p
 * (weight 1). Each round (a tick): FORWARD sums each neuron's input from the stimulus and from
 * the area's previous cap, and the k most excited fire (the k-cap); PLASTICITY multiplies the
 * weight of every synapse from a neuron that fired in the previous round onto one that fires now
 * by 1 + β. The cap converges to an assembly: the support (every neuron that has ever fired)
 * stops growing. At each epoch end the schedule records {@code assembly/support},
 * {@code assembly/last-growth-round} (the last round that added a neuron; −1: none yet) and
 * {@code assembly/recall}: from a silent area, a fraction of the stimulus alone fires for a few
 * rounds without plasticity, and the share of the assembly (the last cap) in the cap it reaches.
 */
public record AssemblyProjection(
    @Doc("neurons n of the area") @Default("10000") @Min(2) int neurons,
    @Doc("cap size k: neurons that fire each round, and neurons of the stimulus") @Default("100") @Min(1) int k,
    @Doc("connection probability p of every possible synapse") @Default("0.01")
        @Min(value = 0, exclusive = true) @Max(1) double p,
    @Doc("plasticity β: a synapse from a neuron that fired onto one that fires next grows by 1 + β")
        @Default("0.1") @Min(0) double beta,
    @Doc("rounds (ticks) per epoch") @Default("5") @Min(1) int roundsPerEpoch,
    @Doc("epochs") @Default("8") @Min(1) int epochs,
    @Doc("share of the stimulus that fires in the recall test") @Default("0.5")
        @Min(value = 0, exclusive = true) @Max(1) double cue,
    @Doc("rounds of the recall test") @Default("5") @Min(1) int recallRounds)
    implements Schedule {

  /** The weights of every synapse, aligned with the wiring's targets (stimulus rows first). */
  public static final String WEIGHTS = "assembly.W";

  public AssemblyProjection {
    if (k > neurons) {
      throw new ConfigException("k", "must be at most neurons (" + neurons + "), got " + k);
    }
  }

  @Override
  public Timeline plan(Data data) {
    return new Timeline(roundsPerEpoch, (long) roundsPerEpoch * epochs);
  }

  @Override
  public int batchCapacity(Data data) {
    return 1; // the area lives here, not in the network
  }

  @Override
  public void install(SimContext ctx) {
    SparseWiring wiring = new SparseWiring(k + neurons, neurons, p, k, ctx.rng("assembly/wiring"));
    float[] w = ctx.parameters().add(new Parameter(WEIGHTS, 1, wiring.synapses(), false)).value().fill(1).data();
    AssemblyArea area = new AssemblyArea(wiring, w, neurons, k, (float) beta);
    ctx.keepState("assembly", area);
    ctx.scheduler().every(0, 1, Phase.FORWARD, 0, "assembly k-cap", area::fire);
    ctx.scheduler().every(0, 1, Phase.PLASTICITY, 0, "assembly plasticity", area::strengthen);
    Timeline tl = ctx.timeline();
    int cued = Math.max(1, (int) Math.round(cue * k));
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "assembly metrics", t -> {
      Recorder out = ctx.recorder();
      out.record("assembly/support", area.supportSize());
      out.record("assembly/last-growth-round", area.lastGrowthRound());
      out.record("assembly/recall", area.recall(cued, recallRounds));
    });
  }
}
