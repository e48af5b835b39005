package dev.plasticity.api.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every parameter of a simulation by name, in the order they were added. */
public final class Parameters {
  private final Map<String, Parameter> byName = new LinkedHashMap<>();
  private final List<Parameter> ordered = new ArrayList<>();

  public Parameter add(Parameter p) {
    if (byName.putIfAbsent(p.name(), p) != null) {
      throw new IllegalArgumentException("a parameter named '" + p.name() + "' exists already");
    }
    ordered.add(p);
    return p;
  }

  public Parameter get(String name) {
    Parameter p = byName.get(name);
    if (p == null) {
      throw new IllegalArgumentException(
          "no parameter '" + name + "'; known: " + String.join(", ", byName.keySet()));
    }
    return p;
  }

  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  public List<Parameter> all() {
    return Collections.unmodifiableList(ordered);
  }
}
