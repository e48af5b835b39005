package dev.plasticity.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.StandardMetrics;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract fails the mistakes a plugin author makes, each with a line saying the fix. */
class PluginContractTest {
  /**
   * Feedback alignment whose B, kept outside the parameters (lost by a checkpoint), is
   * re-drawn whole every {@code every} ticks: the mistake of the auditor's plugin.
   */
  public record UnkeptRedraw(int every) implements CreditRule {
    @Override
    public void install(SimContext ctx) {
      Network net = ctx.network();
      Rng rng = ctx.rng("unkept");
      Map<Projection, Matrix> feedback = new IdentityHashMap<>();
      for (Projection p : net.projections()) {
        if (p.source() != net.input()) {
          Matrix b = new Matrix(p.weights().value().rows(), p.weights().value().cols());
          new Initializers.XavierUniform(1).init(b, rng);
          feedback.put(p, b);
        }
      }
      BackwardSweep sweep = new BackwardSweep(net);
      ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "unkept", tick -> {
        if (tick > 0 && tick % every == 0) {
          for (Projection p : net.projections()) { // in network order: the same draws every run
            if (feedback.containsKey(p)) {
              new Initializers.XavierUniform(1).init(feedback.get(p), rng);
            }
          }
        }
        sweep.run(feedback::get);
      });
    }
  }

  /** Feedback alignment done right: B is a registered, frozen parameter {@code <proj>.B}. */
  public record KeptFeedback() implements CreditRule {
    @Override
    public void install(SimContext ctx) {
      Network net = ctx.network();
      Rng rng = ctx.rng("kept");
      Map<Projection, Matrix> feedback = new IdentityHashMap<>();
      for (Projection p : net.projections()) {
        if (p.source() != net.input()) {
          Matrix w = p.weights().value();
          Parameter b = ctx.parameters().add(new Parameter(p.id() + ".B", w.rows(), w.cols(), false));
          new Initializers.XavierUniform(1).init(b.value(), rng);
          feedback.put(p, b.value());
        }
      }
      BackwardSweep sweep = new BackwardSweep(net);
      ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "kept", tick -> sweep.run(feedback::get));
    }
  }

  /** ∠(W, B) of each projection whose credit rule keeps a B; refuses a network with none. */
  public record ReadsB() implements Metric {
    @Override
    public void install(SimContext ctx) {
      List<Projection> with = ctx.network().projections().stream()
          .filter(p -> ctx.parameters().contains(p.id() + ".B")).toList();
      if (with.isEmpty()) {
        throw new ConfigException("", "no projection has a feedback matrix B");
      }
      Timeline tl = ctx.timeline();
      ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "reads-b", t -> {
        for (Projection p : with) {
          ctx.recorder().record("angle/" + p.id(),
              Ops.angleDegrees(p.weights().value(), ctx.parameters().get(p.id() + ".B").value()));
        }
      });
    }
  }

  /** Records NaN where there is nothing to measure: the stand-in value the contract refuses. */
  public record StandIn() implements Metric {
    @Override
    public void install(SimContext ctx) {
      Timeline tl = ctx.timeline();
      ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "stand-in",
          t -> ctx.recorder().record("angle", Double.NaN));
    }
  }

  /** The norm of the input layer's W; refuses an input narrower than 8, as a scenario's install may. */
  public record WideInput() implements Metric {
    @Override
    public void install(SimContext ctx) {
      if (ctx.network().input().size() < 8) {
        throw new ConfigException("", "the input has " + ctx.network().input().size() + " units, fewer than 8");
      }
      Timeline tl = ctx.timeline();
      ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "wide",
          t -> ctx.recorder().record("wide", Ops.norm(ctx.network().projections().get(0).weights().value())));
    }
  }

  /** Records nothing at all. */
  public record Silent() implements Metric {
    @Override
    public void install(SimContext ctx) {}
  }

  /** A rule built in Java with a null where a scenario takes the @Default. */
  public record WithInit(@Default("\"xavier-uniform\"") Initializer init, @Optional Initializer other)
      implements CreditRule {
    @Override
    public void install(SimContext ctx) {
      init.init(ctx.network().projections().get(0).weights().value(), ctx.rng("with-init"));
    }
  }

  public enum Speed { FAST, SLOW }

  /** A metric whose record the runtime would refuse at start-up. */
  public record BadFields(
      @Default("xavier-uniform") Initializer init,
      @Default("2") @Max(1) double mix,
      @Default("\"quick\"") Speed speed,
      @Default("[1, 2.5]") List<Integer> sizes,
      @Default("\"xavier-uniform\"") Initializer fine) implements Metric {
    @Override
    public void install(SimContext ctx) {}
  }

  public record FloatArray(float[] extra) implements Metric {
    @Override
    public void install(SimContext ctx) {}
  }

  /**
   * A plugin of a credit rule and a metric, either may be null; its class lives in
   * test-classes, which has no services file, and ServiceLoader could not make it.
   */
  public static class OneType implements Plugin {
    private final Class<? extends CreditRule> credit;
    private final Class<? extends Metric> metric;

    OneType(Class<? extends CreditRule> credit, Class<? extends Metric> metric) {
      this.credit = credit;
      this.metric = metric;
    }

    @Override
    public String name() {
      return "one";
    }

    @Override
    public String description() {
      return "a test fixture";
    }

    @Override
    public void register(ComponentRegistry r) {
      if (credit != null) {
        r.add(Kinds.CREDIT, "unkept-redraw", "test", credit);
      }
      if (metric != null) {
        r.add(Kinds.METRIC, "bad-fields", "test", metric);
      }
    }
  }

  /** The contract over a plugin and examples chosen by each test. */
  private static final class Contract extends PluginContract {
    private final Plugin plugin;
    private final List<Object> examples;

    Contract(Plugin plugin, Object... examples) {
      this.plugin = plugin;
      this.examples = List.of(examples);
    }

    @Override
    protected Plugin plugin() {
      return plugin;
    }

    @Override
    protected List<Object> examples() {
      return examples;
    }
  }

  private static String failure(Runnable contractTest) {
    return assertThrows(AssertionFailedError.class, contractTest::run).getMessage();
  }

  @Test
  void aMetricThatNeedsACreditRuleFailsAloneSayingHowToGiveIt() {
    String message = failure(() -> new Contract(new OneType(KeptFeedback.class, ReadsB.class), new ReadsB())
        .metricsRecordAtEveryEvaluation());
    assertEquals("ReadsB[]: install refused the tiny network (no projection has a feedback matrix B); if it needs "
        + "a component or a network to run with, give it: Example.of(metric).with(rule), or .on(b -> b.layers(...))",
        message);
  }

  @Test
  void aMetricRunWithTheRuleItNeedsPassesWithoutAStandInValue() {
    Contract c = new Contract(new OneType(KeptFeedback.class, ReadsB.class), new KeptFeedback(),
        Example.of(new ReadsB()).with(new KeptFeedback()));
    c.examplesAreBuiltAsAScenarioWouldBuildThem();
    c.metricsRecordAtEveryEvaluation();
    c.creditRulesLowerTheLossOfATinyNetwork();
    c.creditRulesResumeExactlyFromTheMiddleOfAnEpoch();
  }

  @Test
  void anExampleRunsOnTheFixtureNetworkItGives() {
    String alone = failure(() -> new Contract(new OneType(null, WideInput.class), new WideInput())
        .metricsRecordAtEveryEvaluation());
    assertTrue(alone.startsWith("WideInput[]: install refused the tiny network (the input has 4 units, fewer than 8)"),
        alone);
    new Contract(new OneType(null, WideInput.class), Example.of(new WideInput()).on(b -> b.layers(8, 16, 3)))
        .metricsRecordAtEveryEvaluation();
  }

  @Test
  void aMetricThatRecordsOnlyNaNFails() {
    String message = failure(() -> new Contract(new OneType(null, StandIn.class), new StandIn())
        .metricsRecordAtEveryEvaluation());
    assertTrue(message.startsWith("StandIn[] recorded only NaN or infinities in two epochs: a stand-in"), message);
  }

  @Test
  void whatItsNeedsRecordIsNotCountedAsTheMetrics() {
    String message = failure(() -> new Contract(new OneType(null, Silent.class),
        Example.of(new Silent()).with(new StandardMetrics.TrainLoss())).metricsRecordAtEveryEvaluation());
    assertEquals("Silent[] with [TrainLoss[]] recorded nothing at evaluation 1 of 2 ==> expected: <true> but was: "
        + "<false>", message);
  }

  @Test
  void aNullWhereAScenarioTakesTheDefaultIsNamedWithTheFix() {
    String fix = "field 'init' is null, which only an @Optional field may be; a record built with 'new' does "
        + "not take its @Default(\"\\\"xavier-uniform\\\"\"): build it with Fixtures.defaults(WithInit.class), or "
        + "Fixtures.fromJson(WithInit.class, json) to give some fields";
    String message = failure(() -> new Contract(new OneType(WithInit.class, null), new WithInit(null, null))
        .examplesAreBuiltAsAScenarioWouldBuildThem());
    assertEquals("WithInit[init=null, other=null]: " + fix, message);
    // The mocked runtime says the same where the component would throw a bare NullPointerException.
    AssertionError e = assertThrows(AssertionError.class,
        () -> MockRuntime.builder().build().install(new WithInit(null, null)));
    assertEquals("WithInit[init=null, other=null]: " + fix, e.getMessage());
    assertTrue(e.getCause() instanceof NullPointerException, String.valueOf(e.getCause()));
  }

  @Test
  void needsAreRefusedWhereTheContractRunsNoRuntime() {
    String message = failure(() -> new Contract(new OneType(null, null),
        Example.of(new Initializers.Zeros()).with(new KeptFeedback())).examplesAreBuiltAsAScenarioWouldBuildThem());
    assertTrue(message.startsWith("Zeros[] with [KeptFeedback[]]: only a component that runs on a runtime"), message);
  }

  @Test
  void stateLostAtAStopRightBeforeAFullRedrawShowsOnlyAtALaterStop() {
    UnkeptRedraw rule = new UnkeptRedraw(7);
    Supplier<MockRuntime> fresh = () -> MockRuntime.builder().layers(4, 16, 16, 3).seed(7).build()
        .install(new StandardMetrics.TrainLoss()).install(rule);
    assertEquals(4, fresh.get().timeline().ticksPerEpoch(), "the stops below assume 4 ticks an epoch");
    Resumption.assertExact(fresh, 7, 12, rule); // the one stop the contract used to try
    String message = failure(() -> new Contract(new OneType(UnkeptRedraw.class, null), rule)
        .creditRulesResumeExactlyFromTheMiddleOfAnEpoch());
    assertTrue(message.startsWith("UnkeptRedraw[every=7]: l0->l1.W differs after a stop at tick 10 and resume; "
        + "state kept between ticks must be a registered Parameter, a ctx.rng stream or ctx.keepState"), message);
  }

  @Test
  void defaultsThatAreNotJsonOfTheirFieldsShapeFailAsAtStartUp() {
    String message = failure(() -> new Contract(new OneType(null, BadFields.class))
        .theRuntimeAcceptsEveryRegisteredType());
    List<String> lines = message.lines().toList();
    assertEquals(4, lines.size(), message);
    String at = "plugin 'one' (class path): type 'bad-fields' (" + BadFields.class.getName() + "): ";
    assertTrue(lines.stream().allMatch(l -> l.startsWith(at)), message);
    assertTrue(lines.get(0).contains("field 'init': @Default(\"xavier-uniform\") is not JSON")
        && lines.get(0).endsWith("@Default(\"\\\"xavier-uniform\\\"\")"), lines.get(0));
    assertTrue(lines.get(1).contains("field 'mix'") && lines.get(1).contains("1"), lines.get(1));
    assertTrue(lines.get(2).contains("field 'speed'") && lines.get(2).contains("quick"), lines.get(2));
    assertTrue(lines.get(3).contains("field 'sizes'") && lines.get(3).contains("2.5"), lines.get(3));
  }

  @Test
  void aFieldTypeTheBinderCannotFillFails() {
    String message = failure(() -> new Contract(new OneType(null, FloatArray.class))
        .theRuntimeAcceptsEveryRegisteredType());
    assertTrue(message.endsWith("field 'extra' has type float[], which a scenario cannot give; use List<Float>"),
        message);
  }

  @Test
  void aPluginClassWithoutItsServicesFileFails() {
    // Test classes have no META-INF/services: the contract reads the directory the class came from.
    String message = failure(() -> new Contract(new OneType(null, null)).moduleInfoAndServicesFileDeclareThePlugin());
    assertTrue(message.contains("no META-INF/services/dev.plasticity.api.spi.Plugin naming " + OneType.class.getName()
        + " in "), message);
    assertTrue(message.contains("must be a public class with a public no-argument constructor"), message);
  }
}
