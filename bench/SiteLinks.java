import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cxlint.core.config.SiteSettings;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.parse.SourceReader;
import org.cxlint.core.site.SiteLayout;

/**
 * Counts the Markdown links and images whose destination holds Liquid ({{ … }} or {% … %}) in a
 * site's Markdown files, as written and as cxlint parses them: once as plain pages (the reading
 * before issue 20) and once as pages of their site. Usage (from the repository root):
 *   java -cp linter-cli/target/cxlint.jar bench/SiteLinks.java ../shared/corpus/uswds-site
 */
public class SiteLinks {
  // [text](dest) or ![alt](dest) where dest starts with or holds Liquid, on one line.
  private static final Pattern WRITTEN = Pattern.compile(
      "(!?)\\[[^\\]\\n]*\\]\\(([^)\\n]*(\\{\\{|\\{%)[^\\n]*?)\\)");

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    SiteLayout layout = new SiteLayout(SiteSettings.DETECT, null);
    int[] written = new int[2];
    int[] plain = new int[2];
    int[] site = new int[2];
    int files = 0;
    List<Path> paths;
    try (Stream<Path> s = Files.walk(root)) {
      paths = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
          .filter(p -> root.relativize(p).toString().chars().noneMatch(c -> c == '\0'))
          .filter(p -> !root.relativize(p).toString().startsWith("."))
          .sorted().toList();
    }
    for (Path p : paths) {
      files++;
      SourceFile src = SourceReader.read(p, root.relativize(p).toString());
      Matcher m = WRITTEN.matcher(src.text());
      while (m.find()) {
        written[m.group(1).isEmpty() ? 0 : 1]++;
      }
      count(Parsers.parse(src, Format.MARKDOWN, SitePage.NONE), src.text(), plain);
      count(Parsers.parse(src, Format.MARKDOWN, layout.page(p)), src.text(), site);
    }
    System.out.printf("%d Markdown files under %s%n", files, root);
    System.out.printf("links  with Liquid in the destination: written %d, parsed as plain pages"
        + " %d, parsed as site pages %d%n", written[0], plain[0], site[0]);
    System.out.printf("images with Liquid in the destination: written %d, parsed as plain pages"
        + " %d, parsed as site pages %d%n", written[1], plain[1], site[1]);
  }

  private static void count(ContentDocument d, String text, int[] out) {
    for (Link l : d.links()) {
      if (holdsLiquid(text, l.destinationSpan()) && l.origin().name().equals("MARKDOWN")) {
        out[0]++;
      }
    }
    for (Image i : d.images()) {
      if (i.origin().name().equals("MARKDOWN") && holdsLiquid(text, destinationOf(text, i))) {
        out[1]++;
      }
    }
  }

  /** A Markdown image's destination: from "](" after the alt to the span's end. */
  private static Span destinationOf(String text, Image i) {
    int at = text.indexOf("](", i.altSpan() != null ? i.altSpan().end() : i.span().start());
    return at < 0 || at >= i.span().end() ? null : new Span(at + 2, i.span().end());
  }

  private static boolean holdsLiquid(String text, Span s) {
    if (s == null) {
      return false;
    }
    String d = text.substring(s.start(), s.end());
    return d.contains("{{") || d.contains("{%");
  }
}
