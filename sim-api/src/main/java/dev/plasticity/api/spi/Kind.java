package dev.plasticity.api.spi;

/**
 * A category of components that a scenario names by type: {@code activation},
 * {@code credit}, {@code metric}, ... A config field whose Java type is a kind's interface
 * takes, in JSON, either a type name or an object with a {@code type} and the fields of
 * that type's record. Plugins may declare kinds of their own.
 */
public record Kind<T>(String name, Class<T> type, String description) {
  public Kind {
    if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("kind names are kebab-case, got '" + name + "'");
    }
    if (!type.isInterface()) {
      throw new IllegalArgumentException("kind " + name + " must name an interface, got " + type);
    }
  }
}
