package dev.plasticity.api.net;

import java.util.List;

/**
 * The shape of one sample of a population: a number of units, or channels × height × width
 * (an image, stored flat in channel-major order, c·H·W + y·W + x). A population's tensors
 * are batch × {@link #size()}: the batch stays the first dimension whatever the shape.
 */
public final class Shape {
  private final int channels;
  private final int height;
  private final int width;
  private final boolean image;

  private Shape(int channels, int height, int width, boolean image) {
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.image = image;
  }

  /** A flat population of n units. */
  public static Shape units(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("a population needs at least one unit, got " + n);
    }
    return new Shape(n, 1, 1, false);
  }

  /** Channels × height × width. */
  public static Shape image(int channels, int height, int width) {
    if (channels <= 0 || height <= 0 || width <= 0) {
      throw new IllegalArgumentException(
          "every dimension must be positive, got " + channels + "x" + height + "x" + width);
    }
    if ((long) channels * height * width > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "too many units: " + channels + "x" + height + "x" + width);
    }
    return new Shape(channels, height, width, true);
  }

  /** [n] for units, [c, h, w] for an image; anything else is refused. */
  public static Shape of(List<Integer> dims) {
    if (dims.size() == 1) {
      return units(dims.get(0));
    }
    if (dims.size() == 3) {
      return image(dims.get(0), dims.get(1), dims.get(2));
    }
    throw new IllegalArgumentException(
        "a shape is [units] or [channels, height, width], got " + dims.size() + " dimensions");
  }

  /** Whether this is channels × height × width rather than plain units. */
  public boolean isImage() {
    return image;
  }

  /** Units per sample: channels · height · width. */
  public int size() {
    return channels * height * width;
  }

  /** For an image its channels; for units, their number. */
  public int channels() {
    return channels;
  }

  public int height() {
    return height;
  }

  public int width() {
    return width;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape s && s.image == image && s.channels == channels
        && s.height == height && s.width == width;
  }

  @Override
  public int hashCode() {
    return ((channels * 31 + height) * 31 + width) * 2 + (image ? 1 : 0);
  }

  /** "784" or "6x28x28", as scenarios and error messages write it. */
  @Override
  public String toString() {
    return image ? channels + "x" + height + "x" + width : Integer.toString(channels);
  }
}
