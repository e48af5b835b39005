package dev.plasticity.bptt;

/**
 * The memory of one episode: states written every k ticks, read by attention, and the
 * exact backward pass of the read. Gradients reach each stored state m_j, which the
 * caller hands to the algorithm as credit for h at the tick it was written.
 */
final class Attention {
  final AttentionWeights w;
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
  /** ∂L/∂m_j of this read, slots × rows × n. */
  final double[] dmem;
  private int count;
  // Scratch of one row's read, kept for its backward.
  private final double[] ah;
  private final double[] u;
  private final double[] score;
  private final double[] alpha;
  private final boolean[] chosen;
  private final double[] dz;

  Attention(AttentionWeights w, int rows, int slots, int top) {
    this.w = w;
    this.rows = rows;
    this.n = w.n;
    this.slots = slots;
    this.top = top;
    mem = new double[slots * rows * n];
    written = new long[slots];
    cm = new double[slots * rows * w.a];
    dmem = new double[slots * rows * n];
    ah = new double[w.a];
    u = new double[slots * w.a];
    score = new double[slots];
    alpha = new double[slots];
    chosen = new boolean[slots];
    dz = new double[w.a];
  }

  void clear() {
    count = 0;
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
    int a = w.a;
    for (int b = 0; b < rows; b++) {
      int mo = (count * rows + b) * n;
      int co = (count * rows + b) * a;
      for (int i = 0; i < a; i++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += w.wc[i * n + k] * mem[mo + k];
        }
        cm[co + i] = s;
      }
    }
    written[count++] = t;
  }

  /** r = Σ_j α_j m_j for row b, written at {@code ro}. Returns false when memory is empty. */
  boolean read(int b, double[] h, int ho, double[] r, int ro) {
    java.util.Arrays.fill(r, ro, ro + n, 0);
    if (count == 0) {
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
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < count; j++) {
      int co = (j * rows + b) * a;
      double s = 0;
      for (int i = 0; i < a; i++) {
        double ui = Math.tanh(ah[i] + cm[co + i]);
        u[j * a + i] = ui;
        s += w.v[i] * ui;
      }
      score[j] = s;
      chosen[j] = true;
    }
    if (top > 0 && count > top) {
      // Keep the top k_top: drop the lowest until k_top remain (ties go to the earlier).
      for (int drop = count - top; drop > 0; drop--) {
        int worst = -1;
        for (int j = 0; j < count; j++) {
          if (chosen[j] && (worst < 0 || score[j] < score[worst])) {
            worst = j;
          }
        }
        chosen[worst] = false;
      }
    }
    for (int j = 0; j < count; j++) {
      if (chosen[j]) {
        max = Math.max(max, score[j]);
      }
    }
    double sum = 0;
    for (int j = 0; j < count; j++) {
      alpha[j] = chosen[j] ? Math.exp(score[j] - max) : 0;
      sum += alpha[j];
    }
    for (int j = 0; j < count; j++) {
      alpha[j] /= sum;
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
   * Backward of the last {@link #read} of row b: accumulates the weights' gradients, adds
   * ∂/∂h_t into dh and writes ∂/∂m_j into {@link #dmem}.
   */
  void backward(int b, double[] h, int ho, double[] dr, int dro, double[] dh, int dho) {
    if (count == 0) {
      return;
    }
    int a = w.a;
    double mean = 0;
    double[] da = score; // reuse: scores are no longer needed
    for (int j = 0; j < count; j++) {
      int mo = (j * rows + b) * n;
      double s = 0;
      for (int k = 0; k < n; k++) {
        s += dr[dro + k] * mem[mo + k];
      }
      da[j] = s;
      mean += alpha[j] * s;
    }
    for (int j = 0; j < count; j++) {
      int mo = (j * rows + b) * n;
      for (int k = 0; k < n; k++) {
        dmem[mo + k] = alpha[j] * dr[dro + k];
      }
      if (!chosen[j]) {
        continue;
      }
      double ds = alpha[j] * (da[j] - mean);
      if (ds == 0) {
        continue;
      }
      for (int i = 0; i < a; i++) {
        double ui = u[j * a + i];
        w.gv[i] += ds * ui;
        dz[i] = ds * w.v[i] * (1 - ui * ui);
      }
      for (int i = 0; i < a; i++) {
        double g = dz[i];
        int r = i * n;
        for (int k = 0; k < n; k++) {
          w.ga[r + k] += g * h[ho + k];
          w.gc[r + k] += g * mem[mo + k];
          dh[dho + k] += w.wa[r + k] * g;
          dmem[mo + k] += w.wc[r + k] * g;
        }
      }
    }
  }

  /** The block of {@link #dmem} for memory j: rows × n, contiguous. */
  int dmemOffset(int j) {
    return j * rows * n;
  }
}
