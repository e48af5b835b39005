package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;

/**
 * Attention memory after Sparse Attentive Backtracking (Ke et al. 2018): h_t is written
 * every k ticks; the read r_t = Σ_j α_j m_j with α = softmax_j(v·tanh(A h_t + C m_j))
 * feeds the readout beside h_t. With top > 0 only the k_top best scores take part (a
 * softmax over them; SAB subtracts the next score and normalises instead).
 */
public record AttentionMemory(
    @Doc("ticks between writes (k)") @Default("10") @Min(1) int every,
    @Doc("hidden size of the attention score") @Default("32") @Min(1) int attention,
    @Doc("memories attended to (k_top); 0 = all") @Default("0") @Min(0) int top)
    implements Memory {}
