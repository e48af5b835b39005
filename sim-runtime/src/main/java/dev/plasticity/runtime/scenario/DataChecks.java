package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.data.DataShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What can be known of a scenario's data without loading it: whether its files are there
 * ({@code DataSource.check}) and its shape, when the source can tell it. Each distinct data
 * source is looked at once however many variants share it.
 */
final class DataChecks {
  private final DataContext ctx;
  private final Map<String, List<Problems.Problem>> files = new HashMap<>();
  private final Map<String, Optional<DataShape>> shapes = new HashMap<>();

  /** Checks against the files {@code ctx} finds; none at all when it is null. */
  DataChecks(DataContext ctx) {
    this.ctx = ctx;
  }

  /** Adds the problems of the data of {@code s}, whose tree is {@code tree}. */
  void check(ScenarioParts s, JsonNode tree, Problems problems) {
    if (s.data() == null || ctx == null) {
      return;
    }
    files.computeIfAbsent(key(tree), k -> files(s)).forEach(problems::add);
  }

  /** The data's shape, when its source can tell it without loading. */
  Optional<DataShape> shape(ScenarioParts s, JsonNode tree) {
    if (s.data() == null || ctx == null) {
      return Optional.empty();
    }
    return shapes.computeIfAbsent(key(tree), k -> NetworkFit.shapeOf(s.data(), ctx));
  }

  private static String key(JsonNode tree) {
    return tree.path("data").toString();
  }

  /** The data source's own check; a {@link ConfigException} it throws is a problem of the field it names. */
  private List<Problems.Problem> files(ScenarioParts s) {
    Problems p = new Problems();
    try {
      s.data().check(ctx).forEach(line -> p.at("$.data", line));
    } catch (ConfigException e) {
      p.at(e.field().isEmpty() ? "$.data" : "$.data." + e.field(), e.getMessage());
    }
    return p.all();
  }
}
