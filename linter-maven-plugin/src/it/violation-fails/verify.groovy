// An error-level finding fails the build; the log names the file, line, column and rule.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/apply.md:[5,1] (image-alt) ')
assert log.contains('cxlint found 1 violation (findings at or above error) in 1 file.')
assert log.contains('BUILD FAILURE')
// A finding is a build failure, not a crash: no stack trace from cxlint.
assert !(log =~ /\tat org\.cxlint\./)
return true
