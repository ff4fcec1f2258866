// A file cxlint cannot read fails the build with its name and the cause, never a stack trace;
// the other files are still checked.
def log = new File(basedir, 'build.log').text
assert log.contains('cxlint could not check one file:')
assert log.contains('cannot read content/moved.md: broken symbolic link')
assert log.contains('cxlint checked 2 files')
assert !(log =~ /\tat org\.cxlint\./)
assert log.contains('BUILD FAILURE')
return true
