package org.cxlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cxlint.core.RuleRegistry;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server driven by an LSP4J client, as an editor drives it. */
class LanguageServerTest {
  private static RuleRegistry rules;

  @TempDir Path dir;
  private LspTestClient client;

  @BeforeAll
  static void loadRules() {
    rules = RuleRegistry.load();
  }

  @BeforeEach
  void start() throws Exception {
    client = new LspTestClient(rules);
    client.initialize(null);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    assertThat(client.exitCode.get(10, TimeUnit.SECONDS)).isZero();
  }

  private String open(String name, String languageId, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // a lone surrogate becomes "?"
    String uri = file.toUri().toString();
    client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(uri, languageId, 1, text)));
    return uri;
  }

  private static List<Diagnostic> ofRule(PublishDiagnosticsParams p, String rule) {
    return p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals(rule)).toList();
  }

  private static String apply(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparing((TextEdit e) -> TextPositions.offset(text, e.getRange().getStart())).reversed());
    String t = text;
    for (TextEdit e : sorted) {
      int s = TextPositions.offset(t, e.getRange().getStart());
      int end = TextPositions.offset(t, e.getRange().getEnd());
      t = t.substring(0, s) + e.getNewText() + t.substring(end);
    }
    return t;
  }

  private void change(String uri, int version, Range range, String text) {
    TextDocumentContentChangeEvent c = range == null ? new TextDocumentContentChangeEvent(text)
        : new TextDocumentContentChangeEvent(range, text);
    client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version), List.of(c)));
  }

  private List<CodeAction> actions(String uri, Diagnostic d) throws Exception {
    var result = client.server.getTextDocumentService().codeAction(new CodeActionParams(
        new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d))))
        .get(30, TimeUnit.SECONDS);
    return result.stream().map(Either::getRight).toList();
  }

  @Test
  void openEditCodeActionApplyAndTheDiagnosticIsGone() throws Exception {
    String text = "# Forms\n\nSend the form by May 1.\nThe agency shall review it.\n";
    String uri = open("page.md", "markdown", text);

    PublishDiagnosticsParams first = client.awaitVersion(uri, 1);
    Diagnostic shall = ofRule(first, "shall").get(0);
    assertThat(shall.getRange()).isEqualTo(new Range(new Position(3, 11), new Position(3, 16)));
    assertThat(shall.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(shall.getSource()).isEqualTo("cxlint");
    assertThat(shall.getCodeDescription().getHref()).startsWith("https://www.plainlanguage.gov/");
    assertThat(shall.getMessage()).contains("“shall”");

    // An incremental edit moves the finding: "The agency shall" -> "The busy agency shall".
    change(uri, 2, new Range(new Position(3, 4), new Position(3, 4)), "busy ");
    text = text.replace("The agency", "The busy agency");
    shall = ofRule(client.awaitVersion(uri, 2), "shall").get(0);
    assertThat(shall.getRange().getStart()).isEqualTo(new Position(3, 16));

    // Hover on it explains the rule, as cxlint explain does, in Markdown.
    Hover hover = client.server.getTextDocumentService().hover(new HoverParams(
        new TextDocumentIdentifier(uri), new Position(3, 18))).get(30, TimeUnit.SECONDS);
    assertThat(hover.getContents().getRight().getKind()).isEqualTo("markdown");
    assertThat(hover.getContents().getRight().getValue()).startsWith("**shall** — ")
        .contains("**Why**").contains("https://www.plainlanguage.gov/");

    // The finding's own fix comes first, then the two ways to disable the rule.
    List<CodeAction> actions = actions(uri, shall);
    assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Replace with “must”",
        "Replace with “will”", "Disable shall for this line", "Disable shall for this file");
    CodeAction fix = actions.get(0);
    assertThat(fix.getKind()).isEqualTo("quickfix");
    // Two suggestions (must, will) and no safe fix: the editor is not told to prefer one.
    assertThat(fix.getIsPreferred()).isFalse();
    assertThat(fix.getDiagnostics()).containsExactly(shall);
    String fixed = apply(text, fix.getEdit().getChanges().get(uri));
    assertThat(fixed).endsWith("The busy agency must review it.\n");
    change(uri, 3, null, fixed);
    assertThat(ofRule(client.awaitVersion(uri, 3), "shall")).isEmpty();
  }

  @Test
  void disableForTheLineInsideAParagraph() throws Exception {
    String text = "# Forms\n\nSend the form by May 1.\nThe agency shall review it.\n";
    String uri = open("para.md", "markdown", text);
    Diagnostic shall = ofRule(client.awaitVersion(uri, 1), "shall").get(0);
    CodeAction line = titled(actions(uri, shall), "Disable shall for this line");
    assertThat(line.getTitle()).isEqualTo("Disable shall for this line");
    text = apply(text, line.getEdit().getChanges().get(uri));
    // Inside a paragraph, the comment goes at the end of the line before (a line of its own
    // would split the paragraph).
    assertThat(text).isEqualTo("# Forms\n\nSend the form by May 1."
        + " <!-- cxlint-disable-next-line shall -->\nThe agency shall review it.\n");
    change(uri, 2, null, text);
    assertThat(ofRule(client.awaitVersion(uri, 2), "shall")).isEmpty();
  }

  @Test
  void disableForTheFileGoesAfterTheFrontMatterAndCoversEveryFinding() throws Exception {
    String text = "---\ntitle: Forms\nsummary: How to send forms.\n---\n\nYou shall sign.\n\nYou shall send.\n";
    String uri = open("fm.md", "markdown", text);
    PublishDiagnosticsParams first = client.awaitVersion(uri, 1);
    assertThat(ofRule(first, "shall")).hasSize(2);
    CodeAction file = titled(actions(uri, ofRule(first, "shall").get(1)),
        "Disable shall for this file");
    assertThat(file.getTitle()).isEqualTo("Disable shall for this file");
    text = apply(text, file.getEdit().getChanges().get(uri));
    assertThat(text).startsWith("---\ntitle: Forms\nsummary: How to send forms.\n---\n"
        + "<!-- cxlint-disable shall -->\n\nYou shall sign.");
    change(uri, 2, null, text);
    assertThat(ofRule(client.awaitVersion(uri, 2), "shall")).isEmpty();
  }

  @Test
  void disableInHtmlAndText() throws Exception {
    String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Forms</title></head>\n<body>\n"
        + "  <p>The agency shall review it.</p>\n</body></html>\n";
    String htmlUri = open("page.html", "html", html);
    Diagnostic d = ofRule(client.awaitVersion(htmlUri, 1), "shall").get(0);
    List<CodeAction> a = actions(htmlUri, d);
    String lineFixed = apply(html, titled(a, "Disable shall for this line").getEdit().getChanges()
        .get(htmlUri));
    assertThat(lineFixed).contains("<body>\n  <!-- cxlint-disable-next-line shall -->\n  <p>The");
    change(htmlUri, 2, null, lineFixed);
    assertThat(ofRule(client.awaitVersion(htmlUri, 2), "shall")).isEmpty();
    String fileFixed = apply(html, titled(a, "Disable shall for this file").getEdit().getChanges()
        .get(htmlUri));
    assertThat(fileFixed).startsWith("<!DOCTYPE html>\n<!-- cxlint-disable shall -->\n<html");
    change(htmlUri, 3, null, fileFixed);
    assertThat(ofRule(client.awaitVersion(htmlUri, 3), "shall")).isEmpty();

    String txt = "Forms\n\nThe agency shall review it.\nYou shall sign.\n";
    String txtUri = open("draft.txt", "plaintext", txt);
    List<Diagnostic> both = ofRule(client.awaitVersion(txtUri, 1), "shall");
    assertThat(both).hasSize(2);
    String t = apply(txt, titled(actions(txtUri, both.get(1)), "Disable shall for this line")
        .getEdit().getChanges().get(txtUri));
    assertThat(t).isEqualTo("Forms\n\nThe agency shall review it.\n"
        + "<!-- cxlint-disable-next-line shall -->\nYou shall sign.\n");
    change(txtUri, 2, null, t);
    List<Diagnostic> left = ofRule(client.awaitVersion(txtUri, 2), "shall");
    assertThat(left).hasSize(1);
    assertThat(left.get(0).getRange().getStart().getLine()).isEqualTo(2);
  }

  @Test
  void rangesCountUtf16CodeUnitsOnALineWithEmojiAndAccents() throws Exception {
    String line = "Café crème 😀🎉 naïve: the agency shall review it.";
    String uri = open("emoji.md", "markdown", "# Forms\n\n" + line + "\n");
    Diagnostic d = ofRule(client.awaitVersion(uri, 1), "shall").get(0);
    int col = line.indexOf("shall"); // Java indexes are UTF-16 code units
    assertThat(col).isEqualTo(line.codePointCount(0, line.indexOf("shall")) + 2);
    assertThat(d.getRange()).isEqualTo(new Range(new Position(2, col), new Position(2, col + 5)));

    // An incremental edit after the emoji lands where the editor meant it.
    change(uri, 2, new Range(new Position(2, col), new Position(2, col + 5)), "must");
    assertThat(ofRule(client.awaitVersion(uri, 2), "shall")).isEmpty();
  }

  @Test
  void configChangesAreReadAgainAndABadConfigIsADiagnosticOnIt() throws Exception {
    String uri = open("docs/page.md", "markdown", "# Forms\n\nThe agency shall review it.\n");
    assertThat(ofRule(client.awaitVersion(uri, 1), "shall")).hasSize(1);

    Path config = dir.resolve(".cxlint.yml");
    Files.writeString(config, "rules:\n  shall: off\n");
    client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Created))));
    client.awaitDiagnostics(uri, p -> ofRule(p, "shall").isEmpty());

    Files.writeString(config, "rules:\n  shall: off\n  shal: error\n");
    client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
    PublishDiagnosticsParams onConfig = client.awaitDiagnostics(config.toUri().toString(),
        p -> !p.getDiagnostics().isEmpty());
    Diagnostic bad = onConfig.getDiagnostics().get(0);
    assertThat(bad.getMessage()).contains("unknown rule").contains("\"shall\"");
    assertThat(bad.getRange().getStart()).isEqualTo(new Position(2, 2));
    assertThat(bad.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
    // The server stays up and lints with the defaults meanwhile.
    assertThat(ofRule(client.awaitDiagnostics(uri, p -> !ofRule(p, "shall").isEmpty()), "shall"))
        .hasSize(1);

    Files.writeString(config, "rules:\n  shall: off\n");
    client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
    client.awaitDiagnostics(config.toUri().toString(), p -> p.getDiagnostics().isEmpty());
    client.awaitDiagnostics(uri, p -> ofRule(p, "shall").isEmpty());
  }

  @Test
  void onSaveAConfigThatChangedIsReadAgainEvenWithoutFileWatching() throws Exception {
    // Clients such as Neovim 0.7 cannot watch files: saving a document checks the config's date.
    String uri = open("saved/page.md", "markdown", "# Forms\n\nThe agency shall review it.\n");
    assertThat(ofRule(client.awaitVersion(uri, 1), "shall")).hasSize(1);
    Path config = dir.resolve("saved/.cxlint.yml");
    Files.writeString(config, "rules:\n  shall: error\n");
    client.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(
        new TextDocumentIdentifier(uri)));
    Diagnostic shall = ofRule(client.awaitDiagnostics(uri, p -> ofRule(p, "shall").stream()
        .anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error)), "shall").get(0);
    assertThat(shall.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
  }

  @Test
  void brokenDocumentsGetAParseErrorAndTheServerKeepsServing() throws Exception {
    String uri = open("broken.md", "markdown",
        "---\ntitle: [unclosed\nsummary: x\n---\n\nThe agency shall review it.\n");
    PublishDiagnosticsParams p = client.awaitVersion(uri, 1);
    Diagnostic parse = ofRule(p, "parse-error").get(0);
    assertThat(parse.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
    assertThat(parse.getMessage()).containsIgnoringCase("front matter");
    assertThat(ofRule(p, "shall")).hasSize(1); // the rest is still checked

    // Hostile input: deep nesting, a lone surrogate, NUL characters, a huge line.
    String hostile = "[".repeat(50_000) + "\uD800 \u0000 " + "a".repeat(200_000) + "\n";
    String h = open("hostile.md", "markdown", hostile);
    client.awaitVersion(h, 1);

    // A request that fails inside the server is logged to the client and answered.
    CodeActionParams noContext = new CodeActionParams(); // "context" is required: left out
    noContext.setTextDocument(new TextDocumentIdentifier(uri));
    noContext.setRange(new Range(new Position(0, 0), new Position(0, 0)));
    var none = client.server.getTextDocumentService().codeAction(noContext)
        .get(30, TimeUnit.SECONDS);
    assertThat(none).isNull();
    assertThat(client.logs).anySatisfy(m -> {
      assertThat(m.getType()).isEqualTo(MessageType.Error);
      assertThat(m.getMessage()).contains("codeAction failed");
    });
    // … and the server goes on.
    change(uri, 2, null, "# Fine\n\nThe agency must review it.\n");
    assertThat(client.awaitVersion(uri, 2).getDiagnostics()).noneMatch(
        d -> d.getCode().getLeft().equals("parse-error"));
    Map<String, Object> metrics = client.server.metrics(new TextDocumentIdentifier(uri))
        .get(30, TimeUnit.SECONDS);
    assertThat(metrics).containsEntry("words", 5.0).containsKey("fleschKincaidGrade");
  }

  @Test
  void aBurstOfChangesIsCoalescedAndNoStaleResultIsPublished() throws Exception {
    String base = "# Forms\n\nThe agency shall review it.\n";
    String uri = open("burst.md", "markdown", base);
    client.awaitVersion(uri, 1);
    for (int v = 2; v <= 40; v++) {
      change(uri, v, null, base + "Word ".repeat(v) + "\n");
    }
    List<Integer> versions = new ArrayList<>();
    PublishDiagnosticsParams last;
    do {
      last = client.awaitDiagnostics(uri, d -> true);
      versions.add(last.getVersion());
    } while (last.getVersion() != 40);
    assertThat(versions).isSorted();
    assertThat(versions.size()).isLessThan(39);
    Thread.sleep(300);
    assertThat(client.diagnostics).isEmpty(); // nothing older arrives after the newest
  }

  @Test
  void readabilityThroughCxlintMetrics() throws Exception {
    String uri = open("read.md", "markdown", "# Forms\n\nSend the form. We read it.\n\n"
        + "## Help\n\nCall us today.\n");
    client.awaitVersion(uri, 1);
    Map<String, Object> m = client.server.metrics(new TextDocumentIdentifier(uri))
        .get(30, TimeUnit.SECONDS);
    assertThat(m).containsEntry("uri", uri).containsEntry("words", 9.0)
        .containsEntry("sentences", 3.0);
    assertThat((List<?>) m.get("sections")).hasSize(2);
    assertThat(client.server.metrics(new TextDocumentIdentifier("file:///nowhere.md"))
        .get(30, TimeUnit.SECONDS)).isNull();
  }

  /** The code action with this title (fixes come first, then the disable actions). */
  private static CodeAction titled(List<CodeAction> actions, String title) {
    return actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no code action \"" + title + "\" in "
            + actions.stream().map(CodeAction::getTitle).toList()));
  }
}
