package dev.plasticity.runtime.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Parameter names as file names a user can still read: {@code in->hidden.W} becomes
 * {@code in_to_hidden.W}, any other character outside letters, digits, '.', '-' and '_'
 * becomes '_'. Two names that come out the same (also when they differ only in case, as
 * macOS and Windows file systems see them) get a suffix {@code _2}, {@code _3}; the
 * manifest gives the mapping either way.
 */
final class FileSafeNames {
  private final Set<String> taken = new HashSet<>();

  String of(String name) {
    String base = safe(name);
    String key = base;
    for (int n = 2; !taken.add(key.toLowerCase(Locale.ROOT)); n++) {
      key = base + "_" + n;
    }
    return key;
  }

  static String safe(String name) {
    StringBuilder b = new StringBuilder(name.length() + 4);
    String s = name.replace("->", "_to_");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
      b.append(plain ? c : '_');
    }
    if (b.length() == 0 || b.charAt(0) == '.') {
      b.insert(0, '_'); // neither empty nor a hidden file
    }
    return b.toString();
  }
}
