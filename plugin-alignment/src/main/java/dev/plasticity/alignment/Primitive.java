package dev.plasticity.alignment;

/**
 * Kunin et al.'s (2020) local primitives of a regularizer R(W, B) on a layer's feedback
 * matrix, with P_f = x Wᵀ and P_b = x Bᵀ for the layer input x (batch of n rows); means
 * are over the batch. Written in JSON in kebab-case ({@code "decay"}, {@code "null"}...).
 */
public enum Primitive {
  /** ‖W‖² + ‖B‖²; ∂/∂B = 2B. */
  DECAY,
  /** −mean Σ P_f ∘ P_b; ∂/∂B = −P_fᵀ x / n. */
  AMP,
  /**
   * Null(recon, 0) = mean ‖recon‖² with recon = P_f B − x, the layer input reconstructed
   * from the forward output through B; ∂/∂B = 2 P_fᵀ (P_f B − x) / n.
   */
  NULL,
  /** mean ‖P_f‖² + mean ‖P_b‖²; ∂/∂B = 2 P_bᵀ x / n. */
  SPARSE,
  /** −Σ W ∘ B; ∂/∂B = −W. */
  SELF
}
