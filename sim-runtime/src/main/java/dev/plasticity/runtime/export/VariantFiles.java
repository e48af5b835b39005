package dev.plasticity.runtime.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.runtime.engine.SavedRun;
import dev.plasticity.runtime.engine.VariantStatus;
import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * One variant's arrays on disk, a folder of {@code .npy} files or one {@code .npz}, named as
 * its checkpoint is; and its entry in the manifest: where each array is, its dtype, shape
 * and number of updates.
 */
final class VariantFiles {
  private VariantFiles() {}

  static ObjectNode write(Path out, String variant, VariantStatus s, StateMap state,
      CheckpointArrays exported, boolean npz) throws IOException {
    String base = SavedRun.fileName(variant);
    ObjectNode v = Json.MAPPER.createObjectNode();
    v.put("name", variant);
    v.put("state", s.state().label());
    v.put("epochsDone", s.epochsDone());
    v.put("epochsPlanned", s.epochsPlanned());
    if (state.has("run/nextTick")) {
      v.put("nextTick", state.longs("run/nextTick")[0]);
    }
    Path dir = out.resolve(base);
    Path archive = out.resolve(base + ".npz");
    // A folder or an archive from an export in the other format would contradict the manifest.
    deleteNpyFiles(dir);
    Files.deleteIfExists(archive);
    if (npz) {
      NpzArchive.write(archive, exported.arrays());
      v.put("npz", base + ".npz");
    } else {
      for (ExportedArray a : exported.arrays()) {
        AtomicFiles.write(dir.resolve(a.key() + ".npy"), o -> NpyFormat.write(o, a.shape(), a.values()));
      }
      v.put("dir", base);
    }
    ArrayNode list = v.putArray("arrays");
    for (ExportedArray a : exported.arrays()) {
      ObjectNode o = list.addObject();
      o.put("parameter", a.parameter());
      if (a.slot() != null) {
        o.put("optimizerState", a.slot());
      }
      o.put(npz ? "key" : "file", npz ? a.key() : base + "/" + a.key() + ".npy");
      o.put("dtype", a.dtype());
      ArrayNode shape = o.putArray("shape");
      for (long d : a.shape()) {
        shape.add(d);
      }
      Long updates = exported.updates().get(a.parameter());
      if (a.slot() == null && updates != null) {
        o.put("updates", updates);
      }
    }
    return v;
  }

  private static void deleteNpyFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".npy")).toList()) {
        Files.delete(p);
      }
    }
  }

}
