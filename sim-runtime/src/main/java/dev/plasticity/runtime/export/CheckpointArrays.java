package dev.plasticity.runtime.export;

import dev.plasticity.api.sim.StateMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters a checkpoint holds ({@code param/NAME/value}, with {@code /shape},
 * {@code /updates} and optimizer {@code /slot/SLOT} beside it), as arrays to export. The
 * arrays are the checkpoint's own, not copies.
 *
 * @param arrays every value, each followed by its optimizer state when that was asked for
 * @param updates the number of optimizer steps each parameter has had
 * @param guessed parameters whose checkpoint (written by a build before checkpoints
 *     recorded shapes) has no shape, shaped from the run's scenario
 * @param unshaped such parameters whose shape the scenario does not settle: exported flat
 */
record CheckpointArrays(List<ExportedArray> arrays, Map<String, Long> updates, List<String> guessed,
    List<String> unshaped) {
  private static final String PREFIX = "param/";
  private static final String VALUE = "/value";

  static CheckpointArrays of(StateMap state, boolean optimizerState, ScenarioShapes shapes) {
    FileSafeNames names = new FileSafeNames();
    List<ExportedArray> arrays = new ArrayList<>();
    Map<String, Long> updates = new LinkedHashMap<>();
    List<String> guessed = new ArrayList<>();
    List<String> unshaped = new ArrayList<>();
    for (String k : state.entries().keySet()) {
      if (!k.startsWith(PREFIX) || !k.endsWith(VALUE)) {
        continue;
      }
      String name = k.substring(PREFIX.length(), k.length() - VALUE.length());
      String at = PREFIX + name;
      float[] value = state.floats(k);
      long[] shape;
      if (state.has(at + "/shape")) {
        shape = state.longs(at + "/shape");
      } else if (shapes.of(name, value.length) != null) {
        shape = shapes.of(name, value.length);
        guessed.add(name);
      } else {
        shape = new long[] {value.length};
        unshaped.add(name);
      }
      String key = names.of(name);
      arrays.add(new ExportedArray(name, null, key, shape, value));
      if (state.has(at + "/updates")) {
        updates.put(name, state.longs(at + "/updates")[0]);
      }
      if (optimizerState) {
        String slots = at + "/slot/";
        for (String s : state.entries().keySet()) {
          if (s.startsWith(slots)) {
            String slot = s.substring(slots.length());
            arrays.add(new ExportedArray(name, slot, names.of(key + "." + slot), shape, state.floats(s)));
          }
        }
      }
    }
    return new CheckpointArrays(arrays, updates, guessed, unshaped);
  }
}
