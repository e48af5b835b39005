package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;

/**
 * Attention memory after Sparse Attentive Backtracking (Ke et al. 2018): h_t is written
 * every k ticks; the read r_t = Σ_j α_j m_j with α = softmax_j(v·tanh(A h_t + C m_j))
 * feeds the readout beside h_t. With top > 0 the weights are SAB's sparse ones instead:
 * the (k_top+1)-th highest score is subtracted from every score, negatives are cut to zero
 * and the rest normalised, so only the k_top best memories are read and get credit
 * (Ke et al. 2018, as in their released code; REFERENCES.md's "k_top-th" would leave
 * k_top − 1).
 */
public record AttentionMemory(
    @Doc("ticks between writes (k)") @Default("10") @Min(1) int every,
    @Doc("hidden size of the attention score") @Default("32") @Min(1) int attention,
    @Doc("memories attended to (k_top, sparse SAB weights); 0 = all, softmax") @Default("0") @Min(0) int top)
    implements Memory {}
