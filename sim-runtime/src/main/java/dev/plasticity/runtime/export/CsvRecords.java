package dev.plasticity.runtime.export;

import dev.plasticity.runtime.config.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records, as {@link dev.plasticity.runtime.output.Csv} writes them: a quoted cell
 * may hold commas, doubled quotes and line breaks (variant names are free text).
 */
final class CsvRecords {
  private CsvRecords() {}

  static List<List<String>> parse(String text, Path file) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false; // the current record has begun
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' ? 1 : 0;
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          record.add(cell.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        cell.setLength(0);
        any = false;
        line++;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new InputException(file.toString(), "line " + line + ": a quoted cell is not closed");
    }
    if (any || cell.length() > 0) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }
}
