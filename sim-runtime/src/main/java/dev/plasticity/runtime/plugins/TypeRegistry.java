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
import java.util.regex.Pattern;

/**
 * Every component type of every loaded plugin, by kind and name. Type names are unique
 * across plugins: a second registration of a name stops start-up naming both plugins, as
 * does a plugin that throws while it registers.
 */
public final class TypeRegistry {
  /** A registered type and the plugin it came from. */
  public record Entry(ComponentType<?> type, Plugin plugin) {}

  /** The API's rule for type names, and start-up's for plugin names. */
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Map<String, Entry> byName = new LinkedHashMap<>();
  private final Map<Class<?>, Kind<?>> kindsByInterface = new LinkedHashMap<>();
  private final List<Plugin> plugins = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<Throwable> causes = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** A registry that knows the scenario format's own kinds, with no types yet. */
  public TypeRegistry() {
    for (Kind<?> k : dev.plasticity.api.spi.Kinds.all()) {
      kindsByInterface.put(k.type(), k);
    }
  }

  /**
   * Registers every type of {@code plugin}. What goes wrong (the plugin throws, two plugins
   * register one name) is collected, see {@link #check()}: one broken plugin must not hide
   * the problems of the others, nor one broken type the other types of its plugin, as the
   * testkit's contract reports them all.
   */
  public void load(Plugin plugin) {
    String name = null;
    String call = "name()";
    try {
      name = plugin.name();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name() returned " + (name == null ? "null" : "a blank name"));
      }
      String who = who(plugin, name);
      if (!KEBAB.matcher(name).matches()) {
        problem(who + ": plugin names are kebab-case, got '" + name + "'", null);
      }
      call = "description()";
      String description = plugin.description();
      if (description == null || description.isBlank()) {
        problem(who + ": description() returned " + (description == null ? "null" : "a blank line")
            + "; say in a line what the plugin adds (plasticity list shows it)", null);
      }
      call = "register()";
      plugins.add(plugin);
      plugin.register(new ComponentRegistry() {
        @Override
        public <T> void add(ComponentType<T> type) {
          TypeRegistry.this.add(plugin, type);
        }

        /** A type the API refuses (a name that is not kebab-case, ...) is one problem; the next types still register. */
        @Override
        public <T> void add(Kind<T> kind, String type, String description, Class<? extends T> implementation) {
          ComponentType<T> made;
          try {
            made = new ComponentType<>(kind, type, description, implementation);
          } catch (IllegalArgumentException | NullPointerException e) {
            problem(who + ": " + PluginFailure.describe("register() of type '" + type + "'", e), e);
            return;
          }
          add(made);
        }
      });
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: a plugin built against another sim-api fails only when it runs.
      problem(who(plugin, name) + ": " + PluginFailure.describe(call, e), e);
    }
  }

  /** How a problem names the plugin: by name and class, or by class when it has no name. */
  private static String who(Plugin plugin, String name) {
    return name == null
        ? "plugin " + plugin.getClass().getName()
        : "plugin '" + name + "' (" + plugin.getClass().getName() + ")";
  }

  private void add(Plugin plugin, ComponentType<?> type) {
    Entry previous = byName.get(type.name());
    if (previous != null) {
      problem("component type '" + type.name() + "' is registered by both plugin '"
          + previous.plugin().name() + "' (" + previous.plugin().getClass().getName()
          + ") and plugin '" + plugin.name() + "' (" + plugin.getClass().getName() + ")", null);
      return;
    }
    Kind<?> known = kindsByInterface.putIfAbsent(type.kind().type(), type.kind());
    if (known != null && !known.name().equals(type.kind().name())) {
      problem("plugin '" + plugin.name() + "' declares kind '" + type.kind().name()
          + "' for " + type.kind().type().getName() + ", already kind '" + known.name() + "'", null);
      return;
    }
    byName.put(type.name(), new Entry(type, plugin));
  }

  /** Adds a problem found outside the registry (discovery, the check of each type). */
  void problem(String line, Throwable cause) {
    problems.add(line);
    if (cause != null) {
      causes.add(cause);
    }
  }

  /** The problems collected so far, one line each. */
  List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** Records a warning for start-up to print once (the plugins still load). */
  void warn(String line) {
    warnings.add(line);
  }

  /** What start-up should warn about, one line each. */
  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /** Throws when a plugin failed or two plugins registered the same type name. */
  public TypeRegistry check() {
    if (!problems.isEmpty()) {
      throw new PluginException(problems, causes);
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
