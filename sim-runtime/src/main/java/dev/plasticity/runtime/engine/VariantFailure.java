package dev.plasticity.runtime.engine;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.runtime.config.InputException;

/**
 * Why one variant of a run failed, in one line; the run's other variants go on without it.
 *
 * @param variant the variant's name
 * @param reason where and why: {@code at tick 5 in FEEDBACK event 'kunin': <message>}, or
 *     the message alone when it did not come from an event
 * @param cause what was thrown, for PLASTICITY_DEBUG's stack trace; null for a failure
 *     read back from an earlier sitting
 * @param inputError whether the cause is bad input (a scenario the component refuses),
 *     which the message explains without a stack trace
 */
public record VariantFailure(String variant, String reason, Throwable cause, boolean inputError) {
  /** The failure of {@code variant} that {@code e} describes. */
  static VariantFailure of(String variant, RuntimeException e) {
    RuntimeException cause = e instanceof EventFailedException ef ? ef.getCause() : e;
    String message = message(cause);
    String reason = e instanceof EventFailedException ef ? ef.location() + ": " + message : message;
    return new VariantFailure(variant, reason, cause,
        cause instanceof InputException || cause instanceof ConfigException);
  }

  /** A failure an earlier sitting of the run recorded (its cause is gone with that process). */
  static VariantFailure recorded(String variant, String reason) {
    return new VariantFailure(variant, reason, null, false);
  }

  /** {@code variant 'x' failed at tick 5 in FEEDBACK event 'kunin': <message>}. */
  public String line() {
    return "variant '" + variant + "' " + failed(reason);
  }

  /** A reason as a phrase: {@code failed at tick 5 in ...: <message>}, {@code failed: <message>}. */
  public static String failed(String reason) {
    return "failed" + (reason.startsWith("at tick ") ? " " : ": ") + reason;
  }

  /**
   * What to add to {@link #line()} on the console: how to see the stack trace, unless the
   * failure is bad input (its message says all) or the trace is shown already.
   */
  public String debugHint(boolean debugging) {
    return inputError || debugging || cause == null ? "" : " (set PLASTICITY_DEBUG=1 to see the stack trace)";
  }

  /**
   * The message of {@code e} as one line. Exceptions a component throws on purpose
   * (IllegalArgument, IllegalState) carry a sentence meant for people; any other type is
   * named, as "Index 10 out of bounds for length 10" alone does not say what went wrong.
   */
  private static String message(RuntimeException e) {
    String m;
    if (e instanceof InputException ie) {
      m = String.join("; ", ie.lines());
    } else if (e instanceof ConfigException ce) {
      m = ce.field().isEmpty() ? ce.getMessage() : ce.field() + ": " + ce.getMessage();
    } else if (e.getMessage() == null) {
      m = e.getClass().getSimpleName();
    } else if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      m = e.getMessage();
    } else {
      m = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return m.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
