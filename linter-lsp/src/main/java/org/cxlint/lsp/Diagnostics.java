package org.cxlint.lsp;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.Severity;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Findings as the protocol's diagnostics. */
final class Diagnostics {
  static final String SOURCE = "cxlint";

  private Diagnostics() {}

  static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

  /**
   * The range of a finding: the engine's 1-based lines and UTF-16 columns made 0-based. A text
   * that starts with a byte-order mark has it removed before linting, so the first line's
   * columns move one to the right.
   */
  static Range range(Finding f, boolean bom) {
    int startShift = bom && f.line() == 1 ? 1 : 0;
    int endShift = bom && f.endLine() == 1 ? 1 : 0;
    return new Range(new Position(f.line() - 1, f.column() - 1 + startShift),
        new Position(f.endLine() - 1, f.endColumn() - 1 + endShift));
  }

  static Diagnostic of(Finding f, boolean bom, RuleRegistry registry) {
    Diagnostic d = new Diagnostic(range(f, bom), message(f), severity(f.severity()), SOURCE,
        f.rule());
    registry.find(f.rule()).map(Rule::meta).filter(m -> !m.guidance().isEmpty())
        .ifPresent(m -> d.setCodeDescription(new DiagnosticCodeDescription(m.guidance().get(0))));
    return d;
  }

  /**
   * The message with the finding's advice after it, as the text report shows it. Fixes are not
   * repeated here: the editor offers them as quick fixes.
   */
  static String message(Finding f) {
    String advice = f.advice();
    return advice == null || advice.isBlank() ? f.message() : f.message() + "\n→ " + advice;
  }

  static List<Diagnostic> of(List<Finding> findings, boolean bom, RuleRegistry registry) {
    List<Diagnostic> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(of(f, bom, registry));
    }
    return out;
  }
}
