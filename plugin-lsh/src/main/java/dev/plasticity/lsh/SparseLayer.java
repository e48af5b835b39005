package dev.plasticity.lsh;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Recorder;
import java.util.Arrays;
import java.util.List;

/**
 * The running part of {@link LshSparse}: the tables over the layer's weight rows, each
 * sample's active neurons, the sparse forward of both projections, the sparse backward, and
 * the multiplication counts. Everything is allocated here, once: ticks allocate nothing.
 */
final class SparseLayer {
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
  private final Matrix queryRow;   // through Q, or inputRow itself
  private final int[][] active;
  private final int[] activeCount;
  private final ActiveSelector selector;
  private final AgreeingBits agreeing; // the one-bit-table fast path of hits, or null
  private final MultiplicationCount count = new MultiplicationCount();

  private SparseLayer(LshSparse spec, Projection in, Projection out, Rng rng, int batch) {
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
    this.queryRow = spec.transform() == null ? inputRow : new Matrix(1, d + 1 + extra);
    this.tables = new HashTables(spec.family(), spec.bits(), spec.tables(), spec.bucketSize(), items.cols());
    this.active = new int[batch][cap];
    this.activeCount = new int[batch];
    this.selector = new ActiveSelector(n, cap, spec.tables() * (1 + spec.probes()), spec.selection());
    boolean oneBitHits = spec.bits() == 1 && spec.probes() == 0 && spec.selection() == Selection.HITS;
    this.agreeing = oneBitHits ? new AgreeingBits(n, spec.tables()) : null;
  }

  /** Checks the network's shape and replaces the forward of both projections. */
  static SparseLayer attach(LshSparse spec, Network net, Rng rng) {
    List<Projection> ps = net.projections();
    Population layer = spec.layer() == null ? ps.get(0).target() : net.population(spec.layer());
    if (ps.size() != 2 || ps.get(0).target() != layer || ps.get(1).source() != layer
        || ps.get(0).source() != net.input() || ps.get(1).target() != net.output()) {
      throw new IllegalArgumentException("lsh-sparse needs a network input -> " + layer.id()
          + " -> output with exactly those two projections");
    }
    SparseLayer s = new SparseLayer(spec, ps.get(0), ps.get(1), rng, net.batchCapacity());
    net.replaceForward(0, (p, acc) -> s.forwardIn());
    net.replaceForward(1, (p, acc) -> s.forwardOut());
    return s;
  }

  void rebuild() {
    fileWeights();
    tables.rebuild(items, rng);
    if (agreeing != null) {
      agreeing.pack(tables.itemCodes());
    }
    count.rehashed(tables.hashMultiplications(n));
  }

  void rehash() {
    fileWeights();
    tables.rehash(items);
    if (agreeing != null) {
      agreeing.pack(tables.itemCodes());
    }
    count.rehashed(tables.hashMultiplications(n));
  }

  /** Copies [W_j, b_j] into the item rows, through P when there is a transform. */
  private void fileWeights() {
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
    float[] q = inputRow.data();
    long mults = 0;
    count.discardPending(); // the first forward of a batch: an evaluation's counts are not training
    for (int r = 0; r < rows; r++) {
      System.arraycopy(xv, r * d, q, 0, d);
      q[d] = 1f;
      if (queryRow != inputRow) {
        spec.transform().query(q, 0, d + 1, queryRow.data(), 0);
      }
      int k;
      if (agreeing != null) {
        k = agreeing.select(tables.queryCodes(queryRow.data(), 0), cap, active[r]);
      } else {
        selector.begin();
        tables.query(queryRow.data(), 0, spec.probes(), selector);
        k = selector.finish(active[r]);
      }
      activeCount[r] = k;
      for (int i = 0; i < k; i++) {
        int j = active[r][i];
        a[r * n + j] = dot(w, j * d, xv, r * d, d) + (b == null ? 0 : b[j]);
      }
      mults += (long) k * d;
    }
    count.forward(tables.hashMultiplications(rows), mults);
  }

  /** The output's pre-activation from the active neurons only. */
  private void forwardOut() {
    Matrix h = layer.activity();
    Matrix pre = out.target().pre();
    int rows = h.rows();
    float[] hv = h.data();
    float[] w = out.weights().value().data();
    float[] a = pre.data();
    pre.useRows(rows).fill(0f);
    long mults = 0;
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < activeCount[r]; i++) {
        int j = active[r][i];
        float hj = hv[r * n + j];
        for (int c = 0; c < o; c++) {
          a[r * o + c] += w[c * n + j] * hj;
        }
      }
      mults += (long) activeCount[r] * o;
    }
    if (out.hasBias()) {
      Ops.addRowVector(out.bias().value(), pre);
    }
    count.forward(0, mults);
  }

  /** Backprop through the active neurons only; gradients of inactive weights are 0. */
  void backward() {
    Matrix deltaOut = out.target().error();
    int rows = deltaOut.rows();
    float[] e = deltaOut.data();
    float[] h = layer.activity().data();
    float[] w2 = out.weights().value().data();
    float[] g2 = out.weights().grad().data();
    Matrix err = layer.error();
    err.useRows(rows).fill(0f);
    float[] eh = err.data();
    Arrays.fill(g2, 0f);
    long mults = 0;
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < activeCount[r]; i++) {
        int j = active[r][i];
        float hj = h[r * n + j];
        float s = 0;
        for (int c = 0; c < o; c++) {
          float ec = e[r * o + c];
          g2[c * n + j] += ec * hj;
          s += ec * w2[c * n + j];
        }
        eh[r * n + j] = s;
      }
      mults += 2L * activeCount[r] * o;
    }
    layer.activation().backprop(layer.pre(), layer.activity(), err);
    float[] x = in.source().activity().data();
    float[] g1 = in.weights().grad().data();
    Arrays.fill(g1, 0f);
    float[] gb = in.hasBias() ? in.bias().grad().data() : null;
    if (gb != null) {
      Arrays.fill(gb, 0f);
    }
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < activeCount[r]; i++) {
        int j = active[r][i];
        float ej = eh[r * n + j];
        if (ej == 0f) {
          continue; // a relu at or below 0: nothing to add, nothing multiplied
        }
        axpy(ej, x, r * d, g1, j * d, d);
        mults += d;
        if (gb != null) {
          gb[j] += ej;
        }
      }
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
    long activeTotal = 0;
    for (int r = 0; r < rows; r++) {
      activeTotal += activeCount[r];
    }
    // The dense layer: forward and weight gradient of W1 (n·d each), forward, backward and
    // weight gradient of W2 (n·o each), per sample.
    count.trained(rows, mults, (2L * n * d + 3L * n * o) * rows, activeTotal / (double) ((long) rows * n));
  }

  /** How many neurons sample {@code r} of the last forward activated. */
  int activeCount(int r) {
    return activeCount[r];
  }

  /** The {@code i}-th active neuron of sample {@code r}. */
  int activeNeuron(int r, int i) {
    return active[r][i];
  }

  int cap() {
    return cap;
  }

  void record(Recorder out) {
    count.record(out);
  }

  /** Four-way unrolled dot product: independent sums let the JIT pipeline them. */
  private static float dot(float[] a, int ao, float[] b, int bo, int len) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < len; i += 4) {
      s0 += a[ao + i] * b[bo + i];
      s1 += a[ao + i + 1] * b[bo + i + 1];
      s2 += a[ao + i + 2] * b[bo + i + 2];
      s3 += a[ao + i + 3] * b[bo + i + 3];
    }
    for (; i < len; i++) {
      s0 += a[ao + i] * b[bo + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  private static void axpy(float alpha, float[] x, int xo, float[] y, int yo, int len) {
    for (int i = 0; i < len; i++) {
      y[yo + i] += alpha * x[xo + i];
    }
  }
}
