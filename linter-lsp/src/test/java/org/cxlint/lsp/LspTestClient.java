package org.cxlint.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.cxlint.core.RuleRegistry;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An LSP4J client connected through pipes to a {@code cxlint lsp} server running in this JVM
 * (LanguageServerMain.run, the code the command runs), recording what the server sends.
 */
final class LspTestClient implements LanguageClient, AutoCloseable {
  /** The server's interface with cxlint's own requests. */
  interface Server extends LanguageServer, CxlintProtocol {}

  final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  final List<MessageParams> logs = new java.util.concurrent.CopyOnWriteArrayList<>();
  final Server server;
  final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private final Thread serverThread;
  private final List<java.net.Socket> sockets;

  LspTestClient(RuleRegistry rules) throws IOException {
    // A local socket rather than piped streams: a pipe fails its reader ("write end dead") once
    // a thread that wrote to it ends, and the server writes from more than one thread.
    java.net.Socket serverSide;
    java.net.Socket clientSide;
    try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      clientSide = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
          listener.getLocalPort());
      serverSide = listener.accept();
    }
    this.sockets = List.of(serverSide, clientSide);
    InputStream serverIn = serverSide.getInputStream();
    OutputStream toClient = serverSide.getOutputStream();
    InputStream clientIn = clientSide.getInputStream();
    OutputStream toServer = clientSide.getOutputStream();
    serverThread = new Thread(() -> {
      try {
        exitCode.complete(LanguageServerMain.run(serverIn, toClient, () -> rules));
      } catch (Throwable t) {
        exitCode.completeExceptionally(t);
      }
    }, "test-lsp-server");
    serverThread.setDaemon(true);
    serverThread.start();
    Launcher<Server> launcher = new LSPLauncher.Builder<Server>()
        .setLocalService(this)
        .setRemoteInterface(Server.class)
        .setInput(clientIn)
        .setOutput(toServer)
        .create();
    launcher.startListening();
    server = launcher.getRemoteProxy();
  }

  void initialize(Object options) throws Exception {
    InitializeParams p = new InitializeParams();
    p.setCapabilities(new ClientCapabilities());
    p.setInitializationOptions(options);
    server.initialize(p).get(30, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  /** The next diagnostics for {@code uri} that match, skipping others; fails after 30 s. */
  PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> p)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < end) {
      PublishDiagnosticsParams d = diagnostics.poll(100, TimeUnit.MILLISECONDS);
      if (d == null) {
        continue;
      }
      if (d.getUri().equals(uri) && p.test(d)) {
        return d;
      }
      seen.add(d.getUri() + " v" + d.getVersion() + ": " + d.getDiagnostics().size());
    }
    throw new AssertionError("no matching diagnostics for " + uri + " within 30 s; saw " + seen
        + "; logs " + logs);
  }

  PublishDiagnosticsParams awaitVersion(String uri, int version) throws InterruptedException {
    return awaitDiagnostics(uri, d -> d.getVersion() != null && d.getVersion() == version);
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams d) {
    diagnostics.add(d);
  }

  @Override
  public void showMessage(MessageParams m) {
    logs.add(m);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams m) {
    logs.add(m);
  }

  @Override
  public void close() throws Exception {
    try {
      server.shutdown().get(10, TimeUnit.SECONDS);
      server.exit();
      exitCode.get(10, TimeUnit.SECONDS);
    } finally {
      serverThread.interrupt();
      // Closing the sockets ends both readers; that is no error worth a stack trace here.
      java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer")
          .setLevel(java.util.logging.Level.OFF);
      for (java.net.Socket s : sockets) {
        s.close();
      }
    }
  }
}
