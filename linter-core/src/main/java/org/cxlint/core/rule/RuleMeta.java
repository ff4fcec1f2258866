package org.cxlint.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cxlint.core.model.Format;

/**
 * Everything about a rule that is not its logic: this one record drives {@code cxlint rules},
 * {@code cxlint explain}, SARIF rule descriptors and the docs.
 *
 * @param id kebab-case, stable forever
 * @param category the rule's category
 * @param defaultSeverity severity when config does not say
 * @param summary one line
 * @param rationale why it matters, a short paragraph
 * @param guidance links to plainlanguage.gov, digital.gov, WCAG understanding docs
 * @param wcag the WCAG success criterion and level ("2.4.4 Link Purpose (In Context), Level A"),
 *     or "best practice"
 * @param options the options the rule accepts, with defaults
 * @param fixable whether findings carry a replacement that can be applied as is
 * @param badExample content that the rule reports
 * @param goodExample the same content, fixed
 * @param formats the formats the rule applies to
 * @param recommended on in the {@code recommended} preset (every rule is on in {@code strict})
 * @param languages for a rule about wording, the languages it knows (primary subtags, "en",
 *     "es"): the engine shows it only the prose in those languages. Empty for a rule that does
 *     not depend on the language (structure, links, markup): it sees all prose.
 */
public record RuleMeta(
    String id,
    Category category,
    Severity defaultSeverity,
    String summary,
    String rationale,
    List<String> guidance,
    String wcag,
    List<OptionSpec> options,
    boolean fixable,
    String badExample,
    String goodExample,
    Set<Format> formats,
    boolean recommended,
    Set<String> languages) {

  public RuleMeta {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    guidance = List.copyOf(guidance);
    options = List.copyOf(options);
    formats = Set.copyOf(formats);
    languages = Set.copyOf(languages);
  }

  /** Whether the rule reads prose in {@code language} (always, for a language-neutral rule). */
  public boolean supportsLanguage(String language) {
    return languages.isEmpty() || languages.contains(language);
  }

  /** The languages as shown by {@code rules} and {@code explain}: "en, es", or "any". */
  public String languagesLabel() {
    return languages.isEmpty() ? "any" : String.join(", ", new java.util.TreeSet<>(languages));
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public OptionSpec option(String name) {
    for (OptionSpec o : options) {
      if (o.name().equals(name)) {
        return o;
      }
    }
    return null;
  }

  /** Fluent construction, so a rule's metadata reads as one block. */
  public static final class Builder {
    private final String id;
    private Category category;
    private Severity severity = Severity.WARNING;
    private String summary = "";
    private String rationale = "";
    private List<String> guidance = List.of();
    private String wcag = "best practice";
    private List<OptionSpec> options = List.of();
    private boolean fixable;
    private String bad = "";
    private String good = "";
    private Set<Format> formats = Set.of(Format.values());
    private boolean recommended = true;
    private Set<String> languages = Set.of();

    private Builder(String id) {
      this.id = id;
    }

    public Builder category(Category c) {
      this.category = c;
      return this;
    }

    public Builder severity(Severity s) {
      this.severity = s;
      return this;
    }

    public Builder summary(String s) {
      this.summary = s;
      return this;
    }

    public Builder rationale(String s) {
      this.rationale = s;
      return this;
    }

    public Builder guidance(String... urls) {
      this.guidance = List.of(urls);
      return this;
    }

    public Builder wcag(String s) {
      this.wcag = s;
      return this;
    }

    public Builder options(OptionSpec... o) {
      this.options = List.of(o);
      return this;
    }

    public Builder fixable(boolean f) {
      this.fixable = f;
      return this;
    }

    public Builder examples(String bad, String good) {
      this.bad = bad;
      this.good = good;
      return this;
    }

    public Builder formats(Format... f) {
      this.formats = Set.of(f);
      return this;
    }

    public Builder recommended(boolean r) {
      this.recommended = r;
      return this;
    }

    /** The languages a wording rule knows ("en", "es"); leave unset for any language. */
    public Builder languages(String... l) {
      this.languages = Set.of(l);
      return this;
    }

    public RuleMeta build() {
      return new RuleMeta(id, category, severity, summary, rationale, guidance, wcag, options,
          fixable, bad, good, formats, recommended, languages);
    }
  }
}
