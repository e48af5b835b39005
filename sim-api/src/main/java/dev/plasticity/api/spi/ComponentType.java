package dev.plasticity.api.spi;

/**
 * A type name usable in scenarios: its kind, its kebab-case name, a line of description,
 * and the record that is both its config (the JSON fields are the record's components)
 * and the component itself.
 */
public record ComponentType<T>(
    Kind<T> kind, String name, String description, Class<? extends T> implementation) {
  public ComponentType {
    if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("type names are kebab-case, got '" + name + "'");
    }
    if (!implementation.isRecord()) {
      throw new IllegalArgumentException(name + ": " + implementation + " must be a record");
    }
    if (!kind.type().isAssignableFrom(implementation)) {
      throw new IllegalArgumentException(
          name + ": " + implementation + " does not implement " + kind.type());
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException(name + ": a description is required");
    }
  }
}
