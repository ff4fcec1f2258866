package org.cxlint.rules.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlint.core.html.AccessibilityTree;
import org.jsoup.nodes.Element;

/**
 * A table laid out as a grid, from HTML ({@code tr}/{@code th}/{@code td} with colspan and
 * rowspan) or ARIA ({@code role="row"} and cell roles), without nested tables. Each cell knows
 * its rows and columns and whether it is a column or row header, so header-to-cell assignment
 * can be checked as the HTML table model does it, simplified: a column header covers the cells
 * below it in its columns, a row header the cells after it in its rows, and a cell with a
 * {@code headers} attribute only the headers it names.
 */
final class TableGrid {
  /** One cell and its place. {@code header} is "column", "row" or null for a data cell. */
  record Cell(Element element, int row, int col, int rowSpan, int colSpan, String header) {
    boolean coversColumnOf(Cell h) {
      return col < h.col + h.colSpan && h.col < col + colSpan;
    }

    boolean coversRowOf(Cell h) {
      return row < h.row + h.rowSpan && h.row < row + rowSpan;
    }
  }

  private static final Set<String> CELL_ROLES = Set.of("cell", "gridcell", "columnheader", "rowheader");

  final Element table;
  final List<Cell> cells;
  final int rowCount;
  final int colCount;

  private TableGrid(Element table, List<Cell> cells, int rowCount, int colCount) {
    this.table = table;
    this.cells = List.copyOf(cells);
    this.rowCount = rowCount;
    this.colCount = colCount;
  }

  static TableGrid of(Element table) {
    List<Element> rows = new ArrayList<>();
    collectRows(table, table, rows);
    List<Cell> cells = new ArrayList<>();
    List<boolean[]> taken = new ArrayList<>();
    int cols = 0;
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Element cell : cellsOf(rows.get(r))) {
        while (isTaken(taken, r, c)) {
          c++;
        }
        int colSpan = span(cell.attr("colspan"), 1000);
        int rowSpan = Math.min(span(cell.attr("rowspan"), 65534), rows.size() - r);
        for (int dr = 0; dr < Math.max(rowSpan, 1); dr++) {
          for (int dc = 0; dc < colSpan; dc++) {
            take(taken, r + dr, c + dc);
          }
        }
        cells.add(new Cell(cell, r, c, Math.max(rowSpan, 1), colSpan, null));
        c += colSpan;
        cols = Math.max(cols, c);
      }
    }
    List<Cell> typed = new ArrayList<>(cells.size());
    for (Cell cell : cells) {
      typed.add(new Cell(cell.element(), cell.row(), cell.col(), cell.rowSpan(), cell.colSpan(),
          headerKind(cell, cells)));
    }
    return new TableGrid(table, typed, rows.size(), cols);
  }

  private static void collectRows(Element table, Element parent, List<Element> rows) {
    java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
    List<Element> kids = new ArrayList<>(parent.children());
    java.util.Collections.reverse(kids);
    kids.forEach(stack::push);
    while (!stack.isEmpty()) {
      Element c = stack.pop();
      String tag = c.normalName();
      String role = AccessibilityTree.explicitRole(c);
      if (tag.equals("table") || "table".equals(role) || "grid".equals(role) || "treegrid".equals(role)) {
        continue; // a nested table has its own grid
      }
      if (tag.equals("tr") || "row".equals(role)) {
        rows.add(c);
      } else {
        List<Element> grand = new ArrayList<>(c.children());
        java.util.Collections.reverse(grand);
        grand.forEach(stack::push);
      }
    }
  }

  private static List<Element> cellsOf(Element row) {
    List<Element> out = new ArrayList<>();
    for (Element c : row.children()) {
      String role = AccessibilityTree.explicitRole(c);
      if (c.normalName().equals("td") || c.normalName().equals("th")
          || role != null && CELL_ROLES.contains(role)) {
        out.add(c);
      }
    }
    return out;
  }

  private static String headerKind(Cell cell, List<Cell> all) {
    Element e = cell.element();
    String role = AccessibilityTree.explicitRole(e);
    if ("columnheader".equals(role)) {
      return "column";
    }
    if ("rowheader".equals(role)) {
      return "row";
    }
    if (role != null || !e.normalName().equals("th")) {
      return null;
    }
    String scope = e.attr("scope").strip().toLowerCase(Locale.ROOT);
    if (scope.equals("col") || scope.equals("colgroup")) {
      return "column";
    }
    if (scope.equals("row") || scope.equals("rowgroup")) {
      return "row";
    }
    // No scope: a th in the first row or in <thead> heads its column; one that starts a later
    // row heads that row (what browsers infer).
    Element parent = e.parent();
    boolean inHead = parent != null && parent.parent() != null
        && parent.parent().normalName().equals("thead");
    if (cell.row() == 0 || inHead) {
      return "column";
    }
    return cell.col() == 0 ? "row" : "column";
  }

  private static int span(String value, int max) {
    try {
      int v = Integer.parseInt(value.strip());
      return v < 1 ? 1 : Math.min(v, max);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static boolean isTaken(List<boolean[]> taken, int r, int c) {
    return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
  }

  private static void take(List<boolean[]> taken, int r, int c) {
    while (taken.size() <= r) {
      taken.add(new boolean[8]);
    }
    boolean[] row = taken.get(r);
    if (c >= row.length) {
      row = java.util.Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
      taken.set(r, row);
    }
    row[c] = true;
  }

  boolean hasHeaders() {
    return cells.stream().anyMatch(c -> c.header() != null);
  }

  /** True when some other cell takes this header: below it for a column, after it for a row. */
  boolean hasAssignedCells(Cell header) {
    String id = header.element().id();
    for (Cell c : cells) {
      if (c == header || AccessibilityTree.isHidden(c.element())) {
        continue;
      }
      boolean inScope = header.header().equals("column")
          ? c.row() > header.row() && c.coversColumnOf(header)
          : c.col() > header.col() && c.coversRowOf(header);
      if (c.element().hasAttr("headers") && !c.element().attr("headers").isBlank()) {
        if (!id.isEmpty() && List.of(c.element().attr("headers").strip().split("\\s+")).contains(id)) {
          return true;
        }
        continue;
      }
      if (inScope) {
        return true;
      }
    }
    return false;
  }
}
