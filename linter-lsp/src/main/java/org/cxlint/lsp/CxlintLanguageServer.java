package org.cxlint.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.cxlint.core.model.Problem;
import org.cxlint.core.RuleExplanation;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.Suppressions;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.config.ConfigException;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Fix;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server behind {@code cxlint lsp}: diagnostics for Markdown, HTML and text
 * documents as they are typed, the rule's explanation on hover, quick fixes (the finding's own
 * fixes, and disabling a rule for a line or a file), and readability through
 * {@code cxlint/metrics}.
 *
 * <p>Documents are linted on one thread, newest text first: a change while a lint runs makes
 * that result stale (it is dropped, never published) and queues one lint of the newest text, so
 * a burst of keystrokes costs at most one lint in flight and one waiting, per document. The
 * optional {@code debounceMs} initialization option waits that long after a change before
 * linting (default 0: coalescing alone keeps up with typing). Nothing a client sends stops the
 * server: a failing request or notification is logged to the client (window/logMessage), and
 * the server answers the next one.
 */
public final class CxlintLanguageServer implements LanguageServer, LanguageClientAware,
    CxlintProtocol {
  private static final Set<String> ENGINE_IDS = Set.of(Problem.RULE_ID, Suppressions.RULE_ID);

  private final Supplier<RuleRegistry> rules;
  private volatile DocumentChecker checker;
  private volatile LanguageClient client;
  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
  /** What was last published for a document: the version, its text and findings. */
  private final Map<String, Published> published = new ConcurrentHashMap<>();
  /** Documents with a lint queued that has not started yet. */
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  /** Config files on which a config error is shown. */
  private final Set<String> configErrorsShown = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService lintThread = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "cxlint-lint");
        t.setDaemon(true);
        return t;
      });
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private final AtomicLong lintedVersions = new AtomicLong();
  private volatile long debounceMs;
  private volatile boolean shutdown;

  record Published(int version, String text, List<Finding> findings, boolean bom) {}

  /** @param rules the rules, loaded when first needed (the CLI starts loading them early) */
  public CxlintLanguageServer(Supplier<RuleRegistry> rules) {
    this.rules = rules;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  /** Completes with the exit code when the client sends {@code exit}. */
  public CompletableFuture<Integer> exited() {
    return exited;
  }

  private DocumentChecker checker() {
    DocumentChecker c = checker;
    if (c == null) {
      synchronized (this) {
        if (checker == null) {
          checker = new DocumentChecker(rules.get());
        }
        c = checker;
      }
    }
    return c;
  }

  // ---- lifecycle

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params.getInitializationOptions() instanceof com.google.gson.JsonObject o
        && o.has("debounceMs") && o.get("debounceMs").isJsonPrimitive()) {
      debounceMs = Math.max(0, Math.min(5_000, o.get("debounceMs").getAsLong()));
    }
    var ws = params.getCapabilities() == null ? null : params.getCapabilities().getWorkspace();
    watchedFilesDynamic = ws != null && ws.getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setHoverProvider(true);
    CodeActionOptions actions = new CodeActionOptions(List.of(CodeActionKind.QuickFix));
    caps.setCodeActionProvider(actions);
    // Load the rules and the engine's tables while the client sets itself up.
    lintThread.execute(() -> guard("loading the rules", () -> checker().check(null, "warm-up.md",
        Format.MARKDOWN, "# Warm up\n\nThe form was reviewed by the agency. [Click here](x.pdf).\n")));
    return CompletableFuture.completedFuture(new InitializeResult(caps,
        new ServerInfo("cxlint", org.cxlint.core.Version.current())));
  }

  @Override
  public void initialized(InitializedParams params) {
    guard("initialized", () -> {
      // Ask to hear about config files changing, where the client can watch files for us.
      DidChangeWatchedFilesRegistrationOptions opts = new DidChangeWatchedFilesRegistrationOptions(
          List.of(new FileSystemWatcher(Either.forLeft("**/.cxlint.{yml,yaml}"))));
      if (client != null && watchedFilesDynamic) {
        client.registerCapability(new RegistrationParams(List.of(new Registration(
            "cxlint-config-files", "workspace/didChangeWatchedFiles", opts))));
      }
    });
  }

  private volatile boolean watchedFilesDynamic;

  @Override
  public CompletableFuture<Object> shutdown() {
    // Lints already queued finish first (a few at most: one per open document), so a client
    // that saves and quits still gets its last diagnostics; then no more are started.
    shutdown = true;
    lintThread.shutdown();
    try {
      if (!lintThread.awaitTermination(5, TimeUnit.SECONDS)) {
        lintThread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      lintThread.shutdownNow();
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    lintThread.shutdownNow();
    exited.complete(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocuments;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  // ---- documents

  private final TextDocumentService textDocuments = new TextDocumentService() {
    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
      guard("didOpen", () -> {
        var item = params.getTextDocument();
        Path file = file(item.getUri());
        Format format = format(item.getLanguageId(), item.getUri());
        if (format == null) {
          return; // not a kind of document cxlint reads
        }
        if (checker().refreshConfigs()) {
          relintAll();
        }
        documents.put(item.getUri(), new OpenDocument(item.getUri(), file, name(item.getUri(), file),
            format, item.getVersion(), item.getText()));
        requestLint(item.getUri(), 0);
      });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
      guard("didChange", () -> {
        String uri = params.getTextDocument().getUri();
        OpenDocument d = documents.get(uri);
        if (d == null) {
          return;
        }
        Integer v = params.getTextDocument().getVersion();
        documents.put(uri, d.apply(params.getContentChanges(), v == null ? d.version() + 1 : v));
        requestLint(uri, debounceMs);
      });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
      guard("didSave", () -> {
        String uri = params.getTextDocument().getUri();
        OpenDocument d = documents.get(uri);
        if (d == null) {
          return;
        }
        if (params.getText() != null) {
          documents.put(uri, d.withText(params.getText()));
        }
        if (checker().refreshConfigs()) {
          relintAll();
        } else {
          requestLint(uri, 0);
        }
      });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
      guard("didClose", () -> {
        String uri = params.getTextDocument().getUri();
        if (documents.remove(uri) != null && !shutdown) {
          // Cleared on the lint thread, after any lint of this document still running.
          lintThread.execute(() -> {
            if (!documents.containsKey(uri)) {
              published.remove(uri);
              publish(uri, List.of(), null);
            }
          });
        }
      });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
      return request("hover", () -> hoverAt(params.getTextDocument().getUri(), params.getPosition()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
      return request("codeAction", () -> codeActions(params));
    }
  };

  private final WorkspaceService workspace = new WorkspaceService() {
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
      // cxlint's settings live in .cxlint.yml, not in the editor's settings.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
      guard("didChangeWatchedFiles", () -> {
        checker().forgetConfigs();
        relintAll();
      });
    }
  };

  // ---- linting

  private void requestLint(String uri, long delayMs) {
    if (shutdown || !queued.add(uri)) {
      return; // a lint not yet started will read the newest text
    }
    try {
      lintThread.schedule(() -> lint(uri), delayMs, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      queued.remove(uri);
    }
  }

  private void relintAll() {
    for (String uri : documents.keySet()) {
      requestLint(uri, 0);
    }
  }

  /** On the lint thread. */
  private void lint(String uri) {
    queued.remove(uri);
    OpenDocument d = documents.get(uri);
    if (d == null) {
      return;
    }
    guard("linting " + d.name(), () -> {
      if (d.file() != null && checker().ignored(d.file())) {
        published.put(uri, new Published(d.version(), d.text(), List.of(), false));
        publish(uri, List.of(), d.version());
        return;
      }
      DocumentChecker.Checked c = checker().check(d.file(), d.name(), d.format(), d.text());
      lintedVersions.incrementAndGet();
      showConfigErrors();
      OpenDocument now = documents.get(uri);
      if (now == null || now.version() != d.version() || !now.text().equals(d.text())) {
        return; // stale: a newer text is queued (or the document was closed)
      }
      boolean bom = d.text().startsWith("\uFEFF");
      List<Diagnostic> diagnostics = new ArrayList<>(
          Diagnostics.of(c.findings(), bom, checker().registry()));
      if (c.failure() != null) {
        Diagnostic failed = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
            c.failure(), DiagnosticSeverity.Error, Diagnostics.SOURCE, Problem.RULE_ID);
        diagnostics.add(0, failed);
      }
      published.put(uri, new Published(d.version(), d.text(), c.findings(), bom));
      publish(uri, diagnostics, d.version());
    });
  }

  /** A broken config shows as a diagnostic on the config file; a fixed one clears it. */
  private void showConfigErrors() {
    Set<String> now = new java.util.HashSet<>();
    Set<String> nowShown = new java.util.HashSet<>();
    for (DocumentChecker.ConfigState s : checker().configs()) {
      ConfigException e = s.error();
      if (e == null) {
        continue;
      }
      String uri = s.file().toUri().toString();
      now.add(uri);
      nowShown.add(uri + "\n" + e.getMessage());
      int line = Math.max(0, e.line() - 1);
      int col = Math.max(0, e.column() - 1);
      Diagnostic d = new Diagnostic(new Range(new Position(line, col), new Position(line, col + 1)),
          e.reason() + " cxlint uses its default rules until this is fixed.",
          DiagnosticSeverity.Error, Diagnostics.SOURCE, "config");
      if (configErrorsShown.add(uri + "\n" + e.getMessage())) {
        // once per error, not on every keystroke in a document under this config
        log(MessageType.Warning, "cxlint: " + e.getMessage());
        publish(uri, List.of(d), null);
      }
    }
    for (String shown : List.copyOf(configErrorsShown)) {
      String uri = shown.substring(0, shown.indexOf('\n'));
      if (now.contains(uri) && !nowShown.contains(shown)) {
        configErrorsShown.remove(shown); // replaced by the file's new error
      } else if (!now.contains(uri)) {
        configErrorsShown.remove(shown);
        publish(uri, List.of(), null);
      }
    }
  }

  private void publish(String uri, List<Diagnostic> diagnostics, Integer version) {
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
    }
  }

  // ---- hover and code actions

  private Hover hoverAt(String uri, Position at) {
    Published p = published.get(uri);
    if (p == null) {
      return null;
    }
    StringBuilder md = new StringBuilder();
    Range range = null;
    for (Finding f : p.findings()) {
      Range r = Diagnostics.range(f, p.bom());
      if (!contains(r, at)) {
        continue;
      }
      if (md.length() > 0) {
        md.append("\n---\n\n");
      }
      md.append(RuleExplanation.find(checker().registry(), f.rule())
          .map(RuleExplanation::toMarkdown).orElse("**" + f.rule() + "**\n"));
      range = range == null ? r : range;
    }
    if (md.length() == 0) {
      return null;
    }
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()), range);
  }

  private static boolean contains(Range r, Position p) {
    return !before(p, r.getStart()) && (before(p, r.getEnd()) || r.getStart().equals(r.getEnd())
        && p.equals(r.getStart()));
  }

  private static boolean before(Position a, Position b) {
    return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
  }

  private List<Either<Command, CodeAction>> codeActions(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument d = documents.get(uri);
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    if (d == null) {
      return out;
    }
    ContentDocument parsed = null;
    Set<String> fileRules = new java.util.LinkedHashSet<>();
    for (Diagnostic diag : params.getContext().getDiagnostics()) {
      if (!Diagnostics.SOURCE.equals(diag.getSource()) || diag.getCode() == null
          || !diag.getCode().isLeft()) {
        continue;
      }
      String rule = diag.getCode().getLeft();
      Published p = published.get(uri);
      if (p != null && p.version() == d.version() && p.text().equals(d.text())) {
        for (Finding f : p.findings()) {
          if (f.rule().equals(rule) && Diagnostics.range(f, p.bom()).equals(diag.getRange())) {
            for (Fix fix : f.fixes()) {
              out.add(Either.forRight(fixAction(d, p.bom(), fix, f.fixes().size() == 1 || fix.safe(), diag)));
            }
          }
        }
      }
      if (ENGINE_IDS.contains(rule) || checker().registry().find(rule).isEmpty()) {
        continue;
      }
      if (parsed == null) {
        parsed = checker().parse(d.name(), d.format(), d.text());
      }
      int line = diag.getRange().getStart().getLine() + 1;
      boolean bom = d.text().startsWith("\uFEFF");
      Optional<SuppressionEdits.Edit> lineEdit = SuppressionEdits.forLine(parsed, rule, line);
      if (lineEdit.isPresent()) {
        out.add(Either.forRight(action("Disable " + rule + " for this line", d, lineEdit.get(),
            bom, diag)));
      }
      if (fileRules.add(rule)) {
        SuppressionEdits.Edit fileEdit = SuppressionEdits.forFile(parsed, rule);
        out.add(Either.forRight(action("Disable " + rule + " for this file", d, fileEdit, bom,
            diag)));
      }
    }
    return out;
  }

  /** The finding's own fix, in the document's positions. */
  private static CodeAction fixAction(OpenDocument d, boolean bom, Fix fix, boolean preferred,
      Diagnostic diag) {
    int shift = bom ? 1 : 0;
    List<TextEdit> edits = new ArrayList<>();
    for (org.cxlint.core.rule.TextEdit e : fix.edits()) {
      edits.add(new TextEdit(new Range(TextPositions.position(d.text(), e.start() + shift),
          TextPositions.position(d.text(), e.end() + shift)), e.replacement()));
    }
    CodeAction a = new CodeAction(fix.title());
    a.setKind(CodeActionKind.QuickFix);
    a.setDiagnostics(List.of(diag));
    a.setIsPreferred(preferred);
    a.setEdit(new WorkspaceEdit(Map.of(d.uri(), edits)));
    return a;
  }

  private static CodeAction action(String title, OpenDocument d, SuppressionEdits.Edit e,
      boolean bom, Diagnostic diag) {
    // Edits are in offsets of the text the engine saw (without a byte-order mark).
    int shift = bom ? 1 : 0;
    Range range = new Range(TextPositions.position(d.text(), e.start() + shift),
        TextPositions.position(d.text(), e.end() + shift));
    CodeAction a = new CodeAction(title);
    a.setKind(CodeActionKind.QuickFix);
    a.setDiagnostics(List.of(diag));
    a.setEdit(new WorkspaceEdit(Map.of(d.uri(), List.of(new TextEdit(range, e.text())))));
    return a;
  }

  // ---- cxlint/metrics, cxlint/heap

  @Override
  public CompletableFuture<Map<String, Object>> metrics(TextDocumentIdentifier document) {
    return request("cxlint/metrics", () -> {
      OpenDocument d = document == null ? null : documents.get(document.getUri());
      if (d == null) {
        return null;
      }
      DocumentChecker.Readability r = checker().readability(d.name(), d.format(), d.text());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("uri", d.uri());
      out.put("version", d.version());
      out.putAll(figures(r.page()));
      List<Map<String, Object>> sections = new ArrayList<>();
      for (SectionMetrics s : r.sections()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heading", s.heading());
        m.put("line", s.line() - 1);
        m.putAll(figures(s.metrics()));
        sections.add(m);
      }
      out.put("sections", sections);
      return out;
    });
  }

  private static Map<String, Object> figures(Metrics m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("words", m.words());
    out.put("sentences", m.sentences());
    out.put("syllables", m.syllables());
    out.put("complexWords", m.complexWords());
    out.put("fleschReadingEase", score(m.fleschReadingEase()));
    out.put("fleschKincaidGrade", score(m.fleschKincaidGrade()));
    out.put("gunningFog", score(m.gunningFog()));
    out.put("smogIndex", score(m.smogIndex()));
    out.put("colemanLiauIndex", score(m.colemanLiauIndex()));
    out.put("automatedReadabilityIndex", score(m.automatedReadabilityIndex()));
    return out;
  }

  private static Double score(double v) {
    return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : null;
  }

  @Override
  public CompletableFuture<Map<String, Object>> heap() {
    return request("cxlint/heap", () -> {
      Runtime rt = Runtime.getRuntime();
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("usedBytes", rt.totalMemory() - rt.freeMemory());
      out.put("lintedVersions", lintedVersions.get());
      return out;
    });
  }

  // ---- failures never stop the server

  /** Runs a notification's work; a failure is logged to the client and the server goes on. */
  private void guard(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      logFailure(what, e);
    }
  }

  /** A request's answer, computed now; a failure is logged to the client and answers null. */
  private <T> CompletableFuture<T> request(String what, Supplier<T> work) {
    try {
      return CompletableFuture.completedFuture(work.get());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      logFailure(what, e);
      return CompletableFuture.completedFuture(null);
    }
  }

  private void logFailure(String what, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    log(MessageType.Error, "cxlint: " + what + " failed: " + e + " (please report it)\n" + trace);
  }

  private void log(MessageType type, String message) {
    LanguageClient c = client;
    if (c != null) {
      c.logMessage(new MessageParams(type, message));
    }
  }

  // ---- documents' names and formats

  private static Path file(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Path.of(u) : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  private static String name(String uri, Path file) {
    if (file != null) {
      return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
    int slash = uri.lastIndexOf('/');
    return slash >= 0 && slash < uri.length() - 1 ? uri.substring(slash + 1) : uri;
  }

  /** The format for an editor's language id, else the URI's extension; null: not ours. */
  static Format format(String languageId, String uri) {
    if (languageId != null) {
      switch (languageId) {
        case "markdown", "markdown.mdx", "hugo" -> {
          return Format.MARKDOWN;
        }
        case "html", "htm" -> {
          return Format.HTML;
        }
        case "plaintext", "text", "txt" -> {
          return Format.TEXT;
        }
        default -> { }
      }
    }
    String path = uri;
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    return Format.forFileName(path);
  }
}
