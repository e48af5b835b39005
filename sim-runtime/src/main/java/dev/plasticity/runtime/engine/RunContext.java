package dev.plasticity.runtime.engine;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.learn.Loss;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.sim.EventQueue;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.Scheduler;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Stateful;
import dev.plasticity.api.sim.Timeline;
import java.util.LinkedHashMap;
import java.util.Map;

/** The runtime's {@link SimContext}: plain holders of one variant's run state. */
final class RunContext implements SimContext {
  private final Scheduler scheduler;
  private final Timeline timeline;
  private final RandomStreams streams;
  private final Recorder recorder;
  private final Network network;
  private final Parameters parameters;
  private final Data data;
  private final Batch batch;
  private final Loss loss;
  private final Optimizer optimizer;
  private final Map<String, Stateful> kept = new LinkedHashMap<>();

  RunContext(EventQueue queue, Timeline timeline, RandomStreams streams, Recorder recorder,
      Network network, Parameters parameters, Data data, Batch batch, Loss loss,
      Optimizer optimizer) {
    this.scheduler = new FailureLocatingScheduler(queue);
    this.timeline = timeline;
    this.streams = streams;
    this.recorder = recorder;
    this.network = network;
    this.parameters = parameters;
    this.data = data;
    this.batch = batch;
    this.loss = loss;
    this.optimizer = optimizer;
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public Timeline timeline() {
    return timeline;
  }

  @Override
  public Rng rng(String name) {
    return streams.get(name);
  }

  @Override
  public Recorder recorder() {
    return recorder;
  }

  @Override
  public Network network() {
    return network;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public Data data() {
    return data;
  }

  @Override
  public Batch batch() {
    return batch;
  }

  @Override
  public Loss loss() {
    return loss;
  }

  @Override
  public Optimizer optimizer() {
    return optimizer;
  }

  @Override
  public void keepState(String key, Stateful state) {
    if (kept.putIfAbsent(key, state) != null) {
      throw new IllegalArgumentException("state '" + key + "' is kept already");
    }
  }

  Map<String, Stateful> keptStates() {
    return kept;
  }
}
