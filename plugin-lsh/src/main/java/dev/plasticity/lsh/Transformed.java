package dev.plasticity.lsh;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.math.Matrix;

/** Items through P and queries through Q of a MIPS transform, as matrices ready to hash. */
record Transformed(Matrix items, Matrix queries) {
  /** The training rows as items, the first {@code queries} test rows (0: all) as queries. */
  static Transformed of(MipsTransform t, Data data, int queries) {
    int n = data.test().size();
    return of(t, data.train().features(), data.test().head(queries == 0 ? n : Math.min(queries, n)).features());
  }

  static Transformed of(MipsTransform t, Matrix items, Matrix queries) {
    int d = items.cols();
    int e = d + t.extraDims();
    double maxNorm = 0;
    for (int r = 0; r < items.rows(); r++) {
      maxNorm = Math.max(maxNorm, Math.sqrt(MipsTransform.squaredNorm(items.data(), r * d, d)));
    }
    Matrix p = new Matrix(items.rows(), e);
    for (int r = 0; r < items.rows(); r++) {
      t.item(items.data(), r * d, d, maxNorm, p.data(), r * e);
    }
    Matrix q = new Matrix(queries.rows(), e);
    for (int r = 0; r < queries.rows(); r++) {
      t.query(queries.data(), r * d, d, q.data(), r * e);
    }
    return new Transformed(p, q);
  }
}
