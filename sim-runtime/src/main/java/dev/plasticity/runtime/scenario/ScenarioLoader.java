package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.config.Suggest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file, applies the command line's settings and each variant's changes,
 * and binds every variant, reporting all problems of the file at once.
 */
public final class ScenarioLoader {
  private final Binder binder;

  public ScenarioLoader(Binder binder) {
    this.binder = binder;
  }

  /** Loads {@code file}; throws an {@link InputException} listing every problem. */
  public LoadedScenario load(Path file, RunOptions options, DataContext data) {
    JsonNode tree = Json.readFile(file);
    return load(file, tree, options, data);
  }

  public LoadedScenario load(Path file, JsonNode tree, RunOptions options, DataContext data) {
    String source = file.toString();
    if (!tree.isObject()) {
      throw new InputException(source, "$: a scenario must be a JSON object, got "
          + Binder.describe(tree));
    }
    ObjectNode base = ((ObjectNode) tree).deepCopy();
    Problems problems = new Problems();
    if (options.seed() != null) {
      base.set("seed", LongNode.valueOf(options.seed()));
    }
    JsonNode smoke = base.get("smoke");
    if (options.smoke() && smoke != null && smoke.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = smoke.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> change = it.next();
        String msg = Overrides.set(base, change.getKey(), change.getValue().deepCopy());
        if (msg != null) {
          problems.at("$.smoke." + change.getKey(), msg);
        }
      }
    }
    for (String set : options.sets()) {
      int eq = set.indexOf('=');
      if (eq <= 0) {
        problems.add("--set " + set + ": expected path=value");
        continue;
      }
      String msg = Overrides.set(base, set.substring(0, eq), Overrides.value(set.substring(eq + 1)));
      if (msg != null) {
        problems.add("--set " + set + ": " + msg);
      }
    }
    List<Variant> variants = new ArrayList<>();
    Scenario bound = binder.bind(base, Scenario.class, "$", problems);
    JsonNode variantsNode = base.get("variants");
    List<String> names = new ArrayList<>();
    if (variantsNode != null && variantsNode.isObject()) {
      variantsNode.fieldNames().forEachRemaining(names::add);
    }
    for (String wanted : options.variants()) {
      if (!names.contains(wanted) && !(names.isEmpty() && wanted.equals(Variant.DEFAULT))) {
        problems.add("--variant " + wanted + ": no such variant; "
            + Suggest.knownAndNearest(wanted, names.isEmpty() ? List.of(Variant.DEFAULT) : names));
      }
    }
    if (names.isEmpty()) {
      if (bound != null) {
        variants.add(new Variant(Variant.DEFAULT, base, bound));
      }
    } else if (bound != null) {
      for (String name : names) {
        if (!options.variants().isEmpty() && !options.variants().contains(name)) {
          continue;
        }
        ObjectNode vt = base.deepCopy();
        Problems vp = new Problems();
        for (Iterator<Map.Entry<String, JsonNode>> it = variantsNode.get(name).fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> change = it.next();
          String msg = Overrides.set(vt, change.getKey(), change.getValue().deepCopy());
          if (msg != null) {
            vp.at("$.variants." + name + "." + change.getKey(), msg);
          }
        }
        Scenario s = vp.isEmpty() ? binder.bind(vt, Scenario.class, "$", vp) : null;
        problems.addAll(vp, vp.isEmpty() ? "" : "variant '" + name + "': ");
        if (s != null) {
          variants.add(new Variant(name, vt, s));
        }
      }
    }
    if (bound != null && data != null) {
      bound.data().check(data).forEach(p -> problems.at("$.data", p));
    }
    problems.throwIfAny(source);
    return new LoadedScenario(file, base, List.copyOf(variants));
  }
}
