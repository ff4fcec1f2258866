"""Feature extraction for the syllable fallback; must match SyllableCounter.java exactly."""
import zlib

VOWELS = set("aeiouy")


def held_out(word):
    """The evaluation split: about 1 word in 10, chosen by a hash of the word."""
    return zlib.crc32(word.encode("utf-8")) % 10 == 0


def parts(word):
    """Lowercase letters and apostrophes, split on hyphens (each part counted on its own)."""
    return [p for p in word.split("-") if any(c.isalpha() for c in p)]


def features(part):
    """Features of each vowel run of one hyphen-free part, plus whole-part suffix features."""
    w = "^" + part + "$"
    out = []
    i = 1
    n = len(w)
    while i < n - 1:
        if w[i] in VOWELS:
            j = i
            while j < n - 1 and w[j] in VOWELS:
                j += 1
            g = w[i:j]
            p1 = w[i - 1]
            p2 = w[max(0, i - 2):i]
            p3 = w[max(0, i - 3):i]
            n1 = w[j]
            n2 = w[j:j + 2]
            n3 = w[j:j + 3]
            out += [
                "g=" + g,
                "g=" + g + "|n=" + n1,
                "p=" + p1 + "|g=" + g,
                "p=" + p1 + "|g=" + g + "|n=" + n1,
                "g=" + g + "|n2=" + n2,
                "p2=" + p2 + "|g=" + g + "|n2=" + n2,
                "p2=" + p2 + "|g=" + g + "|n3=" + n3,
                "p3=" + p3 + "|g=" + g + "|n2=" + n2,
            ]
            i = j
        else:
            i += 1
    out.append("bias")
    return out
