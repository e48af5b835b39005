package dev.plasticity.olfaction;

import dev.plasticity.api.net.Activation;

/** What a circuit's Kenyon cells emit as the hash of an odour. */
public enum KcCode {
  /** The authors' FlyHash (and LSH when m = k): the top k quantised rates, compared by L2. */
  VALUES,
  /** The top k cells as binary tags. */
  TAGS,
  /** Every cell's bit [a >= 0], ranked by Hamming: DenseFly on sparse wiring, SimHash on Gaussian. */
  SIGNS;

  Activation activation(int k, double quantum) {
    return switch (this) {
      case VALUES -> new AplWinnerTakeAll(k, quantum, false);
      case TAGS -> new AplWinnerTakeAll(k, quantum, true);
      case SIGNS -> new DenseFly(0);
    };
  }
}
