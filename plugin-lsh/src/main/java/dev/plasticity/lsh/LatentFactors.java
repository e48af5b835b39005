package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/**
 * Latent factors for MIPS, made as PureSVD makes them from MovieLens or Netflix (which
 * cannot be downloaded here): a seeded users × items matrix of 1–5 ratings, missing entries
 * 0, in which item popularity follows Zipf's law and user activity a log-normal, so that
 * popular items have many ratings and, after the SVD, large norms. A rank-f truncated SVD
 * R ≈ U Σ Vᵀ by subspace iteration gives the items ΣVᵀ (training set) and the users U (test
 * set, the queries). Subspace iteration returns U and ΣVᵀ up to one common rotation, which
 * changes no inner product.
 */
public record LatentFactors(
    @Doc("users (queries)") @Default("2000") @Min(1) int users,
    @Doc("items") @Default("4000") @Min(1) int items,
    @Doc("SVD rank f: the length of the latent vectors") @Default("50") @Min(1) int rank,
    @Doc("rank of the taste model behind the ratings") @Default("20") @Min(1) int tasteRank,
    @Doc("fraction of ratings present") @Default("0.05") @Min(0) double density,
    @Doc("Zipf exponent of item popularity") @Default("1") @Min(0) double zipf,
    @Doc("subspace iterations of the SVD") @Default("4") @Min(1) int iterations,
    @Doc("seed of the generated ratings") @Default("1") long seed)
    implements DataSource {
  @Override
  public Data load(DataContext ctx) {
    Rng rng = new Rng(seed);
    Matrix r = ratings(rng);
    Matrix basis = userBasis(r, rng); // f × users, orthonormal rows
    Matrix itemsT = new Matrix(rank, items);
    Linalg.gemm(false, false, 1f, basis, r, 0f, itemsT); // UᵀR = ΣVᵀ (rotated)
    Matrix itemVectors = transpose(itemsT);
    Matrix userVectors = transpose(basis);
    return new Data(new Dataset("latent-items", itemVectors, unlabelled(items), 0),
        new Dataset("latent-users", userVectors, unlabelled(users), 0));
  }

  /** The ratings: who rates what follows popularity × activity, the value a taste model. */
  Matrix ratings(Rng rng) {
    double[] popularity = new double[items];
    int[] order = new int[items];
    for (int j = 0; j < items; j++) {
      order[j] = j;
    }
    rng.shuffle(order); // popular items sit at random ids, so id ties carry no information
    double popSum = 0;
    for (int j = 0; j < items; j++) {
      popularity[order[j]] = 1 / Math.pow(j + 1, zipf);
      popSum += popularity[order[j]];
    }
    double[] activity = new double[users];
    double actSum = 0;
    for (int u = 0; u < users; u++) {
      activity[u] = Math.exp(rng.nextGaussian());
      actSum += activity[u];
    }
    // P(u rates j) = min(1, c·activity·popularity) with c set for the requested density.
    double c = density * users * items / (actSum * popSum);
    Matrix taste = gaussian(users, tasteRank, rng);
    Matrix traits = gaussian(items, tasteRank, rng);
    double[] bias = new double[items];
    for (int j = 0; j < items; j++) {
      bias[j] = 0.5 * rng.nextGaussian();
    }
    Matrix r = new Matrix(users, items);
    float[] t = taste.data();
    float[] s = traits.data();
    for (int u = 0; u < users; u++) {
      for (int j = 0; j < items; j++) {
        if (rng.nextDouble() >= Math.min(1, c * activity[u] * popularity[j])) {
          continue;
        }
        double affinity = 0;
        for (int k = 0; k < tasteRank; k++) {
          affinity += t[u * tasteRank + k] * s[j * tasteRank + k];
        }
        double score = 3.5 + bias[j] + affinity / Math.sqrt(tasteRank) + 0.5 * rng.nextGaussian();
        r.set(u, j, (float) Math.max(1, Math.min(5, Math.rint(score))));
      }
    }
    return r;
  }

  /** Subspace iteration: f orthonormal rows spanning R's leading left singular vectors. */
  private Matrix userBasis(Matrix r, Rng rng) {
    Matrix y = gaussian(rank, users, rng);
    Matrix z = new Matrix(rank, items);
    orthonormaliseRows(y);
    for (int it = 0; it < iterations; it++) {
      Linalg.gemm(false, false, 1f, y, r, 0f, z); // (Rᵀ y)ᵀ
      orthonormaliseRows(z);
      Linalg.gemm(false, true, 1f, z, r, 0f, y); // (R z)ᵀ
      orthonormaliseRows(y);
    }
    return y;
  }

  /** Modified Gram–Schmidt over the rows, in double. */
  static void orthonormaliseRows(Matrix m) {
    int n = m.cols();
    float[] v = m.data();
    for (int i = 0; i < m.rows(); i++) {
      for (int k = 0; k < i; k++) {
        double dot = 0;
        for (int j = 0; j < n; j++) {
          dot += (double) v[i * n + j] * v[k * n + j];
        }
        for (int j = 0; j < n; j++) {
          v[i * n + j] -= (float) (dot * v[k * n + j]);
        }
      }
      double norm = Math.sqrt(MipsTransform.squaredNorm(v, i * n, n));
      for (int j = 0; j < n; j++) {
        v[i * n + j] = norm > 0 ? (float) (v[i * n + j] / norm) : 0;
      }
    }
  }

  private static Matrix gaussian(int rows, int cols, Rng rng) {
    Matrix m = new Matrix(rows, cols);
    float[] d = m.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = (float) rng.nextGaussian();
    }
    return m;
  }

  private static Matrix transpose(Matrix m) {
    Matrix t = new Matrix(m.cols(), m.rows());
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        t.set(j, i, m.get(i, j));
      }
    }
    return t;
  }

  private static int[] unlabelled(int n) {
    int[] l = new int[n];
    java.util.Arrays.fill(l, -1);
    return l;
  }
}
