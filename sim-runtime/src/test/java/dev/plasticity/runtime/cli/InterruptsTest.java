package dev.plasticity.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.engine.Runner;
import dev.plasticity.runtime.engine.TinyRun;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A stopping signal is acknowledged with one line, naming it, before the tick in progress ends. */
class InterruptsTest {
  @Test
  void ctrlCIsAcknowledgedAtOnceAndSaysWhatASecondCtrlCDoes() {
    assertEquals("Ctrl-C received: stopping after the current tick and checkpointing (at most 60 s); Ctrl-C again does "
        + "not stop it sooner: kill -9 4242 does, losing the epoch in progress\n", acknowledged("INT"));
  }

  @Test
  void sigtermIsNamedAsSuchAndCtrlCIsNotMentioned() {
    String line = acknowledged("TERM");
    assertEquals("SIGTERM received: stopping after the current tick and checkpointing (at most 60 s); another signal "
        + "does not stop it sooner: kill -9 4242 does, losing the epoch in progress\n", line);
    assertFalse(line.contains("Ctrl-C"), line);
  }

  @Test
  void anUnknownSignalIsNotCalledCtrlC() {
    assertTrue(acknowledged(null).startsWith("a signal received: stopping"));
  }

  private static String acknowledged(String signal) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
    Console console = new Console(print, print, false);
    Runner runner = new Runner(TinyRun.TYPES, new ScenarioLoader(new Binder(TinyRun.TYPES)), console);
    assertFalse(runner.stopRequested());
    Interrupts.acknowledge(runner::requestStop, console, 4242, signal);
    assertTrue(runner.stopRequested());
    return err.toString(StandardCharsets.UTF_8);
  }
}
