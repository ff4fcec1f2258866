package org.cxlint.cli.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A build step, not part of cxlint: rewrites the string concatenations of the libraries in the
 * packaged jar from invokedynamic ({@code StringConcatFactory}, what javac emits for Java 9 and
 * later) to the StringBuilder code javac emits with {@code -XDstringConcat=inline}, which cxlint's
 * own classes are compiled with.
 *
 * <p>Why: the JVM links each invokedynamic concatenation the first time it runs, spinning
 * method-handle classes for every new shape, and a class-data-sharing archive cannot keep them.
 * flexmark builds its parser's regular expressions with some sixty concatenations, so a one-file
 * check spent about 15 ms of its start-up linking them (measured side by side; see
 * bench/start-up-image.sh). The rewritten code appends the same values in the same order through
 * {@code StringBuilder.append}, which gives the same text as {@code String.valueOf} for every
 * argument type (ConcatInlinerTest compares the two over all of them).
 *
 * <p>Run at {@code package} by linter-cli's POM in source-file mode ({@code java -cp asm.jar
 * ConcatInliner.java JAR}); it rewrites the jar in place and prints how many sites it rewrote.
 * A class without such a concatenation is copied byte for byte.
 */
public final class ConcatInliner {
  private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
  private static final String BUILDER = "java/lang/StringBuilder";
  private static final char ARG = '\u0001';
  private static final char CONSTANT = '\u0002';

  private ConcatInliner() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ConcatInliner JAR (rewritten in place)");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    Path tmp = jar.resolveSibling(jar.getFileName() + ".inlining");
    int[] totals = new int[2];
    try (InputStream raw = Files.newInputStream(jar);
        ZipInputStream in = new ZipInputStream(new BufferedInputStream(raw, 1 << 16));
        OutputStream rawOut = Files.newOutputStream(tmp);
        ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(rawOut, 1 << 16))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().endsWith(".class")) {
          int[] sites = {0};
          byte[] rewritten = rewrite(bytes, sites);
          if (sites[0] > 0) {
            bytes = rewritten;
            totals[0]++;
            totals[1] += sites[0];
          }
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("ConcatInliner: " + totals[1] + " string concatenations in " + totals[0]
        + " classes of " + jar.getFileName() + " now use StringBuilder");
  }

  /**
   * The class with its invokedynamic concatenations rewritten; {@code sites[0]} gets how many.
   * The class's bytes are returned as they were when it has none.
   */
  public static byte[] rewrite(byte[] classFile, int[] sites) {
    ClassReader reader = new ClassReader(classFile);
    // The first pass finds each method's locals, so that the rewrite can keep the arguments of
    // a concatenation in locals above them. The stack map frames stay valid: no branch target is
    // added, and a frame may declare fewer locals than are set.
    Map<String, Integer> maxLocals = new HashMap<>();
    int[] found = {0};
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String signature,
          String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... bsmArgs) {
            if (isConcat(bsm)) {
              found[0]++;
            }
          }

          @Override
          public void visitMaxs(int maxStack, int locals) {
            maxLocals.put(name + desc, locals);
          }
        };
      }
    }, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
    if (found[0] == 0) {
      return classFile;
    }
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String signature,
          String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, desc, signature, exceptions);
        return new Inliner(next, maxLocals.getOrDefault(name + desc, 0), sites);
      }
    }, 0);
    return writer.toByteArray();
  }

  private static boolean isConcat(Handle bsm) {
    return bsm.getOwner().equals(FACTORY) && (bsm.getName().equals("makeConcatWithConstants")
        || bsm.getName().equals("makeConcat"));
  }

  /** Replaces each concatenation of one method. */
  private static final class Inliner extends MethodVisitor {
    private final int firstFreeLocal;
    private final int[] sites;

    Inliner(MethodVisitor next, int firstFreeLocal, int[] sites) {
      super(Opcodes.ASM9, next);
      this.firstFreeLocal = firstFreeLocal;
      this.sites = sites;
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String desc, Handle bsm, Object... bsmArgs) {
      if (!isConcat(bsm)) {
        super.visitInvokeDynamicInsn(name, desc, bsm, bsmArgs);
        return;
      }
      sites[0]++;
      Type[] types = Type.getArgumentTypes(desc);
      String recipe = bsm.getName().equals("makeConcat") ? String.valueOf(ARG).repeat(types.length)
          : (String) bsmArgs[0];
      // The arguments are on the stack, the last on top: store them, last first.
      int[] slots = new int[types.length];
      int slot = firstFreeLocal;
      for (int i = 0; i < types.length; i++) {
        slots[i] = slot;
        slot += types[i].getSize();
      }
      for (int i = types.length - 1; i >= 0; i--) {
        super.visitVarInsn(types[i].getOpcode(Opcodes.ISTORE), slots[i]);
      }
      super.visitTypeInsn(Opcodes.NEW, BUILDER);
      super.visitInsn(Opcodes.DUP);
      super.visitMethodInsn(Opcodes.INVOKESPECIAL, BUILDER, "<init>", "()V", false);
      StringBuilder text = new StringBuilder();
      int arg = 0;
      int constant = 1;
      for (int i = 0; i < recipe.length(); i++) {
        char c = recipe.charAt(i);
        if (c == ARG) {
          appendText(text);
          Type t = types[arg];
          super.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slots[arg]);
          arg++;
          super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "append",
              "(" + appendType(t) + ")L" + BUILDER + ";", false);
        } else if (c == CONSTANT) {
          // Each piece in an ldc of its own: a class-file constant holds at most 65,535 bytes,
          // and the recipe's text and each constant fitted in one before, but not always both.
          appendText(text);
          text.append(bsmArgs[constant++]);
          appendText(text);
        } else {
          text.append(c);
        }
      }
      appendText(text);
      super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;",
          false);
    }

    private void appendText(StringBuilder text) {
      if (text.length() > 0) {
        super.visitLdcInsn(text.toString());
        super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "append",
            "(Ljava/lang/String;)L" + BUILDER + ";", false);
        text.setLength(0);
      }
    }

    /**
     * The append overload javac's inline strategy calls: byte and short as int, String as
     * String, every other reference type as Object (String.valueOf, as the factory does).
     */
    private static String appendType(Type t) {
      return switch (t.getSort()) {
        case Type.BOOLEAN -> "Z";
        case Type.CHAR -> "C";
        case Type.BYTE, Type.SHORT, Type.INT -> "I";
        case Type.LONG -> "J";
        case Type.FLOAT -> "F";
        case Type.DOUBLE -> "D";
        default -> t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;"
            : "Ljava/lang/Object;";
      };
    }
  }
}
