// The project's .cxlint.yml is used: image-alt is off, shall is raised to an error.
def log = new File(basedir, 'build.log').text
assert !log.contains('(image-alt)')
assert log.contains('[ERROR] content/apply.md:[7,12] (shall) ')
assert log.contains('cxlint checked 1 file: 1 error, ')
assert log.contains('BUILD FAILURE')
return true
