package dev.plasticity.lsh;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.api.spi.Plugin;

/** Locality-sensitive hashing: hash families, K × L tables, asymmetric hashing for MIPS. */
public final class LshPlugin implements Plugin {
  /** A family of locality-sensitive hash functions. */
  public static final Kind<HashFamily> HASH =
      new Kind<>("hash", HashFamily.class, "a family of locality-sensitive hash functions");

  @Override
  public String name() {
    return "lsh";
  }

  @Override
  public String description() {
    return "locality-sensitive hashing: hash families, K x L tables with multi-probe";
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
  }
}
