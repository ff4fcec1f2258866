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
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

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
            double d, String str, Object o, CharSequence cs, int[] arr, Integer boxed,
            char[] chars) {
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
            "chars " + chars + " boxed " + boxed,
          };
        }

        public static String guarded(String s, int n) {
          try {
            if (n < 0) {
              throw new IllegalArgumentException("negative " + n + " for " + s);
            }
            return "ok " + s.length() + s;
          } catch (NullPointerException e) {
            return "null at " + n;
          } catch (IllegalArgumentException e) {
            return "caught " + e.getMessage() + '!';
          }
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
    char[] chars = {'a', 'b'};
    Object[][] cases = {
      {true, 'x', (byte) -7, (short) 300, 42, Long.MIN_VALUE, 1.5f, Double.NaN, "str",
        new StringBuilder("sb"), "cs", new int[3], 7, chars},
      {false, '\u0001', (byte) 0, (short) 0, -1, 0L, -0.0f, 1e300, null, null, null, null, null,
        null},
      {true, '\u00e9', Byte.MAX_VALUE, Short.MIN_VALUE, Integer.MAX_VALUE, 3_000_000_000L,
        Float.MIN_VALUE, Math.PI, "caf\u00e9 \u2019", List.of(1, 2), new StringBuilder(),
        new int[0], Integer.MIN_VALUE, new char[0]},
    };
    for (Object[] args : cases) {
      String[] a = (String[]) call(original, null, "all", args);
      String[] b = (String[]) call(rewritten, null, "all", args);
      assertThat(b).as(Arrays.toString(args)).containsExactly(a);
    }
    // a char[] is an object to concatenation ("[C@..."), not its chars
    String[] withChars = (String[]) call(rewritten, null, "all", cases[0]);
    assertThat(withChars[withChars.length - 1]).startsWith("chars [C@").doesNotContain("ab");
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
    for (Object[] args : new Object[][] {{"x", 1}, {"x", -2}, {null, 3}}) {
      assertThat(call(rewritten, null, "guarded", args))
          .isEqualTo(call(original, null, "guarded", args));
    }
    assertThat(call(rewritten, null, "guarded", "x", -2)).isEqualTo("caught negative -2 for x!");
    Object o1 = original.getConstructor(long.class, double.class).newInstance(5L, 2.5);
    Object o2 = rewritten.getConstructor(long.class, double.class).newInstance(5L, 2.5);
    assertThat(call(rewritten, o2, "instance", "tail"))
        .isEqualTo(call(original, o1, "instance", "tail"))
        .isEqualTo("5:tail:2.55");
    assertThat(o2.toString()).isEqualTo(o1.toString()).isEqualTo("Sample(5, 2.5)");
  }

  /** makeConcat (javac never emits it) and a recipe of more literal text than one ldc holds. */
  @Test
  void makeConcatAndLongRecipesAsTheFactoryDoes() throws Exception {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "gen/Concat", null, "java/lang/Object", null);
    String desc = "(Ljava/lang/String;ILjava/lang/Object;)Ljava/lang/String;";
    String factory = "java/lang/invoke/StringConcatFactory";
    String lookup = "Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
        + "Ljava/lang/invoke/MethodType;";
    Handle plain = new Handle(Opcodes.H_INVOKESTATIC, factory, "makeConcat",
        "(" + lookup + ")Ljava/lang/invoke/CallSite;", false);
    Handle withConstants = new Handle(Opcodes.H_INVOKESTATIC, factory,
        "makeConcatWithConstants", "(" + lookup
            + "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
    // 40,000 bytes of modified UTF-8 each: together more than one class-file constant holds
    String longText = "\u20acx".repeat(10_000);
    String longConstant = "\u20acy".repeat(10_000);
    String recipe = "<\u0001" + longText + "\u0002\u0001\u0002\u0001>";
    for (String[] m : new String[][] {{"plain", null}, {"constants", recipe}}) {
      MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, m[0], desc, null,
          null);
      mv.visitCode();
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitVarInsn(Opcodes.ILOAD, 1);
      mv.visitVarInsn(Opcodes.ALOAD, 2);
      if (m[1] == null) {
        mv.visitInvokeDynamicInsn("makeConcat", desc, plain);
      } else {
        mv.visitInvokeDynamicInsn("makeConcatWithConstants", desc, withConstants, m[1],
            longConstant, "[\u0001 tag in a constant]");
      }
      mv.visitInsn(Opcodes.ARETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
    }
    cw.visitEnd();
    byte[] bytes = cw.toByteArray();
    int[] count = {0};
    byte[] inlined = ConcatInliner.rewrite(bytes, count);
    assertThat(count[0]).isEqualTo(2);
    Class<?> a = new BytesLoader(Map.of("gen.Concat", bytes)).loadClass("gen.Concat");
    Class<?> b = new BytesLoader(Map.of("gen.Concat", inlined)).loadClass("gen.Concat");
    for (Object[] args : new Object[][] {{"s", 7, List.of()}, {null, -1, null}}) {
      for (String m : new String[] {"plain", "constants"}) {
        assertThat(call(b, null, m, args)).isEqualTo(call(a, null, m, args));
      }
    }
    assertThat((String) call(b, null, "constants", "s", 7, "o"))
        .isEqualTo("<s" + longText + longConstant + "7[\u0001 tag in a constant]o>");
  }

  /** The jar keeps its entries, their order and every byte but the rewritten classes'. */
  @Test
  void rewritesAJarInPlace() throws IOException {
    byte[] sample = Files.readAllBytes(dir.resolve("classes/sample/Sample.class"));
    byte[] manifest = "Manifest-Version: 1.0\r\nMain-Class: sample.Sample\r\n\r\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("META-INF/MANIFEST.MF", manifest);
    entries.put("sample/", new byte[0]);
    entries.put("sample/Sample.class", sample);
    entries.put("notes.txt", "makeConcatWithConstants is just text here".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    entries.put("META-INF/versions/11/sample/Sample.class", sample);
    Path jar = dir.resolve("round-trip.jar");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    ConcatInliner.main(new String[] {jar.toString()});
    ConcatInliner.main(new String[] {jar.toString()}); // a second run changes nothing
    List<String> names = new java.util.ArrayList<>();
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(jar))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        byte[] bytes = in.readAllBytes();
        if (e.getName().endsWith(".class")) {
          assertThat(bytes).isNotEqualTo(sample);
          int[] left = {0};
          ConcatInliner.rewrite(bytes, left);
          assertThat(left[0]).as(e.getName()).isZero();
        } else {
          assertThat(bytes).as(e.getName()).isEqualTo(entries.get(e.getName()));
        }
      }
    }
    assertThat(names).containsExactlyElementsOf(entries.keySet());
    assertThat(dir.resolve("round-trip.jar.inlining")).doesNotExist();
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
