package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Activation;

/**
 * The Kenyon cells' output under the APL neuron's inhibition: the firing rate is quantised
 * as floor(a / quantum) (the authors' bucket width 10), then only the {@code k} most active
 * cells of each odour keep their value (or, as binary tags, fire 1) and the rest fall
 * silent. Ties go to the lower index, so a hash depends on nothing but its input.
 */
public record AplWinnerTakeAll(
    @Doc("cells left active per odour: the hash length") @Min(1) int k,
    @Doc("bucket width of the rate quantisation; 0 keeps the raw rate") @Default("10") @Min(0)
        double quantum,
    @Doc("winners emit 1 (a binary tag) instead of their rate") @Default("false") boolean tags)
    implements Activation {

  /** The authors' cells: quantised rates, the top k values kept. */
  public AplWinnerTakeAll(int k, double quantum) {
    this(k, quantum, false);
  }

  @Override
  public void apply(Matrix a, Matrix h) {
    int rows = a.rows();
    int m = a.cols();
    h.useRows(rows);
    float[] ad = a.data();
    float[] hd = h.data();
    int keep = Math.min(k, m);
    for (int r = 0; r < rows; r++) {
      int off = r * m;
      for (int j = 0; j < m; j++) {
        hd[off + j] = quantum > 0 ? (float) Math.floor(ad[off + j] / quantum) : ad[off + j];
      }
      if (keep < m || tags) {
        TopK.silenceAllButTop(hd, off, m, keep, tags);
      }
    }
  }

  /**
   * The kept cells pass their error through when the rate is neither quantised nor a tag;
   * otherwise the output is a step function whose derivative is zero wherever it exists.
   */
  @Override
  public void backprop(Matrix a, Matrix h, Matrix delta) {
    float[] hd = h.data();
    float[] dd = delta.data();
    for (int i = 0, n = delta.size(); i < n; i++) {
      if (quantum > 0 || tags || hd[i] == 0f) {
        dd[i] = 0f;
      }
    }
  }
}
