// The project's .cxlint.yml turns the rule off, so the content that fails elsewhere passes.
def log = new File(basedir, 'build.log').text
assert log.contains('cxlint checked 1 file: 0 errors, 0 warnings, 0 infos.')
assert log.contains('BUILD SUCCESS')
return true
