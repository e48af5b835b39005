package dev.plasticity.api.net;

import dev.plasticity.api.math.Matrix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Populations and the projections between them, in forward order: every projection's
 * source is the input population or the target of an earlier projection. A population
 * fed by several projections (a skip connection) sums them before its activation.
 */
public final class Network {
  private final Map<String, Population> populations = new LinkedHashMap<>();
  private final List<Projection> projections = new ArrayList<>();
  private final Population input;
  private Population output;
  private int batchCapacity;
  /** How each projection propagates; by its operator by default, replaceable (e.g. by a hashed sparse layer). */
  private final List<ProjectionForward> forwards = new ArrayList<>();
  /** For each projection, whether it is the first / last one into its target. */
  private boolean[] firstInto = new boolean[0];
  private boolean[] lastInto = new boolean[0];

  public Network(Population input) {
    this.input = input;
    populations.put(input.id(), input);
    output = input;
  }

  /** Adds a population; the last one added that some projection feeds is the output. */
  public Population add(Population p) {
    if (populations.putIfAbsent(p.id(), p) != null) {
      throw new IllegalArgumentException("duplicate population '" + p.id() + "'");
    }
    return p;
  }

  /** Adds the next projection in forward order. */
  public Projection connect(Projection p) {
    if (p.index() != projections.size()) {
      throw new IllegalArgumentException(p.id() + ": index " + p.index() + " out of order");
    }
    if (p.source() != input && projections.stream().noneMatch(q -> q.target() == p.source())) {
      throw new IllegalArgumentException(
          p.id() + ": source '" + p.source().id() + "' is neither the input nor fed earlier");
    }
    projections.add(p);
    forwards.add(Network::operate);
    output = p.target();
    computeFanIn();
    return p;
  }

  private void computeFanIn() {
    int n = projections.size();
    firstInto = new boolean[n];
    lastInto = new boolean[n];
    for (int i = 0; i < n; i++) {
      Population t = projections.get(i).target();
      boolean first = true;
      boolean last = true;
      for (int j = 0; j < n; j++) {
        if (projections.get(j).target() == t) {
          first &= j >= i;
          last &= j <= i;
        }
      }
      firstInto[i] = first;
      lastInto[i] = last;
    }
  }

  /** Allocates every population's state for batches of up to {@code capacity} rows. */
  public void allocate(int capacity) {
    batchCapacity = capacity;
    populations.values().forEach(p -> p.allocate(capacity));
  }

  public int batchCapacity() {
    return batchCapacity;
  }

  /** Uses the first {@code rows} rows of every population's state. */
  public void useRows(int rows) {
    populations.values().forEach(p -> p.useRows(rows));
  }

  /**
   * Propagates projection {@code i}: adds op(h_source; W) (+ b) into the target's a (or
   * whatever its {@link #replaceForward replacement} computes), and applies the target's
   * activation once its last incoming projection has run.
   */
  public void forward(int i) {
    Projection p = projections.get(i);
    forwards.get(i).forward(p, !firstInto[i]);
    if (lastInto[i]) {
      Population t = p.target();
      t.activation().apply(t.pre(), t.activity());
    }
  }

  /**
   * Replaces how projection {@code i} propagates: a component that computes only part of
   * a layer (hashing-selected neurons, say) installs its own forward here.
   */
  public void replaceForward(int i, ProjectionForward forward) {
    forwards.set(i, forward);
  }

  /**
   * The operator's propagation: a (+)= op(h_source; W) + b (for dense, h_source · Wᵀ + b,
   * a BLAS gemm).
   */
  public static void operate(Projection p, boolean accumulate) {
    Matrix a = p.target().pre();
    BoundOperator op = p.operator();
    op.forward(p.source().activity(), p.hasWeights() ? p.weights().value() : null, a, accumulate);
    if (p.hasBias()) {
      op.addBias(p.bias().value(), a);
    }
  }

  /** Runs every projection in forward order on the current input activity. */
  public void forwardAll() {
    for (int i = 0; i < projections.size(); i++) {
      forward(i);
    }
  }

  public Population input() {
    return input;
  }

  public Population output() {
    return output;
  }

  public Population population(String id) {
    Population p = populations.get(id);
    if (p == null) {
      throw new IllegalArgumentException(
          "no population '" + id + "'; known: " + String.join(", ", populations.keySet()));
    }
    return p;
  }

  public List<Population> populations() {
    return List.copyOf(populations.values());
  }

  /** Projections in forward order. */
  public List<Projection> projections() {
    return Collections.unmodifiableList(projections);
  }

  /** The projections whose target is {@code p}, in forward order. */
  public List<Projection> into(Population p) {
    return projections.stream().filter(q -> q.target() == p).toList();
  }

  /** The projections whose source is {@code p}, in forward order. */
  public List<Projection> outOf(Population p) {
    return projections.stream().filter(q -> q.source() == p).toList();
  }
}
