package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.config.SchemaWriter;
import dev.plasticity.runtime.plugins.TypeRegistry;
import dev.plasticity.runtime.scenario.Json;
import dev.plasticity.runtime.scenario.Scenario;
import com.google.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plasticity schema}: the JSON Schema of scenarios, with every plugin's types. */
@Command(name = "schema", description = "Print the JSON Schema of scenarios (for editors).")
final class SchemaCommand implements Callable<Integer> {
  @Mixin
  HelpOption help = new HelpOption();

  private final TypeRegistry types;

  @Inject
  SchemaCommand(TypeRegistry types) {
    this.types = types;
  }

  @Override
  public Integer call() throws Exception {
    System.out.println(Json.MAPPER.writeValueAsString(
        new SchemaWriter(types).schema(Scenario.class, "Plasticity scenario")));
    return Main.OK;
  }
}
