// The project's .cxlint.yml is used: link-malformed is off, link-text is raised to an error.
def log = new File(basedir, 'build.log').text
assert !log.contains('(link-malformed)')
assert log =~ /\[ERROR\] content\/apply\.md:\[7,\d+\] \(link-text\) /
assert log.contains('cxlint checked 1 file: 1 error, 0 warnings, 0 infos.')
assert log.contains('BUILD FAILURE')
return true
