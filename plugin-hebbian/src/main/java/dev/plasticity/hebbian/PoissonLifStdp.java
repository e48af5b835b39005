package dev.plasticity.hebbian;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * Poisson inputs onto leaky integrate-and-fire neurons through plastic synapses: pair-based STDP
 * with additive updates and hard bounds (Song, Miller & Abbott 2000), by default exactly the
 * model of Brian2's STDP example (1,000 inputs at 15 Hz onto one neuron, dt = 0.1 ms). One tick
 * is one time step. INPUT: the sources that spike are sent across the projection, to arrive
 * {@code delayMs} later as one scheduled event; FORWARD: the neurons step (order 0), then the
 * arrivals add their weights to ge and apply their presynaptic updates (order 1); PLASTICITY: the
 * neurons' spikes apply their postsynaptic updates. At each epoch's end it records
 * {@code stdp/output-rate} (Hz over the epoch, mean over the neurons), {@code stdp/run-rate} (the
 * same since the start, as Brian2's example reports it) and hands the recorder the
 * raster and the first neuron's v and ge over the last {@code windowSeconds}. The weights are the
 * parameter {@code stdp.W} (inputs × neurons), their bound the 1 × 1 parameter {@code stdp.gmax},
 * for the {@code weight-histogram} metric and for export.
 */
public record PoissonLifStdp(
    @Doc("Poisson input sources") @Default("1000") @Min(1) int inputs,
    @Doc("rate of every input (Hz)") @Default("15") @Min(0) double rateHz,
    @Doc("output neurons, each fed by every input") @Default("1") @Min(1) int neurons,
    @Doc("time step dt (ms): one tick") @Default("0.1") @Min(value = 0, exclusive = true) double dtMs,
    @Doc("simulated time (s)") @Default("100") @Min(value = 0, exclusive = true) double seconds,
    @Doc("simulated time of an epoch (s): the metrics are taken at each epoch's end") @Default("10")
        @Min(value = 0, exclusive = true) double epochSeconds,
    @Doc("membrane time constant taum (ms)") @Default("10") @Min(value = 0, exclusive = true) double taumMs,
    @Doc("excitatory reversal potential Ee (mV)") @Default("0") double eeMv,
    @Doc("threshold vt (mV)") @Default("-54") double vtMv,
    @Doc("reset vr (mV), also the initial potential") @Default("-60") double vrMv,
    @Doc("leak reversal potential El (mV)") @Default("-74") double elMv,
    @Doc("refractory period (ms), rounded to ticks: v stays at vr") @Default("0") @Min(0) double refractoryMs,
    @Doc("decay time constant of the conductance taue (ms)") @Default("5") @Min(value = 0, exclusive = true) double taueMs,
    @Doc("upper bound gmax of every weight (the lower is 0); initial weights uniform in [0, gmax]") @Default("0.01")
        @Min(value = 0, exclusive = true) double gmax,
    @Doc("axonal delay of the input synapses (ms), rounded to ticks") @Default("0") @Min(0) double delayMs,
    @Doc("potentiation: the presynaptic trace's increment, in units of gmax") @Default("0.01") @Min(0) double dApre,
    @Doc("depression against potentiation: dApost = -dApre taupre / taupost times this") @Default("1.05") @Min(0)
        double depressionRatio,
    @Doc("presynaptic trace time constant taupre (ms)") @Default("20") @Min(value = 0, exclusive = true) double taupreMs,
    @Doc("postsynaptic trace time constant taupost (ms)") @Default("20") @Min(value = 0, exclusive = true) double taupostMs,
    @Doc("input rows in the raster (the first sources), before the output neurons") @Default("50") @Min(0) int rasterInputs,
    @Doc("the raster's and the state monitor's window at each epoch's end (s)") @Default("1")
        @Min(value = 0, exclusive = true) double windowSeconds)
    implements Schedule {

  /** The weights, inputs × neurons. */
  public static final String WEIGHTS = "stdp.W";
  /** The weights' upper bound gmax, 1 × 1. */
  public static final String BOUND = "stdp.gmax";

  public PoissonLifStdp {
    wholeTicks("epochSeconds", epochSeconds * 1000, dtMs);
    wholeTicks("seconds", seconds * 1000, dtMs);
    long perEpoch = Math.round(epochSeconds * 1000 / dtMs);
    if (Math.round(seconds * 1000 / dtMs) % perEpoch != 0) {
      throw new ConfigException("seconds", "must be a whole number of epochs of " + epochSeconds + " s, got " + seconds);
    }
    if (rateHz * dtMs / 1000 >= 1) {
      throw new ConfigException("rateHz", "must be below 1/dt = " + 1000 / dtMs + " Hz (one spike per tick at most), got " + rateHz);
    }
    if (!(vrMv < vtMv)) {
      throw new ConfigException("vrMv", "must be below the threshold vtMv = " + vtMv + ", got " + vrMv);
    }
    if (windowSeconds > epochSeconds) {
      throw new ConfigException("windowSeconds", "must be at most an epoch (" + epochSeconds + " s), got " + windowSeconds);
    }
    if (rasterInputs > inputs) {
      throw new ConfigException("rasterInputs", "must be at most inputs (" + inputs + "), got " + rasterInputs);
    }
    if ((long) inputs * neurons > Integer.MAX_VALUE - 8) {
      throw new ConfigException("inputs", inputs + " x " + neurons + " synapses do not fit one array");
    }
  }

  private static void wholeTicks(String field, double ms, double dtMs) {
    double ticks = ms / dtMs;
    if (Math.abs(ticks - Math.rint(ticks)) > 1e-6 * Math.max(1, ticks) || Math.rint(ticks) < 1) {
      throw new ConfigException(field, "must be a whole number of time steps of " + dtMs + " ms, got " + ms / 1000 + " s");
    }
  }

  private long ticks(double ms) {
    return Math.round(ms / dtMs);
  }

  @Override
  public Timeline plan(Data data) {
    return new Timeline(ticks(epochSeconds * 1000), ticks(seconds * 1000));
  }

  @Override
  public int batchCapacity(Data data) {
    return 1; // the neurons live here, not in the network
  }

  @Override
  public boolean usesLearningSection() {
    return false;
  }

  @Override
  public void install(SimContext ctx) {
    // The runtime's timeline is this plan; taking it from the plan keeps a mocked runtime, whose
    // timeline is a minibatch schedule's, on the same epochs.
    Timeline tl = plan(ctx.data());
    long perEpoch = tl.ticksPerEpoch();
    double secondsPerTick = dtMs / 1000;
    float[] w = ctx.parameters().add(new Parameter(WEIGHTS, inputs, neurons, false)).value().data();
    Rng init = ctx.rng("stdp/init");
    for (int e = 0; e < w.length; e++) {
      w[e] = (float) (init.nextDouble() * gmax);
    }
    ctx.parameters().add(new Parameter(BOUND, 1, 1, false)).value().data()[0] = (float) gmax;

    LifNeurons lif = new LifNeurons(neurons, new LifNeurons.Constants(
        dtMs, taumMs, eeMv, elMv, vtMv, vrMv, taueMs, (int) ticks(refractoryMs)));
    PoissonSource source = new PoissonSource(inputs, rateHz * secondsPerTick, ctx.rng("stdp/input"));
    double aPlus = dApre * gmax;
    double aMinus = -dApre * taupreMs / taupostMs * depressionRatio * gmax;
    PairStdp rule = new PairStdp(inputs, neurons, aPlus, aMinus, gmax, taupreMs / dtMs, taupostMs / dtMs);
    SpikeProjection projection = new SpikeProjection(
        "stdp input synapses", ctx.scheduler(), inputs, w, (int) ticks(delayMs), lif, rule);
    long window = Math.max(1, ticks(windowSeconds * 1000));
    SpikeMonitor raster = new SpikeMonitor("stdp", perEpoch, window, secondsPerTick, rasterInputs + neurons);
    StateMonitor state = new StateMonitor("stdp", lif, 0, perEpoch, (int) Math.min(window, Integer.MAX_VALUE), secondsPerTick);
    ctx.keepState("stdp/input", source);
    ctx.keepState("stdp/neurons", lif);
    ctx.keepState("stdp/synapses", projection);
    ctx.keepState("stdp/rule", rule);
    ctx.keepState("stdp/raster", raster);
    ctx.keepState("stdp/state", state);

    int[] spiking = new int[inputs];
    ctx.scheduler().every(0, 1, Phase.INPUT, 0, "poisson input", t -> {
      int n = source.spikes(t, spiking);
      raster.spikes(t, spiking, n, rasterInputs, 0);
      projection.send(t, spiking, n);
    });
    ctx.scheduler().every(0, 1, Phase.FORWARD, 0, "lif step", t -> {
      lif.step();
      raster.spikes(t, lif.spiked, lif.spikedCount, neurons, rasterInputs);
      state.sample(t);
      projection.targetSpiked();
    });
    ctx.scheduler().every(tl.firstEpochEnd(), perEpoch, Phase.CONTROL, 0, "stdp metrics", t -> {
      Recorder out = ctx.recorder();
      long spikes = 0;
      for (int j = 0; j < neurons; j++) {
        spikes += lif.epochSpikes(j);
      }
      out.record("stdp/output-rate", spikes / (double) neurons / epochSeconds);
      out.record("stdp/run-rate", lif.totalSpikes() / (double) neurons / ((t + 1) * secondsPerTick));
      lif.clearEpochCounts();
      raster.flush(t, out);
      state.flush(t, out);
    });
  }
}
