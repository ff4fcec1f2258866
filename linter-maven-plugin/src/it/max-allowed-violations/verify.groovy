// Two errors within maxAllowedViolations=2: reported, but the build passes. Content in docs/
// is found without configuration; formats come from a comma-separated user property.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] docs/guide.md:[3,1] (image-alt) ')
assert log.contains('[ERROR] docs/guide.md:[5,1] (image-alt) ')
assert log.contains('cxlint: 2 violations (findings at or above error) in 1 file, within the 2 allowed (maxAllowedViolations).')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/cxlint/cxlint.json').isFile()
assert new File(basedir, 'target/cxlint/cxlint-checkstyle.xml').isFile()
return true
