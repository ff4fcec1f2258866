package org.cxlint.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concatenations ConcatInliner rewrites give the same text as javac's invokedynamic ones,
 * for every argument type, in constructors before super(), in loops (stack map frames), in
 * lambdas and with the recipe's tag characters in constant text. A sample is compiled here with
 * javac's default (invokedynamic) strategy, rewritten, and both versions are run side by side.
 */
class ConcatInlinerTest {
  private static final String SAMPLE = """
      package sample;

      import java.util.function.Function;

      public class Sample {
        private final long id;
        private final double weight;

        public Sample(long id, double weight) {
          this.id = id;
          this.weight = weight;
        }

        public static String[] all(boolean z, char c, byte b, short s, int i, long j, float f,
            double d, String str, Object o, CharSequence cs, int[] arr, Integer boxed) {
          return new String[] {
            "z=" + z + " c=" + c + " b=" + b + " s=" + s + " i=" + i + " j=" + j + " f=" + f
                + " d=" + d,
            str + o + cs + boxed,
            "\\u0001 and \\u0002 in text: " + i + "\\u0001" + str + '\\u0002',
            "" + j + d + j,
            str + str,
            (arr == null ? "no array" : "array of " + arr.length) + ":" + c + c,
            z + "" + b + s,
            "%s " + str + " 100%",
          };
        }

        static class Failure extends Exception {
          Failure(String what, long n, double d) {
            super("failure " + what + " #" + n + " at " + d + (n > 2 ? " late" : " early"));
          }
        }

        public static String constructor(String what, long n, double d) {
          return new Failure(what, n, d).getMessage();
        }

        public static String loop(int n) {
          String s = "";
          for (int k = 0; k < n; k++) {
            long wide = k * 3_000_000_000L;
            s = s + k + (k % 2 == 0 ? "e" : "o") + wide + ";";
            if (k > 5) {
              String inner = "[" + s.length() + "]";
              s = s + inner;
            }
          }
          return s;
        }

        public String instance(String tail) {
          Function<String, String> f = x -> id + ":" + x + ":" + weight;
          return f.apply(tail) + this.id;
        }

        @Override
        public String toString() {
          return "Sample(" + id + ", " + weight + ")";
        }
      }
      """;

  @TempDir static Path dir;
  private static Class<?> original;
  private static Class<?> rewritten;
  private static int sites;

  @BeforeAll
  static void compileAndRewrite() throws IOException, ClassNotFoundException {
    Path src = dir.resolve("src/sample/Sample.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SAMPLE);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "--release", "17", "-d", classes.toString(),
        src.toString())).isZero();
    Map<String, byte[]> before = new HashMap<>();
    Map<String, byte[]> after = new HashMap<>();
    int[] count = {0};
    try (var files = Files.walk(classes)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(p).toString().replace('/', '.').replace(".class", "");
        byte[] bytes = Files.readAllBytes(p);
        before.put(name, bytes);
        after.put(name, ConcatInliner.rewrite(bytes, count));
      }
    }
    sites = count[0];
    original = new BytesLoader(before).loadClass("sample.Sample");
    rewritten = new BytesLoader(after).loadClass("sample.Sample");
    assertThat(original).isNotSameAs(rewritten);
  }

  @Test
  void everyConcatenationIsRewrittenAndNoneRemains() {
    assertThat(sites).isGreaterThanOrEqualTo(15);
    int[] again = {0};
    try {
      byte[] bytes = Files.readAllBytes(dir.resolve("classes/sample/Sample.class"));
      byte[] once = ConcatInliner.rewrite(bytes, new int[1]);
      ConcatInliner.rewrite(once, again);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(again[0]).isZero();
  }

  @Test
  void aClassWithoutConcatenationIsLeftAsItIs() throws IOException {
    byte[] bytes;
    try (var in = ConcatInliner.class.getResourceAsStream("ConcatInliner.class")) {
      bytes = in.readAllBytes(); // compiled with -XDstringConcat=inline (the parent POM)
    }
    int[] count = {0};
    assertThat(ConcatInliner.rewrite(bytes, count)).isSameAs(bytes);
    assertThat(count[0]).isZero();
  }

  @Test
  void sameTextForEveryArgumentType() throws Exception {
    Object[][] cases = {
      {true, 'x', (byte) -7, (short) 300, 42, Long.MIN_VALUE, 1.5f, Double.NaN, "str",
        new StringBuilder("sb"), "cs", new int[3], 7},
      {false, '\u0001', (byte) 0, (short) 0, -1, 0L, -0.0f, 1e300, null, null, null, null, null},
      {true, '\u00e9', Byte.MAX_VALUE, Short.MIN_VALUE, Integer.MAX_VALUE, 3_000_000_000L,
        Float.MIN_VALUE, Math.PI, "caf\u00e9 \u2019", List.of(1, 2), new StringBuilder(),
        new int[0], Integer.MIN_VALUE},
    };
    for (Object[] args : cases) {
      String[] a = (String[]) call(original, null, "all", args);
      String[] b = (String[]) call(rewritten, null, "all", args);
      assertThat(b).as(Arrays.toString(args)).containsExactly(a);
    }
  }

  @Test
  void sameTextInConstructorsLoopsLambdasAndInstanceMethods() throws Exception {
    for (long n : new long[] {0, 3, Long.MAX_VALUE}) {
      assertThat(call(rewritten, null, "constructor", "disk", n, 0.1))
          .isEqualTo(call(original, null, "constructor", "disk", n, 0.1));
    }
    for (int n : new int[] {0, 1, 9}) {
      assertThat(call(rewritten, null, "loop", n)).isEqualTo(call(original, null, "loop", n));
    }
    Object o1 = original.getConstructor(long.class, double.class).newInstance(5L, 2.5);
    Object o2 = rewritten.getConstructor(long.class, double.class).newInstance(5L, 2.5);
    assertThat(call(rewritten, o2, "instance", "tail"))
        .isEqualTo(call(original, o1, "instance", "tail"))
        .isEqualTo("5:tail:2.55");
    assertThat(o2.toString()).isEqualTo(o1.toString()).isEqualTo("Sample(5, 2.5)");
  }

  private static Object call(Class<?> c, Object target, String name, Object... args)
      throws IllegalAccessException, InvocationTargetException {
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        return m.invoke(target, args);
      }
    }
    throw new AssertionError("no method " + name);
  }

  /** Defines the sample's classes from bytes (so both versions can be loaded side by side). */
  private static final class BytesLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    BytesLoader(Map<String, byte[]> classes) {
      super(ConcatInlinerTest.class.getClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] b = classes.get(name);
      if (b == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, b, 0, b.length);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (classes.containsKey(name)) {
          Class<?> c = findLoadedClass(name);
          return c != null ? c : findClass(name);
        }
        return super.loadClass(name, resolve);
      }
    }
  }
}
