package org.cxlint.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a report or the cache is written, and the temporary files on the way there.
 *
 * <ul>
 *   <li>A target that is a symbolic link is written through: its final target is replaced, the
 *       link stays.
 *   <li>A directory, device, FIFO or socket is refused: a report only ever replaces a regular
 *       file (standard output is named {@code -} by the command line, never a device path).
 *   <li>{@link #checkDistinct} refuses a target that is also an input, by any spelling or through
 *       a link, and two outputs to one file.
 *   <li>Every temporary file is registered with the front end's {@link TempFiles} until it is
 *       moved into place or removed; the command line removes the ones still pending when it is
 *       stopped (SIGINT, SIGTERM), so an interrupted run leaves no hidden partial files.
 * </ul>
 */
public final class ReportTarget {
  private ReportTarget() {}

  /**
   * The file to replace when writing to {@code target}: {@code target} itself, or the file a
   * symbolic link (or chain of links) points to.
   *
   * @throws IOException naming the problem when the target is a directory, a device, a FIFO or
   *     a socket, or a chain of links too long to follow
   */
  public static Path resolve(Path target) throws IOException {
    Path p = target.toAbsolutePath().normalize();
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops > 40) {
        throw new FileSystemException(null, null, target + ": too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(p);
      p = p.getParent().resolve(link).normalize();
    }
    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) {
        throw new FileSystemException(null, null, target + " is " + kind(a)
            + ", not a regular file; cxlint writes reports and its cache only to regular files"
            + " (use - for standard output)");
      }
    }
    return p;
  }

  private static String kind(BasicFileAttributes a) {
    if (a.isDirectory()) {
      return "a directory";
    }
    if (a.isOther()) {
      return "a device, a FIFO or a socket";
    }
    return "not a regular file";
  }

  /**
   * Checks a run's outputs before anything is written.
   *
   * @param outputs each output file with what it is for a message ("the json report", "the
   *     cache")
   * @param inputs files the run reads (files named on the command line, files found in
   *     directories)
   * @return null when all is well, else a sentence saying which output clashes with what
   */
  public static String checkDistinct(Map<Path, String> outputs, Collection<Path> inputs) {
    Map<Path, String> seen = new LinkedHashMap<>();
    for (Map.Entry<Path, String> o : outputs.entrySet()) {
      try {
        resolve(o.getKey());
      } catch (IOException e) {
        return "cannot write " + o.getValue() + " to " + o.getKey().normalize() + ": "
            + describe(e);
      }
      Path id = identity(o.getKey());
      String before = seen.putIfAbsent(id, o.getValue());
      if (before != null) {
        return before + " and " + o.getValue() + " would both be written to " + o.getKey().normalize()
            + ": give each its own file.";
      }
    }
    if (seen.isEmpty()) {
      return null;
    }
    for (Path in : inputs) {
      if (!Files.isRegularFile(in)) {
        continue;
      }
      Path id = identity(in);
      String what = seen.get(id);
      if (what == null) {
        for (Map.Entry<Path, String> o : seen.entrySet()) {
          if (Files.exists(o.getKey()) && sameFile(o.getKey(), in)) {
            what = o.getValue();
            break;
          }
        }
      }
      if (what != null) {
        return what + " would overwrite " + in + ", a file being linted: write it somewhere"
            + " else.";
      }
    }
    return null;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The path a file is known by: its real path, or its real directory and its name. */
  static Path identity(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      if (parent == null) {
        return abs;
      }
      try {
        return identity(parent).resolve(abs.getFileName());
      } catch (RuntimeException ex) {
        return abs;
      }
    }
  }

  /**
   * Creates a new temporary file next to {@code file} (usual permissions, not 0600: a report is
   * for others to read) and registers it with {@code temps} for removal if the run is stopped.
   *
   * @return the temporary file and a stream writing to it
   */
  public static Temp createTemp(Path file, TempFiles temps) throws IOException {
    Path dir = file.getParent();
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      // a file where a directory of the path should be
      throw new FileSystemException(null, null, (e.getFile() == null ? dir.toString() : e.getFile())
          + " is not a directory");
    }
    for (int attempt = 0; ; attempt++) {
      if (temps.stopping()) {
        throw new IOException("the run is being stopped");
      }
      Path tmp = dir.resolve("." + file.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      temps.add(tmp);
      try {
        return new Temp(tmp, Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE));
      } catch (FileAlreadyExistsException e) {
        temps.remove(tmp);
        if (attempt > 100) {
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        temps.remove(tmp);
        throw e;
      }
    }
  }

  /** A temporary file being written. */
  public record Temp(Path path, OutputStream stream) {}

  /**
   * Moves a finished temporary file over {@code file} in one step; never over anything but a
   * regular file.
   */
  public static void replace(Path tmp, Path file, TempFiles temps) throws IOException {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(file.toString(), null,
          "it is no longer a regular file, so cxlint did not replace it");
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    temps.remove(tmp);
  }

  /** Removes a temporary file that will not be moved into place. */
  public static void discard(Path tmp, TempFiles temps) throws IOException {
    try {
      Files.deleteIfExists(tmp);
    } finally {
      temps.remove(tmp);
    }
  }

  /**
   * A sentence saying why a file operation failed: the system's reason ("permission denied",
   * "no space left on device") with the file it concerns, never a bare path.
   */
  public static String describe(IOException e) {
    if (e instanceof FileSystemException f) {
      String reason = f.getReason();
      if (reason == null) {
        reason = e instanceof AccessDeniedException ? "permission denied"
            : e instanceof NoSuchFileException ? "no such file or directory"
            : e instanceof FileAlreadyExistsException ? "the file already exists"
            : e instanceof NotDirectoryException ? "not a directory"
            : e instanceof DirectoryNotEmptyException ? "the directory is not empty"
            : e.getClass().getSimpleName();
      } else {
        // The system's own words ("Permission denied") read as part of a sentence.
        reason = reason.matches("[A-Z][a-z]+( [a-z]+)*")
            ? Character.toLowerCase(reason.charAt(0)) + reason.substring(1) : reason;
      }
      String file = f.getFile();
      return Visible.of(file == null ? reason : reason + " (" + file + ")");
    }
    return Visible.of(e.getMessage() == null ? e.toString() : e.getMessage());
  }
}
