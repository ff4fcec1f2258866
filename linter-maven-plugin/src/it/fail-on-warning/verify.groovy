// failOn=warning: a warning alone fails the build, logged at Maven's WARNING level.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] content\/apply\.md:\[5,\d+\] \(link-text\) /
assert log.contains('cxlint checked 1 file: 0 errors, 1 warning, 0 infos.')
assert log.contains('cxlint found 1 violation (findings at or above warning) in 1 file.')
assert log.contains('BUILD FAILURE')
return true
