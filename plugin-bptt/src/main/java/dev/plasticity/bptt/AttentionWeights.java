package dev.plasticity.bptt;

/** The attention's parameters A (a × n), C (a × n), v (a) in double, with gradients. */
final class AttentionWeights {
  final int a;
  final int n;
  final double[] wa;
  final double[] wc;
  final double[] v;
  final double[] ga;
  final double[] gc;
  final double[] gv;

  AttentionWeights(int a, int n) {
    this.a = a;
    this.n = n;
    wa = new double[a * n];
    wc = new double[a * n];
    v = new double[a];
    ga = new double[a * n];
    gc = new double[a * n];
    gv = new double[a];
  }
}
