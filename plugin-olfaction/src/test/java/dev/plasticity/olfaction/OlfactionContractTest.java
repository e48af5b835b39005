package dev.plasticity.olfaction;

import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.testkit.PluginContract;
import java.util.List;

/** Every olfaction type passes the component contract the runtime relies on. */
class OlfactionContractTest extends PluginContract {
  @Override
  protected Plugin plugin() {
    return new OlfactionPlugin();
  }

  @Override
  protected List<Object> examples() {
    return List.of(
        new SparseBinary(3),
        new DenseGaussian(1),
        new AplWinnerTakeAll(3, 0),
        new AplWinnerTakeAll(3, 10),
        new AplWinnerTakeAll(3, 10, true),
        new DenseFly(0),
        new MeanRate(100, true),
        new RowCentre(),
        new RawRates(),
        new OdorPresentation(2, 16, new MeanRate(100, true),
            new KenyonCircuits(new Initializers.Normal(1), List.of(2, 4), 0, 1, 10, KcCode.SIGNS)),
        new NeighbourMap(null, 20, 0, null, 0, 1, OdourSet.TRAIN),
        new Constant(1),
        new OdorPresentation(1, 8, new RawRates(), null, OdourSet.TRAIN, List.of(0, 1), new BloomDepression(null, 0.5)),
        new BloomDepression(null, 1),
        new NoveltyAuc(new MeanRate(100, true), null),
        new FlyNnAccuracy(new RawRates(), null, true));
  }
}
