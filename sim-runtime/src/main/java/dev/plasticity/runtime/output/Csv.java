package dev.plasticity.runtime.output;

/**
 * Cells of the run directory's CSV files as RFC 4180 has them: a cell with a comma, a
 * double quote or a line break is quoted, its quotes doubled. Variant and metric names
 * are free text ("lr=0.01, mom=0.9"); unquoted they would shift every column after them.
 */
public final class Csv {
  private Csv() {}

  public static String cell(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
