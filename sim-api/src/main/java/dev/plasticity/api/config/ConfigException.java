package dev.plasticity.api.config;

/**
 * Thrown by a config record's constructor for a rule that field annotations cannot say
 * (one field against another), or by its {@code install} when the scenario does not suit
 * it. {@code field} names the offending field; the runtime prefixes the JSON path of the
 * record.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public ConfigException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field of the record at fault, or an empty string for the record as a whole. */
  public String field() {
    return field;
  }
}
