package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;

/**
 * The fly Bloom filter's learning (Dasgupta et al. 2018): synapses from Kenyon cells onto
 * an output neuron start at 1, and every odour experienced depresses those of its active
 * cells, w ← (1 − depression)·w (depression 1: a binary Bloom filter). A single output
 * neuron learns familiarity; with one output per class (FlyNN), an odour depresses the
 * synapses onto the neuron of its label only.
 */
public record BloomDepression(
    @Doc("the output population; absent: the network's output") @Optional String into,
    @Doc("fraction of an active cell's synapse removed per exposure") @Default("1")
        @Min(value = 0, exclusive = true) @Max(1) double depression)
    implements KcPlasticity {

  @Override
  public void install(SimContext ctx) {
    BloomSynapses syn = BloomSynapses.of(ctx.network(), into);
    Batch batch = ctx.batch();
    float keep = (float) (1 - depression);
    ctx.scheduler().every(0, 1, Phase.PLASTICITY, 0, "bloom depression", t -> {
      Matrix kc = syn.cells().activity();
      float[] h = kc.data();
      float[] w = syn.weights().data();
      int m = kc.cols();
      int[] labels = batch.labels();
      for (int r = 0, n = batch.size(); r < n; r++) {
        int off = syn.unitOf(labels[r]) * m;
        for (int i = 0; i < m; i++) {
          if (h[r * m + i] != 0f) {
            w[off + i] *= keep;
          }
        }
      }
    });
  }
}
