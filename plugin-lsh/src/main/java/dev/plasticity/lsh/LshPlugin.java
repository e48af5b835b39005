package dev.plasticity.lsh;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/** Locality-sensitive hashing: hash families, K × L tables, asymmetric hashing for MIPS. */
public final class LshPlugin implements Plugin {
  /** A family of locality-sensitive hash functions. */
  public static final Kind<HashFamily> HASH =
      new Kind<>("hash", HashFamily.class, "a family of locality-sensitive hash functions");

  /** How maximum inner product search is turned into neighbour search. */
  public static final Kind<MipsTransform> MIPS =
      new Kind<>("mips-transform", MipsTransform.class,
          "item and query transforms that turn maximum inner product search into neighbour search");

  @Override
  public String name() {
    return "lsh";
  }

  @Override
  public String description() {
    return "locality-sensitive hashing: hash families, K x L tables with multi-probe, asymmetric LSH for"
        + " maximum inner product search and its evaluation";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(HASH, "simhash", "signed random projections: collide with probability 1 - angle/pi", SimHash.class);
    r.add(HASH, "l2-lsh", "floor((a.x + b)/r): p-stable LSH for Euclidean distance", L2Lsh.class);
    r.add(HASH, "wta", "winner-take-all: position of the largest of a window of permuted coordinates", Wta.class);
    r.add(HASH, "densified-wta", "WTA over non-zero coordinates, empty bins filled by densification (SLIDE)",
        DensifiedWta.class);
    r.add(HASH, "sparse-random-projection", "sign bits of very sparse +-1 projections",
        SparseRandomProjection.class);
    r.add(MIPS, "l2-alsh", "Shrivastava & Li 2014: appended norm powers, then L2-LSH", L2Alsh.class);
    r.add(MIPS, "sign-alsh", "Shrivastava & Li 2015: appended 1/2 - norm powers, then SimHash", SignAlsh.class);
    r.add(MIPS, "simple-lsh", "Neyshabur & Srebro 2015: items lifted to the unit sphere, then SimHash",
        SimpleLsh.class);
    r.add(MIPS, "symmetric", "the same hash on raw items and queries (the baseline)", Symmetric.class);
    r.add(Kinds.DATA, "latent-factors",
        "truncated-SVD user and item vectors of a seeded ratings matrix with Zipf-skewed item popularity",
        LatentFactors.class);
    r.add(Kinds.SCHEDULE, "repeats", "evaluation-only repeats, each an epoch with fresh hash functions", Repeats.class);
    r.add(Kinds.METRIC, "mips-precision",
        "precision at recall levels of items ranked by matching hashes out of K, against the exact top-T",
        MipsPrecision.class);
    r.add(Kinds.CREDIT, "lsh-sparse",
        "backprop through a hidden layer whose active neurons per sample are picked by LSH tables (Spring & Shrivastava)",
        LshSparse.class);
    r.add(Kinds.CREDIT, "hashed-nets",
        "backprop with every weight matrix shared through a hash of its index (Chen et al. 2015)", HashedNets.class);
    r.add(Kinds.METRIC, "lsh-recall", "recall of the exact top-T through K x L tables, per number of probes",
        LshRecall.class);
  }
}
