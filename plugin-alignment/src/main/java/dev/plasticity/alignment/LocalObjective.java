package dev.plasticity.alignment;

/** Which local loss a hidden block minimises (Nøkland & Eidnes 2019); kebab-case in JSON. */
public enum LocalObjective {
  /** Cross-entropy of a zero-initialised linear read-out U h. */
  PRED,
  /** Similarity matching of V h (bio: h) with the labels' similarity. */
  SIM,
  /** (1 − β) pred + β sim. */
  PREDSIM
}
