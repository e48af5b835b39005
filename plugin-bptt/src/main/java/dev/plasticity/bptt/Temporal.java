package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.sim.Footprint;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * Trains a recurrent network on a temporal task, one tick per time step (schedule type
 * {@code temporal}). The runtime's network is feedforward, so the recurrent model — cell,
 * readout, optional attention memory — lives here with the algorithm that assigns its
 * credit; its weights are ordinary parameters (optimizer state and checkpoints included).
 * Sequence tasks update once per batch of sequences, at its last tick; stream tasks
 * update as often as the algorithm allows (every tick online, every k1 for tbptt).
 */
public record Temporal(
    @Doc("the task generating inputs and targets") Task task,
    @Doc("the recurrent cell") Cell cell,
    @Doc("attention memory feeding the readout (and, with feedback, the recurrence)")
        @Optional Memory memory,
    @Doc("how credit reaches the past") TemporalCredit credit,
    @Doc("how gradients change parameters") @Default("{\"type\": \"adam\", \"lr\": 0.001}")
        Optimizer optimizer,
    @Doc("sequences per batch (streams: parallel streams)") @Default("1") @Min(1) int batchSize,
    @Doc("batches of sequences to train on (streams: windows)") @Min(1) int sequences,
    @Doc("batches between evaluations") @Default("100") @Min(1) int evalEvery,
    @Doc("fresh sequences per evaluation (sequence tasks)") @Default("2048") @Min(1)
        int evalSequences,
    @Doc("rescale the gradient of every trained parameter together when its global norm "
        + "exceeds this (Pascanu et al. 2013); 0 = no clipping") @Default("0") @Min(0)
        double clip,
    @Doc("also record the eval accuracy at each scored tick, eval-accuracy/position=k "
        + "(classification sequence tasks)") @Default("false") boolean positions,
    @Doc("also record the global norm of every update's gradient before clipping, its mean "
        + "and maximum since the last evaluation (train-grad-norm, train-grad-norm-max), the "
        + "maximum of each parameter's own (train-grad-norm-max/NAME) and with clip the share "
        + "of updates clipped (train-clipped)") @Default("false")
        boolean gradientNorms)
    implements Schedule, Footprint {

  /** Without per-position accuracy or gradient norms. */
  public Temporal(Task task, Cell cell, Memory memory, TemporalCredit credit, Optimizer optimizer,
      int batchSize, int sequences, int evalEvery, int evalSequences, double clip) {
    this(task, cell, memory, credit, optimizer, batchSize, sequences, evalEvery, evalSequences,
        clip, false, false);
  }

  /** Without gradient norms. */
  public Temporal(Task task, Cell cell, Memory memory, TemporalCredit credit, Optimizer optimizer,
      int batchSize, int sequences, int evalEvery, int evalSequences, double clip,
      boolean positions) {
    this(task, cell, memory, credit, optimizer, batchSize, sequences, evalEvery, evalSequences,
        clip, positions, false);
  }

  public Temporal {
    credit.history(task.length(), task.stream()); // rejects bptt on a stream before the run
    if (memory != null && !credit.keepsHistory()) {
      throw new IllegalArgumentException(
          "attention memory needs an algorithm that keeps the history (bptt, tbptt)");
    }
    if (task.stream() && memory != null) {
      throw new IllegalArgumentException("attention memory needs a sequence task");
    }
    if (memory != null && memory.feedback()) {
      FeedbackMemory.window(credit, task.length());
    }
  }

  @Override
  public Timeline plan(Data data) {
    long l = task.length();
    return new Timeline(Math.min(evalEvery, sequences) * l, sequences * l);
  }

  @Override
  public int batchCapacity(Data data) {
    return 1;
  }

  @Override
  public void install(SimContext ctx) {
    new Trainer(this, ctx).install();
  }

  @Override
  public java.util.List<Block> blocks(Sizes sizes) {
    return TemporalFootprint.of(this);
  }

  /** The recurrent model is this schedule's own, trained with its own credit and optimizer. */
  @Override
  public boolean usesLearningSection() {
    return false;
  }
}
