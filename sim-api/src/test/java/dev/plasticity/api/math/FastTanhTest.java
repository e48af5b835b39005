package dev.plasticity.api.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastTanhTest {
  @Test
  void withinAFewUlpsOfMathTanhEverywhere() {
    double worstAbs = 0;
    double worstRel = 0;
    for (float x = -20f; x <= 20f; x += 1e-3f) {
      double exact = Math.tanh(x);
      double fast = FastTanh.tanh(x);
      worstAbs = Math.max(worstAbs, Math.abs(fast - exact));
      if (Math.abs(exact) > 1e-30) {
        worstRel = Math.max(worstRel, Math.abs(fast - exact) / Math.abs(exact));
      }
    }
    assertTrue(worstAbs < 5e-7, "max absolute error " + worstAbs);
    assertTrue(worstRel < 1e-6, "max relative error " + worstRel);
  }

  @Test
  void oddSaturatingAndExactAtZero() {
    assertEquals(0f, FastTanh.tanh(0f));
    assertEquals(-FastTanh.tanh(0.37f), FastTanh.tanh(-0.37f));
    assertEquals(1f, FastTanh.tanh(50f), 1e-7);
    assertEquals(-1f, FastTanh.tanh(-1e30f), 1e-7);
  }

  @Test
  void tinyArgumentsKeepTheirRelativeAccuracy() {
    assertEquals(1e-20f, FastTanh.tanh(1e-20f), 1e-26f);
  }
}
