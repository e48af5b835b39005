package dev.plasticity.api.spi;

/** What a plugin adds its component types to. */
public interface ComponentRegistry {
  <T> void add(ComponentType<T> type);

  /** Shorthand for {@code add(new ComponentType<>(kind, name, description, impl))}. */
  default <T> void add(
      Kind<T> kind, String name, String description, Class<? extends T> implementation) {
    add(new ComponentType<>(kind, name, description, implementation));
  }
}
