package dev.plasticity.testkit;

import java.util.ServiceLoader;

/**
 * A service the runtime provides to the testkit (its start-up checks, its binder), found on
 * the test's class path. The testkit does not depend on the runtime, so that a plugin's main
 * code never sees it; a plugin's tests put it there with scope {@code test}.
 */
final class RuntimeService {
  private RuntimeService() {}

  /** The provider of {@code service}; fails saying which dependency to add when there is none. */
  static <S> S find(Class<S> service, String whatFor) {
    return ServiceLoader.load(service).findFirst().orElseThrow(() -> new AssertionError(whatFor
        + " with the runtime's own code, which is not on the test class path: add the dependency "
        + "dev.plasticity:sim-runtime with <scope>test</scope> to the plugin's pom.xml"));
  }
}
