package dev.plasticity.runtime.export;

/**
 * One array of a checkpoint as it is exported: a parameter's value or one of its optimizer's
 * state buffers, with the shape the network gives it.
 *
 * @param parameter the parameter's name in the run ({@code in->hidden.W})
 * @param slot the optimizer-state slot ({@code momentum}, {@code adam.m}), or null for the value
 * @param key the file-safe name the array is written under ({@code in_to_hidden.W})
 * @param shape its dimensions, row-major (W is target × source)
 * @param values the checkpoint's array itself (float[], double[], long[] or int[]), not a copy
 */
public record ExportedArray(String parameter, String slot, String key, long[] shape, Object values) {
  public ExportedArray {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    if (n != length(values)) {
      throw new IllegalArgumentException(parameter + ": shape holds " + n + " values, the array " + length(values));
    }
  }

  static int length(Object values) {
    if (values instanceof float[] f) {
      return f.length;
    } else if (values instanceof double[] d) {
      return d.length;
    } else if (values instanceof long[] l) {
      return l.length;
    } else if (values instanceof int[] i) {
      return i.length;
    }
    throw new IllegalArgumentException("not an array of numbers: " + values.getClass());
  }

  /** numpy's name of the element type, as the manifest gives it. */
  public String dtype() {
    return NpyFormat.numpyType(values);
  }
}
