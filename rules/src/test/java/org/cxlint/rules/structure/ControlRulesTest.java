package org.cxlint.rules.structure;

import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class ControlRulesTest {
  @Test
  void frameTitle() {
    RuleTester.of(new FrameTitleRule())
        .valid("a.html", "<iframe src=\"v.html\" title=\"Video: how to apply\"></iframe>")
        .valid("a.html", "<iframe src=\"v.html\" tabindex=\"-1\"></iframe>")
        .valid("a.html", "<iframe src=\"v.html\" role=\"presentation\"></iframe>")
        .invalid("a.html", "<p>x</p>\n<iframe name=\"Grocery list\" src=\"v.html\"></iframe>",
            Expect.at(2, 1, "(v.html) has no title"))
        .invalid("a.html", "<iframe src=\"v.html\" title=\" \"></iframe>", Expect.at(1, 1, "no title"));
  }

  @Test
  void buttonName() {
    RuleTester.of(new ButtonNameRule())
        .valid("a.html", "<button>Search</button><input type=\"submit\"><input type=\"reset\">")
        .valid("a.html", "<button aria-label=\"Close\"><svg aria-hidden=\"true\"></svg></button>")
        .valid("a.html", "<button role=\"link\"></button><input type=\"image\" src=\"x.png\">")
        .valid("a.html", "<button role=\"none\" disabled></button>")
        .invalid("a.html", "<form>\n  <button class=\"icon\"></button></form>",
            Expect.at(2, 3, "has no name").suggestion("aria-label"))
        .invalid("a.html", "<input type=\"button\">", Expect.at(1, 1, "no name").suggestion("value="))
        .invalid("a.html", "<button role=\"none\"></button>", Expect.at(1, 1, "no name"))
        .invalid("a.html", "<span role=\"button\" tabindex=\"0\"></span>", Expect.at(1, 1, "no name"))
        .valid("a.html", "<details><summary>Opening times</summary><summary></summary></details>")
        .invalid("a.html", "<details><summary></summary><p>x</p></details>",
            Expect.at(1, 10, "This <summary>"))
        .invalid("a.html", "<div role=\"menu\"><button role=\"menuitem\"><img src=\"f.svg\" alt=\"\"></button></div>",
            Expect.at(1, 18, "This menu item"));
  }

  @Test
  void formLabel() {
    RuleTester.of(new FormLabelRule())
        .valid("a.html", "<label>Email <input type=\"email\"></label>")
        .valid("a.html", "<label for=\"c\">Country</label><select id=\"c\"><option>A</option></select>")
        .valid("a.html", "<div id=\"n\">Notes</div><textarea aria-labelledby=\"n\"></textarea>")
        .valid("a.html", "<input type=\"hidden\" name=\"t\"><input type=\"submit\"><input type=\"image\" src=\"x\">")
        .valid("a.html", "<input placeholder=\"Search this site\">")
        .valid("a.html", "<div role=\"checkbox\" tabindex=\"0\">I agree</div>")
        .invalid("a.html", "<div>Last name</div>\n<input id=\"last\">",
            Expect.at(2, 1, "<input type=\"text\"> has no label").suggestion("<label for=\"last\">"))
        .invalid("a.html", "<label>Date of birth</label> <input type=\"date\">",
            Expect.at(1, 30, "<input type=\"date\">"))
        .invalid("a.html", "<label for=\"f\">First</label><div role=\"textbox\" id=\"f\"></div>",
            Expect.at(1, 29, "role=\"textbox\""))
        .invalid("a.html", "<select><option>A</option></select>", Expect.at(1, 1, "<select>"));
  }

  @Test
  void duplicateId() {
    RuleTester.of(new DuplicateIdRule())
        .valid("a.html", "<div id=\"a\"></div><div id=\"b\"></div><span id=\"\"></span><span id=\"\"></span>")
        .invalid("a.html", "<div id=\"label\">Name</div>\n<div id=\"label\">City</div>\n<input aria-labelledby=\"label\">",
            Expect.at(2, 1, "“label” is already used on this page (first at line 1), and something refers")
                .severity(Severity.WARNING))
        .invalid("a.html", "<p id=\"x\"></p><p id=\"x\"></p>",
            Expect.at(1, 15, "already used").severity(Severity.INFO));
  }

  @Test
  void tableHeaders() {
    RuleTester.of(new TableHeadersRule())
        .valid("a.html", "<table><tr><th scope=\"col\">Size</th><th scope=\"col\">Limit</th></tr>"
            + "<tr><td>1</td><td>$1,580</td></tr></table>")
        .valid("a.html", "<table role=\"presentation\"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>")
        .valid("a.html", "<table><tr><td>Only one row</td><td>b</td></tr></table>")
        .valid("a.html", "<table><tr><td><table><tr><td>x</td></tr></table></td><td>b</td></tr>"
            + "<tr><td>c</td><td>d</td></tr></table>")
        .invalid("a.html", "<p>Limits</p>\n<table><tr><td>Size</td><td>Limit</td></tr>"
                + "<tr><td>1</td><td>$1,580</td></tr></table>",
            Expect.at(2, 1, "2 rows and 2 columns but no header cells"))
        .invalid("a.html", "<table><tr><th>Rate</th><th>Value</th></tr><tr><td>15%</td></tr></table>",
            Expect.at(1, 25, "“Value” heads no cell"))
        .invalid("a.html", "<table><tr><th id=\"h1\">A</th><th id=\"h2\">B</th></tr>"
                + "<tr><td headers=\"h1\">1</td><td headers=\"hX\">2</td></tr></table>",
            Expect.at(1, 80, "names “hX”, which is not a header cell"),
            Expect.at(1, 30, "“B” heads no cell"));
  }
}
