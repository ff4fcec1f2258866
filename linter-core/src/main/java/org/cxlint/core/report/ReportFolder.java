package org.cxlint.core.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A folder beside a report file where a reporter may put more pages (the HTML report of a large
 * run). It is written with the report and, like it, appears whole or not at all when the report
 * finishes ({@link FileReport}). Reports on standard output have none.
 */
public interface ReportFolder {
  /** The folder's name: a sibling of the main report file, so a relative link from it. */
  String name();

  /** The main report file's name: the link back to it from a page in the folder is "../" + it. */
  String mainName();

  /**
   * Creates the file {@code fileName} (a plain name, no separator) in the folder, which is made
   * on first use. The caller closes the stream.
   */
  OutputStream create(String fileName) throws IOException;
}
