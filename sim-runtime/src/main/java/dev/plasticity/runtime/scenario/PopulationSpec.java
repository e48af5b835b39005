package dev.plasticity.runtime.scenario;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.net.Activation;
import dev.plasticity.api.net.Shape;
import java.util.List;

/**
 * A population: its id, its units (a number, or a shape of channels × height × width,
 * stored flat) and its nonlinearity. With a shape the size is derived; giving both, they
 * must agree.
 */
public record PopulationSpec(
    @Doc("unique id, referenced by projections") String id,
    @Doc("number of units; absent: the product of the shape") @Optional @Min(1) Integer size,
    @Doc("[channels, height, width] (or [units]); absent: [size]") @Optional List<Integer> shape,
    @Doc("nonlinearity") @Default("\"identity\"") Activation activation) {
  public PopulationSpec {
    if (id.isBlank()) {
      throw new ConfigException("id", "must not be empty");
    }
    if (size == null && shape == null) {
      throw new ConfigException("", "needs a size or a shape");
    }
    if (shape != null) {
      Shape s;
      try {
        s = Shape.of(shape);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("shape", e.getMessage());
      }
      if (size != null && size != s.size()) {
        throw new ConfigException("size", size + " units but the shape " + s + " has " + s.size());
      }
      size = s.size();
      shape = List.copyOf(shape);
    }
  }

  /** A flat population, as scenarios wrote them before shapes. */
  public PopulationSpec(String id, int size, Activation activation) {
    this(id, size, null, activation);
  }

  /** The units as the network holds them. */
  public Shape toShape() {
    return shape != null ? Shape.of(shape) : Shape.units(size);
  }
}
