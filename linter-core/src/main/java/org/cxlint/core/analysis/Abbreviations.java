package org.cxlint.core.analysis;

import java.util.Set;

/**
 * Abbreviations whose period is not a full stop. Three kinds: titles and the like ("Dr.",
 * "e.g.", "Jan.") never end a sentence; some ("No.", "p.", "Sec.") are abbreviations only
 * before a number ("Sec. 508"), since they are also words ("Say no."); others ("U.S.", "etc.",
 * "a.m.", "Inc.") end a sentence only when the next word is a usual sentence opener
 * ("… in the U.S. The agency …" but "the U.S. Department of Labor").
 */
final class Abbreviations {
  /** Lowercase, without the final period. */
  private static final Set<String> NEVER_END = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "gov", "sen", "rep", "gen", "col", "lt",
      "sgt", "capt", "cmdr", "adm", "st", "mt", "ft", "vs", "e.g", "i.e", "cf", "viz", "approx",
      "dept", "vol", "vols", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "tue", "tues", "thu", "thur", "thurs", "ave", "blvd", "ste", "apt", "assn",
      "intl", "natl", "univ", "govt", "mss", "messrs",
      // Spanish (Real Academia Española, "Lista de abreviaturas"); none is an English word:
      // "EE. UU.", "Sra. López", "Ud.", "p. ej.", "Lic. Pérez", "Av. Juárez"
      "ee", "sra", "sras", "sres", "srta", "dra", "lic", "ud", "uds", "vd", "vds", "ej", "aprox",
      "av", "avda", "depto", "dpto", "gral", "excmo", "excma", "atte", "admón", "ing");
  /** Lowercase, without the final period: an abbreviation only before a number. */
  private static final Set<String> BEFORE_NUMBER = Set.of(
      "no", "nos", "p", "pp", "fig", "figs", "sec", "secs", "art", "para", "ext", "tel", "ch",
      "ref", "mar", "op", "pt", "pts",
      // Spanish: "pág. 3", "núm. 12", "n.º 5", "cap. 2"
      "pág", "págs", "núm", "nro", "cap");
  /** Lowercase, without the final period: end a sentence only before a usual opener. */
  private static final Set<String> MAY_END = Set.of(
      "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "llc", "al", "ph.d",
      // Spanish: the second half of "EE. UU." ("en EE. UU. Los ..." ends a sentence)
      "uu");
  /** Words that usually open a sentence, used to decide after a MAY_END abbreviation. */
  private static final Set<String> OPENERS = Set.of(
      "the", "this", "that", "these", "those", "a", "an", "it", "its", "we", "you", "they", "he",
      "she", "i", "our", "your", "their", "his", "her", "in", "on", "at", "for", "if", "when",
      "while", "after", "before", "but", "and", "or", "so", "there", "here", "what", "how",
      "why", "who", "which", "where", "to", "as", "all", "each", "some", "many", "most", "no",
      "not", "please", "use", "see", "learn", "with", "by", "from", "during", "since", "because",
      "however", "also", "then", "today", "now", "every", "one", "both", "other", "more", "any",
      "yes", "do", "is", "are", "was", "were", "can", "will", "should", "must", "may", "once",
      "first", "next", "finally", "visit", "contact", "read", "find", "get", "make", "go",
      "call", "email", "start", "over", "about", "under", "without", "although",
      "though", "unless", "until", "instead", "still", "yet", "thus", "therefore", "overall",
      "similarly", "additionally", "moreover", "furthermore", "meanwhile", "otherwise");

  /** Words that usually open a Spanish sentence, for a MAY_END abbreviation in Spanish prose. */
  private static final Set<String> SPANISH_OPENERS = Set.of(
      "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "este", "esta", "estos",
      "estas", "ese", "esa", "esos", "esas", "en", "para", "por", "con", "sin", "si", "no",
      "sí", "cuando", "como", "pero", "y", "o", "también", "además", "usted", "ustedes",
      "nosotros", "ellos", "ellas", "su", "sus", "mi", "nuestro", "nuestra", "hay", "puede",
      "pueden", "debe", "deben", "es", "son", "fue", "está", "están", "tiene", "tienen",
      "visite", "llame", "lea", "consulte", "obtenga", "use", "vea", "después", "antes",
      "durante", "desde", "hasta", "según", "cada", "todos", "todas", "algunos", "muchos",
      "más", "ahora", "hoy", "entonces", "aunque", "porque", "mientras", "luego",
      "primero", "finalmente", "qué", "cómo", "dónde", "quién", "cuál", "cuándo", "a", "de",
      "del", "al", "ya", "solo", "sólo", "otro", "otra", "otros", "otras", "cualquier",
      // usted imperatives that open instructions ("… en EE. UU. Encuentre direcciones …")
      "encuentre", "busque", "solicite", "presente", "envíe", "descargue", "averigüe",
      "aprenda", "conozca", "revise", "haga", "pida", "reporte", "denuncie", "comuníquese",
      "escriba", "elija", "inscríbase", "regístrese", "verifique", "compare", "infórmese");

  private Abbreviations() {}

  /** What a period after a word means. */
  enum Kind {
    /** An ordinary word: the period may end the sentence. */
    NONE,
    /** An abbreviation that never ends a sentence. */
    NEVER_END,
    /** An abbreviation only when the next token starts with a digit. */
    BEFORE_NUMBER,
    /** An abbreviation that ends a sentence only before a usual opener. */
    MAY_END
  }

  /**
   * Classifies {@code word}, the characters before a period without it (e.g. "U.S" or "Dr").
   * A single capital letter is an initial ("J. Smith"); single letters joined by periods
   * ("U.S", "a.m", "D.C") are an initialism.
   */
  static Kind classify(String word) {
    if (word.isEmpty()) {
      return Kind.NONE;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return Kind.NEVER_END;
    }
    String lower = Token.normalize(word);
    if (NEVER_END.contains(lower)) {
      return Kind.NEVER_END;
    }
    if (BEFORE_NUMBER.contains(lower)) {
      return Kind.BEFORE_NUMBER;
    }
    if (MAY_END.contains(lower) || isInitialism(lower)) {
      return Kind.MAY_END;
    }
    return Kind.NONE;
  }

  /** Whether the period after {@code word}, followed by {@code next} (the next word, may be empty), ends a sentence. */
  static boolean endsSentence(String word, String next) {
    return endsSentence(word, next, false);
  }

  /** As {@link #endsSentence(String, String)}; {@code spanish} for Spanish prose's openers. */
  static boolean endsSentence(String word, String next, boolean spanish) {
    return switch (classify(word)) {
      case NONE -> true;
      case NEVER_END -> false;
      case BEFORE_NUMBER -> next.isEmpty() || !Character.isDigit(next.charAt(0));
      case MAY_END -> next.isEmpty()
          || (spanish ? SPANISH_OPENERS : OPENERS).contains(Token.normalize(next))
          || (endsListBeforeCapital(word) && Character.isUpperCase(next.charAt(0)));
    };
  }

  /**
   * "etc." closes a list: a capital after it starts a new sentence ("…, forms, etc. Avoid …"),
   * where after "Inc." or "Jr." a capital may well be the same sentence's next name.
   */
  private static boolean endsListBeforeCapital(String word) {
    return Token.normalize(word).equals("etc");
  }

  /** Whether a period directly after {@code word} belongs to the word (an abbreviation). */
  static boolean takesPeriod(String word, String next) {
    Kind k = classify(word);
    return k == Kind.NEVER_END || k == Kind.MAY_END
        || (k == Kind.BEFORE_NUMBER && !next.isEmpty() && Character.isDigit(next.charAt(0)));
  }

  /** Single letters joined by periods: "u.s", "a.m", "d.c", "u.s.a". */
  private static boolean isInitialism(String lower) {
    if (lower.length() < 3) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean letterSlot = i % 2 == 0;
      if (letterSlot ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return lower.length() % 2 == 1;
  }
}
