// Two modules share the root .cxlint.yml (found upward from each module): module A passes,
// module B fails on a warning the config raised to an error, and its ignored drafts are skipped.
def log = new File(basedir, 'build.log').text
assert log.contains('cxlint checked 1 file: 0 errors, 0 warnings, 0 infos.')
assert log.contains("[ERROR] docs/guide.md:[3,12] (shall) ")
assert !log.contains('drafts/old.md')
assert log.contains('cxlint checked 1 file: 1 error, ')
assert log =~ /Module A[ .]*SUCCESS/ || log =~ /module-a[ .]*SUCCESS/
assert log =~ /module-b[ .]*FAILURE/
return true
