package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.plasticity.api.math.Rng;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KCapTest {
  @Test
  void tiesGoToTheLowerIndex() {
    int[] cap = new int[3];
    new KCap(6, 3).select(new float[] {1, 2, 2, 0, 2, 2}, cap);
    assertArrayEquals(new int[] {1, 2, 4}, cap);
  }

  @Test
  void agreesWithASortOnRandomInputsWithTies() {
    Rng rng = new Rng(5);
    float[] x = new float[1000];
    for (int trial = 0; trial < 50; trial++) {
      for (int i = 0; i < x.length; i++) {
        x[i] = rng.nextInt(40); // many ties
      }
      int k = 1 + rng.nextInt(200);
      int[] cap = new int[k];
      new KCap(x.length, k).select(x, cap);
      int[] expected = IntStream.range(0, x.length).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> -x[i]).thenComparingInt(i -> i))
          .limit(k).mapToInt(Integer::intValue).sorted().toArray();
      assertArrayEquals(expected, cap, "trial " + trial + " " + Arrays.toString(cap));
    }
  }
}
