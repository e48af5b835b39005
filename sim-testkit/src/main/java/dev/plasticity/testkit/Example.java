package dev.plasticity.testkit;

import dev.plasticity.api.sim.Installable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An example for {@link PluginContract#examples()}: a component together with what it needs
 * to run. A metric that reads the feedback matrix B a credit rule registers is measured with
 * that rule installed, instead of recording a stand-in value when there is no B:
 *
 * <pre>{@code
 * Example.of(new TransportError()).with(new NoisyTransport(0.5, 1))
 * Example.of(new SparseRecall()).on(b -> b.layers(4, 32, 3))
 * }</pre>
 *
 * <p>The contract installs the components of {@link #with} first, in order, as the runtime
 * installs a scenario's credit rule before its metrics, then the example itself, on a
 * {@link MockRuntime} built from the contract's tiny network and seed and then changed by
 * {@link #on}. Needs apply to the kinds that run on a runtime (credit rules, metrics and
 * other installables); a plain component in {@code examples()} is an example with none.
 */
public final class Example {
  private static final UnaryOperator<MockRuntime.Builder> NO_FIXTURE = b -> b;

  private final Object component;
  private final List<Installable> with;
  private final UnaryOperator<MockRuntime.Builder> fixture;

  private Example(Object component, List<Installable> with, UnaryOperator<MockRuntime.Builder> fixture) {
    this.component = Objects.requireNonNull(component, "Example.of(null): give a component");
    this.with = List.copyOf(with);
    this.fixture = fixture;
  }

  /** An example of {@code component} that needs nothing but the contract's tiny network. */
  public static Example of(Object component) {
    return new Example(component, List.of(), NO_FIXTURE);
  }

  /** The same, run with {@code others} installed before it (the credit rule whose B a metric reads). */
  public Example with(Installable... others) {
    List<Installable> all = new ArrayList<>(with);
    for (Installable o : others) {
      all.add(Objects.requireNonNull(o, "Example.with(null): give the component it runs with"));
    }
    return new Example(component, all, fixture);
  }

  /**
   * The same, on a fixture runtime: {@code change} gets the contract's builder (its tiny
   * network and seed) and returns it changed, e.g. {@code b -> b.layers(4, 32, 3)} or
   * {@code b -> b.data(Fixtures.blobs(4, 3, 256, 64, 1))}. It is applied to each runtime
   * the contract builds, so it must not keep the builder.
   */
  public Example on(UnaryOperator<MockRuntime.Builder> change) {
    UnaryOperator<MockRuntime.Builder> before = fixture;
    return new Example(component, with, b -> change.apply(before.apply(b)));
  }

  /** {@code example} as it is when it is an Example already, else an example with no needs. */
  static Example wrap(Object example) {
    return example instanceof Example e ? e : of(example);
  }

  public Object component() {
    return component;
  }

  public List<Installable> needs() {
    return with;
  }

  /** Whether it was given anything to run with or on. */
  boolean hasNeeds() {
    return !with.isEmpty() || fixture != NO_FIXTURE;
  }

  /**
   * A runtime with this example's needs installed (not the example itself): {@code base} is
   * the contract's builder; the fixture changes it.
   */
  MockRuntime runtime(MockRuntime.Builder base) {
    MockRuntime rt = fixture.apply(base).build();
    with.forEach(rt::install);
    return rt;
  }

  @Override
  public String toString() {
    return with.isEmpty() ? component.toString() : component + " with " + with;
  }
}
