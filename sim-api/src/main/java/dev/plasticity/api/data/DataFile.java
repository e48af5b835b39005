package dev.plasticity.api.data;

/**
 * A file a data source read, and the SHA-256 of its bytes (hex): what a run's provenance
 * lists, so that a reviewer can check with {@code sha256sum} that their copy is the one used.
 */
public record DataFile(String file, String sha256) {}
