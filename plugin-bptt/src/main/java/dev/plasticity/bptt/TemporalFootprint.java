package dev.plasticity.bptt;

import dev.plasticity.api.sim.Footprint.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * The arrays a temporal schedule allocates that grow with its sizes: the history each
 * {@link Episode} keeps (inputs, states and their credits for every tick it holds), for
 * training and, on sequence tasks, for evaluation. Each is blamed on the largest of the
 * sizes it multiplies, the one a mistyped value has most likely blown up: the task's
 * length, the batch or the hidden units.
 */
final class TemporalFootprint {
  private TemporalFootprint() {}

  static List<Block> of(Temporal t) {
    Task task = t.task();
    long length = task.length();
    long rows = t.batchSize();
    long n = t.cell().hidden();
    long d = task.inputs();
    List<Block> blocks = new ArrayList<>();
    long kept = t.credit().history(task.length(), task.stream());
    history(blocks, "the history", kept, length, rows, n, d, task);
    if (!task.stream()) {
      history(blocks, "the evaluation's history", length, length, rows, n, d, task);
    }
    return blocks;
  }

  /** Episode's xs, hs and qs for {@code ticks} ticks (Episode's constructor). */
  private static void history(List<Block> out, String whose, long ticks, long length, long rows, long n,
      long d, Task task) {
    String field = ticks == length && length >= rows && length >= n ? lengthField(task)
        : rows >= n ? "batchSize" : "cell.hidden";
    String sizes = ticks + " ticks x " + rows + " sequences x ";
    out.add(new Block(field, whose + " of states (" + sizes + n + " units, doubles)",
        Block.times(ticks, rows, n), Double.BYTES));
    out.add(new Block(field, whose + " of state credits (" + sizes + n + " units, doubles)",
        Block.times(ticks, rows, n), Double.BYTES));
    out.add(new Block(field, whose + " of inputs (" + sizes + d + " inputs, doubles)",
        Block.times(ticks, rows, d), Double.BYTES));
  }

  private static String lengthField(Task task) {
    String f = task.lengthField();
    return f.isEmpty() ? "task" : "task." + f;
  }
}
