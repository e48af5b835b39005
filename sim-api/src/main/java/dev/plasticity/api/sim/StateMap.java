package dev.plasticity.api.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Named arrays: what a {@link Stateful} component writes to and reads from a checkpoint. */
public final class StateMap {
  private final Map<String, Object> values = new LinkedHashMap<>();

  public void putFloats(String key, float[] v) {
    values.put(key, v.clone());
  }

  public void putLongs(String key, long[] v) {
    values.put(key, v.clone());
  }

  public void putDoubles(String key, double[] v) {
    values.put(key, v.clone());
  }

  public void putInts(String key, int[] v) {
    values.put(key, v.clone());
  }

  public float[] floats(String key) {
    return get(key, float[].class);
  }

  public long[] longs(String key) {
    return get(key, long[].class);
  }

  public double[] doubles(String key) {
    return get(key, double[].class);
  }

  public int[] ints(String key) {
    return get(key, int[].class);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** Every entry, in insertion order, for serialisation. */
  public Map<String, Object> entries() {
    return values;
  }

  /** Puts a value of one of the four array types; used when reading a checkpoint. */
  public void putRaw(String key, Object array) {
    if (!(array instanceof float[] || array instanceof long[] || array instanceof double[]
        || array instanceof int[])) {
      throw new IllegalArgumentException(key + ": unsupported state type " + array.getClass());
    }
    values.put(key, array);
  }

  private <T> T get(String key, Class<T> type) {
    Object v = values.get(key);
    if (v == null) {
      throw new NoSuchElementException("checkpoint has no state '" + key + "'");
    }
    if (!type.isInstance(v)) {
      throw new IllegalStateException(
          "checkpoint state '" + key + "' is " + v.getClass().getSimpleName() + ", not "
              + type.getSimpleName());
    }
    return type.cast(v);
  }
}
