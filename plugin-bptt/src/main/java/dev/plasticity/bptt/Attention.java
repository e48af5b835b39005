package dev.plasticity.bptt;

import dev.plasticity.api.math.StrictTanh;
import dev.plasticity.api.sim.StateMap;

/**
 * The memory of one episode: states written every k ticks, read by attention, and the
 * exact backward pass of the read. Scores s_j = v·tanh(A h_t + C m_j); weights are their
 * softmax, or with k_top > 0 and more than k_top memories Sparse Attentive Backtracking's
 * relu(s_j − s_(k_top+1)), normalised (with at most k_top memories there is no
 * (k_top+1)-th score to subtract, and the read falls back to the softmax). Gradients reach each stored state m_j, which the
 * caller hands to the algorithm as credit for h at the tick it was written.
 *
 * <p>The credit of every read of a sequence is summed and completed once by {@link #finish}:
 * C and m_j are fixed within the sequence, so the gradients through C m_j need only
 * Σ_reads ∂L/∂(C m_j), and a read costs O(J·(n + a) + a·n) instead of O(J·a·n). With a
 * state written every tick (J up to the sequence length) that is the difference between a
 * usable and an unusable memory.
 */
final class Attention {
  /** Ke et al.'s ε in the sparse normaliser: keeps it positive when the top scores tie. */
  static final double SPARSE_EPS = 1e-7;
  final AttentionWeights w;
  private final boolean scoreCreditToStates;
  private final int rows;
  private final int n;
  private final int slots;
  private final int top;
  private final double[] mem;
  private final long[] written;
  /**
   * C m_j for every stored state (slots × rows × a), computed once at the write: C is fixed
   * within a sequence, so each read costs J·a instead of J·a·n for the memory side.
   */
  private final double[] cm;
  /** ∂L/∂m_j of the reads since {@link #clear}, slots × rows × n; complete after {@link #finish}. */
  final double[] dmem;
  /** Σ over the reads since {@link #clear} of ∂L/∂(C m_j), slots × rows × a. */
  private final double[] dcm;
  private int count;
  /** Memories the last read attended to: the first {@code reads} written. */
  private int reads;
  // Scratch of one row's read, kept for its backward.
  private final double[] ah;
  /** u_j = tanh(A h_t + C m_j) of a read whose caller does not keep them. */
  private final double[] u;
  /** Where the last read's u_j lie ({@link #u}, or a caller's buffer) and from which offset. */
  private double[] uAt;
  private int uFrom;
  private final double[] score;
  private final double[] alpha;
  private final double[] dzsum;
  /** The top + 1 highest scores of a sparse read, highest first. */
  private final double[] best;
  private final double[] dalpha;
  private final double[] dscore;
  /** The sparse read's (k_top+1)-th memory, whose score sets the cut; -1 after a softmax read. */
  private int threshold;
  /** The sparse read's normaliser Σ relu(s − s_(k+1)) + ε. */
  private double norm;

  Attention(AttentionWeights w, int rows, int slots, int top) {
    this(w, rows, slots, top, true);
  }

  /**
   * With {@code scoreCreditToStates} false the credit through the scores trains A, C and v
   * but does not reach the query state or the memories (see {@link Memory#scoreCreditToStates}).
   */
  Attention(AttentionWeights w, int rows, int slots, int top, boolean scoreCreditToStates) {
    this.scoreCreditToStates = scoreCreditToStates;
    this.w = w;
    this.rows = rows;
    this.n = w.n;
    this.slots = slots;
    this.top = top;
    mem = new double[slots * rows * n];
    written = new long[slots];
    cm = new double[slots * rows * w.a];
    dmem = new double[slots * rows * n];
    dcm = new double[slots * rows * w.a];
    ah = new double[w.a];
    u = new double[slots * w.a];
    score = new double[slots];
    alpha = new double[slots];
    dzsum = new double[w.a];
    best = new double[top + 1];
    dalpha = new double[slots];
    dscore = new double[slots];
  }

  /** Forgets the memories and the credit of their reads (a new sequence). */
  void clear() {
    java.util.Arrays.fill(dmem, 0, count * rows * n, 0);
    java.util.Arrays.fill(dcm, 0, count * rows * w.a, 0);
    count = 0;
  }

  int slots() {
    return slots;
  }

  int count() {
    return count;
  }

  long writtenAt(int j) {
    return written[j];
  }

  /** Stores h_t (rows × n from {@code ho}) as the next memory. */
  void write(long t, double[] h, int ho) {
    if (count == slots) {
      throw new IllegalStateException("memory full: " + slots + " slots");
    }
    System.arraycopy(h, ho, mem, count * rows * n, rows * n);
    project(count);
    written[count++] = t;
  }

  /** C m_j of memory j, every row. */
  private void project(int j) {
    int a = w.a;
    for (int b = 0; b < rows; b++) {
      int mo = (j * rows + b) * n;
      int co = (j * rows + b) * a;
      for (int i = 0; i < a; i++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += w.wc[i * n + k] * mem[mo + k];
        }
        cm[co + i] = s;
      }
    }
  }

  /**
   * What a checkpoint taken within a sequence must keep: the memories written so far, the
   * credit of the reads so far and the attention's gradients (C m_j is recomputed).
   */
  void saveState(StateMap out) {
    out.putLongs("memory.written", java.util.Arrays.copyOf(written, count));
    out.putDoubles("memory.m", mem);
    out.putDoubles("memory.dm", dmem);
    out.putDoubles("memory.dcm", dcm);
    out.putDoubles("attention.gA", w.ga);
    out.putDoubles("attention.gC", w.gc);
    out.putDoubles("attention.gv", w.gv);
  }

  /**
   * Restores {@link #saveState}'s arrays; C must already hold its checkpointed value. A
   * checkpoint without them (made before they were kept) leaves the memory empty, which is
   * what it was at the end of a sequence, where such checkpoints were taken.
   */
  void restoreState(StateMap in) {
    if (!in.has("memory.written")) {
      clear();
      return;
    }
    long[] at = in.longs("memory.written");
    count = at.length;
    System.arraycopy(at, 0, written, 0, count);
    System.arraycopy(in.doubles("memory.m"), 0, mem, 0, mem.length);
    System.arraycopy(in.doubles("memory.dm"), 0, dmem, 0, dmem.length);
    System.arraycopy(in.doubles("memory.dcm"), 0, dcm, 0, dcm.length);
    System.arraycopy(in.doubles("attention.gA"), 0, w.ga, 0, w.ga.length);
    System.arraycopy(in.doubles("attention.gC"), 0, w.gc, 0, w.gc.length);
    System.arraycopy(in.doubles("attention.gv"), 0, w.gv, 0, w.gv.length);
    for (int j = 0; j < count; j++) {
      project(j);
    }
  }

  /** r = Σ_j α_j m_j for row b, written at {@code ro}. Returns false when memory is empty. */
  boolean read(int b, double[] h, int ho, double[] r, int ro) {
    return read(b, h, ho, r, ro, count);
  }

  /** The read over the first {@code limit} memories only (what an earlier read saw). */
  boolean read(int b, double[] h, int ho, double[] r, int ro, int limit) {
    return read(b, h, ho, r, ro, limit, u, 0);
  }

  /**
   * The read over the first {@code limit} memories, its u_j (limit × a) written into
   * {@code keep} from {@code ko}: tanh is most of a read's cost, and with them kept
   * {@link #recall} restores the read for its backward pass without a single tanh.
   */
  boolean read(int b, double[] h, int ho, double[] r, int ro, int limit, double[] keep,
      int ko) {
    java.util.Arrays.fill(r, ro, ro + n, 0);
    reads = limit;
    uAt = keep;
    uFrom = ko;
    if (limit == 0) {
      return false;
    }
    int a = w.a;
    for (int i = 0; i < a; i++) {
      double s = 0;
      for (int k = 0; k < n; k++) {
        s += w.wa[i * n + k] * h[ho + k];
      }
      ah[i] = s;
    }
    for (int j = 0; j < reads; j++) {
      int co = (j * rows + b) * a;
      int uo = ko + j * a;
      for (int i = 0; i < a; i++) {
        keep[uo + i] = StrictTanh.tanh(ah[i] + cm[co + i]);
      }
    }
    weigh();
    for (int j = 0; j < reads; j++) {
      if (alpha[j] != 0) {
        int mo = (j * rows + b) * n;
        for (int k = 0; k < n; k++) {
          r[ro + k] += alpha[j] * mem[mo + k];
        }
      }
    }
    return true;
  }

  /**
   * Makes the state of an earlier read over the first {@code limit} memories, whose u_j
   * it kept in {@code keep} from {@code ko}, the last read again, bit for bit, so that
   * {@link #backward} can follow it (the read r itself is not recomputed).
   */
  void recall(int limit, double[] keep, int ko) {
    reads = limit;
    uAt = keep;
    uFrom = ko;
    if (limit > 0) {
      weigh();
    }
  }

  /** Scores s_j = v·u_j and the weights α_j from the last read's u_j. */
  private void weigh() {
    int a = w.a;
    for (int j = 0; j < reads; j++) {
      int uo = uFrom + j * a;
      double s = 0;
      for (int i = 0; i < a; i++) {
        s += w.v[i] * uAt[uo + i];
      }
      score[j] = s;
    }
    if (top > 0 && reads > top) {
      sparseWeights();
    } else {
      softmaxWeights();
    }
  }

  private void softmaxWeights() {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < reads; j++) {
      max = Math.max(max, score[j]);
    }
    double sum = 0;
    for (int j = 0; j < reads; j++) {
      alpha[j] = Math.exp(score[j] - max);
      sum += alpha[j];
    }
    for (int j = 0; j < reads; j++) {
      alpha[j] /= sum;
    }
    threshold = -1;
  }

  /**
   * Sparse Attentive Backtracking's weights: α_j = relu(s_j − s_(k+1)) / (Σ_i relu(s_i − s_(k+1)) + ε)
   * with s_(k+1) the (k_top+1)-th highest score, so exactly the k_top best memories take
   * part, their weights falling continuously to zero at the boundary (Ke et al.'s
   * release subtracts the (k_top+1)-th score and adds ε = 1e-7 to the sum, as here).
   */
  private void sparseWeights() {
    double cut = cutScore();
    threshold = -1;
    double sum = 0;
    for (int j = 0; j < reads; j++) {
      if (threshold < 0 && score[j] == cut) {
        threshold = j;
      }
      alpha[j] = Math.max(0, score[j] - cut);
      sum += alpha[j];
    }
    norm = sum + SPARSE_EPS;
    for (int j = 0; j < reads; j++) {
      alpha[j] /= norm;
    }
  }

  /**
   * The (top+1)-th highest score, counting ties: an insertion into the top + 1 kept so far,
   * which most scores leave after one comparison with the lowest of them.
   */
  private double cutScore() {
    int kept = 0;
    for (int j = 0; j < reads; j++) {
      double s = score[j];
      if (kept == best.length && !(s > best[kept - 1])) {
        continue;
      }
      int i = kept == best.length ? kept - 1 : kept++;
      while (i > 0 && s > best[i - 1]) {
        best[i] = best[i - 1];
        i--;
      }
      best[i] = s;
    }
    return best[top];
  }

  /**
   * Backward of the last {@link #read} of row b: accumulates the gradients of A and v, adds
   * ∂/∂h_t into dh and the value path α_j dr into {@link #dmem}; the paths through C m_j
   * wait in {@link #dcm} for {@link #finish}.
   */
  void backward(int b, double[] h, int ho, double[] dr, int dro, double[] dh, int dho) {
    if (reads == 0) {
      return;
    }
    int a = w.a;
    // ∂L/∂α_j = dr · m_j, and the value path ∂L/∂m_j = α_j dr.
    double mean = 0;
    for (int j = 0; j < reads; j++) {
      int mo = (j * rows + b) * n;
      double s = 0;
      for (int k = 0; k < n; k++) {
        s += dr[dro + k] * mem[mo + k];
      }
      double al = alpha[j];
      if (al != 0) {
        for (int k = 0; k < n; k++) {
          dmem[mo + k] += al * dr[dro + k];
        }
      }
      dalpha[j] = s;
      mean += al * s;
    }
    // ∂L/∂s_j through the normalisation.
    if (threshold < 0) {
      for (int j = 0; j < reads; j++) {
        dscore[j] = alpha[j] * (dalpha[j] - mean);
      }
    } else {
      java.util.Arrays.fill(dscore, 0, reads, 0);
      for (int j = 0; j < reads; j++) {
        if (alpha[j] > 0) {
          double g = (dalpha[j] - mean) / norm;
          dscore[j] += g;
          dscore[threshold] -= g;
        }
      }
    }
    // z_j = A h_t + C m_j: A h_t is shared by every j, so its gradient needs only Σ_j ∂L/∂z_j.
    java.util.Arrays.fill(dzsum, 0);
    for (int j = 0; j < reads; j++) {
      double ds = dscore[j];
      if (ds == 0) {
        continue;
      }
      int co = (j * rows + b) * a;
      int uo = uFrom + j * a;
      for (int i = 0; i < a; i++) {
        double ui = uAt[uo + i];
        w.gv[i] += ds * ui;
        double g = ds * w.v[i] * (1 - ui * ui);
        dzsum[i] += g;
        dcm[co + i] += g;
      }
    }
    linearBackward(dzsum, 0, w.wa, w.ga, h, ho, dh, dho);
  }

  /**
   * Backward of z = M x (M a × n) given ∂L/∂z in g from {@code go}: ∂M += g xᵀ and, when the
   * states get the credit through the scores, ∂x += Mᵀ g.
   */
  private void linearBackward(double[] g, int go, double[] m, double[] gm, double[] x, int xo,
      double[] dx, int dxo) {
    for (int i = 0; i < w.a; i++) {
      double gi = g[go + i];
      if (gi == 0) {
        continue;
      }
      int r = i * n;
      for (int k = 0; k < n; k++) {
        gm[r + k] += gi * x[xo + k];
      }
      if (scoreCreditToStates) {
        for (int k = 0; k < n; k++) {
          dx[dxo + k] += m[r + k] * gi;
        }
      }
    }
  }

  /**
   * Completes the credit of the reads since {@link #clear}: the gradient of C and the path
   * through C m_j into {@link #dmem}. Call once, after the last read's backward.
   */
  void finish() {
    for (int jb = 0, end = count * rows; jb < end; jb++) {
      finishBlock(jb);
    }
  }

  /**
   * Completes the credit of memory j for row b alone: a backward pass in reverse time
   * order calls it when it reaches the tick m_j was written, after every read of m_j.
   */
  void finish(int j, int b) {
    finishBlock(j * rows + b);
  }

  private void finishBlock(int jb) {
    int a = w.a;
    int mo = jb * n;
    int co = jb * a;
    linearBackward(dcm, co, w.wc, w.gc, mem, mo, dmem, mo);
    java.util.Arrays.fill(dcm, co, co + a, 0);
  }

  /** α_j of the last read. */
  double weight(int j) {
    return alpha[j];
  }

  /** Offset of memory j's row b in {@link #dmem}. */
  int dmemOffset(int j, int b) {
    return (j * rows + b) * n;
  }

  /** The block of {@link #dmem} for memory j: rows × n, contiguous. */
  int dmemOffset(int j) {
    return j * rows * n;
  }
}
