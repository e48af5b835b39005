package dev.plasticity.runtime.plugins;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.ComponentType;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.api.spi.Plugin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every component type of every loaded plugin, by kind and name. Type names are unique
 * across plugins: a second registration of a name stops start-up naming both plugins.
 */
public final class TypeRegistry {
  /** A registered type and the plugin it came from. */
  public record Entry(ComponentType<?> type, Plugin plugin) {}

  private final Map<String, Entry> byName = new LinkedHashMap<>();
  private final Map<Class<?>, Kind<?>> kindsByInterface = new LinkedHashMap<>();
  private final List<Plugin> plugins = new ArrayList<>();
  private final List<String> conflicts = new ArrayList<>();

  /** A registry that knows the scenario format's own kinds, with no types yet. */
  public TypeRegistry() {
    for (Kind<?> k : dev.plasticity.api.spi.Kinds.all()) {
      kindsByInterface.put(k.type(), k);
    }
  }

  /** Registers every type of {@code plugin}; conflicts are collected, see {@link #check()}. */
  public void load(Plugin plugin) {
    plugins.add(plugin);
    plugin.register(new ComponentRegistry() {
      @Override
      public <T> void add(ComponentType<T> type) {
        Entry previous = byName.get(type.name());
        if (previous != null) {
          conflicts.add("component type '" + type.name() + "' is registered by both plugin '"
              + previous.plugin().name() + "' (" + previous.plugin().getClass().getName()
              + ") and plugin '" + plugin.name() + "' (" + plugin.getClass().getName() + ")");
          return;
        }
        Kind<?> known = kindsByInterface.putIfAbsent(type.kind().type(), type.kind());
        if (known != null && !known.name().equals(type.kind().name())) {
          conflicts.add("plugin '" + plugin.name() + "' declares kind '" + type.kind().name()
              + "' for " + type.kind().type().getName() + ", already kind '" + known.name() + "'");
          return;
        }
        byName.put(type.name(), new Entry(type, plugin));
      }
    });
  }

  /** Throws when two plugins registered the same type name. */
  public TypeRegistry check() {
    if (!conflicts.isEmpty()) {
      throw new PluginConflictException(conflicts);
    }
    return this;
  }

  /** The kind whose interface is {@code type}, if any plugin registered one. */
  public Optional<Kind<?>> kindFor(Class<?> type) {
    return Optional.ofNullable(kindsByInterface.get(type));
  }

  public Collection<Kind<?>> kinds() {
    return Collections.unmodifiableCollection(kindsByInterface.values());
  }

  /** Types of {@code kind}, in registration order. */
  public List<ComponentType<?>> types(Kind<?> kind) {
    return byName.values().stream()
        .map(Entry::type)
        .filter(t -> t.kind().name().equals(kind.name()))
        .toList();
  }

  /** The type named {@code name} of {@code kind}, if there is one. */
  public Optional<ComponentType<?>> type(Kind<?> kind, String name) {
    Entry e = byName.get(name);
    return e != null && e.type().kind().name().equals(kind.name())
        ? Optional.of(e.type())
        : Optional.empty();
  }

  public List<Entry> entries() {
    return List.copyOf(byName.values());
  }

  public List<Plugin> plugins() {
    return Collections.unmodifiableList(plugins);
  }
}
