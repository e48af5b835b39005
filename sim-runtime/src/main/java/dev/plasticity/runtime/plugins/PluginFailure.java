package dev.plasticity.runtime.plugins;

/** How an exception a plugin threw reads in its one-line problem. */
final class PluginFailure {
  private PluginFailure() {}

  /**
   * The message alone for the API's own checks (an IllegalArgumentException, e.g. "type
   * names are kebab-case, got 'WeightNorm'"); the call and the exception otherwise, with a
   * likely cause for a class that is missing or changed.
   */
  static String describe(String call, Throwable e) {
    if (e instanceof IllegalArgumentException && e.getMessage() != null) {
      return e.getMessage();
    }
    String hint = e instanceof LinkageError
        ? " (a class it was compiled against is missing or changed: was it built against this sim-api?)"
        : "";
    return call + " failed: " + e + hint;
  }
}
