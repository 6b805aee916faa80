"""Language of the body by stopword share: cheap, and right for ordinary news prose."""

from __future__ import annotations

from .lexicon import EN_STOPWORDS, ES_STOPWORDS
from .text import stopword_ratio, words

MIN_WORDS = 5
MIN_RATIO = 0.12


def detect(text: str) -> str:
    """``"en"``, ``"es"``, or ``"und"`` when the text is too short or neither fits."""
    if len(words(text)) < MIN_WORDS:
        return "und"
    en = stopword_ratio(text, EN_STOPWORDS)
    es = stopword_ratio(text, ES_STOPWORDS)
    if max(en, es) < MIN_RATIO:
        return "und"
    return "en" if en >= es else "es"
