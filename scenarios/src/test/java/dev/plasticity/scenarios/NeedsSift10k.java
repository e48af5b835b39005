package dev.plasticity.scenarios;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test that needs the real SIFT-10k: it runs where a run would find the set without
 * downloading it ({@link SiftData#real}), and elsewhere each of its tests is skipped, one
 * by one, with the reason and how to get the data ({@link VisibleSkips} prints it).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsSift10k.Condition.class)
public @interface NeedsSift10k {
  /** Skips each test (not the class as a whole, which would hide how many there are). */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (context.getTestMethod().isEmpty()) {
        return ConditionEvaluationResult.enabled("a container: its tests decide");
      }
      return SiftData.real().isPresent()
          ? ConditionEvaluationResult.enabled("SIFT-10k found at " + SiftData.real().get())
          : ConditionEvaluationResult.disabled(SiftData.missing());
    }
  }
}
