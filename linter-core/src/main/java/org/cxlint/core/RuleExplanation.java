package org.cxlint.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.RuleMeta;

/**
 * What {@code cxlint explain RULE} says about a rule, in parts, so that each front end renders
 * the same words its own way: plain text at a terminal ({@link #toText}), Markdown in an
 * editor's hover ({@link #toMarkdown}).
 *
 * @param id the rule id
 * @param summary one line
 * @param facts label and value pairs (category, default severity …), in order
 * @param sections the explanation's parts, in order
 */
public record RuleExplanation(String id, String summary, List<Fact> facts, List<Section> sections) {

  /** One "label: value" line. */
  public record Fact(String label, String value) {}

  /** How a section's lines are meant: prose, a list, an example of content, links. */
  public enum Kind { PROSE, LIST, EXAMPLE, LINKS }

  /**
   * @param title the heading, or null for a paragraph under the summary
   * @param kind how the lines are meant
   * @param lines the section's lines
   */
  public record Section(String title, Kind kind, List<String> lines) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

  public RuleExplanation {
    facts = List.copyOf(facts);
    sections = List.copyOf(sections);
  }

  /** The explanation of a rule of the registry (the engine's own rules included). */
  public static Optional<RuleExplanation> find(RuleRegistry registry, String id) {
    return registry.find(id).map(r -> of(r.meta()));
  }

  /** The explanation of a rule from its metadata. */
  public static RuleExplanation of(RuleMeta m) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Category", m.category().label()));
    facts.add(new Fact("Default severity", m.defaultSeverity().label()));
    facts.add(new Fact("Recommended", m.recommended() ? "yes (on by default)" : "no (on in strict)"));
    facts.add(new Fact("Standard", m.wcag()));
    facts.add(new Fact("Applies to", m.formats().stream()
        .map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "))));
    facts.add(new Fact("Languages", m.languages().isEmpty()
        ? "any (the rule does not depend on the wording's language)"
        : m.languagesLabel() + " (prose in other languages is not checked)"));
    if (m.fixable()) {
      facts.add(new Fact("Fix", "findings carry a replacement you can apply as is"));
    }
    List<Section> sections = new ArrayList<>();
    prose(sections, "Why", Kind.PROSE, m.rationale());
    if (!m.options().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (OptionSpec o : m.options()) {
        lines.add(o.name() + " (" + type(o) + ", default " + value(o.defaultValue()) + ")"
            + (o.description().isEmpty() ? "" : ": " + o.description()));
      }
      sections.add(new Section("Options (in .cxlint.yml under rules: " + m.id() + ": { … })",
          Kind.LIST, lines));
    }
    prose(sections, "Reported", Kind.EXAMPLE, m.badExample());
    prose(sections, "Fixed", Kind.EXAMPLE, m.goodExample());
    if (!m.guidance().isEmpty()) {
      sections.add(new Section("Guidance", Kind.LINKS, m.guidance()));
    }
    return new RuleExplanation(m.id(), m.summary(), facts, sections);
  }

  private static void prose(List<Section> out, String title, Kind kind, String body) {
    if (body == null || body.isBlank()) {
      return;
    }
    out.add(new Section(title, kind, List.of(body.strip().split("\\R", -1))));
  }

  /** What {@code cxlint explain} prints: one block per part, titled parts indented. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(id).append(" — ").append(summary).append('\n');
    if (!facts.isEmpty()) {
      sb.append('\n');
      for (Fact f : facts) {
        sb.append(AsciiFormat.format("%-19s", f.label() + ":")).append(f.value()).append('\n');
      }
    }
    for (Section s : sections) {
      sb.append('\n');
      if (s.title() == null) {
        s.lines().forEach(l -> sb.append(l).append('\n'));
        continue;
      }
      sb.append(s.title()).append(":\n");
      for (String l : s.lines()) {
        sb.append(("  " + l).stripTrailing()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The same parts as Markdown, for an editor's hover. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("**").append(id).append("** — ").append(escape(summary)).append("\n\n");
    if (!facts.isEmpty()) {
      sb.append(facts.stream().map(f -> f.label() + ": " + escape(f.value()))
          .collect(Collectors.joining(" · "))).append("\n\n");
    }
    for (Section s : sections) {
      if (s.title() != null) {
        sb.append("**").append(escape(s.title())).append("**\n\n");
      }
      switch (s.kind()) {
        case PROSE -> sb.append(escape(String.join(" ", s.lines()))).append("\n\n");
        case LIST -> {
          s.lines().forEach(l -> sb.append("- ").append(escape(l)).append('\n'));
          sb.append('\n');
        }
        case EXAMPLE -> {
          String fence = "```";
          while (String.join("\n", s.lines()).contains(fence)) {
            fence += "`";
          }
          sb.append(fence).append('\n');
          s.lines().forEach(l -> sb.append(l).append('\n'));
          sb.append(fence).append("\n\n");
        }
        case LINKS -> {
          s.lines().forEach(l -> sb.append("- <").append(l).append(">\n"));
          sb.append('\n');
        }
      }
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** Markdown's special characters in prose, so a rule's words show as written. */
  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String type(OptionSpec o) {
    return switch (o.type()) {
      case INTEGER -> "whole number";
      case NUMBER -> "number";
      case STRING -> "text";
      case BOOLEAN -> "true or false";
      case STRING_LIST -> "list of text";
      case ENUM -> "one of " + String.join(", ", o.allowed());
    };
  }

  private static String value(Object v) {
    if (v instanceof List<?> l) {
      return l.isEmpty() ? "none" : "[" + l.stream().map(String::valueOf)
          .collect(Collectors.joining(", ")) + "]";
    }
    return String.valueOf(v);
  }
}
