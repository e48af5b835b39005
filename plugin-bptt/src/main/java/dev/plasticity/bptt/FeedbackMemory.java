package dev.plasticity.bptt;

import dev.plasticity.api.sim.StateMap;
import java.util.Arrays;

/**
 * An attention memory whose read enters the recurrence, as in Ke et al.'s SAB LSTM
 * ({@code h_t = h_t + attn_c} in their released code): at tick t the cell's output
 * ĥ_t = tanh(W [x_t; h'_{t−1}; 1]) queries the memories written before t, and the state
 * h'_t = ĥ_t + r_t is what the next tick, the memory write and the readout (beside r_t)
 * see. The episode's {@link Episode#hs} holds h'; this class keeps ĥ and r. Storing h'
 * (Ke et al.) lets a read carry earlier reads; storing ĥ instead keeps every memory, and so
 * every read, within ±1, and h' within ±2 (on the copy task at T = 100 the state-storing
 * memory's |h'| starts 2.5 times larger and its training diverged).
 *
 * <p>The backward pass is exact for the graph whose recurrent edge h'_{s−1} → z_s is cut
 * at the start of every window of {@code window} ticks from the sequence start (Ke et al.'s
 * truncation: the state entering a window is a constant), while every attention edge
 * stays: credit reaches a stored state through each read of it, then that state's own
 * read and window. It runs once per sequence, in reverse time order, because a state's
 * credit is complete only after every later read of it, and the credit of a read depends
 * on the credit of the state it was added into. A memory that learns keeps every read's
 * u_j = tanh(A ĥ_t + C m_j) for that pass (Σ_t J_t·rows·a doubles, 59 MB for the copy task
 * at T = 100): tanh is most of a read's cost, and the pass would otherwise compute each
 * one a second time.
 */
final class FeedbackMemory {
  final Episode e;
  final Attention att;
  /** ĥ_t, laid out like {@link Episode#hs}. */
  final double[] cells;
  /** r_t, laid out like {@link Episode#hs}. */
  final double[] reads;
  /** The readout's ∂ℓ_t/∂r_t, laid out like {@link Episode#qs}. */
  final double[] readCredit;
  /** Whether the memory holds ĥ_t (else h'_t), so a state's memory credit is ĥ's. */
  private final boolean storesCell;
  /** The u_j of every read of the sequence, for the backward pass; null when not learning. */
  private final double[] kept;
  /** Where the reads at tick start + o begin in {@link #kept}, for o up to the sequence length. */
  private final int[] keptAt;
  /** Ticks of the current sequence stepped so far. */
  private int stepped;
  private final double[] delta;
  private final double[] memCredit;
  private final double[] dcell;
  private final double[] dr;
  private final double[] scratch;
  private final double[] g;
  private final double[] z;

  /**
   * A memory written every {@code every} ticks; {@code learns} when {@link #backward} will
   * run on its sequences (training, not evaluation).
   */
  FeedbackMemory(Episode e, Attention att, boolean storesCell, int every, boolean learns) {
    this.e = e;
    this.att = att;
    this.storesCell = storesCell;
    int n = e.net.n;
    keptAt = new int[e.capacity + 1];
    long size = 0;
    for (int o = 0; o < e.capacity; o++) {
      // A read at offset o sees the memories written at offsets 0, every, … below o.
      size += (long) Math.min(att.slots(), (o + every - 1) / every) * e.rows * att.w.a;
    }
    if (learns && size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("an attention memory with feedback would keep "
          + size + " doubles of reads per sequence; shorten the sequence or write less often");
    }
    kept = learns ? new double[(int) size] : null;
    memCredit = new double[n];
    cells = new double[e.hs.length];
    reads = new double[e.hs.length];
    readCredit = new double[e.qs.length];
    delta = new double[n];
    dcell = new double[n];
    dr = new double[n];
    scratch = new double[n];
    g = new double[n];
    z = new double[e.net.m];
  }

  /**
   * The window of the truncation a credit algorithm stands for: the whole sequence for
   * bptt, k1 for tbptt(k1, k1). Others are rejected: the read's backward needs the whole
   * history, and tbptt with k2 > k1 overlaps windows, which this pass does not model.
   */
  static int window(TemporalCredit credit, int length) {
    if (credit instanceof Bptt) {
      return length;
    }
    if (credit instanceof Tbptt t && t.k1() == t.k2()) {
      return t.k1();
    }
    String got = credit instanceof Tbptt t ? "tbptt with k1 = " + t.k1() + ", k2 = " + t.k2()
        : credit.getClass().getSimpleName();
    throw new IllegalArgumentException(
        "an attention memory with feedback needs bptt or tbptt with k2 = k1, got " + got);
  }

  /** What a write at tick t copies (rows × n from {@code e.hOff(t, 0)}): h' or ĥ. */
  double[] stored() {
    return storesCell ? cells : e.hs;
  }

  /**
   * After the cell stepped at tick t ({@link Episode#hs} holds ĥ_t): reads the memories
   * written so far with ĥ_t as the query and makes h'_t = ĥ_t + r_t the state.
   */
  void step(long t) {
    int n = e.net.n;
    int from = e.hOff(t, 0);
    System.arraycopy(e.hs, from, cells, from, e.rows * n);
    Arrays.fill(readCredit, from, from + e.rows * n, 0);
    int o = (int) (t - e.start);
    int count = att.count();
    stepped = o + 1;
    if (kept != null) {
      keptAt[o + 1] = keptAt[o] + e.rows * count * att.w.a;
    }
    for (int b = 0; b < e.rows; b++) {
      int ho = e.hOff(t, b);
      if (kept != null) {
        att.read(b, cells, ho, reads, ho, count, kept, keptAt[o] + b * count * att.w.a);
      } else {
        att.read(b, cells, ho, reads, ho);
      }
      for (int k = 0; k < n; k++) {
        e.hs[ho + k] += reads[ho + k];
      }
    }
  }

  /**
   * What a checkpoint taken within a sequence must keep beside the episode: ĥ, the reads
   * and the readout's credit of them. The kept u_j are recomputed on restore.
   */
  void saveState(StateMap out) {
    out.putDoubles("feedback.cells", cells);
    out.putDoubles("feedback.reads", reads);
    out.putDoubles("feedback.readCredit", readCredit);
    out.putInts("feedback.stepped", new int[] {stepped});
  }

  /**
   * Restores {@link #saveState}'s arrays after the episode and the memory, and reads again,
   * into the kept u_j, what the ticks stepped so far read: the same memories under the
   * same weights, so the same bits. A checkpoint without them (made before they were
   * kept, at a sequence's end) leaves nothing to restore: the next sequence starts afresh.
   */
  void restoreState(StateMap in) {
    if (!in.has("feedback.cells")) {
      stepped = 0;
      return;
    }
    System.arraycopy(in.doubles("feedback.cells"), 0, cells, 0, cells.length);
    System.arraycopy(in.doubles("feedback.reads"), 0, reads, 0, reads.length);
    System.arraycopy(in.doubles("feedback.readCredit"), 0, readCredit, 0, readCredit.length);
    stepped = in.ints("feedback.stepped")[0];
    if (kept == null) {
      return;
    }
    int a = att.w.a;
    for (int o = 0; o < stepped; o++) {
      long t = e.start + o;
      int count = 0;
      while (count < att.count() && att.writtenAt(count) < t) {
        count++;
      }
      keptAt[o + 1] = keptAt[o] + e.rows * count * a;
      for (int b = 0; b < e.rows; b++) {
        att.read(b, cells, e.hOff(t, b), scratch, 0, count, kept, keptAt[o] + b * count * a);
      }
    }
  }

  /**
   * Adds ∂L/∂θ for the sequence [start, top] into {@link Episode#grad} and the attention's
   * gradients into its weights, given q_s = ∂ℓ/∂h'_s in {@link Episode#qs} and the readout's
   * credit of r_s in {@link #readCredit}. Leaves the memory's credit complete.
   */
  void backward(long top, long start, int window) {
    ElmanNet net = e.net;
    int n = net.n;
    for (int b = 0; b < e.rows; b++) {
      Arrays.fill(delta, 0);
      int j = att.count();
      for (long s = top; s >= start; s--) {
        int ho = e.hOff(s, b);
        for (int i = 0; i < n; i++) {
          delta[i] += e.qs[ho + i];
        }
        // Memories written at s or later were not read at s; the one written at s has
        // had every read of it, so its credit is complete and joins that of what it stores.
        Arrays.fill(memCredit, 0);
        while (j > 0 && att.writtenAt(j - 1) >= s) {
          j--;
          if (att.writtenAt(j) == s) {
            att.finish(j, b);
            int mo = att.dmemOffset(j, b);
            double[] into = storesCell ? memCredit : delta;
            for (int i = 0; i < n; i++) {
              into[i] += att.dmem[mo + i];
            }
          }
        }
        // h'_s = ĥ_s + r_s: both take h'_s's credit; the readout adds its own to r_s.
        for (int i = 0; i < n; i++) {
          dr[i] = delta[i] + readCredit[ho + i];
          dcell[i] = delta[i] + memCredit[i];
        }
        att.recall(j, kept, keptAt[(int) (s - e.start)] + b * j * att.w.a);
        att.backward(b, cells, ho, dr, 0, dcell, 0);
        for (int i = 0; i < n; i++) {
          double h = cells[ho + i];
          g[i] = dcell[i] * (1 - h * h);
        }
        e.z(s, b, z);
        Sweep.addOuter(e.grad, g, z, n, net.m);
        if ((s - start) % window == 0) {
          Arrays.fill(delta, 0);
        } else {
          Sweep.back(net, g, delta, 0);
        }
      }
    }
  }
}
