package dev.plasticity.hebbian;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.testkit.Example;
import dev.plasticity.testkit.PluginContract;
import java.util.List;

/** Every Hebbian type passes the component contract the runtime relies on. */
class HebbianContractTest extends PluginContract {
  @Override
  protected Plugin plugin() {
    return new HebbianPlugin();
  }

  @Override
  protected List<Object> examples() {
    return List.of(
        new SelfGenerated(1),
        new GaussianComponents(8, 1.5),
        new Oja(0.02, 0.1),
        new Sanger(3, 0.02, 0.1),
        new Presentation(new GaussianComponents(8, 1.5), new Sanger(3, 0.02, 0.1), 20, 5, 2),
        Example.of(new PrincipalCosine()).with(gaussian(new Oja(0.02, 0.1))),
        new TwoPatterns(8, 0.05),
        new Bcm(4, 0.02, 0.1, 0.1),
        Example.of(new Selectivity()).with(new Presentation(new TwoPatterns(8, 0), new Bcm(4, 0.02, 0.1, 0.1), 10, 5, 2)),
        new LaplacianMixture(3),
        new NonlinearHebbian(3, 0.05, NonlinearHebbian.Nonlinearity.TANH, 1),
        new NonlinearHebbian(3, 0.01, NonlinearHebbian.Nonlinearity.CUBE, 1),
        Example.of(new AmariIndex()).with(new Presentation(new LaplacianMixture(3),
            new NonlinearHebbian(3, 0.05, NonlinearHebbian.Nonlinearity.TANH, 1), 10, 5, 2)),
        new AssemblyProjection(200, 10, 0.1, 0.1, 3, 2, 0.5, 2),
        new LinskerDevelopment(8, 20, 2, 2, 0.3, 0, 0.45, -3, 0.5, 0.02, 4, 4, 2, 2),
        Example.of(new SubspaceAngle()).with(gaussian(new Sanger(3, 0.02, 0.1))),
        smallStdp(),
        Example.of(new WeightHistogram("stdp.W", "stdp.gmax", 10, 0.1)).with(smallStdp()));
  }

  /** 50 inputs at 20 Hz onto two neurons, 1 ms delay, 0.02 s in epochs of 0.01 s. */
  private static PoissonLifStdp smallStdp() {
    return new PoissonLifStdp(50, 20, 2, 0.1, 0.02, 0.01, 10, 0, -54, -60, -74, 0, 5, 0.05, 1, 0.01, 1.05, 20, 20, 5, 0.005);
  }

  private static Presentation gaussian(HebbianRule rule) {
    return new Presentation(new GaussianComponents(8, 1.5), rule, 20, 5, 2);
  }
}
