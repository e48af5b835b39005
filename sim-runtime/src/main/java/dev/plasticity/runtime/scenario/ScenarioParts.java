package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.config.Problems;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a scenario that the checks of how they fit together look at (its data,
 * network, learning section, schedule and metrics), taken from the bound scenario or, when
 * the file has problems elsewhere, each bound on its own: so validate says that the network
 * does not fit the data beside a typo in the schedule, not only once the file is otherwise
 * clean. A part that is written but does not bind is {@code broken}; a check that needs it
 * is skipped, since the binder has said what is wrong with it.
 */
record ScenarioParts(DataSource data, NetworkSpec network, LearningSpec learning, Schedule schedule,
    List<Metric> metrics, Set<String> broken) {

  static ScenarioParts of(Scenario s) {
    return new ScenarioParts(s.data(), s.network(), s.learning(), s.schedule(), s.metrics(), Set.of());
  }

  /** Binds each part of {@code tree} on its own; what the binder says of them is dropped (it is said for the whole). */
  static ScenarioParts bind(Binder binder, JsonNode tree) {
    Set<String> broken = new HashSet<>();
    Object[] parts = new Object[5];
    String[] names = {"data", "network", "learning", "schedule", "metrics"};
    for (int i = 0; i < names.length; i++) {
      JsonNode node = tree.get(names[i]);
      if (node == null) {
        // Absent: network and learning are optional, metrics default to none; data and a
        // schedule are required, and their absence is a problem of its own.
        if (names[i].equals("data") || names[i].equals("schedule")) {
          broken.add(names[i]);
        }
        continue;
      }
      Problems ignored = new Problems();
      parts[i] = binder.bindField(node, component(names[i]), "$." + names[i], ignored);
      if (!ignored.isEmpty() || parts[i] == null) {
        broken.add(names[i]);
        parts[i] = null;
      }
    }
    @SuppressWarnings("unchecked")
    List<Metric> metrics = parts[4] == null ? List.of() : (List<Metric>) parts[4];
    return new ScenarioParts((DataSource) parts[0], (NetworkSpec) parts[1], (LearningSpec) parts[2],
        (Schedule) parts[3], metrics, Set.copyOf(broken));
  }

  /** Whether none of {@code names} is broken: the parts a check needs are known, present or absent. */
  boolean known(String... names) {
    for (String n : names) {
      if (broken.contains(n)) {
        return false;
      }
    }
    return true;
  }

  private static RecordComponent component(String name) {
    for (RecordComponent c : Scenario.class.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Scenario has no component " + name);
  }
}
