package dev.plasticity.runtime.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What provenance.json says of the build, from its git.properties or their absence. */
class BuildInfoTest {
  @Test
  void aBuildFromACheckoutGivesItsCommitAndDirtyFlag() {
    Properties p = new Properties();
    p.setProperty("git.commit.id", "8ee1026d6a339a0204e81b514d4122ff093d1c25");
    p.setProperty("git.dirty", "true");
    p.setProperty("git.branch", "main");
    Map<String, Object> b = BuildInfo.of(p);
    assertEquals("git", b.get("source"));
    assertEquals("8ee1026d6a339a0204e81b514d4122ff093d1c25", b.get("commit"));
    assertEquals(true, b.get("dirty"));
    assertEquals("main", b.get("branch"));
    assertTrue(b.get("dirtyMeans").toString().contains("when this build was compiled"), b.toString());
  }

  @Test
  void aBuildFromASourceArchiveSaysSo() {
    assertEquals(Map.of("source", BuildInfo.NO_GIT), BuildInfo.of(null));
    assertEquals(Map.of("source", BuildInfo.NO_GIT), BuildInfo.of(new Properties()));
  }

  @Test
  void theTestsOwnBuildRecordsItsCommitWhenBuiltFromACheckout() {
    // The reactor's build of sim-runtime wrote git.properties when a .git was beside it.
    Map<String, Object> b = BuildInfo.current();
    if (b.get("source").equals("git")) {
      assertTrue(b.get("commit").toString().matches("[0-9a-f]{40}"), b.toString());
      assertTrue(b.get("dirty") instanceof Boolean, b.toString());
    } else {
      assertEquals(BuildInfo.NO_GIT, b.get("source"));
    }
  }
}
