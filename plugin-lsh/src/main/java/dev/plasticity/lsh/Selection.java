package dev.plasticity.lsh;

/** How a hashed sparse layer turns the buckets a sample reaches into its active neurons. */
public enum Selection {
  /** The union of the buckets, in table order, until the cap (Spring & Shrivastava's rule). */
  UNION,
  /** The neurons found in the most buckets first (ties: lower id), up to the cap. */
  HITS
}
