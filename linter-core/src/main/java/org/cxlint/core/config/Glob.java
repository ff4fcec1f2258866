package org.cxlint.core.config;

import java.util.regex.Pattern;

/**
 * A path pattern from {@code ignore:} or {@code overrides[].files}, matched against
 * '/'-separated paths relative to the config file's directory. {@code *} and {@code ?} stay
 * within one path segment, {@code **} spans segments, {@code {a,b}} and {@code [abc]} work as
 * in shells. A pattern without '/' matches a name at any depth ({@code *.txt}, {@code drafts}),
 * and a pattern that matches a directory also matches everything inside it, as in .gitignore.
 */
public record Glob(String pattern, Pattern regex) {

  public static Glob of(String pattern) {
    String p = pattern.strip().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    // "dir/**" and "dir/" mean the directory and everything in it, which "dir" already does.
    while (p.endsWith("/**") || p.endsWith("/")) {
      p = p.substring(0, p.length() - (p.endsWith("/") ? 1 : 3));
    }
    boolean anchored = p.startsWith("/") || p.contains("/");
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    String body = translate(p);
    String prefix = anchored ? "" : "(?:.*/)?";
    return new Glob(pattern, Pattern.compile("^" + prefix + body + "(?:/.*)?$"));
  }

  public boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  private static String translate(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
              i++;
              re.append("(?:.*/)?"); // "**/" : zero or more whole directories
            } else {
              re.append(".*");
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            re.append(')');
          } else {
            re.append("\\}");
          }
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        case '[' -> {
          int close = glob.indexOf(']', i + 1);
          if (close < 0) {
            re.append("\\[");
          } else {
            String set = glob.substring(i + 1, close);
            if (set.startsWith("!")) {
              set = "^" + set.substring(1);
            }
            re.append('[').append(set.replace("\\", "\\\\")).append(']');
            i = close;
          }
        }
        default -> {
          if ("\\.^$+|()".indexOf(c) >= 0) {
            re.append('\\');
          }
          re.append(c);
        }
      }
    }
    while (braces-- > 0) {
      re.append(')');
    }
    return re.toString();
  }
}
