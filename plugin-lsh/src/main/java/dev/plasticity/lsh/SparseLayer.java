package dev.plasticity.lsh;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Sgd;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import java.util.Arrays;
import java.util.List;

/**
 * The running part of {@link LshSparse}: the tables over the layer's weight rows, each
 * sample's active neurons, the sparse forward of both projections, the sparse backward, and
 * the multiplication counts. Everything is allocated here, once: ticks allocate nothing.
 */
final class SparseLayer implements Stateful {
  private final LshSparse spec;
  private final Rng rng;
  private final Projection in;
  private final Projection out;
  private final Population layer;
  private final int n; // layer size
  private final int d; // source size
  private final int o; // output size
  private final int cap;
  private final HashTables tables;
  private final Matrix weightRows; // n × (d + 1): [W_j, b_j]
  private final Matrix items;      // through the transform's P, or weightRows itself
  private final Matrix inputRow;   // 1 × (d + 1): [x, 1]
  private final Matrix queries;    // batch × items' columns: each sample's [x, 1] through Q
  private final int[] batchCodes;  // the batch's codes on the popcount path
  private final ActivePairs pairs;
  private final float[] w2t;            // n × o: W2 transposed, filled for the union's neurons
  private final float[] g2t;            // o: one neuron's dW2 column while it is summed
  private final LazyMomentumSgd lazy;   // steps only the rows of W1 with a gradient, or null
  private final int[] gradientRows;     // the rows of dW1 the last backward wrote
  private int gradientRowCount;
  private final ActiveSelector selector;
  private final boolean signBits;       // the hash sees the query only up to a positive factor
  private final AgreeingBits agreeing; // the one-bit-table fast path of hits, or null
  private final MultiplicationCount count = new MultiplicationCount();

  private SparseLayer(LshSparse spec, Projection in, Projection out, Rng rng, int batch, LazyMomentumSgd lazy) {
    this.spec = spec;
    this.rng = rng;
    this.in = in;
    this.out = out;
    this.layer = in.target();
    this.n = layer.size();
    this.d = in.source().size();
    this.o = out.target().size();
    this.cap = Math.max(1, (int) Math.floor(spec.activeFraction() * n));
    int extra = spec.transform() == null ? 0 : spec.transform().extraDims();
    this.weightRows = new Matrix(n, d + 1);
    this.items = extra == 0 && spec.transform() == null ? weightRows : new Matrix(n, d + 1 + extra);
    this.inputRow = new Matrix(1, d + 1);
    this.queries = new Matrix(batch, items.cols());
    this.tables = new HashTables(spec.family(), spec.bits(), spec.tables(), spec.bucketSize(), items.cols());
    this.pairs = new ActivePairs(n, batch, cap);
    this.w2t = new float[n * o];
    this.g2t = new float[o];
    this.lazy = lazy;
    this.gradientRows = new int[n];
    this.selector = new ActiveSelector(n, cap, spec.tables() * (1 + spec.probes()), spec.selection());
    this.signBits = spec.family().signBits();
    boolean oneBitHits = signBits && spec.bits() == 1 && spec.probes() == 0 && spec.selection() == Selection.HITS;
    this.agreeing = oneBitHits ? new AgreeingBits(n, spec.tables()) : null;
    this.batchCodes = oneBitHits ? new int[batch * spec.tables()] : null;
  }

  /**
   * Checks the network's shape and replaces the forward of both projections. With the
   * scenario's optimizer plain SGD (momentum, no weight decay), W1 gets a
   * {@link LazyMomentumSgd} that steps only the rows the batch activated; any other optimizer
   * steps all of W1 as it would for the dense layer.
   */
  static SparseLayer attach(LshSparse spec, Network net, Rng rng, Optimizer optimizer) {
    List<Projection> ps = net.projections();
    Population layer;
    try {
      layer = spec.layer() == null ? ps.get(0).target() : net.population(spec.layer());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("layer", e.getMessage());
    }
    if (ps.size() != 2 || ps.get(0).target() != layer || ps.get(1).source() != layer
        || ps.get(0).source() != net.input() || ps.get(1).target() != net.output()) {
      throw new ConfigException("", "lsh-sparse needs a network input -> " + layer.id()
          + " -> output with exactly those two projections, got " + describe(ps)
          + " (one hashed hidden layer; deeper networks are not supported)");
    }
    LazyMomentumSgd lazy = null;
    if (optimizer instanceof Sgd sgd && sgd.weightDecay() == 0) {
      lazy = new LazyMomentumSgd(ps.get(0).weights(), sgd.lr(), sgd.momentum());
      ps.get(0).weights().withOptimizer(lazy);
    }
    SparseLayer s = new SparseLayer(spec, ps.get(0), ps.get(1), rng, net.batchCapacity(), lazy);
    net.replaceForward(0, (p, acc) -> s.forwardIn());
    net.replaceForward(1, (p, acc) -> s.forwardOut());
    return s;
  }

  private static String describe(List<Projection> ps) {
    StringBuilder b = new StringBuilder();
    for (Projection p : ps) {
      b.append(b.length() == 0 ? "" : ", ").append(p.source().id()).append(" -> ").append(p.target().id());
    }
    return b.toString();
  }

  /** The lazy optimizer of W1, or null when the scenario's optimizer steps it. */
  LazyMomentumSgd lazyOptimizer() {
    return lazy;
  }

  /** Brings every row of W1 up to date (before anything reads all of it). */
  void catchUp() {
    if (lazy != null) {
      lazy.catchUpAll();
    }
  }

  void rebuild() {
    fileWeights();
    if (agreeing != null) { // popcounts compare the codes: no bucket is ever looked up
      tables.hashItems(items, rng, true);
      agreeing.pack(tables.itemCodes());
    } else {
      tables.rebuild(items, rng);
    }
    count.rehashed(tables.hashMultiplications(n) + itemTransformMultiplications());
  }

  void rehash() {
    fileWeights();
    if (agreeing != null) {
      tables.hashItems(items, rng, false);
      agreeing.pack(tables.itemCodes());
    } else {
      tables.rehash(items);
    }
    count.rehashed(tables.hashMultiplications(n) + itemTransformMultiplications());
  }

  /** P of every row and the largest norm it needs (a square per weight). */
  private long itemTransformMultiplications() {
    if (spec.transform() == null) {
      return 0;
    }
    return (long) n * (d + 1) + (long) n * spec.transform().itemMultiplications(d + 1);
  }

  /** Copies [W_j, b_j] into the item rows, through P when there is a transform. */
  private void fileWeights() {
    catchUp();
    float[] w = in.weights().value().data();
    float[] b = in.hasBias() ? in.bias().value().data() : null;
    float[] rows = weightRows.data();
    for (int j = 0; j < n; j++) {
      System.arraycopy(w, j * d, rows, j * (d + 1), d);
      rows[j * (d + 1) + d] = b == null ? 0 : b[j];
    }
    if (items != weightRows) {
      double maxNorm = 0;
      for (int j = 0; j < n; j++) {
        maxNorm = Math.max(maxNorm, MipsTransform.squaredNorm(rows, j * (d + 1), d + 1));
      }
      maxNorm = Math.sqrt(maxNorm);
      for (int j = 0; j < n; j++) {
        spec.transform().item(rows, j * (d + 1), d + 1, maxNorm, items.data(), j * items.cols());
      }
    }
  }

  /** Selects each sample's active neurons and computes their pre-activations; the rest are 0. */
  private void forwardIn() {
    Matrix x = in.source().activity();
    Matrix pre = layer.pre();
    int rows = x.rows();
    pre.fill(0f);
    float[] xv = x.data();
    float[] w = in.weights().value().data();
    float[] b = in.hasBias() ? in.bias().value().data() : null;
    float[] a = pre.data();
    count.discardPending(); // the first forward of a batch: an evaluation's counts are not training
    selectActive(xv, rows);
    pairs.index(rows);
    // Neuron by neuron: row j of W stays in cache for all the samples it serves.
    for (int u = 0; u < pairs.unionSize(); u++) {
      int j = pairs.unionNeuron(u);
      if (lazy != null) {
        lazy.catchUp(j);
      }
      float bj = b == null ? 0 : b[j];
      for (int at = pairs.start(u), end = pairs.start(u + 1); at < end; at++) {
        int r = pairs.sample(at);
        a[r * n + j] = RowKernels.dot(d, w, j * d, xv, r * d) + bj;
      }
    }
    long queryMults = spec.transform() == null ? 0 : (long) rows * (signBits
        ? spec.transform().queryDirectionMultiplications(d + 1) : spec.transform().queryMultiplications(d + 1));
    count.forward(tables.hashMultiplications(rows) + queryMults, (long) pairs.pairs() * d);
  }

  /** Each sample's [x, 1] (through Q) looks up its active neurons in the tables. */
  private void selectActive(float[] xv, int rows) {
    float[] q = inputRow.data();
    float[] qs = queries.data();
    int qc = queries.cols();
    for (int r = 0; r < rows; r++) {
      System.arraycopy(xv, r * d, q, 0, d);
      q[d] = 1f;
      if (spec.transform() == null) {
        System.arraycopy(q, 0, qs, r * qc, d + 1);
      } else if (signBits) {
        spec.transform().queryDirection(q, 0, d + 1, qs, r * qc);
      } else {
        spec.transform().query(q, 0, d + 1, qs, r * qc);
      }
    }
    if (agreeing != null) { // the whole batch hashed at once, then popcounts
      tables.queryCodes(queries.useRows(rows), batchCodes);
      int per = spec.bits() * spec.tables();
      for (int r = 0; r < rows; r++) {
        pairs.setCount(r, agreeing.select(batchCodes, r * per, cap, pairs.of(r)));
      }
      return;
    }
    for (int r = 0; r < rows; r++) {
      selector.begin();
      tables.query(qs, r * qc, spec.probes(), selector);
      pairs.setCount(r, selector.finish(pairs.of(r)));
    }
  }

  /** The output's pre-activation from the active neurons only. */
  private void forwardOut() {
    Matrix h = layer.activity();
    Matrix pre = out.target().pre();
    int rows = h.rows();
    float[] hv = h.data();
    float[] a = pre.data();
    transposeOutputWeights();
    pre.useRows(rows).fill(0f);
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < pairs.count(r); i++) {
        int j = pairs.neuron(r, i);
        float hj = hv[r * n + j];
        for (int c = 0; c < o; c++) {
          a[r * o + c] += w2t[j * o + c] * hj;
        }
      }
    }
    if (out.hasBias()) {
      Ops.addRowVector(out.bias().value(), pre);
    }
    count.forward(0, (long) pairs.pairs() * o);
  }

  /** The union's columns of W2 as contiguous rows of w2t: a neuron's o weights in one cache line. */
  private void transposeOutputWeights() {
    float[] w = out.weights().value().data();
    for (int u = 0; u < pairs.unionSize(); u++) {
      int j = pairs.unionNeuron(u);
      for (int c = 0; c < o; c++) {
        w2t[j * o + c] = w[c * n + j];
      }
    }
  }

  /** Backprop through the active neurons only; gradients of inactive weights are 0. */
  void backward() {
    Matrix deltaOut = out.target().error();
    int rows = deltaOut.rows();
    float[] e = deltaOut.data();
    float[] h = layer.activity().data();
    float[] g2 = out.weights().grad().data();
    Matrix err = layer.error();
    err.useRows(rows).fill(0f);
    float[] eh = err.data();
    Arrays.fill(g2, 0f);
    for (int u = 0; u < pairs.unionSize(); u++) {
      int j = pairs.unionNeuron(u);
      float[] gj = g2t; // o sums of neuron j, then scattered into g2's column j
      Arrays.fill(gj, 0f);
      for (int at = pairs.start(u), end = pairs.start(u + 1); at < end; at++) {
        int r = pairs.sample(at);
        float hj = h[r * n + j];
        float s = 0;
        for (int c = 0; c < o; c++) {
          float ec = e[r * o + c];
          gj[c] += ec * hj;
          s += ec * w2t[j * o + c];
        }
        eh[r * n + j] = s;
      }
      for (int c = 0; c < o; c++) {
        g2[c * n + j] = gj[c];
      }
    }
    long mults = 2L * pairs.pairs() * o;
    layer.activation().backprop(layer.pre(), layer.activity(), err);
    float[] x = in.source().activity().data();
    float[] g1 = in.weights().grad().data();
    clearInputGradient(g1);
    float[] gb = in.hasBias() ? in.bias().grad().data() : null;
    if (gb != null) {
      Arrays.fill(gb, 0f);
    }
    for (int u = 0; u < pairs.unionSize(); u++) {
      int j = pairs.unionNeuron(u);
      float bj = 0;
      for (int at = pairs.start(u), end = pairs.start(u + 1); at < end; at++) {
        int r = pairs.sample(at);
        float ej = eh[r * n + j];
        if (ej == 0f) {
          continue; // a relu at or below 0: nothing to add, nothing multiplied
        }
        RowKernels.axpy(d, ej, x, r * d, g1, j * d);
        mults += d;
        bj += ej;
      }
      if (gb != null) {
        gb[j] = bj;
      }
    }
    if (lazy != null) {
      lazy.setRows(pairs.union(), pairs.unionSize());
      System.arraycopy(pairs.union(), 0, gradientRows, 0, pairs.unionSize());
      gradientRowCount = pairs.unionSize();
    }
    in.weights().markGradient();
    if (gb != null) {
      in.bias().markGradient();
    }
    out.weights().markGradient();
    if (out.hasBias()) {
      Ops.sumRows(deltaOut, 0f, out.bias().grad());
      out.bias().markGradient();
    }
    // The dense layer: forward and weight gradient of W1 (n·d each), forward, backward and
    // weight gradient of W2 (n·o each), per sample.
    count.trained(rows, mults, (2L * n * d + 3L * n * o) * rows, pairs.pairs() / (double) ((long) rows * n),
        pairs.unionSize() / (double) n);
  }

  /**
   * Zeroes dW1 where this batch writes it. With the lazy optimizer only the rows of the last
   * batch's union hold anything, so only they and this batch's are cleared, not all n·d values.
   */
  private void clearInputGradient(float[] g1) {
    if (lazy == null) {
      Arrays.fill(g1, 0f);
      return;
    }
    for (int i = 0; i < gradientRowCount; i++) {
      Arrays.fill(g1, gradientRows[i] * d, (gradientRows[i] + 1) * d, 0f);
    }
    for (int u = 0; u < pairs.unionSize(); u++) {
      int j = pairs.unionNeuron(u);
      Arrays.fill(g1, j * d, (j + 1) * d, 0f);
    }
  }

  /** How many neurons sample {@code r} of the last forward activated. */
  int activeCount(int r) {
    return pairs.count(r);
  }

  /** The {@code i}-th active neuron of sample {@code r}. */
  int activeNeuron(int r, int i) {
    return pairs.neuron(r, i);
  }

  int cap() {
    return cap;
  }

  void record(Recorder out) {
    count.record(out);
  }

  /** The tables as filed (functions, codes) and the counts: a resumed run selects as the first did. */
  @Override
  public void saveState(StateMap out) {
    tables.saveState("tables/", out);
    count.saveState(out);
  }

  @Override
  public void restoreState(StateMap in) {
    tables.restoreState("tables/", in, rng, agreeing == null);
    if (agreeing != null && in.has("tables/itemCodes")) {
      agreeing.pack(tables.itemCodes());
    }
    count.restoreState(in);
  }
}
