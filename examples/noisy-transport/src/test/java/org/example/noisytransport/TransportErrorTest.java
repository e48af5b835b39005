package org.example.noisytransport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.alignment.FeedbackAlignment;
import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.testkit.Fixtures;
import dev.plasticity.testkit.MockRuntime;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.plugins.PluginLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metric that needs a credit rule: it reads the B the rule keeps, and refuses a run with none. */
class TransportErrorTest {
  private static final int[] LAYERS = {4, 16, 16, 3};

  @TempDir
  Path out;

  private static double expected(MockRuntime rt, String projection) {
    Matrix w = rt.parameters().get(projection + ".W").value();
    Matrix b = rt.parameters().get(projection + ".B").value().copy();
    Ops.axpy(-1f, w, b);
    return Ops.norm(b) / Ops.norm(w);
  }

  @Test
  void isAboutSigmaForAFreshDrawOnEveryProjectionWithB() {
    MockRuntime rt = MockRuntime.builder().layers(LAYERS).build()
        .install(new NoisyTransport(0.5, 1)).install(new TransportError());
    rt.runEpochs(2);
    assertFalse(rt.recordedNames().contains("transport-error/l0->l1"), "the input's projection has no B");
    for (String p : new String[] {"l1->l2", "l2->l3"}) {
      assertEquals(2, rt.recorded("transport-error/" + p).size(), p);
      assertEquals(expected(rt, p), rt.last("transport-error/" + p), 1e-6, p);
      // ‖sigma rms(W) Z‖ / ‖W‖ = sigma ‖Z‖ / sqrt(n), n = 48 or 256 entries; W moved a step since B was made.
      assertEquals(0.5, rt.last("transport-error/" + p), 0.15, p);
    }
  }

  @Test
  void readsTheBOfAnotherPluginsRuleBuiltWithItsDefaults() {
    // new FeedbackAlignment(null) has no initialiser; the defaults are the scenario's "xavier-uniform".
    FeedbackAlignment fa = Fixtures.defaults(FeedbackAlignment.class);
    MockRuntime rt = MockRuntime.builder().layers(LAYERS).build().install(fa).install(new TransportError());
    rt.runEpochs(1);
    assertEquals(expected(rt, "l2->l3"), rt.last("transport-error/l2->l3"), 1e-6);
    assertTrue(rt.last("transport-error/l2->l3") > 0.5, "a random B is far from W");
  }

  @Test
  void aRuleBuiltWithNewAndANullForItsDefaultIsNamedNotANullPointerException() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> MockRuntime.builder().layers(LAYERS).build().install(new FeedbackAlignment(null)));
    assertEquals("FeedbackAlignment[init=null]: field 'init' is null, which only an @Optional field may be; a record "
        + "built with 'new' does not take its @Default(\"\\\"xavier-uniform\\\"\"): build it with "
        + "Fixtures.defaults(FeedbackAlignment.class), or Fixtures.fromJson(FeedbackAlignment.class, json) to give "
        + "some fields", e.getMessage());
  }

  @Test
  void aNetworkWithoutBIsRefusedAtInstall() {
    MockRuntime rt = MockRuntime.builder().layers(LAYERS).build();
    ConfigException e = assertThrows(ConfigException.class, () -> rt.install(new TransportError()));
    assertEquals("no projection has a feedback matrix B (a parameter '<projection>.B'): use it with a credit rule "
        + "that keeps one, such as noisy-transport or feedback-alignment", e.getMessage());
  }

  /** In a real run the refusal is bad input at the metric's path, before any training. */
  @Test
  void theRuntimeRefusesItBesideBackpropAsBadInputAtItsPath() {
    InProcess.Result r = InProcess.run(PluginLoader.discover(), "run", "noisy-transport.json", "--smoke",
        "--variant", "bp", "--set", "metrics=[\"transport-error\"]", "--out", out.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("$.metrics[0]: no projection has a feedback matrix B"), r.err());
  }

  @Test
  void theRuntimeRecordsItBesideNoisyTransport() throws Exception {
    InProcess.Result r = InProcess.run(PluginLoader.discover(), "run", "noisy-transport.json", "--smoke",
        "--variant", "fresh-2", "--set", "metrics=[\"transport-error\"]", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    String summary = Files.readString(out.resolve("summary.json"));
    assertTrue(summary.contains("transport-error/hidden->out"), summary);
  }
}
