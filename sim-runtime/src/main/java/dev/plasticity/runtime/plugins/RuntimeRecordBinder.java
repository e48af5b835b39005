package dev.plasticity.runtime.plugins;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plasticity.api.spi.RecordBinder;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.config.Problems;

/**
 * Binds a record from JSON for the testkit's {@code Fixtures}, with the binder a scenario is
 * bound with: defaults, bounds, type names of the plugins the record's class loader sees
 * (the core plugin's "xavier-uniform" among them). A plugin that cannot be loaded is left
 * out rather than failing every fixture; the contract reports it.
 */
public final class RuntimeRecordBinder implements RecordBinder {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @Override
  public <R extends Record> R bind(Class<R> record, String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("$: must be a JSON object of the record's fields, got "
          + (node == null || node.isMissingNode() ? "nothing" : Binder.describe(node)));
    }
    TypeRegistry types = PluginLoader.loadAndCheck(PluginLoader.visible(record.getClassLoader()), new TypeRegistry());
    Problems problems = new Problems();
    R bound = new Binder(types).bind(node, record, "$", problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems.lines()));
    }
    return bound;
  }
}
