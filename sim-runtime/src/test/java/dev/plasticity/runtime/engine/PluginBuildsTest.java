package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A resume under a rebuilt or missing plugin jar says so; the same build says nothing. */
class PluginBuildsTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @Test
  void aRebuiltOrMissingJarIsReportedAndTheSameOneIsNot() {
    assertTrue(PluginBuilds.changes(Map.of("mine", A), Map.of("mine", A)).isEmpty());
    List<String> rebuilt = PluginBuilds.changes(Map.of("mine", A), Map.of("mine", B));
    assertEquals(1, rebuilt.size());
    assertTrue(rebuilt.get(0).startsWith("plugin 'mine' was rebuilt since this run started (SHA-256 aaaaaaaaaaaa…, now "
        + "bbbbbbbbbbbb…)"), rebuilt.get(0));
    List<String> gone = PluginBuilds.changes(Map.of("mine", A), Map.of());
    assertTrue(gone.get(0).contains("is PLASTICITY_PLUGIN_PATH set as it was?"), gone.get(0));
  }
}
