package dev.plasticity.runtime.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Which signal is stopping the process. A shutdown hook cannot tell a Ctrl-C from a
 * {@code kill} or a closed terminal, so a handler notes the signal's name first and then
 * hands the signal on to the JVM's own handler, which runs the hooks and exits with
 * 128 + its number as before (130 for SIGINT, 143 for SIGTERM).
 */
final class Signals {
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();
  private static volatile String received;

  private Signals() {}

  /** Starts noting INT, TERM and HUP (once per process; where a signal does not exist, without it). */
  static void watch() {
    if (!INSTALLED.compareAndSet(false, true)) {
      return;
    }
    for (String name : new String[] {"INT", "TERM", "HUP"}) {
      try {
        SignalHandler[] previous = new SignalHandler[1];
        previous[0] = Signal.handle(new Signal(name), sig -> {
          received = sig.getName();
          handOn(previous[0], sig);
        });
      } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
        // Not on this platform, or the JVM runs with -Xrs: the hook will say "a signal".
      }
    }
  }

  private static void handOn(SignalHandler previous, Signal sig) {
    if (previous == SignalHandler.SIG_DFL || previous == SignalHandler.SIG_IGN || previous == null) {
      if (previous != SignalHandler.SIG_IGN) {
        System.exit(128 + sig.getNumber());
      }
      return;
    }
    previous.handle(sig);
  }

  /** The name of the signal received ("INT", "TERM", ...), or null when none was noted. */
  static String received() {
    return received;
  }

  /** How a person names {@code signal}: "Ctrl-C" for INT, "SIGTERM" for TERM, "a signal" when unknown. */
  static String spoken(String signal) {
    if (signal == null) {
      return "a signal";
    }
    return signal.equals("INT") ? "Ctrl-C" : "SIG" + signal.toUpperCase(Locale.ROOT);
  }
}
