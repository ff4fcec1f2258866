// failOn=warning: a warning alone fails the build, logged at Maven's WARNING level.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] content\/apply\.md:\[3,\d+\] \(stub-words\) /
assert log.contains('0 errors, 1 warning')
assert log.contains('cxlint found 1 violation (findings at or above warning)')
assert log.contains('BUILD FAILURE')
return true
