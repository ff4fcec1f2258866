// failOn=warning: a warning alone fails the build, logged at Maven's WARNING level.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] content/apply.md:[5,12] (shall) ')
assert log =~ /cxlint checked 1 file: 0 errors, \d+ warnings?, /
assert log =~ /cxlint found \d+ violations? \(findings at or above warning\) in 1 file\./
assert log.contains('BUILD FAILURE')
return true
