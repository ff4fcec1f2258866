import java.nio.file.Files

// A page that moved away and left a broken symbolic link behind: cxlint cannot read it.
// (Made here rather than kept in git, and not with file permissions, which root ignores.)
def content = new File(basedir, 'content').toPath()
Files.createSymbolicLink(content.resolve('moved.md'), content.resolve('gone.md'))
return true
