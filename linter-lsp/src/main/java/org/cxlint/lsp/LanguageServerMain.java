package org.cxlint.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cxlint.core.RuleRegistry;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs {@code cxlint lsp} over a pair of streams (standard input and output). Only this class
 * and the ones it reaches load LSP4J, so the other commands never pay for it.
 */
public final class LanguageServerMain {
  private LanguageServerMain() {}

  /**
   * Serves until the client sends {@code exit} or closes its end.
   *
   * @return 0 after shutdown and exit, 1 when the client left without shutdown
   */
  public static int run(InputStream in, OutputStream out, Supplier<RuleRegistry> rules) {
    CxlintLanguageServer server = new CxlintLanguageServer(rules);
    Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
        .setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(in)
        .setOutput(out)
        .create();
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    Thread watcher = new Thread(() -> {
      try {
        listening.get();
      } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
        // the stream ended: the client is gone
      }
      server.exited().complete(1);
    }, "cxlint-lsp-input");
    watcher.setDaemon(true);
    watcher.start();
    try {
      return server.exited().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (ExecutionException e) {
      return 1;
    } finally {
      listening.cancel(true);
    }
  }

  /** {@code java -cp … org.cxlint.lsp.LanguageServerMain}: the server on standard streams. */
  public static void main(String[] args) {
    PrintStream stdout = System.out;
    System.setOut(System.err); // a stray print must not corrupt the protocol's stream
    int code = run(System.in, stdout, RuleRegistry::load);
    System.exit(code);
  }
}
