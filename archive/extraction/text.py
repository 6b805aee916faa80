"""Text normalisation and small string helpers.

Scraped pages mix non-breaking and other exotic spaces, zero-width characters, stray
control bytes and Windows line ends. Everything downstream (offsets, regexes, merging of
names) is simpler and more reliable once that noise is gone, so it is removed first.
"""

from __future__ import annotations

import html
import re
import unicodedata

_ODD_SPACES = re.compile("[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MULTI_SPACE = re.compile(" {2,}")
_WIDE_GAP = re.compile("(?<=[^ |·•›»]) {3,}(?=[^ |·•›»])")

WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
URL_RE = re.compile(
    r"(?i)(?:https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|io|co|vn|ru"
    r"|xyz|top|site|online|club|shop|me|us|uk|de|fr|es|ve|br|in)\b/?\S*)"
)


# Character references a scraper left undecoded; decoded once, so "&amp;lt;" stays "&lt;"
# text and never becomes markup (the body is escaped on output anyway).
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")


def normalise(raw: str) -> str:
    """Plain spaces, ``\\n`` line ends, no invisible or control characters, trimmed lines."""
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), raw)  # "&#8220;", "&amp;"
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n").replace("\x85", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    lines = (_MULTI_SPACE.sub(" ", _menu(line)).strip() for line in text.split("\n"))
    return "\n".join(lines)


def _menu(line: str) -> str:
    """ "Home   Venezuela   Colombia   The Border": a menu copied from the page, its items
    apart by runs of spaces; written with bars so it still reads as a menu once the
    spaces collapse (a sentence's stray double space is left alone)."""
    if re.search(r"[|·•›»]", line):
        # already written with separators; a wider gap is one more ("By X   Thursday, …")
        return _WIDE_GAP.sub(" | ", line.strip())
    parts = [p for p in _MULTI_SPACE.split(line.strip()) if p]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
        return " | ".join(parts)
    return line


def fold(value: str) -> str:
    """Accent- and case-insensitive key: ``Óscar PÉREZ`` -> ``oscar perez``."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_UNDECOMPOSABLE))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"}
)


def diacritic_count(value: str) -> int:
    """How many accented letters a surface form has (prefer ``Pérez`` over ``Perez``)."""
    return sum(1 for c in unicodedata.normalize("NFKD", value) if unicodedata.combining(c))


def words(value: str) -> list[str]:
    """Alphabetic words, keeping inner apostrophes and hyphens."""
    return WORD_RE.findall(value)


def stopword_ratio(value: str, stopwords: frozenset[str]) -> float:
    """Share of the words that are in ``stopwords`` (0.0 for text without words)."""
    found = [w.casefold() for w in words(value)]
    if not found:
        return 0.0
    return sum(1 for w in found if w in stopwords) / len(found)


def non_ascii_letter_share(value: str) -> float:
    """Share of letters outside ASCII; high for keyword soup in another script."""
    letters = [c for c in value if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) > 127) / len(letters)
