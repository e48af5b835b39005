package dev.plasticity.hebbian;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/** Self-organisation without an error signal: Hebbian rules on generated input, and assemblies. */
public final class HebbianPlugin implements Plugin {
  /** Generated input with a known truth. */
  public static final Kind<HebbianInput> INPUT =
      new Kind<>("hebbian-input", HebbianInput.class, "generated input whose structure (the truth) a rule should find");

  /** A learning rule that sees no error signal. */
  public static final Kind<HebbianRule> RULE =
      new Kind<>("hebbian-rule", HebbianRule.class, "a learning rule without an error signal");

  @Override
  public String name() {
    return "hebbian";
  }

  @Override
  public String description() {
    return "self-organisation without an error signal: Oja, Sanger's GHA, BCM, nonlinear Hebbian ICA, Linsker's layers, assembly calculus, STDP with LIF neurons";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(Kinds.DATA, "self-generated", "no stored data: the schedule generates its input", SelfGenerated.class);
    r.add(Kinds.SCHEDULE, "hebbian-presentation",
        "draws a fresh batch of generated input every tick; the rule learns from it in PLASTICITY", Presentation.class);
    r.add(INPUT, "gaussian-components",
        "Gaussian vectors with a known covariance, eigenvalues ratio^-i along a random orthonormal basis",
        GaussianComponents.class);
    r.add(RULE, "oja", "Oja's rule: one linear unit, dw = lr y (x - y w); w -> PC1, |w| -> 1", Oja.class);
    r.add(RULE, "sanger", "Sanger's GHA: dW = lr (y x^T - LT(y y^T) W); rows -> the first k PCs", Sanger.class);
    r.add(INPUT, "two-patterns", "one of two fixed non-negative unit patterns per sample, plus optional noise",
        TwoPatterns.class);
    r.add(RULE, "bcm", "BCM: rectified units, dw = lr x y (y - theta), theta the running mean of y^2", Bcm.class);
    r.add(Kinds.METRIC, "selectivity",
        "each neuron's selectivity 1 - low/high between the two patterns, and how many prefer each", Selectivity.class);
    r.add(INPUT, "laplacian-mixture", "exactly whitened random mixtures of independent unit-variance Laplacian sources",
        LaplacianMixture.class);
    r.add(RULE, "nonlinear-hebbian",
        "Brito & Gerstner 2016: dW = lr sign g(W z) z^T on whitened z, then symmetric orthogonalisation", NonlinearHebbian.class);
    r.add(Kinds.METRIC, "amari-index", "Amari index of W M against the true whitened mixing M (0: sources recovered)",
        AmariIndex.class);
    r.add(Kinds.SCHEDULE, "assembly-projection",
        "assembly calculus: a stimulus projected into a randomly wired area with k-cap and Hebbian plasticity beta;"
            + " support growth and recall from part of the stimulus", AssemblyProjection.class);
    r.add(Kinds.SCHEDULE, "linsker-development",
        "Linsker's layers A -> B -> C: Gaussian arbors, the Hebbian development equation with bounds integrated"
            + " on the covariance; centre-surround cells in C", LinskerDevelopment.class);
    r.add(Kinds.SCHEDULE, "poisson-lif-stdp",
        "Poisson inputs onto leaky integrate-and-fire neurons through delayed synapses with pair-based STDP"
            + " (Song, Miller & Abbott 2000; Brian2's STDP example by default)", PoissonLifStdp.class);
    r.add(Kinds.METRIC, "weight-histogram",
        "histogram of a bounded weight parameter and the share of weights near 0 or the bound", WeightHistogram.class);
    r.add(Kinds.METRIC, "pc-cosine", "each unit's |cosine| with the principal component of its rank, and its norm",
        PrincipalCosine.class);
    r.add(Kinds.METRIC, "subspace-angle",
        "largest principal angle (degrees) between the weights' span and the true top-k subspace", SubspaceAngle.class);
  }
}
