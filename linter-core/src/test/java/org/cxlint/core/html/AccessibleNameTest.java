package org.cxlint.core.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessibleNameTest {
  private static String nameOf(String html) {
    Document d = Jsoup.parse(html);
    return AccessibleName.of(d.selectFirst("#t"));
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "<a id=t href=/>  Apply   for <b>benefits</b> </a>|Apply for benefits",
      "<a id=t href=/><img src=x alt='USAGov logo'></a>|USAGov logo",
      "<a id=t href=/><img src=x alt=''></a>|",
      "<a id=t href=/><img src=x></a>|",
      "<a id=t href=/ title='Home'><img src=x alt=''></a>|Home",
      "<a id=t href=/><img src=x title='Home'></a>|Home",
      "<a id=t href=/><img src=x alt='Logo' role=presentation></a>|",
      "<a id=t href=/ aria-label='  '>text</a>|text",
      "<a id=t href=/ aria-label='Label'>text</a>|Label",
      "<a id=t href=/ aria-labelledby='a b'>text</a><span id=a>One</span><span id=b>Two</span>|One Two",
      "<a id=t href=/ aria-labelledby='none'></a>|",
      "<span id=h hidden>Hidden name</span><h1 id=t aria-labelledby=h>Visible</h1>|Hidden name",
      "<h1 id=t><span aria-hidden=true>x</span></h1>|",
      "<h1 id=t><span style='display:none'>x</span>y</h1>|y",
      "<h1 id=t><span style='position:absolute;left:-9999px'>x</span></h1>|x",
      "<label>First name <input id=t></label>|First name",
      "<label for=t>Country</label><select id=t><option>A</option></select>|Country",
      "<input id=t placeholder='Search'>|Search",
      "<input id=t title='Search' placeholder='Ignored'>|Search",
      "<input id=t type=submit>|Submit",
      "<input id=t type=reset>|Reset",
      "<input id=t type=button>|",
      "<input id=t type=button value='Go'>|Go",
      "<input id=t type=image alt='Search'>|Search",
      "<input id=t type=image>|",
      "<button id=t><svg aria-hidden=true></svg></button>|",
      "<button id=t>Save<span>draft</span></button>|Savedraft",
      "<button id=t>Save<div>draft</div></button>|Save draft",
      "<div id=t role=textbox>first name</div>|",
      "<div id=t role=checkbox>I agree</div>|I agree",
      "<div id=t role=img></div>|",
      "<svg id=t role=img><title>Two circles</title></svg>|Two circles",
      "<iframe id=t title='Video'></iframe>|Video",
      "<table id=t><caption>Rates</caption><tr><td>x</td></tr></table>|Rates",
      })
  void computesNames(String html, String expected) {
    assertThat(nameOf(html)).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void rolesAfterPresentationalConflictResolution() {
    Document d = Jsoup.parse("<img id=a role=none src=x><img id=b role=none tabindex=0 src=x>"
        + "<h1 id=c role=none aria-label=''>x</h1><button id=d role=none disabled></button>"
        + "<button id=e role=none></button><img id=f alt=''><a id=g>no href</a>");
    assertThat(AccessibilityTree.role(d.getElementById("a"))).isEqualTo("none");
    assertThat(AccessibilityTree.role(d.getElementById("b"))).isEqualTo("img");
    assertThat(AccessibilityTree.role(d.getElementById("c"))).isEqualTo("heading");
    assertThat(AccessibilityTree.role(d.getElementById("d"))).isEqualTo("none");
    assertThat(AccessibilityTree.role(d.getElementById("e"))).isEqualTo("button");
    assertThat(AccessibilityTree.role(d.getElementById("f"))).isEqualTo("presentation");
    assertThat(AccessibilityTree.role(d.getElementById("g"))).isNull();
  }

  @Test
  void hiddenContent() {
    Document d = Jsoup.parse("<div hidden><p id=a>x</p></div><div aria-hidden='true'><p id=b>x</p></div>"
        + "<p id=c style='visibility: hidden'>x</p><p id=d style='left:-999px'>x</p>"
        + "<template><p id=e>x</p></template><input id=f type=hidden>");
    assertThat(AccessibilityTree.isHidden(d.getElementById("a"))).isTrue();
    assertThat(AccessibilityTree.isHidden(d.getElementById("b"))).isTrue();
    assertThat(AccessibilityTree.isHidden(d.getElementById("c"))).isTrue();
    assertThat(AccessibilityTree.isHidden(d.getElementById("d"))).isFalse();
    assertThat(AccessibilityTree.isHidden(d.getElementById("f"))).isTrue();
  }
}
