package dev.plasticity.olfaction;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.Dataset;
import java.util.List;
import java.util.stream.IntStream;

/** Which half of the data a presentation draws its odours from. */
public enum OdourSet {
  TRAIN,
  TEST;

  Dataset of(Data data) {
    return this == TRAIN ? data.train() : data.test();
  }

  /** The rows of {@code set} whose label is in {@code classes} (all rows when null), in order. */
  static int[] rows(Dataset set, List<Integer> classes) {
    int[] labels = set.labels();
    return IntStream.range(0, set.size())
        .filter(r -> classes == null || classes.contains(labels[r]))
        .toArray();
  }
}
