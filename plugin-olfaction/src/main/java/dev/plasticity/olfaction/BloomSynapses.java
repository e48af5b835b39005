package dev.plasticity.olfaction;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;

/**
 * The KC→output synapses of a fly Bloom filter as the rule and its metrics see them: the
 * cells, the output neurons and the weights (outputs × cells), and the filter score of an
 * odour, the mean weight over its active cells (high: novel; low: familiar).
 */
record BloomSynapses(Population cells, Population outputs, Matrix weights) {

  /** The synapses into {@code into} (the network's output when null). */
  static BloomSynapses of(Network net, String into) {
    Population out = into == null ? net.output() : net.population(into);
    if (net.into(out).size() != 1) {
      throw new IllegalArgumentException(
          "bloom filter: '" + out.id() + "' must be fed by exactly one projection, from the Kenyon cells");
    }
    Projection p = net.into(out).get(0);
    return new BloomSynapses(p.source(), out, p.weights().value());
  }

  /** The output neuron an odour with this label trains: its class, or the only one. */
  int unitOf(int label) {
    return outputs.size() == 1 ? 0 : label;
  }

  /** Mean weight onto {@code unit} over the active cells of row {@code r}; 1 (novel) with none active. */
  double score(int unit, int r) {
    float[] h = cells.activity().data();
    float[] w = weights.data();
    int m = cells.size();
    double sum = 0;
    int active = 0;
    for (int i = 0; i < m; i++) {
      if (h[r * m + i] != 0f) {
        sum += w[unit * m + i];
        active++;
      }
    }
    return active == 0 ? 1 : sum / active;
  }
}
