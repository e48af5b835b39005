package dev.plasticity.testkit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Loss;
import dev.plasticity.api.learn.Minibatch;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.learn.Sgd;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.learn.StandardTraining;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Activation;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.EventQueue;
import dev.plasticity.api.sim.Installable;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Stateful;
import dev.plasticity.api.sim.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A runtime for unit tests: {@link #context()} is a Mockito mock of {@link SimContext}
 * whose scheduler is a Mockito spy of the real {@link EventQueue}, so a test can both run
 * ticks and {@code verify} what a component scheduled. Random streams are seeded, the
 * recorder keeps every value, and the network is a plain multilayer perceptron.
 *
 * <pre>{@code
 * MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).data(Fixtures.blobs(...)).build();
 * rt.install(new Backprop());
 * rt.runTicks(100);
 * assertTrue(rt.last("train-loss") < 0.5);
 * }</pre>
 */
public final class MockRuntime {
  private final EventQueue scheduler;
  private final SimContext context;
  private final Network network;
  private final Parameters parameters;
  private final Map<String, List<Double>> recorded = new LinkedHashMap<>();
  private final Map<String, Stateful> kept = new LinkedHashMap<>();
  private final Map<String, Rng> streams = new HashMap<>();
  private final List<Installable> installed = new ArrayList<>();
  private final Timeline timeline;

  private MockRuntime(Builder b) {
    this.scheduler = spy(new EventQueue());
    this.parameters = new Parameters();
    Schedule schedule = new Minibatch(b.epochs, b.batchSize, b.shuffle);
    this.network = b.network != null
        ? b.network.apply(parameters, new Rng(b.seed))
        : mlp(b.layers, b.hidden, b.output, parameters, new Rng(b.seed));
    Data data = b.data != null ? b.data
        : Fixtures.blobs(network.input().size(), network.output().size(), 64, 32, b.seed);
    this.timeline = schedule.plan(data);
    network.allocate(schedule.batchCapacity(data));
    Batch batch = new Batch(network.batchCapacity());
    Recorder recorder = (name, value) -> recorded.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    SimContext ctx = mock(SimContext.class);
    when(ctx.scheduler()).thenReturn(scheduler);
    when(ctx.tick()).thenAnswer(inv -> scheduler.now());
    when(ctx.timeline()).thenReturn(timeline);
    when(ctx.rng(anyString())).thenAnswer(
        inv -> streams.computeIfAbsent(inv.getArgument(0), n -> new Rng(b.seed * 31 + n.hashCode())));
    when(ctx.recorder()).thenReturn(recorder);
    when(ctx.network()).thenReturn(network);
    when(ctx.parameters()).thenReturn(parameters);
    when(ctx.data()).thenReturn(data);
    when(ctx.batch()).thenReturn(batch);
    when(ctx.loss()).thenReturn(b.loss);
    when(ctx.optimizer()).thenReturn(b.optimizer);
    doAnswer(inv -> kept.put(inv.getArgument(0), inv.getArgument(1)))
        .when(ctx).keepState(anyString(), any(Stateful.class));
    this.context = ctx;
    if (b.present) {
      schedule.install(ctx);
    }
    if (b.train) {
      StandardTraining.install(ctx);
    }
  }

  /** An MLP with xavier-uniform weights and zero biases, named like the runtime names them. */
  public static Network mlp(int[] layers, Activation hidden, Activation output, Parameters params, Rng rng) {
    Population in = new Population("l0", layers[0], new Activations.Identity());
    Network net = new Network(in);
    Population prev = in;
    for (int i = 1; i < layers.length; i++) {
      Population p = net.add(new Population("l" + i, layers[i], i == layers.length - 1 ? output : hidden));
      String id = prev.id() + "->" + p.id();
      Parameter w = params.add(new Parameter(id + ".W", p.size(), prev.size(), true));
      new Initializers.XavierUniform(1).init(w.value(), rng);
      Parameter bias = params.add(new Parameter(id + ".b", 1, p.size(), true));
      net.connect(new Projection(id, i - 1, prev, p, w, bias));
      prev = p;
    }
    return net;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Installs a component (credit rule, metric, ...) on this runtime. */
  public MockRuntime install(Installable component) {
    installed.add(component);
    try {
      component.install(context);
    } catch (NullPointerException e) {
      throw plainly(e);
    }
    return this;
  }

  /** Runs the next {@code n} ticks (idle ticks count). */
  public MockRuntime runTicks(long n) {
    try {
      scheduler.runUntil(scheduler.now() + n);
    } catch (NullPointerException e) {
      throw plainly(e);
    }
    return this;
  }

  /**
   * A NullPointerException from a component built in Java with a null where a scenario always
   * gives a value ({@code new FeedbackAlignment(null)}: no default taken): which field, and
   * how to take the defaults; any other is thrown as it is.
   */
  private AssertionError plainly(NullPointerException e) {
    List<String> problems = installed.stream().flatMap(c -> NullFields.problems(c).stream()).toList();
    if (problems.isEmpty()) {
      throw e;
    }
    return new AssertionError(String.join("\n", problems), e);
  }

  /** Runs whole epochs. */
  public MockRuntime runEpochs(int n) {
    return runTicks(n * timeline.ticksPerEpoch());
  }

  public SimContext context() {
    return context;
  }

  /** The scheduler, a Mockito spy: {@code verify(rt.scheduler()).every(...)}. */
  public EventQueue scheduler() {
    return scheduler;
  }

  public Network network() {
    return network;
  }

  public Parameters parameters() {
    return parameters;
  }

  public Timeline timeline() {
    return timeline;
  }

  /** Every value recorded under {@code metric}, in order. */
  public List<Double> recorded(String metric) {
    return recorded.getOrDefault(metric, List.of());
  }

  /** The names of everything recorded so far. */
  public java.util.Set<String> recordedNames() {
    return recorded.keySet();
  }

  /** The last value recorded under {@code metric}; fails when there is none. */
  public double last(String metric) {
    List<Double> v = recorded(metric);
    if (v.isEmpty()) {
      throw new AssertionError("nothing recorded under '" + metric + "'; recorded: " + recorded.keySet());
    }
    return v.get(v.size() - 1);
  }

  /** The states components asked to keep, by key. */
  public Map<String, Stateful> keptStates() {
    return kept;
  }

  /**
   * What the runtime's checkpoint keeps, as it keeps it: every parameter's values, update
   * count and optimizer slots, every random stream handed out so far, and every state a
   * component asked to keep, each array copied (as writing it to a file would).
   */
  public StateMap saveState() {
    StateMap out = new StateMap();
    for (Parameter p : parameters.all()) {
      String k = "param/" + p.name();
      out.putFloats(k + "/value", p.value().data().clone());
      out.putLongs(k + "/updates", new long[] {p.updates()});
      p.slots().forEach((slot, v) -> out.putFloats(k + "/slot/" + slot, v.clone()));
    }
    streams.forEach((name, rng) -> out.putLongs("rng/" + name, rng.state().clone()));
    kept.forEach((key, state) -> {
      StateMap part = new StateMap();
      state.saveState(part);
      part.entries().forEach((k, v) -> out.putRaw("state/" + key + "/" + k, copy(v)));
    });
    return out;
  }

  /**
   * Restores {@link #saveState}'s arrays into this runtime, whose components must be
   * installed already (they hold the parameters, streams and kept states restored into);
   * then {@code scheduler().skipTo(tick)} moves it to where the saved one stopped.
   */
  public void restoreState(StateMap in) {
    for (Parameter p : parameters.all()) {
      String k = "param/" + p.name();
      System.arraycopy(in.floats(k + "/value"), 0, p.value().data(), 0, p.value().size());
      p.setUpdates(in.longs(k + "/updates")[0]);
      String slots = k + "/slot/";
      in.entries().forEach((key, v) -> { // an optimizer makes its slots at its first step
        if (key.startsWith(slots)) {
          float[] saved = (float[]) v;
          System.arraycopy(saved, 0, p.slot(key.substring(slots.length())), 0, saved.length);
        }
      });
    }
    in.entries().forEach((key, v) -> {
      if (key.startsWith("rng/")) {
        context.rng(key.substring(4)).restore((long[]) v);
      }
    });
    kept.forEach((key, state) -> {
      StateMap part = new StateMap();
      String prefix = "state/" + key + "/";
      in.entries().forEach((k, v) -> {
        if (k.startsWith(prefix)) {
          part.putRaw(k.substring(prefix.length()), copy(v));
        }
      });
      state.restoreState(part);
    });
  }

  private static Object copy(Object array) {
    if (array instanceof float[] f) {
      return f.clone();
    }
    if (array instanceof double[] d) {
      return d.clone();
    }
    if (array instanceof long[] l) {
      return l.clone();
    }
    return ((int[]) array).clone();
  }

  /** Builds a {@link MockRuntime}. */
  public static final class Builder {
    private long seed = 1;
    private int[] layers = {4, 16, 3};
    private Activation hidden = new Activations.Tanh();
    private Activation output = new Activations.Identity();
    private Data data;
    private int batchSize = 16;
    private int epochs = 1000;
    private boolean shuffle = true;
    private Loss loss = new SoftmaxCrossEntropy();
    private Optimizer optimizer = new Sgd(0.1, 0.9, 0);
    private boolean present = true;
    private boolean train = true;
    private BiFunction<Parameters, Rng, Network> network;

    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    /** Sizes of the populations, input first. */
    public Builder layers(int... sizes) {
      this.layers = sizes.clone();
      return this;
    }

    public Builder hidden(Activation a) {
      this.hidden = a;
      return this;
    }

    public Builder output(Activation a) {
      this.output = a;
      return this;
    }

    public Builder data(Data d) {
      this.data = d;
      return this;
    }

    public Builder batchSize(int n) {
      this.batchSize = n;
      return this;
    }

    public Builder epochs(int n) {
      this.epochs = n;
      return this;
    }

    public Builder shuffle(boolean s) {
      this.shuffle = s;
      return this;
    }

    public Builder loss(Loss l) {
      this.loss = l;
      return this;
    }

    public Builder optimizer(Optimizer o) {
      this.optimizer = o;
      return this;
    }

    /**
     * A network of your own (a convolutional one, say) in place of the MLP of
     * {@link #layers}: built from the parameters it must register and a seeded RNG. The
     * default data then has its input and output sizes.
     */
    public Builder network(BiFunction<Parameters, Rng, Network> factory) {
      this.network = factory;
      return this;
    }

    /** Whether the minibatch INPUT events are installed (default yes). */
    public Builder present(boolean p) {
      this.present = p;
      return this;
    }

    /** Whether forward, loss and optimizer events are installed (default yes). */
    public Builder train(boolean t) {
      this.train = t;
      return this;
    }

    public MockRuntime build() {
      return new MockRuntime(this);
    }
  }

  /** The credit rule's installed FEEDBACK, convenient for one-line tests. */
  public static MockRuntime training(CreditRule rule, int... layers) {
    return builder().layers(layers).build().install(rule);
  }
}
