package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;

/** Random signs ±1: the noise of UORO and KF-RTRL, behind an interface so tests can fix it. */
interface SignSource {
  double next();

  static SignSource of(Rng rng) {
    return () -> rng.nextInt(2) == 0 ? -1.0 : 1.0;
  }
}
