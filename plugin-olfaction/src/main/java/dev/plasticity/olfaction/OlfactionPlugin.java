package dev.plasticity.olfaction;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/** The fly olfactory circuit: projection neurons, Kenyon cells, APL winner-take-all, FlyHash. */
public final class OlfactionPlugin implements Plugin {
  /** The PN step of an odour presentation. */
  public static final Kind<PnPreprocessing> PN =
      new Kind<>("pn", PnPreprocessing.class, "how projection neurons normalise an odour");

  /** How the mushroom body's output synapses learn from presented odours. */
  public static final Kind<KcPlasticity> PLASTICITY =
      new Kind<>("kc-plasticity", KcPlasticity.class, "how Kenyon-cell output synapses learn from presented odours");

  @Override
  public String name() {
    return "olfaction";
  }

  @Override
  public String description() {
    return "the fly olfactory circuit: PN normalisation, sparse PN->KC wiring, APL winner-take-all,"
        + " FlyHash, DenseFly and their similarity-search score";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(Kinds.INIT, "sparse-binary", "every row gets exactly s ones at distinct random columns (the fly's PN->KC wiring)",
        SparseBinary.class);
    r.add(Kinds.INIT, "dense-gaussian", "i.i.d. N(0, std^2) weights (the LSH baseline's projection)",
        DenseGaussian.class);
    r.add(Kinds.INIT, "constant", "every weight the same value (Bloom-filter synapses start at 1)", Constant.class);
    r.add(Kinds.ACTIVATION, "apl-wta", "APL inhibition: rates quantised as floor(a/quantum), top k per odour kept (values or tags)",
        AplWinnerTakeAll.class);
    r.add(Kinds.ACTIVATION, "dense-fly", "DenseFly: every Kenyon cell gives the bit [a >= threshold]",
        DenseFly.class);
    r.add(PN, "mean-rate", "add |min| per column, scale each odour to a mean rate, truncate (the authors' step)",
        MeanRate.class);
    r.add(PN, "centre", "centre each odour on its own mean rate", RowCentre.class);
    r.add(PN, "raw", "no PN step", RawRates.class);
    r.add(Kinds.SCHEDULE, "odor-presentation",
        "presents every odour once per repeat; optionally builds and redraws one KC circuit per hash length",
        OdorPresentation.class);
    r.add(PLASTICITY, "bloom-depression",
        "fly Bloom filter: presented odours depress the synapses of their active cells onto their class's output",
        BloomDepression.class);
    r.add(Kinds.METRIC, "novelty-auc", "ROC AUC of Bloom-filter novelty, test odours of unpresented vs presented classes",
        NoveltyAuc.class);
    r.add(Kinds.METRIC, "flynn-accuracy", "FlyNN test accuracy (least novel class filter) beside 1-NN on the same hashes",
        FlyNnAccuracy.class);
    r.add(Kinds.METRIC, "neighbour-map",
        "mean average precision of hash-space nearest neighbours against input-space ones (Dasgupta et al.)",
        NeighbourMap.class);
  }
}
