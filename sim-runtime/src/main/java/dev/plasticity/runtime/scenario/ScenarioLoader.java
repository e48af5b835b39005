package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
    // A top-level "$schema" tells editors where the schema is (plasticity schema); not ours to bind.
    JsonNode schemaAddress = base.remove("$schema");
    if (schemaAddress != null && !schemaAddress.isTextual()) {
      problems.at("$.$schema", "must be a string (where editors find the schema), got " + Binder.describe(schemaAddress));
    }
    if (options.seed() != null) {
      base.set("seed", LongNode.valueOf(options.seed()));
      base.remove("seeds"); // one run with that seed, as asked
    }
    if (!options.seeds().isEmpty()) {
      // In the tree, so that the run's scenario.json repeats the seeds without the option.
      ArrayNode seeds = base.putArray("seeds");
      options.seeds().forEach(seeds::add);
    }
    Changes changes = new Changes();
    List<Landed> landed = applySetsAndSmoke(base, options, changes, problems);
    // A sweep section is plasticity sweep's (module dev.plasticity.sweep): not a field of the
    // scenario itself; run runs the scenario as written, and sweep validates the section.
    JsonNode sweep = base.remove("sweep");
    if (sweep != null && !sweep.isObject()) {
      problems.at("$.sweep", "must be an object (axes, seeds, rankBy), got " + Binder.describe(sweep));
    }
    List<Variant> variants = new ArrayList<>();
    JsonNode variantsNode = base.get("variants");
    List<String> names = new ArrayList<>();
    if (variantsNode != null && variantsNode.isObject()) {
      variantsNode.fieldNames().forEachRemaining(names::add);
    }
    Problems baseProblems = new Problems();
    Scenario bound = binder.bind(base, Scenario.class, "$", baseProblems);
    ScenarioChecks checks = new ScenarioChecks(binder, data);
    checks.check(bound, base, baseProblems);
    // Read from the tree, not the bound scenario: said even when the scenario has other problems.
    JsonNode baseline = base.get("baseline");
    if (baseline != null && baseline.isTextual() && !names.contains(baseline.textValue())) {
      baseProblems.at("$.baseline", "no such variant '" + baseline.textValue() + "'; "
          + Suggest.knownAndNearest(baseline.textValue(), names));
    }
    problems.addAll(changes.explain(baseProblems), "");
    Set<String> baseLines = Set.copyOf(problems.lines());
    for (String wanted : options.variants()) {
      if (!names.contains(wanted) && !(names.isEmpty() && wanted.equals(Variant.DEFAULT))) {
        problems.add("--variant " + wanted + ": no such variant; "
            + Suggest.knownAndNearest(wanted, names.isEmpty() ? List.of(Variant.DEFAULT) : names));
      }
    }
    if (options.seed() != null && !options.seeds().isEmpty()) {
      problems.add("--seed and --seeds: give one or the other");
    }
    if (options.seeds().size() != options.seeds().stream().distinct().count()) {
      problems.add("--seeds " + options.seeds() + ": a seed is repeated");
    } else if (bound != null && bound.seeds().size() != bound.seeds().stream().distinct().count()) {
      problems.at("$.seeds", "a seed is repeated: " + bound.seeds());
    }
    // The scenario's seeds (which --seeds replaced); a base with problems has none to read.
    List<Long> seeds = bound != null ? bound.seeds() : options.seeds();
    if (names.isEmpty()) {
      if (bound != null) {
        addReplicates(variants, Variant.DEFAULT, base, bound, seeds, problems);
      }
    } else {
      // Every variant is bound even when the base scenario has problems, so that all are said
      // at once; a variant's problems that the base has too are said once, for the base.
      for (String name : names) {
        JsonNode changesOfVariant = variantsNode.get(name);
        if (!options.variants().isEmpty() && !options.variants().contains(name) || !changesOfVariant.isObject()) {
          continue; // a variant that is not an object is a problem of the base ($.variants.NAME)
        }
        Variant v = bindVariant(name, changesOfVariant, base, changes.copy(), landed, checks, vp -> vp.lines()
            .stream().filter(l -> !baseLines.contains(l)).forEach(l -> problems.add("variant '" + name + "': " + l)));
        if (v != null) {
          addReplicates(variants, name, (ObjectNode) v.tree(), v.scenario(), seeds, problems);
        }
      }
    }
    problems.throwIfAny(source);
    return new LoadedScenario(file, base, List.copyOf(variants), sweep);
  }

  /**
   * Applies the command line's --sets and, with --smoke, the smoke block to {@code base},
   * noting each change for messages; returns the --sets that landed in a variant or the
   * smoke block.
   */
  private static List<Landed> applySetsAndSmoke(ObjectNode base, RunOptions options, Changes changes,
      Problems problems) {
    List<Landed> landed = new ArrayList<>();
    List<SetOption> sets = new ArrayList<>();
    options.sets().forEach(text -> Optional.ofNullable(SetOption.parse(text, problems)).ifPresent(sets::add));
    // A --set into the smoke block changes what the block applies: before it; every other --set after.
    Predicate<SetOption> intoSmoke = set -> {
      Overrides.Target t = Overrides.target(base, set.path());
      return t != null && "smoke".equals(t.block());
    };
    sets.stream().filter(intoSmoke).forEach(set -> applySet(base, set, changes, landed, problems));
    JsonNode smoke = base.get("smoke");
    if (options.smoke() && smoke != null && smoke.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = smoke.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> change = it.next();
        String msg = Overrides.set(base, change.getKey(), change.getValue().deepCopy());
        if (msg != null) {
          problems.at(smokeKey(change.getKey()), msg);
        }
        changes.bySmoke("$." + change.getKey(), smokeKey(change.getKey()));
      }
      landed.stream().filter(l -> l.target().block().equals("smoke"))
          .forEach(l -> changes.bySet("$." + l.target().withinBlock(), l.set().text()));
    } else if (options.smoke() && !hasSmoke(base)) {
      // Refused rather than run at full size: --smoke asks for seconds, and the scenario's
      // own size may take hours, writing a run directory that looks like a smoke run.
      problems.at("$.smoke", (smoke == null ? "missing" : "empty") + ", so --smoke would run the scenario at"
          + " full size; add the changes that shrink it (e.g. \"smoke\": {\"schedule.epochs\": 1}) or run"
          + " without --smoke");
    }
    sets.stream().filter(intoSmoke.negate()).forEach(set -> applySet(base, set, changes, landed, problems));
    return landed;
  }

  /**
   * Applies a variant's changes to a copy of {@code base} and binds it: the variant, or null
   * when it has problems, which go to {@code report} explained by {@code changes} (the base's,
   * to which the variant's own are added).
   */
  private Variant bindVariant(String name, JsonNode changesOfVariant, ObjectNode base, Changes changes,
      List<Landed> landed, ScenarioChecks checks, Consumer<Problems> report) {
    ObjectNode vt = base.deepCopy();
    Problems vp = new Problems();
    for (Iterator<Map.Entry<String, JsonNode>> it = changesOfVariant.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> change = it.next();
      String msg = Overrides.set(vt, change.getKey(), change.getValue().deepCopy());
      if (msg != null) {
        vp.at("$.variants." + name + "." + change.getKey(), msg);
      }
      changes.byVariant("$." + change.getKey());
    }
    landed.stream().filter(l -> l.target().block().equals("variants." + name))
        .forEach(l -> changes.bySet("$." + l.target().withinBlock(), l.set().text()));
    Scenario s = vp.isEmpty() ? binder.bind(vt, Scenario.class, "$", vp) : null;
    checks.check(s, vt, vp);
    report.accept(changes.explain(vp));
    return s == null || !vp.isEmpty() ? null : new Variant(name, vt, s);
  }

  /** A --set into a block of dotted keys (a variant, the smoke block), and where in that block it landed. */
  private record Landed(SetOption set, Overrides.Target target) {}

  /**
   * Applies a --set to the base tree. Its value is remembered for messages: at its path, or,
   * in a block of dotted keys, as {@link Landed} for when the block is applied.
   */
  private static void applySet(ObjectNode base, SetOption set, Changes changes, List<Landed> landed,
      Problems problems) {
    Overrides.Target target = Overrides.target(base, set.path()); // before the set adds keys
    String msg = Overrides.set(base, set.path(), set.value());
    if (msg != null) {
      problems.add("--set " + set.text() + ": " + msg);
    } else if (target.block() == null) {
      changes.bySet("$." + set.path(), set.text());
    } else {
      landed.add(new Landed(set, target));
    }
  }

  /** Whether {@code tree} has smoke changes to apply: a {@code smoke} object that is not empty. */
  public static boolean hasSmoke(JsonNode tree) {
    JsonNode smoke = tree.get("smoke");
    return smoke != null && (!smoke.isObject() || smoke.size() > 0);
  }

  /** Where a smoke change is written: {@code $.smoke["data.trainLimit"]}. */
  private static String smokeKey(String key) {
    return "$.smoke[\"" + key + "\"]";
  }

  /**
   * Adds the variant as it is, or, with {@code seeds}, once per seed under
   * {@link SeededName}: the same tree with only its seed changed.
   */
  private void addReplicates(List<Variant> out, String name, ObjectNode tree, Scenario bound,
      List<Long> seeds, Problems problems) {
    if (seeds.isEmpty()) {
      out.add(new Variant(name, tree, bound));
      return;
    }
    for (long seed : seeds) {
      ObjectNode t = tree.deepCopy();
      t.set("seed", LongNode.valueOf(seed));
      Scenario s = binder.bind(t, Scenario.class, "$", problems);
      if (s != null) {
        out.add(new Variant(SeededName.of(name, seed), t, s));
      }
    }
  }
}
