package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.config.Suggest;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse: one line per problem, naming the option, and where
 * the usage is, instead of picocli's message followed by the whole usage (twenty lines in
 * which the problem scrolls away). Exit code 2, as for any bad input.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  /** "Invalid value for option '--seed': 'abc' is not a long": the option's part is said by the option name. */
  private static final Pattern INVALID_VALUE = Pattern.compile("^Invalid value for [^:]*: (.*)$", Pattern.DOTALL);
  private static final Pattern JAVA_NUMBER = Pattern.compile("is not an? (long|int|integer)\\b");

  private final PrintStream err;

  UsageErrors(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine where = ex.getCommandLine();
    List<Exception> all = everyError(where, args);
    List<String> lines = new ArrayList<>();
    for (Exception e : all.isEmpty() ? List.<Exception>of(ex) : all) {
      if (e instanceof ParameterException pe) {
        where = pe.getCommandLine();
        lines.addAll(problems(pe));
      } else {
        lines.add(lowerFirst(String.valueOf(e.getMessage())));
      }
    }
    lines.stream().distinct().forEach(p -> err.println("error: " + p));
    err.println("see: bin/plasticity help" + commandPath(where));
    return Main.BAD_INPUT;
  }

  /**
   * Every problem of the command line, not only the first picocli stops at: it is parsed
   * again with picocli collecting errors instead of throwing ({@code run --bogus} lacks
   * SCENARIO too). Empty when that parse fails otherwise.
   */
  private static List<Exception> everyError(CommandLine failed, String[] args) {
    CommandLine root = failed;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    collectErrors(root, true);
    try {
      List<Exception> out = new ArrayList<>();
      for (CommandLine.ParseResult r = root.parseArgs(args); r != null; r = r.subcommand()) {
        out.addAll(r.errors());
      }
      return out;
    } catch (RuntimeException e) {
      return List.of();
    } finally {
      collectErrors(root, false);
    }
  }

  private static void collectErrors(CommandLine cl, boolean collect) {
    cl.getCommandSpec().parser().collectErrors(collect);
    cl.getSubcommands().values().forEach(sub -> collectErrors(sub, collect));
  }

  static List<String> problems(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException u) {
      return unmatched(u);
    }
    if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
      return m.getMissing().stream().map(UsageErrors::missing).toList();
    }
    String message = ex.getMessage() == null ? "cannot read the command line" : ex.getMessage();
    Matcher invalid = INVALID_VALUE.matcher(message);
    ArgSpec arg = ex.getArgSpec();
    if (invalid.matches() && arg != null) {
      String value = JAVA_NUMBER.matcher(invalid.group(1)).replaceAll("is not a whole number");
      return List.of(name(arg) + ": " + value);
    }
    return List.of(lowerFirst(message.lines().findFirst().orElse(message)));
  }

  private static String missing(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName() + ": needs a value (" + o.paramLabel() + ")";
    }
    String[] what = arg.description();
    return "missing " + arg.paramLabel() + (what.length == 0 ? "" : " (" + what[0] + ")");
  }

  /** Each unknown option or stray argument on a line of its own, with the nearest option or command. */
  private static List<String> unmatched(UnmatchedArgumentException u) {
    List<String> out = new ArrayList<>();
    boolean expectsCommand = !u.getCommandLine().getSubcommands().isEmpty();
    for (String arg : u.getUnmatched()) {
      if (arg.startsWith("-")) {
        out.add(arg + ": unknown option" + Suggest.nearest(arg, u.getCommandLine().getCommandSpec().optionsMap().keySet())
            .map(o -> "; did you mean " + o + "?").orElse(""));
      } else if (expectsCommand) {
        // The first word names the command; what follows it is that command's business.
        out.add("'" + arg + "': unknown command; "
            + Suggest.knownAndNearest(arg, u.getCommandLine().getSubcommands().keySet()));
        break;
      } else {
        out.add("'" + arg + "': unexpected argument");
      }
    }
    return out.isEmpty() ? List.of(lowerFirst(u.getMessage())) : out;
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  /** " run" for {@code plasticity run}; empty for the top-level command. */
  private static String commandPath(CommandLine cl) {
    StringBuilder path = new StringBuilder();
    for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
      path.insert(0, " " + c.getCommandName());
    }
    return path.toString();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
