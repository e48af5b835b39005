package dev.plasticity.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.engine.FileDataContext;
import dev.plasticity.runtime.scenario.LoadedScenario;
import dev.plasticity.runtime.scenario.RunOptions;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import dev.plasticity.sweep.spec.Point;
import dev.plasticity.sweep.spec.PointTrees;
import dev.plasticity.sweep.spec.Setting;
import dev.plasticity.sweep.spec.SpecReader;
import dev.plasticity.sweep.spec.SweepSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sweep checked and laid out: its spec, and a task per point and seed (each point's seeds
 * together, points in the axes' order). Every problem is said before anything runs: the
 * section's own at their JSON paths, a path that does not lead through the scenario at the
 * axis that names it, and a point's scenario that the loader refuses at the point.
 */
public record SweepPlan(String name, SweepSpec spec, List<SweepTask> tasks) {
  /** Problems said for more points than this are cut short: one bad axis would repeat on every point. */
  private static final int MAX_LINES = 20;

  public static SweepPlan of(LoadedScenario sc, ScenarioLoader loader) {
    Path file = sc.file();
    String source = file.toString();
    if (sc.sweep() == null) {
      throw new InputException(source, "$.sweep: missing: the axes, seeds and metric of the sweep (docs/sweeps.md);"
          + " plasticity run runs a scenario without one");
    }
    Problems problems = new Problems();
    ObjectNode base = ((ObjectNode) sc.tree()).deepCopy();
    if (base.has("variants")) {
      problems.at("$.variants", "a sweep runs its points instead of variants: make them values of an axis"
          + " (e.g. {\"path\": \"learning.credit\", \"values\": [...], \"labels\": [...]})");
    }
    base.remove("smoke"); // applied already (with --smoke); a task's own scenario.json has none to apply again
    SweepSpec spec = SpecReader.read(sc.sweep(), sc.base().seed(), sc.base().rankBy(), problems);
    problems.throwIfAny(source);
    List<Point> points = spec.points();
    Set<String> lines = new LinkedHashSet<>();
    List<SweepTask> tasks = new ArrayList<>();
    FileDataContext data = new FileDataContext(file);
    for (Point p : points) {
      Problems pathProblems = new Problems();
      ObjectNode first = PointTrees.of(base, p, spec.seeds().get(0), pathProblems);
      if (first == null) {
        lines.addAll(pathProblems.lines()); // the axis's problem, the same for every point it reaches
        continue;
      }
      try {
        loader.load(file, first, RunOptions.NONE, data);
      } catch (InputException e) {
        e.lines().stream().map(l -> l.startsWith(source + ": ") ? l.substring(source.length() + 2) : l)
            .forEach(l -> lines.add("sweep point " + p.index() + " (" + describe(p) + "): " + l));
        continue;
      }
      for (long seed : spec.seeds()) {
        ObjectNode tree = PointTrees.of(base, p, seed, new Problems());
        tasks.add(new SweepTask(SweepTask.id(p.index(), points.size(), seed), p, seed, tree));
      }
    }
    if (!lines.isEmpty()) {
      List<String> said = new ArrayList<>(lines);
      if (said.size() > MAX_LINES) {
        int more = said.size() - MAX_LINES;
        said = new ArrayList<>(said.subList(0, MAX_LINES));
        said.add("... and " + more + " more problems of the same kind");
      }
      throw new InputException(source, said);
    }
    return new SweepPlan(sc.base().name(), spec, List.copyOf(tasks));
  }

  /** A point as its columns' labels: {@code credit=kunin, first=decay, firstWeight=0.1}. */
  public static String describe(Point p) {
    return p.settings().stream().map(s -> s.column() + "=" + s.label()).collect(Collectors.joining(", "));
  }

  /** The points, in order (each task names its own). */
  public List<Point> points() {
    List<Point> out = new ArrayList<>();
    tasks.forEach(t -> {
      if (out.isEmpty() || out.get(out.size() - 1).index() != t.point().index()) {
        out.add(t.point());
      }
    });
    return out;
  }

  /** The label of {@code column} at {@code p}; null when the point does not set it (a part of a union). */
  public static Setting setting(Point p, String column) {
    Setting found = null;
    for (Setting s : p.settings()) {
      if (s.column().equals(column)) {
        found = s; // the last one: a later setting of a column wins, as it does in the tree
      }
    }
    return found;
  }
}
