package org.cxlint.core;

import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.cxlint.core.analysis.TextAnalysis;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;

/**
 * Start-up work done ahead of time. A writer's one-file run is mostly first-time costs: the
 * first Markdown parse takes 140 ms where the next takes 20, because flexmark, jsoup and
 * SnakeYAML load and initialize some 900 classes on the way (issue 7). The command line starts
 * {@link #parsing} on a background thread before it even reads its arguments, so that cost
 * overlaps picocli's own start-up on the second core.
 *
 * <p>Two threads initializing the same classes at once could deadlock on a cycle in their static
 * initializers, so the warm-up is registered before it runs and the {@link Linter} waits for it
 * ({@link #await}) before its first parse: the classes are initialized by one thread only.
 */
public final class WarmUp {
  private static volatile FutureTask<Void> pending;

  private WarmUp() {}

  /**
   * A task that parses and analyses a small built-in sample of each of {@code formats}, registered
   * now: linting waits for it to finish (run it on any thread, once; it never throws). When no
   * format is given the task does nothing and nothing waits for it.
   */
  public static Runnable parsing(Set<Format> formats) {
    if (formats.isEmpty()) {
      return () -> {};
    }
    FutureTask<Void> task = new FutureTask<>(() -> {
      for (Format f : formats) {
        ContentDocument d = Parsers.parse(SourceFile.of("warm-up" + extension(f), sample(f)), f);
        TextAnalysis.of(d).sentences();
      }
      return null;
    });
    pending = task;
    return task;
  }

  /** Waits for a registered warm-up, if any; its failure is ignored (parsing meets it again). */
  static void await() {
    FutureTask<Void> task = pending;
    if (task == null) {
      return;
    }
    try {
      task.get();
    } catch (ExecutionException e) {
      // the real parse meets the same failure and reports it for the file
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pending = null;
  }

  private static String extension(Format f) {
    return switch (f) {
      case MARKDOWN -> ".md";
      case HTML -> ".html";
      case TEXT -> ".txt";
    };
  }

  /** A page using the constructs the parsers handle, so their code paths are loaded. */
  static String sample(Format f) {
    return switch (f) {
      case MARKDOWN -> """
          ---
          title: "Plain language (PL) guide"
          summary: A short page about writing.
          date: 2024-01-02
          tags: [writing, forms]
          ---

          # Plain language

          Write for the reader. Use short words, e.g. "use" not "utilize".
          See the [guide](https://www.plainlanguage.gov/guidelines/ "Guide") and
          {{< ref "about.md" >}}, or <https://digital.gov/> and https://www.usa.gov.

          ## Files

          - [Report (PDF, 420 KB)](/files/report.pdf)
          - **Bold**, _emphasis_, `code` and ![A chart](/img/chart.png)

          | Form | Size |
          |------|------|
          | A-1  | 2 MB |

          > A quote.

          ```
          code block
          ```

          <div class="note"><a href="/contact/">Contact us</a> <img src="/x.png" alt=""></div>

          {{< asset-static file="guide.pdf" label="Guide (PDF, 1 MB)" >}}
          """;
      case HTML -> """
          <!DOCTYPE html>
          <html lang="en"><head><title>Plain language</title>
          <meta name="viewport" content="width=device-width, initial-scale=1"></head>
          <body><header><nav><a href="/">Home</a></nav></header>
          <main><h1>Plain language</h1><p>Write for the reader. See the
          <a href="/guide.pdf">guide (PDF, 420 KB)</a>.</p>
          <img src="/chart.png" alt="A chart"><table><tr><th>Form</th></tr><tr><td>A-1</td></tr>
          </table><form><label for="q">Search</label><input id="q"><button>Go</button></form>
          </main><footer><a href="https://www.usa.gov/">USA.gov</a></footer></body></html>
          """;
      case TEXT -> "Plain language\n\nWrite for the reader. Use short words, e.g. \"use\".\n";
    };
  }
}
