package dev.plasticity.api.spi;

import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Loss;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.net.Activation;
import dev.plasticity.api.net.Operator;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Schedule;
import java.util.List;

/** The kinds of component the scenario format itself uses. */
public final class Kinds {
  private Kinds() {}

  public static final Kind<DataSource> DATA =
      new Kind<>("data", DataSource.class, "where the vectors and labels come from");
  public static final Kind<Activation> ACTIVATION =
      new Kind<>("activation", Activation.class, "a population's nonlinearity");
  public static final Kind<Initializer> INIT =
      new Kind<>("init", Initializer.class, "how a weight matrix starts");
  public static final Kind<Loss> LOSS =
      new Kind<>("loss", Loss.class, "what the output is trained to minimise");
  public static final Kind<CreditRule> CREDIT =
      new Kind<>("credit", CreditRule.class, "how errors reach the hidden layers");
  public static final Kind<Optimizer> OPTIMIZER =
      new Kind<>("optimizer", Optimizer.class, "how gradients change parameters");
  public static final Kind<Metric> METRIC =
      new Kind<>("metric", Metric.class, "what is measured and written each evaluation");
  public static final Kind<Operator> OPERATOR =
      new Kind<>("operator", Operator.class, "what a projection computes from its source");
  public static final Kind<Schedule> SCHEDULE =
      new Kind<>("schedule", Schedule.class, "how data is presented over ticks");

  public static List<Kind<?>> all() {
    return List.of(DATA, ACTIVATION, INIT, OPERATOR, LOSS, CREDIT, OPTIMIZER, METRIC, SCHEDULE);
  }
}
