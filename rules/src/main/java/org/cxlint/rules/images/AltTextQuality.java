package org.cxlint.rules.images;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges alt text that is present: a file name, a word that only says "this is an image", a
 * placeholder left by an editor, an "image of …" opening, or text too long for alt. Immutable.
 */
final class AltTextQuality {
  /** What is wrong with an alt text, with the sentence a writer reads. */
  record Verdict(String message, String suggestion) {}

  private static final Pattern FILE_NAME = Pattern.compile(
      "(?i)^\\S*\\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|ico|avif|heic)$"
          + "|^(?:img|dsc|dscn|dcim|pxl|mvimg|screenshot|screen[ _-]shot|image|photo)[ _-]?\\d{2,}\\S*$");

  /** Alt texts that only say "an image is here" or are an editor's placeholder. */
  private static final Set<String> GENERIC = Set.of(
      "image", "img", "images", "photo", "photos", "photograph", "picture", "pic", "graphic",
      "graphics", "icon", "logo", "banner", "spacer", "chart", "graph", "diagram", "screenshot",
      "screen shot", "thumbnail", "illustration", "figure", "artwork", "clipart", "clip art");

  private static final Set<String> PLACEHOLDER = Set.of(
      "alt", "alt text", "alttext", "alternative text", "alt tag", "todo", "to do", "tbd", "tba",
      "placeholder", "image description", "description", "insert alt text", "add alt text",
      "alt text here", "null", "undefined", "untitled", "blank", "empty", "none", "n/a", "na",
      "test", "xxx", "x", "-", "_", "...", "…", "?", "lorem ipsum");

  private static final Pattern PREFIX = Pattern.compile(
      "(?i)^(?:(?:an?|the)\\s+)?(?:image|picture|photo|photograph|graphic|screenshot|screen shot|pic|icon|illustration)\\s+(?:of|showing|shows|depicting)\\s+");

  private AltTextQuality() {}

  /** The problem with {@code alt} (not blank), or null when it reads as a real description. */
  static Verdict judge(String alt, int maxLength) {
    String a = alt.strip().replaceAll("\\s+", " ");
    String key = a.toLowerCase(Locale.ROOT).replaceAll("[.:;!]+$", "").strip();
    if (FILE_NAME.matcher(a).matches()) {
      return new Verdict("Alt text “" + a + "” is a file name, which tells a screen reader user"
          + " nothing about the picture.",
          "Describe what the image shows or does, e.g. “Map of the 10 regional offices”.");
    }
    if (PLACEHOLDER.contains(key)) {
      return new Verdict("Alt text “" + a + "” is a placeholder, not a description.",
          "Replace it with what the image shows, or use alt=\"\" if it is only decoration.");
    }
    if (GENERIC.contains(key)) {
      return new Verdict("Alt text “" + a + "” only says that there is an image; screen readers"
          + " say that already.",
          "Say what the image shows or what it is for, e.g. “Agency logo” becomes the agency's name.");
    }
    Matcher m = PREFIX.matcher(a);
    if (m.find() && m.end() < a.length()) {
      String rest = a.substring(m.end());
      return new Verdict("Alt text starts with “" + a.substring(0, m.end()).strip()
          + "”: screen readers already announce an image.",
          "Start with what it shows: “" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1) + "”.");
    }
    if (a.length() > maxLength) {
      return new Verdict("Alt text is " + a.length() + " characters long (limit " + maxLength
          + "); long alt text cannot be skimmed or paused.",
          "Keep the alt short and put the full description in the text near the image or in a"
              + " caption.");
    }
    return null;
  }
}
