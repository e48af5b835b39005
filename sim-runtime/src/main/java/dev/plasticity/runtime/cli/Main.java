package dev.plasticity.runtime.cli;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.engine.RunFailedException;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.plugins.PluginException;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code plasticity}: run, validate, list, schema, resume, export. Exit codes: 0 done, 1 the run
 * failed, 2 bad input or usage (one line per problem, never a stack trace).
 */
@Command(name = "plasticity", mixinStandardHelpOptions = true, version = "plasticity 0.1.0-SNAPSHOT",
    description = "Simulate how neural networks learn when credit is assigned without exact backpropagation.",
    subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class, SchemaCommand.class,
        ResumeCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(execute(args, Console.system(), null));
  }

  /** Runs the command line with the plugins found on the path, or with {@code types}. */
  public static int execute(String[] args, Console console, TypeRegistry types) {
    PrintStream err = System.err;
    Injector injector;
    try {
      injector = Guice.createInjector(new RuntimeModule(console, types));
      injector.getInstance(TypeRegistry.class).warnings().forEach(w -> err.println("warning: " + w));
    } catch (ProvisionException | CreationException e) {
      return handle(e, err); // a broken plugin is bad input: one line per problem, exit 2
    }
    CommandLine cl = new CommandLine(Main.class, new GuiceFactory(injector));
    cl.setErr(new PrintWriter(err, true));
    cl.setParameterExceptionHandler(new UsageErrors(err));
    cl.setExecutionExceptionHandler((ex, line, parse) -> handle(ex, err));
    // Commands of the modules beside the runtime (sweep): listed with the others in help.
    RuntimeServices services = injector.getInstance(RuntimeServices.class);
    for (CommandProvider p : injector.getInstance(CommandProviders.class).all()) {
      p.commands(services).forEach(cl::addSubcommand);
    }
    return cl.execute(args);
  }

  static int handle(Exception ex, PrintStream err) {
    Throwable t = ex;
    if (t instanceof ProvisionException pe && pe.getCause() != null) {
      t = pe.getCause();
    } else if (t instanceof CreationException ce && ce.getCause() != null) {
      t = ce.getCause();
    }
    if (t instanceof InputException ie) {
      ie.lines().forEach(l -> err.println("error: " + l));
      return BAD_INPUT;
    }
    if (t instanceof PluginException pe) {
      pe.problems().forEach(p -> err.println("error: " + p));
      debug(pe, err);
      return BAD_INPUT;
    }
    if (t instanceof RunFailedException rf) {
      err.println("error: " + rf.getMessage());
      debug(rf, err);
      return FAILED;
    }
    err.println("error: " + t);
    if (!debug(t, err)) {
      err.println("(an internal error; set PLASTICITY_DEBUG=1 to see the stack trace)");
    }
    return FAILED;
  }

  private static boolean debug(Throwable t, PrintStream err) {
    if (System.getenv("PLASTICITY_DEBUG") != null) {
      t.printStackTrace(err);
      return true;
    }
    return false;
  }

  /** Lets picocli create commands through Guice. */
  private record GuiceFactory(Injector injector) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls.getPackageName().equals(Main.class.getPackageName())) {
        return injector.getInstance(cls);
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
