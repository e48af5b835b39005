package dev.plasticity.scenarios.olfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plasticity.runtime.cli.Main;
import dev.plasticity.runtime.output.Console;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an olfaction scenario in-process through the command line, as a user would. */
final class OlfactionRuns {
  static final Path DIR = Path.of("olfaction");

  private OlfactionRuns() {}

  /** Runs {@code scenario} into {@code out} with the given --set overrides; returns summary.json. */
  static JsonNode run(String scenario, Path out, String... sets) throws IOException {
    List<String> args = new ArrayList<>(List.of("run", DIR.resolve(scenario).toString(), "--out", out.toString()));
    for (String s : sets) {
      args.add("--set");
      args.add(s);
    }
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(text, true, StandardCharsets.UTF_8);
    int code = Main.execute(args.toArray(String[]::new), new Console(print, print, false), null);
    assertEquals(0, code, "plasticity " + String.join(" ", args) + "\n" + text.toString(StandardCharsets.UTF_8));
    return new ObjectMapper().readTree(Files.readString(out.resolve("summary.json")));
  }
}
