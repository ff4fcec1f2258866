// A typo in .cxlint.yml fails the build with the file, line and column and a "did you mean",
// never a stack trace.
def log = new File(basedir, 'build.log').text
assert log =~ /cxlint: the config file \.cxlint\.yml:3:3 is not valid: .*imag-alt.*[Dd]id you mean.*image-alt/
assert !(log =~ /\tat org\.cxlint\./)
assert !log.contains('cxlint checked')
assert log.contains('BUILD FAILURE')
return true
