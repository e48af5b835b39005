package dev.plasticity.alignment;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/** Backprop and the rules that assign credit without weight symmetry. */
public final class AlignmentPlugin implements Plugin {
  @Override
  public String name() {
    return "alignment";
  }

  @Override
  public String description() {
    return "backprop and credit assignment without weight symmetry, with alignment metrics";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(Kinds.CREDIT, "backprop", "exact backpropagation of the output error through W^T",
        Backprop.class);
    r.add(Kinds.CREDIT, "feedback-alignment",
        "errors travel back through fixed random B (Lillicrap et al. 2016)", FeedbackAlignment.class);
    r.add(Kinds.CREDIT, "direct-feedback-alignment",
        "the output error reaches every hidden layer through its own fixed random B (Nøkland 2016)",
        DirectFeedbackAlignment.class);
    r.add(Kinds.CREDIT, "usf", "uniform sign-concordant feedback: B = sign(W)·sqrt(2/(fan_in+fan_out))",
        UniformSignFeedback.class);
    r.add(Kinds.CREDIT, "frsf", "fixed random-magnitude sign-concordant feedback: B = |M0|∘sign(W)",
        FixedRandomSignFeedback.class);
    r.add(Kinds.CREDIT, "brsf", "batchwise random-magnitude sign-concordant feedback: M redrawn every step",
        BatchRandomSignFeedback.class);
    r.add(Kinds.CREDIT, "kolen-pollack", "B receives W's update, both with weight decay (Akrout et al. 2019)",
        KolenPollack.class);
    r.add(Kinds.CREDIT, "kunin", "B learns on a weighted sum of Kunin et al.'s primitives "
        + "(decay, amp, null, sparse, self)", KuninAlignment.class);
    r.add(Kinds.CREDIT, "symmetric-alignment", "Kunin: R = alpha·Decay + beta·Self", SymmetricAlignment.class);
    r.add(Kinds.CREDIT, "activation-alignment", "Kunin: R = alpha·Sparse + beta·Amp", ActivationAlignment.class);
    r.add(Kinds.CREDIT, "weight-mirror", "Kunin: R = alpha·Decay + beta·Amp", WeightMirror.class);
    r.add(Kinds.CREDIT, "information-alignment", "Kunin: R = alpha·Amp + beta·Null + gamma·Decay",
        InformationAlignment.class);
    r.add(Kinds.CREDIT, "local-losses", "every hidden block learns from its own pred, sim or predsim loss, "
        + "inputs detached (Nøkland & Eidnes 2019)", LocalLosses.class);
    r.add(Kinds.CREDIT, "lra-fdbk", "local representation alignment, targets through fixed random E, "
        + "Cauchy loss, updates bounded by c1 (Ororbia et al. 2018)", LraFeedback.class);
    r.add(Kinds.CREDIT, "lra-diff", "local representation alignment, targets through W^T", LraDiff.class);
    r.add(Kinds.METRIC, "alignment-angles", "per projection: weight, projection and gradient angles "
        + "(degrees) and |B|/|W|", AlignmentAngles.class);
  }
}
