import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

// formats: each report file is written to target/cxlint, whole; failOnViolation=false keeps
// the build going.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/cxlint')
assert log.contains('BUILD SUCCESS')
assert log.contains('failOnViolation=false')

def json = new JsonSlurper().parse(new File(out, 'cxlint.json'))
assert json.tool.name == 'cxlint'
assert json.summary.files == 2
def apply = json.files.find { it.path == 'content/apply.md' }
assert apply != null
assert apply.findings.any { it.rule == 'image-alt' && it.line == 5 && it.column == 1 && it.severity == 'error' }
assert apply.findings.any { it.rule == 'shall' && it.line == 7 && it.severity == 'warning' }
assert json.files.any { it.path == 'content/about/index.html' }

['cxlint.sarif', 'cxlint.html', 'cxlint-junit.xml', 'cxlint-checkstyle.xml'].each {
  def f = new File(out, it)
  assert f.isFile() && f.length() > 0 : "missing report file ${f}"
}
def sarif = new JsonSlurper().parse(new File(out, 'cxlint.sarif'))
assert sarif.version == '2.1.0'
def xml = { String name -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(out, name)).documentElement }
def checkstyle = xml('cxlint-checkstyle.xml')
assert checkstyle.tagName == 'checkstyle'
def files = checkstyle.getElementsByTagName('file')
assert (0..<files.length).collect { files.item(it) }.any {
  it.getAttribute('name') == 'content/apply.md' && it.getElementsByTagName('error').length == apply.findings.size()
}
assert xml('cxlint-junit.xml').tagName in ['testsuites', 'testsuite']
assert new File(out, 'cxlint.html').text.contains('content/apply.md')
// No temporary file is left behind.
assert out.listFiles().every { !it.name.endsWith('.tmp') }
return true
