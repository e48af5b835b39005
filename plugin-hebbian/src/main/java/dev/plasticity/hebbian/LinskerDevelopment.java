package dev.plasticity.hebbian;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * Linsker's layered network (1986): layers A → B → C on an L × L torus, each cell fed by a
 * Gaussian arbor of the layer below, linear units, and Hebbian development with saturation
 * bounds, dc_i/dt = k1 + (1/N) Σ_j (Q_ij + k2) c_j, Q the covariance of the inputs in the arbor.
 * The development equation is integrated on the covariance (one Euler step per tick, clipped to
 * ±bound) rather than by presenting inputs: for linear units it is exactly the average of the
 * Hebbian update over the input ensemble, so presenting random patterns only adds sampling
 * noise that a smaller rate and many more ticks must average away. A's input is random and
 * independent (Q_A = I); B develops first ({@code iterationsB} ticks), then Q_B is computed
 * exactly from B's weights (Q_B = C_B C_Bᵀ, normalised to Q_B(0) = 1) and C develops
 * ({@code iterationsC} ticks). At each epoch end: {@code linsker/b-saturated} (share of B's
 * weights at +bound), {@code linsker/centre-surround} and {@code linsker/on-centre} (shares of
 * C's cells), and {@code linsker/ring/r}, C's mean weight per distance ring, also drawn as the curve
 * {@code linsker/field-profile}.
 */
public record LinskerDevelopment(
    @Doc("side L of the torus every layer lives on") @Default("32") @Min(4) int side,
    @Doc("synapses N per cell") @Default("300") @Min(2) int synapses,
    @Doc("arbor radius of B onto A (density exp(-d^2/r^2))") @Default("3") @Min(value = 0, exclusive = true) double radiusB,
    @Doc("arbor radius of C onto B") @Default("3") @Min(value = 0, exclusive = true) double radiusC,
    @Doc("k1 of layer B") @Default("0.3") double k1B,
    @Doc("k2 of layer B") @Default("0") double k2B,
    @Doc("k1 of layer C") @Default("0.45") double k1C,
    @Doc("k2 of layer C") @Default("-3") double k2C,
    @Doc("weights are clipped to [-bound, bound]") @Default("0.5") @Min(value = 0, exclusive = true) double bound,
    @Doc("Euler step η of the development equation") @Default("0.02") @Min(value = 0, exclusive = true) double lr,
    @Doc("ticks of B's development") @Default("200") @Min(1) int iterationsB,
    @Doc("ticks of C's development") @Default("400") @Min(1) int iterationsC,
    @Doc("C cells per side of the lattice that is measured") @Default("8") @Min(1) int cellsC,
    @Doc("ticks per epoch") @Default("50") @Min(1) int ticksPerEpoch)
    implements Schedule {

  /** The distance each ring of {@link CentreSurround} stands for, for the profile curve. */
  private static final double[] RING_CENTRES = {0.5, 2, 3, 4, 5};

  public LinskerDevelopment {
    if (cellsC > side) {
      throw new ConfigException("cellsC", "must be at most side (" + side + "), got " + cellsC);
    }
  }

  @Override
  public Timeline plan(Data data) {
    return new Timeline(ticksPerEpoch, (long) iterationsB + iterationsC);
  }

  @Override
  public int batchCapacity(Data data) {
    return 1;
  }

  @Override
  public void install(SimContext ctx) {
    Rng wiring = ctx.rng("linsker/arbors");
    Arbors b = new Arbors(Arbors.everySite(side), side, synapses, radiusB, wiring);
    Arbors c = new Arbors(Arbors.lattice(side, cellsC), side, synapses, radiusC, wiring);
    float[] wb = ctx.parameters().add(new Parameter("linsker.B", b.cells, synapses, false)).value().data();
    float[] wc = ctx.parameters().add(new Parameter("linsker.C", c.cells, synapses, false)).value().data();
    Rng init = ctx.rng("linsker/init");
    for (float[] w : new float[][] {wb, wc}) {
      for (int i = 0; i < w.length; i++) {
        w[i] = (float) (0.1 * bound * (2 * init.nextDouble() - 1));
      }
    }
    LinskerLayers layers = new LinskerLayers(this, b, c, wb, wc);
    ctx.scheduler().every(0, 1, Phase.PLASTICITY, 0, "linsker development", t -> {
      if (t < iterationsB) {
        layers.stepB();
      } else {
        layers.stepC();
      }
    });
    Timeline tl = ctx.timeline();
    CentreSurround test = new CentreSurround();
    double[] rings = new double[CentreSurround.RINGS];
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "linsker metrics", t -> {
      Recorder out = ctx.recorder();
      out.record("linsker/b-saturated", layers.saturatedShareB());
      int centreSurround = 0;
      int on = 0;
      java.util.Arrays.fill(rings, 0);
      for (int cell = 0; cell < c.cells; cell++) {
        int kind = test.classify(wc, c.distance, cell * synapses, synapses);
        centreSurround += kind != 0 ? 1 : 0;
        on += kind > 0 ? 1 : 0;
        for (int r = 0; r < rings.length; r++) {
          rings[r] += Double.isNaN(test.means[r]) ? 0 : test.means[r] / c.cells;
        }
      }
      out.record("linsker/centre-surround", centreSurround / (double) c.cells);
      out.record("linsker/on-centre", on / (double) c.cells);
      for (int r = 0; r < rings.length; r++) {
        out.record("linsker/ring/" + r, rings[r]);
      }
      // The mean field of C against distance from the centre: the picture of centre–surround.
      out.curve(new Curve("linsker/field-profile", "", "distance from the centre (ring)", "mean weight of C",
          RING_CENTRES, rings));
    });
  }
}
