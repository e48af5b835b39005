package dev.plasticity.runtime.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginlessModulesTest {
  private static final String PLUGIN = "dev.plasticity.api.spi.Plugin";

  @Test
  void aModuleThatRequiresTheApiAndProvidesNoPluginIsWarnedAbout() {
    ModuleDescriptor forgot = ModuleDescriptor.newModule("org.audit.rfa").requires("dev.plasticity.api")
        .exports("org.audit.rfa").build();
    ModuleDescriptor plugin = ModuleDescriptor.newModule("org.example.good").requires("dev.plasticity.api")
        .provides(PLUGIN, List.of("org.example.good.GoodPlugin")).build();
    ModuleDescriptor library = ModuleDescriptor.newModule("com.example.lib").requires("java.sql").build();
    ModuleDescriptor testkit = ModuleDescriptor.newModule("dev.plasticity.testkit").requires("dev.plasticity.api")
        .build();
    assertEquals(List.of("module org.audit.rfa requires dev.plasticity.api but provides no " + PLUGIN
            + " (add 'provides " + PLUGIN + " with ...;' to its module-info.java)"),
        PluginlessModules.warnings(List.of(plugin, forgot, library, testkit)));
  }
}
