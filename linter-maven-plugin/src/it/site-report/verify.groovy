// mvn site: the project's site has a cxlint page with the findings and the readability of each
// page, linked from the project reports menu, and the annotated report next to it.
def site = new File(basedir, 'target/site')
def page = new File(site, 'cxlint.html')
assert page.isFile()
def html = page.text
assert html.contains('cxlint checked 1 file')
assert html.contains('src/site/markdown/index.md')
assert html.contains('>shall<')
assert html =~ /(?s)Readability per page.*<td>src\/site\/markdown\/index\.md<\/td>\s*<td>\d+<\/td>/
assert new File(site, 'project-reports.html').text.contains('cxlint.html')
def annotated = new File(site, 'cxlint-report.html')
assert annotated.isFile()
assert annotated.text.contains('src/site/markdown/index.md')
assert html.contains('href="cxlint-report.html"')
return true
