package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/**
 * Done-when 5: UORO with a mocked noise source against ρ0, ρ1, s̃, θ̃ and the estimate
 * worked out by hand for a 2-unit cell over two steps (the arithmetic below spells each
 * 2-vector out rather than reusing the estimator's loops).
 */
class UoroMockedNoiseTest {
  private static final double EPS = 1e-7;

  @Test
  void matchesHandComputedRhosAndEstimate() {
    ElmanNet net = new ElmanNet(2, 1);
    double[] w = {
        0.5, 0.3, -0.2, 0.1,    // unit 0: W_x, W_h[0][0], W_h[0][1], b
        -0.4, 0.6, 0.25, -0.05}; // unit 1
    System.arraycopy(w, 0, net.w, 0, w.length);
    Episode e = new Episode(net, 1, 2);
    SignSource signs = mock(SignSource.class);
    when(signs.next()).thenReturn(1.0, -1.0, -1.0, -1.0);
    Uoro.Estimator u = new Uoro.Estimator(e, EPS, signs);
    e.begin(0);
    u.begin(0);

    // Step 0: x = 1, h_{-1} = 0, so z = (1, 0, 0, 1).
    e.xs[e.xOff(0, 0)] = 1.0;
    e.forward(0);
    u.forward(0);
    double h00 = Math.tanh(0.5 + 0.1);
    double h01 = Math.tanh(-0.4 - 0.05);
    double d0 = 1 - h00 * h00;
    double d1 = 1 - h01 * h01;
    // s̃ = θ̃ = 0: ρ0 = √(ε/ε) = 1; ‖νᵀI‖ = ‖D‖·‖z‖ = ‖D‖·√2, ‖ν‖ = √2.
    double rho1a = Math.sqrt((Math.hypot(d0, d1) * Math.sqrt(2) + EPS) / (Math.sqrt(2) + EPS));
    assertEquals(1.0, u.rho0, 1e-12);
    assertEquals(rho1a, u.rho1, 1e-12);
    double s0 = rho1a;   // ν = (+1, −1)
    double s1 = -rho1a;
    assertEquals(s0, u.s[0], 1e-12);
    assertEquals(s1, u.s[1], 1e-12);
    // θ̃ rows: ν_i D_i z / ρ1 with z = (1, 0, 0, 1).
    double[] theta = {d0 / rho1a, 0, 0, d0 / rho1a, -d1 / rho1a, 0, 0, -d1 / rho1a};
    for (int c = 0; c < 8; c++) {
      assertEquals(theta[c], u.theta[c], 1e-12, "theta after step 0 at " + c);
    }

    // Step 1: x = −0.5, z = (−0.5, h00, h01, 1), ν = (−1, −1).
    e.xs[e.xOff(1, 0)] = -0.5;
    e.forward(1);
    u.forward(1);
    double[] z = {-0.5, h00, h01, 1};
    double h10 = Math.tanh(0.5 * z[0] + 0.3 * z[1] - 0.2 * z[2] + 0.1);
    double h11 = Math.tanh(-0.4 * z[0] + 0.6 * z[1] + 0.25 * z[2] - 0.05);
    double e0 = 1 - h10 * h10;
    double e1 = 1 - h11 * h11;
    double js0 = e0 * (0.3 * s0 - 0.2 * s1);
    double js1 = e1 * (0.6 * s0 + 0.25 * s1);
    double normTheta = Math.sqrt(2 * (d0 * d0 + d1 * d1)) / rho1a;
    double rho0 = Math.sqrt((normTheta + EPS) / (Math.hypot(js0, js1) + EPS));
    double normZ = Math.sqrt(0.25 + h00 * h00 + h01 * h01 + 1);
    double rho1 = Math.sqrt((Math.hypot(e0, e1) * normZ + EPS) / (Math.sqrt(2) + EPS));
    assertEquals(rho0, u.rho0, 1e-12);
    assertEquals(rho1, u.rho1, 1e-12);
    double t0 = rho0 * js0 - rho1;
    double t1 = rho0 * js1 - rho1;
    assertEquals(t0, u.s[0], 1e-12);
    assertEquals(t1, u.s[1], 1e-12);
    double[] theta1 = new double[8];
    for (int k = 0; k < 4; k++) {
      theta1[k] = theta[k] / rho0 - e0 * z[k] / rho1;
      theta1[4 + k] = theta[4 + k] / rho0 - e1 * z[k] / rho1;
    }
    for (int c = 0; c < 8; c++) {
      assertEquals(theta1[c], u.theta[c], 1e-12, "theta after step 1 at " + c);
    }

    // The estimate at step 1 for q = (0.7, −0.3): (q·s̃) θ̃.
    e.qs[e.hOff(1, 0)] = 0.7;
    e.qs[e.hOff(1, 0) + 1] = -0.3;
    java.util.Arrays.fill(e.grad, 0);
    u.credit(1);
    double qs = 0.7 * t0 - 0.3 * t1;
    for (int c = 0; c < 8; c++) {
      assertEquals(qs * theta1[c], e.grad[c], 1e-12, "estimate at " + c);
    }
  }
}
