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
 *
 * <p>With {@code feedback} the read also enters the recurrence, as in Ke et al.'s released
 * SAB LSTM ({@code h_t = h_t + attn_c}): the cell's output ĥ_t queries the memories
 * written before t, the state carried to t + 1, written to memory and read out is
 * h'_t = ĥ_t + r_t, and the readout sees [h'_t; r_t]. The recalled symbol can then travel
 * forward in the state and later queries can use it. See {@link FeedbackMemory}.
 */
public record AttentionMemory(
    @Doc("ticks between writes (k)") @Default("10") @Min(1) int every,
    @Doc("hidden size of the attention score") @Default("32") @Min(1) int attention,
    @Doc("memories attended to (k_top, sparse SAB weights); 0 = all, softmax") @Default("0") @Min(0) int top,
    @Doc("add the read to the state carried to the next tick (h' = h + r, Ke et al.); "
        + "false = the read feeds the readout only") @Default("false") boolean feedback,
    @Doc("with feedback, what a write stores: the state h' = h + r (Ke et al.) or the cell's "
        + "output h, which tanh keeps within ±1") @Default("\"state\"") Stored stores,
    @Doc("where the credit through the attention scores goes: \"full\" (the exact gradient: "
        + "A, C, v, the query state and the scored memories) or \"weights\" (A, C, v only; "
        + "states and memories get the value path α_j·dr alone, which cuts the loop of "
        + "credit through scored states)") @Default("\"full\"") ScoreCredit scoreCredit)
    implements Memory {

  /** What a write stores when the read is fed back. */
  public enum Stored { state, cell }

  /** Where the credit through the scores goes. */
  public enum ScoreCredit { full, weights }

  /** A memory whose read feeds the readout only. */
  public AttentionMemory(int every, int attention, int top) {
    this(every, attention, top, false, Stored.state);
  }

  /** Storing the state, as Ke et al. do. */
  public AttentionMemory(int every, int attention, int top, boolean feedback) {
    this(every, attention, top, feedback, Stored.state);
  }

  /** With the exact credit through the scores. */
  public AttentionMemory(int every, int attention, int top, boolean feedback, Stored stores) {
    this(every, attention, top, feedback, stores, ScoreCredit.full);
  }

  @Override
  public boolean scoreCreditToStates() {
    return scoreCredit == ScoreCredit.full;
  }

  @Override
  public boolean storesCell() {
    return feedback && stores == Stored.cell;
  }
}
