package dev.plasticity.hebbian;

import dev.plasticity.api.math.Rng;

/**
 * Gaussian arbors on an L × L torus: each cell's {@code synapses} inputs sit at sites drawn with
 * density ∝ exp(−d²/r²) around the cell's own site (d in grid units), rounded to the grid, so two
 * synapses may share a site. Kept per cell: the site of each synapse and its distance from the
 * cell's centre (before wrapping), which the centre–surround test bins.
 */
final class Arbors {
  final int cells;
  final int synapses;
  final int[] site;
  final float[] distance;

  /** Cells at the given centre sites (row-major indices of the L × L grid). */
  Arbors(int[] centres, int side, int synapses, double radius, Rng rng) {
    this.cells = centres.length;
    this.synapses = synapses;
    this.site = new int[cells * synapses];
    this.distance = new float[cells * synapses];
    double sd = radius / Math.sqrt(2);
    for (int c = 0; c < cells; c++) {
      int cx = centres[c] / side;
      int cy = centres[c] % side;
      for (int s = 0; s < synapses; s++) {
        long dx = Math.round(sd * rng.nextGaussian());
        long dy = Math.round(sd * rng.nextGaussian());
        int x = (int) Math.floorMod(cx + dx, (long) side);
        int y = (int) Math.floorMod(cy + dy, (long) side);
        site[c * synapses + s] = x * side + y;
        distance[c * synapses + s] = (float) Math.hypot(dx, dy);
      }
    }
  }

  /** Given sites and distances (tests): {@code site.length / synapses} cells. */
  Arbors(int synapses, int[] site, float[] distance) {
    this.cells = site.length / synapses;
    this.synapses = synapses;
    this.site = site;
    this.distance = distance;
  }

  /** Every site of the grid, in order: one cell per site. */
  static int[] everySite(int side) {
    int[] all = new int[side * side];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  /** An m × m lattice of sites spread evenly over the grid. */
  static int[] lattice(int side, int m) {
    int[] sites = new int[m * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        sites[i * m + j] = (i * side / m) * side + j * side / m;
      }
    }
    return sites;
  }
}
