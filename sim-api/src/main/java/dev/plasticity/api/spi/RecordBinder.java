package dev.plasticity.api.spi;

/**
 * The runtime's binder, as a service: builds a component or config record from JSON the way
 * a scenario's value is built, every field the JSON leaves out taking its {@code @Default}
 * and type names resolved among the plugins the record's class loader sees. The runtime
 * provides it, so the testkit's {@code Fixtures.defaults} builds records exactly as a
 * scenario would without depending on the runtime: a plugin's tests only need the runtime
 * on their class path, as for {@link PluginChecker}.
 */
public interface RecordBinder {
  /**
   * {@code json} (an object, {@code "{}"} for every default) bound as a {@code record}.
   *
   * @throws IllegalArgumentException with one line per problem, each at its JSON path
   *     ({@code $.sigma: must be >= 0, got -1}), when the JSON does not bind
   */
  <R extends Record> R bind(Class<R> record, String json);
}
