package dev.plasticity.sweep.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The steps of a dotted path, {@code network.projections[0].init}: field names and [indices]. */
final class PathSteps {
  private static final Pattern WHOLE = Pattern.compile("[A-Za-z0-9_-]+(\\[\\d+\\])*(\\.[A-Za-z0-9_-]+(\\[\\d+\\])*)*");
  private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_-]+)|\\[(\\d+)\\]");

  private PathSteps() {}

  static boolean isPath(String path) {
    return WHOLE.matcher(path).matches();
  }

  /** Field names as String, indices as Integer. */
  static List<Object> of(String path) {
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    while (m.find()) {
      steps.add(m.group(1) != null ? (Object) m.group(1) : (Object) Integer.valueOf(m.group(2)));
    }
    return steps;
  }
}
