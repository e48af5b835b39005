package dev.plasticity.runtime.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * The metrics table as a Parquet file (pandas' {@code read_parquet}, DuckDB, Spark):
 * strings as UTF-8 BINARY, integers as INT64, metrics as DOUBLE; nullable where a cell may
 * be empty. Written by Apache parquet-java through its local-file output, without Hadoop's
 * file system or configuration, and uncompressed so no codec library is needed.
 */
public final class ParquetMetrics {
  private ParquetMetrics() {}

  static MessageType schema(MetricsTable table) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (int c = 0; c < table.columns().size(); c++) {
      String name = table.columns().get(c);
      switch (table.types().get(c)) {
        case STRING -> b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
        case INT64 -> b.optional(PrimitiveTypeName.INT64).named(name);
        case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(name);
      }
    }
    return b.named("metrics");
  }

  /** Writes {@code table} to {@code file}, through a temporary file beside it and a rename. */
  public static void write(MetricsTable table, Path file) throws IOException {
    MessageType schema = schema(table);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp"); // replaced: the writer overwrites
    try {
      SimpleGroupFactory groups = new SimpleGroupFactory(schema);
      try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp))
          .withConf(new PlainParquetConfiguration())
          .withType(schema)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
          .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
          .build()) {
        for (Object[] row : table.rows()) {
          Group g = groups.newGroup();
          for (int c = 0; c < row.length; c++) {
            Object v = row[c];
            if (v instanceof String s) {
              g.add(c, s);
            } else if (v instanceof Long l) {
              g.add(c, l.longValue());
            } else if (v instanceof Double d) {
              g.add(c, d.doubleValue());
            }
          }
          w.write(g);
        }
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
