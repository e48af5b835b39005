package dev.plasticity.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.StandardMetrics;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Activation;
import dev.plasticity.api.sim.Installable;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.ComponentType;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.api.spi.PluginChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every plugin and each of its component types must pass. Subclass it in
 * the plugin's tests, return the plugin and an example instance of every type it
 * registers, and each kind is exercised the way the runtime will use it: credit rules
 * train a tiny network (and resume exactly), activations match their finite differences,
 * optimizers descend, initialisers are seeded, metrics record. Before that, what the
 * runtime checks when it loads a plugin, as far as it can be known without the runtime:
 * what module-info and META-INF/services declare, field types, defaults.
 *
 * <p>A component that needs another to run says so with an {@link Example}: a metric that
 * reads the feedback matrices B of a credit rule is {@code Example.of(metric).with(rule)},
 * measured with that rule installed, rather than recording a stand-in value where there is
 * no B. Build examples with {@link Fixtures#defaults} to take the record's defaults.
 */
public abstract class PluginContract {
  /** The plugin under test. */
  protected abstract Plugin plugin();

  /**
   * An instance of every registered component type, configured as a scenario would: the
   * component itself, or an {@link Example} of it with what it needs to run.
   */
  protected abstract List<Object> examples();

  /** Layer sizes of the tiny network credit rules and metrics are tried on. */
  protected int[] tinyNetwork() {
    return new int[] {4, 16, 16, 3};
  }

  protected final List<ComponentType<?>> registeredTypes() {
    List<ComponentType<?>> types = new ArrayList<>();
    plugin().register(new ComponentRegistry() {
      @Override
      public <T> void add(ComponentType<T> type) {
        types.add(type);
      }
    });
    return types;
  }

  @Test
  void pluginIsNamedAndDescribed() {
    assertTrue(plugin().name().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), "kebab-case plugin name");
    assertFalse(plugin().description().isBlank(), "a description");
  }

  /**
   * What the runtime checks when it loads the plugin, by the runtime itself (a
   * {@link PluginChecker} service): records in exported packages, field types the binder
   * fills, every {@code @Default} JSON that binds to its field, unique type names. The
   * runtime must be on the test class path, as it is for running a scenario in a test:
   * {@code dev.plasticity:sim-runtime} in scope {@code test}.
   */
  @Test
  void theRuntimeAcceptsEveryRegisteredType() {
    PluginChecker checker = RuntimeService.find(PluginChecker.class,
        "the contract checks a plugin with the runtime's own start-up checks");
    List<String> problems = checker.problems(plugin());
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  /**
   * The build output declares the plugin to both ways of finding it: {@code provides} in
   * module-info (the module path, bin/plasticity) and META-INF/services (the class path,
   * where tests run and module-info is ignored), and exports the records' packages.
   */
  @Test
  void moduleInfoAndServicesFileDeclareThePlugin() {
    Class<?> plugin = plugin().getClass();
    List<Class<?>> records = registeredTypes().stream().<Class<?>>map(ComponentType::implementation).toList();
    List<String> problems = PluginPackaging.problems(PluginPackaging.read(plugin), plugin, records);
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  /** {@link #examples()}, each as an {@link Example}. */
  private List<Example> exampleList() {
    return examples().stream().map(Example::wrap).toList();
  }

  /** The examples whose component is a {@code type}. */
  private <T> List<Example> examplesOf(Class<T> type) {
    return exampleList().stream().filter(e -> type.isInstance(e.component())).toList();
  }

  /** A runtime on the tiny network with {@code e}'s needs installed, not {@code e} itself. */
  private MockRuntime runtime(Example e, long seed) {
    return e.runtime(MockRuntime.builder().layers(tinyNetwork()).seed(seed));
  }

  @Test
  void everyTypeHasAnExample() {
    for (ComponentType<?> t : registeredTypes()) {
      assertTrue(exampleList().stream().anyMatch(e -> e.component().getClass() == t.implementation()),
          "examples() has no instance of " + t.name() + " (" + t.implementation().getSimpleName() + ")");
    }
  }

  /**
   * Examples hold what a scenario could give: no null in a field that is not {@code @Optional}
   * (a record built with {@code new} takes no {@code @Default}), and needs only where the
   * contract runs the component on a runtime.
   */
  @Test
  void examplesAreBuiltAsAScenarioWouldBuildThem() {
    List<String> problems = new ArrayList<>();
    for (Example e : exampleList()) {
      problems.addAll(NullFields.problems(e.component()));
      e.needs().forEach(n -> problems.addAll(NullFields.problems(n)));
      if (e.hasNeeds() && !(e.component() instanceof Installable)) {
        problems.add(e + ": only a component that runs on a runtime (a credit rule, a metric) has needs; "
            + "give this one as it is, without Example.with or Example.on");
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void creditRulesLowerTheLossOfATinyNetwork() {
    for (Example e : examplesOf(CreditRule.class)) {
      if (e.component() instanceof CreditRule rule) {
        MockRuntime rt = runtime(e, 1);
        rt.install(new StandardMetrics.TrainLoss()).install(rule);
        rt.runEpochs(30);
        List<Double> loss = rt.recorded("train-loss");
        assertTrue(loss.get(loss.size() - 1) < 0.8 * loss.get(0),
            rule + ": train loss went from " + loss.get(0) + " to " + loss.get(loss.size() - 1));
        for (Parameter p : rt.parameters().all()) {
          assertTrue(Ops.allFinite(p.value()), rule + ": " + p.name() + " is not finite");
        }
      }
    }
  }

  @Test
  void creditRulesAreDeterministic() {
    for (Example e : examplesOf(CreditRule.class)) {
      if (e.component() instanceof CreditRule rule) {
        float[][] a = trainedWeights(e, rule);
        float[][] b = trainedWeights(e, rule);
        for (int i = 0; i < a.length; i++) {
          assertArrayEquals(a[i], b[i], rule + ": same seed, different weights");
        }
      }
    }
  }

  /**
   * A run stopped in the middle of an epoch and resumed from what a checkpoint keeps trains
   * to the same weights and metrics: whatever a rule keeps between ticks (a feedback matrix
   * outside the parameters, a held noise draw, a running average) must be a parameter, a
   * stream or a kept state ({@code ctx.keepState}). Stopped at several ticks, in the first
   * epoch, the middle of the second and near the end of the third: state lost at a stop
   * shows only once it has changed and while it is still used (a matrix re-drawn every 7
   * ticks hides the loss at tick 7, not at 10 or 11).
   */
  @Test
  void creditRulesResumeExactlyFromTheMiddleOfAnEpoch() {
    for (Example e : examplesOf(CreditRule.class)) {
      if (e.component() instanceof CreditRule rule) {
        java.util.function.Supplier<MockRuntime> fresh = () -> runtime(e, 7)
            .install(new StandardMetrics.TrainLoss()).install(rule);
        long epoch = fresh.get().timeline().ticksPerEpoch();
        long end = 3 * epoch;
        long[] stops = java.util.stream.LongStream.of(epoch / 2 + 1, epoch + epoch / 2 + 1, end - 2, end - 1)
            .filter(t -> t > 0 && t < end).distinct().toArray();
        Resumption.assertExact(fresh, stops, end, rule);
      }
    }
  }

  private float[][] trainedWeights(Example e, CreditRule rule) {
    MockRuntime rt = runtime(e, 7).install(rule);
    rt.runTicks(25);
    return rt.parameters().all().stream().map(p -> p.value().data().clone()).toArray(float[][]::new);
  }

  @Test
  void activationsBackpropTheirDerivative() {
    for (Example e : examplesOf(Activation.class)) {
      if (e.component() instanceof Activation f) {
        Matrix a = Fixtures.gaussian(3, 7, 1.5, 3);
        Matrix h = new Matrix(3, 7);
        f.apply(a, h);
        Matrix delta = new Matrix(3, 7).fill(1f);
        f.backprop(a, h, delta);
        Matrix up = new Matrix(3, 7);
        Matrix down = new Matrix(3, 7);
        float eps = 1e-2f;
        Matrix shifted = a.copy();
        for (int i = 0; i < a.size(); i++) {
          shifted.data()[i] = a.data()[i] + eps;
        }
        f.apply(shifted, up);
        for (int i = 0; i < a.size(); i++) {
          shifted.data()[i] = a.data()[i] - eps;
        }
        f.apply(shifted, down);
        for (int i = 0; i < a.size(); i++) {
          double numeric = (up.data()[i] - down.data()[i]) / (2.0 * eps);
          assertEquals(numeric, delta.data()[i], 2e-2 * Math.max(1, Math.abs(numeric)),
              f + ": f'(" + a.data()[i] + ")");
        }
      }
    }
  }

  @Test
  void optimizersDescendAQuadratic() {
    for (Example e : examplesOf(Optimizer.class)) {
      if (e.component() instanceof Optimizer o) {
        Parameter p = new Parameter("x", 1, 4, true);
        p.value().fill(1f);
        double start = Ops.dot(p.value(), p.value());
        for (int step = 0; step < 50; step++) {
          System.arraycopy(p.value().data(), 0, p.grad().data(), 0, 4); // ∇ of ½‖x‖²
          p.markGradient();
          o.update(p);
          assertFalse(p.hasFreshGradient(), o + " must consume the gradient");
        }
        assertTrue(Ops.dot(p.value(), p.value()) < start, o + " did not descend ½‖x‖²");
      }
    }
  }

  @Test
  void initializersDependOnTheSeedOnly() {
    for (Example e : examplesOf(Initializer.class)) {
      if (e.component() instanceof Initializer init) {
        Matrix a = new Matrix(5, 6);
        Matrix b = new Matrix(5, 6);
        init.init(a, Fixtures.rng(11));
        init.init(b, Fixtures.rng(11));
        assertArrayEquals(a.data(), b.data(), init + ": same seed, different weights");
        assertTrue(Ops.allFinite(a), init + " produced non-finite values");
      }
    }
  }

  /**
   * A metric records at each of two evaluations, and not only NaN: a value it records where
   * what it measures does not exist (no B without a credit rule that keeps one) is a stand-in,
   * not a measurement. What it needs runs with it ({@link Example#with}); values its needs
   * record themselves (a run with the needs alone) are not counted as the metric's.
   */
  @Test
  void metricsRecordAtEveryEvaluation() {
    for (Example e : examplesOf(Metric.class)) {
      Metric metric = (Metric) e.component();
      MockRuntime alone = runtime(e, 1);
      MockRuntime rt = runtime(e, 1);
      try {
        rt.install(metric);
      } catch (ConfigException ce) {
        fail(e + ": install refused the tiny network (" + ce.getMessage() + "); if it needs a component or "
            + "a network to run with, give it: Example.of(metric).with(rule), or .on(b -> b.layers(...))");
      }
      long[] counts = new long[3];
      boolean finite = false;
      for (int epoch = 1; epoch <= 2; epoch++) {
        rt.runEpochs(1);
        alone.runEpochs(1);
        counts[epoch] = 0;
        for (String name : rt.recordedNames()) {
          List<Double> values = rt.recorded(name);
          List<Double> own = values.subList(Math.min(alone.recorded(name).size(), values.size()), values.size());
          counts[epoch] += own.size();
          finite |= own.stream().anyMatch(Double::isFinite);
        }
        assertTrue(counts[epoch] > counts[epoch - 1], e + " recorded nothing at evaluation " + epoch + " of 2");
      }
      assertTrue(finite, e + " recorded only NaN or infinities in two epochs: a stand-in, not a measurement; "
          + "if it measures what another component makes (a credit rule's B), give the contract "
          + "Example.of(metric).with(thatComponent)");
    }
  }
}
