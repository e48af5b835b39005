package dev.plasticity.olfaction;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Footprint;
import dev.plasticity.api.sim.SimContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One PN→KC circuit per hash length k, added to the network at install: what the paper's
 * protocol needs and a fixed {@code network} section cannot say. Its Kenyon-cell count may
 * grow with k (m = 20k, or m = k for LSH), and its projection must be drawn afresh for
 * every repeat, so this record keeps the initializer the redraw needs. Each circuit is a
 * population {@code k=<k>} fed from the input by a projection without bias.
 */
public record KenyonCircuits(
    @Doc("how PN→KC weights are drawn for every repeat (sparse-binary, normal)") Initializer projection,
    @Doc("hash lengths k, one circuit each") List<Integer> hashLengths,
    @Doc("Kenyon cells of every circuit; 0: cellsPerHash × k") @Default("0") @Min(0) int kenyonCells,
    @Doc("Kenyon cells per unit of hash length when kenyonCells is 0") @Default("20") @Min(1) int cellsPerHash,
    @Doc("bucket width of the rate quantisation (0: none)") @Default("10") @Min(0) double quantum,
    @Doc("what the cells emit: values (top k rates), tags (top k as 1s), signs (every cell's bit [a >= 0])")
        @Default("\"values\"") KcCode code) implements Footprint {

  public KenyonCircuits {
    if (hashLengths.isEmpty()) {
      throw new ConfigException("hashLengths", "needs at least one hash length");
    }
    for (int i = 0; i < hashLengths.size(); i++) {
      if (hashLengths.get(i) < 1) {
        throw new ConfigException("hashLengths[" + i + "]", "must be >= 1, got " + hashLengths.get(i));
      }
    }
    hashLengths = List.copyOf(hashLengths);
  }

  /** Kenyon cells of the circuit with hash length k. */
  public int cells(int k) {
    return kenyonCells > 0 ? kenyonCells : cellsPerHash * k;
  }

  /**
   * Each circuit's PN→KC weights, cells × inputs floats (the batch's activity on top): blamed
   * on kenyonCells, or on the hash length that sets the count. Counted in long, where
   * {@link #cells} would overflow.
   */
  @Override
  public List<Block> blocks(Sizes sizes) {
    List<Block> blocks = new ArrayList<>();
    long inputs = Math.max(1, sizes.inputs());
    for (int i = 0; i < hashLengths.size(); i++) {
      long k = hashLengths.get(i);
      long cells = kenyonCells > 0 ? kenyonCells : Block.times(cellsPerHash, k);
      blocks.add(new Block(kenyonCells > 0 ? "kenyonCells" : "hashLengths[" + i + "]", "the PN->KC weights of"
          + " circuit k=" + k + " (" + cells + " cells x " + inputs + " inputs, floats)",
          Block.times(cells, inputs), Float.BYTES));
    }
    return blocks;
  }

  /** Adds the circuits to the context's network; returns their projections. */
  List<Projection> build(SimContext ctx) {
    Network net = ctx.network();
    Population pn = net.input();
    List<Projection> made = new ArrayList<>();
    for (int k : hashLengths) {
      Population kc = net.add(new Population("k=" + k, cells(k), code.activation(k, quantum)));
      String id = pn.id() + "->" + kc.id();
      Parameter w = ctx.parameters().add(new Parameter(id + ".W", kc.size(), pn.size(), false));
      made.add(net.connect(new Projection(id, net.projections().size(), pn, kc, w, null)));
    }
    net.allocate(net.batchCapacity());
    return made;
  }

  /** Draws every circuit's weights afresh. */
  void redraw(List<Projection> circuits, Rng rng) {
    for (Projection p : circuits) {
      projection.init(p.weights().value(), rng);
    }
  }
}
