package dev.plasticity.runtime.engine;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.learn.StandardTraining;
import dev.plasticity.api.net.BoundOperator;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.EventQueue;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import dev.plasticity.api.sim.Timeline;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.scenario.LearningSpec;
import dev.plasticity.runtime.scenario.PopulationSpec;
import dev.plasticity.runtime.scenario.ProjectionSpec;
import dev.plasticity.runtime.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One variant of a scenario, built and ready to run: its network and parameters, its
 * components installed on an event queue, its random streams. Everything a checkpoint
 * needs is reachable from here ({@link #saveState()}, {@link #restoreState(StateMap)}).
 */
public final class Simulation {
  /** Called at the end of every epoch, after the metrics row is closed. */
  public interface EpochListener {
    void epochEnded(Simulation sim, long tick);
  }

  private final String variant;
  private final Scenario scenario;
  private final EventQueue queue = new EventQueue();
  private final Timeline timeline;
  private final RandomStreams streams;
  private final Network network;
  private final Parameters parameters = new Parameters();
  private final RunContext context;
  private final RowRecorder recorder;
  private final int batchCapacity;

  public Simulation(String variant, Scenario scenario, Data data, Consumer<MetricRow> rows,
      EpochListener epochs) {
    this.variant = variant;
    this.scenario = scenario;
    this.streams = new RandomStreams(scenario.seed());
    this.timeline = scenario.schedule().plan(data);
    this.batchCapacity = scenario.schedule().batchCapacity(data);
    this.network = buildNetwork(scenario, data);
    this.recorder = new RowRecorder(variant, rows);
    LearningSpec learning = scenario.learning();
    this.context = new RunContext(queue, timeline, streams, recorder, network, parameters, data,
        new Batch(batchCapacity), learning == null ? null : learning.loss(),
        learning == null ? null : learning.optimizer());
    scenario.schedule().install(context);
    if (learning != null) {
      StandardTraining.install(context);
      installing("$.learning.credit", learning.credit());
    }
    for (int i = 0; i < scenario.metrics().size(); i++) {
      installing("$.metrics[" + i + "]", scenario.metrics().get(i));
    }
    long first = timeline.firstEpochEnd();
    long period = timeline.ticksPerEpoch();
    queue.every(first, period, Phase.CONTROL, Integer.MAX_VALUE - 1, "close metrics row",
        t -> recorder.close(timeline.epochOf(t), t));
    queue.every(first, period, Phase.CONTROL, Integer.MAX_VALUE, "epoch end",
        t -> epochs.epochEnded(this, t));
  }

  /**
   * Installs a component; a {@link ConfigException} it throws (the scenario does not suit it,
   * found only once the network exists) is bad input at {@code path}, not a failed run.
   */
  private void installing(String path, dev.plasticity.api.sim.Installable component) {
    try {
      component.install(context);
    } catch (ConfigException e) {
      throw new InputException(e.field().isEmpty() ? path : path + "." + e.field(), e.getMessage());
    }
  }

  /** Where the curves that metrics record go (by default nowhere). */
  public void onCurve(Consumer<dev.plasticity.api.sim.Curve> sink) {
    recorder.onCurve(sink);
  }

  private Network buildNetwork(Scenario s, Data data) {
    if (s.network() == null) {
      Network bare = new Network(new Population("in", data.train().dim(),
          new dev.plasticity.api.net.Activations.Identity()));
      bare.allocate(batchCapacity);
      return bare;
    }
    List<PopulationSpec> pops = s.network().populations();
    PopulationSpec in = pops.get(0);
    if (in.size() != data.train().dim()) {
      throw new InputException(null, "$.network.populations[0].size: the input population has "
          + in.size() + " units but the data has " + data.train().dim() + " features");
    }
    Map<String, Population> byId = new HashMap<>();
    Network net = null;
    for (PopulationSpec p : pops) {
      Population pop = new Population(p.id(), p.toShape(), p.activation());
      byId.put(p.id(), pop);
      if (net == null) {
        net = new Network(pop);
      } else {
        net.add(pop);
      }
    }
    List<ProjectionSpec> projs = s.network().projections();
    for (int i = 0; i < projs.size(); i++) {
      ProjectionSpec p = projs.get(i);
      Population from = byId.get(p.from());
      Population to = byId.get(p.to());
      BoundOperator op = p.operator().bind(from.shape(), to.shape());
      Parameter w = null;
      Parameter b = null;
      if (op.hasWeights()) {
        w = parameters.add(new Parameter(p.name() + ".W", op.weightRows(), op.weightCols(), true));
        p.init().init(w.value(), op.fanIn(), op.fanOut(),
            streams.get("network.projections[" + i + "].init"));
        b = p.bias() ? parameters.add(new Parameter(p.name() + ".b", 1, op.biasSize(), true)) : null;
      }
      net.connect(new Projection(p.name(), i, from, to, w, b, op));
    }
    net.allocate(batchCapacity);
    return net;
  }

  /**
   * Runs every event due before {@code endTick}, one tick at a time, calling
   * {@code afterTick} between ticks and stopping early when {@code stop} says so.
   *
   * @return the first tick not yet run
   */
  public long run(long endTick, BooleanSupplier stop, java.util.function.LongConsumer afterTick) {
    while (queue.nextTick() < endTick) {
      long t = queue.nextTick();
      queue.runUntil(t + 1);
      afterTick.accept(t);
      if (stop.getAsBoolean()) {
        return t + 1;
      }
    }
    return endTick;
  }

  /** Runs the whole timeline without interruption. */
  public void runToEnd() {
    run(timeline.totalTicks(), () -> false, t -> {});
  }

  /** Moves to {@code tick} (after a restore) without firing what lies before it. */
  public void skipTo(long tick) {
    queue.skipTo(tick);
  }

  /** Everything that changes during a run, as named arrays. */
  public StateMap saveState() {
    StateMap out = new StateMap();
    for (Parameter p : parameters.all()) {
      String k = "param/" + p.name();
      out.putFloats(k + "/value", java.util.Arrays.copyOf(p.value().data(), p.value().size()));
      out.putLongs(k + "/updates", new long[] {p.updates()});
      // Not read back (the scenario gives the shape); kept for tools that read the
      // checkpoint without building the network, like export.
      out.putLongs(k + "/shape", new long[] {p.value().rows(), p.value().cols()});
      p.slots().forEach((slot, v) -> out.putFloats(k + "/slot/" + slot, v));
    }
    streams.save(out);
    for (Map.Entry<String, Stateful> e : context.keptStates().entrySet()) {
      StateMap part = new StateMap();
      e.getValue().saveState(part);
      part.entries().forEach((k, v) -> out.putRaw("state/" + e.getKey() + "/" + k, v));
    }
    return out;
  }

  public void restoreState(StateMap in) {
    for (Parameter p : parameters.all()) {
      String k = "param/" + p.name();
      float[] v = in.floats(k + "/value");
      if (v.length != p.value().size()) {
        throw new IllegalStateException("checkpoint " + p.name() + " has " + v.length
            + " values, the scenario " + p.value().size());
      }
      System.arraycopy(v, 0, p.value().data(), 0, v.length);
      p.setUpdates(in.longs(k + "/updates")[0]);
      String slotPrefix = k + "/slot/";
      in.entries().keySet().stream().filter(s -> s.startsWith(slotPrefix)).forEach(s -> {
        float[] saved = in.floats(s);
        System.arraycopy(saved, 0, p.slot(s.substring(slotPrefix.length())), 0, saved.length);
      });
    }
    streams.restore(in);
    for (Map.Entry<String, Stateful> e : context.keptStates().entrySet()) {
      String prefix = "state/" + e.getKey() + "/";
      StateMap part = new StateMap();
      in.entries().forEach((k, v) -> {
        if (k.startsWith(prefix)) {
          part.putRaw(k.substring(prefix.length()), v);
        }
      });
      e.getValue().restoreState(part);
    }
  }

  public String variant() {
    return variant;
  }

  public Scenario scenario() {
    return scenario;
  }

  public Timeline timeline() {
    return timeline;
  }

  public Network network() {
    return network;
  }

  public Parameters parameters() {
    return parameters;
  }

  public int batchCapacity() {
    return batchCapacity;
  }

  /** Events fired so far, for the engine benchmark. */
  public EventQueue queue() {
    return queue;
  }
}
