package org.cxlint.rules.structure;

import java.util.HashSet;
import java.util.Set;
import org.cxlint.core.html.AccessibilityTree;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Span;
import org.cxlint.core.model.Format;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/**
 * {@code table-headers}: in a data table, header cells that tie the data together. Reports a
 * table of at least two rows and two columns with no header cell at all, a header cell that
 * heads no cell, and a {@code headers} attribute that names something other than a header cell
 * of the same table. Tables marked {@code role="presentation"}/{@code "none"}, hidden ones, and
 * layout tables (a nested table inside) are skipped. Markdown tables always have a header row.
 */
public final class TableHeadersRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("table-headers")
      .category(Category.STRUCTURE)
      .severity(Severity.ERROR)
      .summary("Data tables mark their header cells, and every header heads some cells.")
      .rationale("A screen reader reads a data cell with its row and column headers (“Income"
          + " limit, household of 3: $2,888”). Without <th> cells, people hear numbers with no"
          + " meaning; with a headers attribute that points to the wrong cell, they hear the"
          + " wrong meaning. A table only used for layout should say so with"
          + " role=\"presentation\".")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html",
          "https://www.w3.org/WAI/tutorials/tables/",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/a25f45/proposed/",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/d0f69e/proposed/")
      .wcag("1.3.1 Info and Relationships, Level A")
      .examples("<table>\n  <tr><td>Household size</td><td>Monthly limit</td></tr>\n"
              + "  <tr><td>1</td><td>$1,580</td></tr>\n</table>",
          "<table>\n  <tr><th scope=\"col\">Household size</th><th scope=\"col\">Monthly limit</th></tr>\n"
              + "  <tr><td>1</td><td>$1,580</td></tr>\n</table>")
      .formats(Format.HTML, Format.MARKDOWN)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (Element e : HtmlElements.all(document)) {
      String role = AccessibilityTree.role(e);
      boolean htmlTable = e.normalName().equals("table") && "table".equals(role);
      boolean ariaTable = "grid".equals(role) || "treegrid".equals(role)
          || "table".equals(role) && !e.normalName().equals("table");
      if (!htmlTable && !ariaTable || AccessibilityTree.isHidden(e)) {
        continue;
      }
      if (htmlTable && !hasEndTag(e)) {
        // Raw HTML in Markdown ends at a blank line, so a table can be split over several
        // blocks; without its end tag this is only part of the table.
        continue;
      }
      Span tableSpan = document.spanOf(e);
      if (tableSpan != null && document.template().suppliedWithin(tableSpan)) {
        // Rows or cells come from an include, a loop or a branch the page cannot see.
        continue;
      }
      TableGrid grid = TableGrid.of(e);
      if (!grid.hasHeaders()) {
        if (htmlTable && grid.rowCount >= 2 && grid.colCount >= 2 && isDataTable(e)) {
          context.report(PageRules.at(document, e),
              "This table has " + grid.rowCount + " rows and " + grid.colCount + " columns but no"
                  + " header cells, so screen readers cannot say what each value means.",
              "Mark the header row (or column) with <th scope=\"col\"> (or scope=\"row\"). If the"
                  + " table only lays out the page, add role=\"presentation\".");
        }
        continue;
      }
      checkHeaderCells(document, grid, context);
      checkHeadersAttributes(document, grid, context);
    }
  }

  private static boolean hasEndTag(Element table) {
    return table.endSourceRange().isTracked() && !table.endSourceRange().isImplicit();
  }

  /** A table with nested tables, or only one cell per row, is taken for layout. */
  private static boolean isDataTable(Element table) {
    for (Element d : table.getAllElements()) {
      if (d != table && d.normalName().equals("table")) {
        return false;
      }
    }
    return true;
  }

  private static void checkHeaderCells(ContentDocument document, TableGrid grid, RuleContext context) {
    for (TableGrid.Cell cell : grid.cells) {
      if (cell.header() == null || AccessibilityTree.isHidden(cell.element())) {
        continue;
      }
      if (!grid.hasAssignedCells(cell)) {
        context.report(PageRules.at(document, cell.element()),
            "The header cell “" + cell.element().text().strip() + "” heads no cell: no data sits"
                + (cell.header().equals("column") ? " below it in its column" : " after it in its row")
                + ".",
            "Fill in its cells, fix the headers attributes that should name it, or make it a"
                + " plain <td> if it is not a header.");
      }
    }
  }

  private static void checkHeadersAttributes(ContentDocument document, TableGrid grid,
      RuleContext context) {
    Set<String> headerIds = new HashSet<>();
    for (TableGrid.Cell c : grid.cells) {
      if (c.header() != null && !c.element().id().isEmpty()) {
        headerIds.add(c.element().id());
      }
    }
    for (TableGrid.Cell c : grid.cells) {
      Element e = c.element();
      if (!e.hasAttr("headers") || e.attr("headers").isBlank()) {
        continue;
      }
      for (String id : e.attr("headers").strip().split("\\s+")) {
        if (id.equals(e.id()) || !headerIds.contains(id)) {
          context.report(PageRules.at(document, e),
              "headers=\"" + e.attr("headers") + "\" names “" + id + "”, which is "
                  + (id.equals(e.id()) ? "this cell itself"
                      : "not a header cell of this table")
                  + ", so screen readers read this cell with the wrong header or none.",
              "List the ids of this table's <th> cells that head this cell.");
          break;
        }
      }
    }
  }
}
