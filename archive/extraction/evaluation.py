"""Score pipeline output against hand-made gold annotations (``tests/data/seeds/*.json``).

Pure standard-library Python, deliberately independent of the pipeline's own helpers, so
changing how the pipeline normalises text can never silently change how it is measured.

A gold file lists, for one scraped page: the title, snippets the clean body must keep and
boilerplate it must lose, quotations (``speech: false`` marks a neutral, ambiguous quote
that is neither required nor penalised), scare quotes and labels that are *not* speech,
entities with every surface form, and strings that must not become entities.

Metrics (see ``score_article``):

* quotations: an extracted quotation counts when its confidence is at least
  ``CONFIDENCE_THRESHOLD``; it matches a gold quotation when the token-level F1 of the
  two normalised texts is at least ``MATCH_F1``. Matching is one-to-one, best pairs first.
* speakers: over matched pairs, scored separately for gold speakers that are gold entity
  names ("named") and for descriptive phrases such as "an officer" ("unnamed").
* entities: recall and precision by accent- and case-insensitive name/alias equality,
  kind accuracy among found entities, duplicates (one gold entity, several extracted
  entities: a failed merge) and over-merges (one extracted entity, several gold ones).
* body: boilerplate snippets left (should be 0) and coverage of required snippets.
"""

from __future__ import annotations

import json
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .types import ExtractedArticle, ExtractedEntity, ExtractedQuotation

CONFIDENCE_THRESHOLD = 0.5
MATCH_F1 = 0.8
REQUIRED_KEYS = (
    "file",
    "title",
    "publication",
    "authors",
    "body_must_contain",
    "boilerplate_absent",
    "quotations",
    "non_quotations",
    "entities",
    "not_entities",
)

_UNIFY = str.maketrans(
    {
        "\u00a0": " ",
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
    }
)
_EDGE = string.punctuation + string.whitespace + "…—–"
_TOKEN = re.compile(r"\w+(?:'\w+)*")
# Words that say nothing about who an unnamed speaker is ("his mother" ~ "the mother").
_STOPWORD_TEXT = (
    "a an the his her their its our my your of from by with and or in on at to for who "
    "that which one s"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


# --------------------------------------------------------------------------- loading


def load_annotation(path: str | Path) -> dict[str, Any]:
    """Read one gold annotation file; raise ``ValueError`` if a required key is missing."""
    with open(path, encoding="utf-8") as handle:
        gold = json.load(handle)
    missing = [key for key in REQUIRED_KEYS if key not in gold]
    if missing:
        raise ValueError(f"{path}: missing keys {missing}")
    return gold


# ------------------------------------------------------------------ normalisation


def loose(text: str) -> str:
    """Accent-, case- and quote-style-insensitive form with single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNIFY))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def name_key(name: str) -> str:
    """Comparison key for names: loose form without punctuation at either end."""
    return loose(name).strip(_EDGE)


def tokens(text: str) -> list[str]:
    """Word tokens of a quotation after loose normalisation."""
    return _TOKEN.findall(loose(text).strip(_EDGE))


def token_f1(a: str, b: str) -> float:
    """Token-level F1 overlap (multiset) of two texts; 0.0 when either is empty."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    precision = common / sum(ta.values())
    recall = common / sum(tb.values())
    return 2 * precision * recall / (precision + recall)


def collapse(text: str) -> str:
    """Whitespace-normalised text (U+00A0 counts as a space), case and accents kept."""
    return " ".join(text.replace("\u00a0", " ").split())


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


# ----------------------------------------------------------------------- results


@dataclass
class Counts:
    """Raw counts shared by one article's score and the totals; ratios are derived."""

    gold_quotes: int = 0
    found_quotes: int = 0
    quote_tp: int = 0
    quote_fp: int = 0
    scare_quote_fp: int = 0
    named_pairs: int = 0
    named_correct: int = 0
    unnamed_pairs: int = 0
    unnamed_correct: int = 0
    gold_entities: int = 0
    found_entities: int = 0
    kind_correct: int = 0
    extracted_entities: int = 0
    matching_entities: int = 0
    not_entity_hits: int = 0
    duplicates: int = 0
    overmerges: int = 0
    boilerplate_left: int = 0
    body_snippets: int = 0
    body_found: int = 0
    publication_correct: int = 0
    authors_correct: int = 0

    @property
    def quote_precision(self) -> float | None:
        return _ratio(self.quote_tp, self.quote_tp + self.quote_fp)

    @property
    def quote_recall(self) -> float | None:
        return _ratio(self.found_quotes, self.gold_quotes)

    @property
    def named_speaker_accuracy(self) -> float | None:
        return _ratio(self.named_correct, self.named_pairs)

    @property
    def unnamed_speaker_accuracy(self) -> float | None:
        return _ratio(self.unnamed_correct, self.unnamed_pairs)

    @property
    def entity_recall(self) -> float | None:
        return _ratio(self.found_entities, self.gold_entities)

    @property
    def entity_precision(self) -> float | None:
        return _ratio(self.matching_entities, self.extracted_entities)

    @property
    def kind_accuracy(self) -> float | None:
        return _ratio(self.kind_correct, self.found_entities)

    @property
    def body_coverage(self) -> float | None:
        return _ratio(self.body_found, self.body_snippets)


@dataclass
class ArticleScore(Counts):
    """Counts for one article plus the concrete misses, for reading and debugging."""

    file: str = ""
    title_correct: bool = False
    missed_quotes: list[str] = field(default_factory=list)
    false_positive_quotes: list[str] = field(default_factory=list)
    wrong_speakers: list[tuple[str, str, str | None]] = field(default_factory=list)
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    wrong_kinds: list[tuple[str, str, str]] = field(default_factory=list)
    duplicate_entities: list[str] = field(default_factory=list)
    overmerged_entities: list[str] = field(default_factory=list)
    boilerplate_found: list[str] = field(default_factory=list)
    body_missing: list[str] = field(default_factory=list)
    meta_wrong: list[tuple[str, object, object]] = field(default_factory=list)


@dataclass
class Totals(Counts):
    """Summed counts over several articles; ratios are micro-averages."""

    files: int = 0
    titles_correct: int = 0


# -------------------------------------------------------------------- quotations


def _gold_quotes(gold: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split gold quotations into (speech, neutral) lists; ``speech`` defaults to true."""
    speech = [q for q in gold["quotations"] if q.get("speech", True)]
    neutral = [q for q in gold["quotations"] if not q.get("speech", True)]
    return speech, neutral


def _match_quotes(
    extracted: Sequence[ExtractedQuotation], gold: Sequence[dict[str, Any]]
) -> list[tuple[int, int]]:
    """One-to-one (extracted index, gold index) pairs with F1 >= MATCH_F1, best first."""
    candidates = []
    for i, quote in enumerate(extracted):
        for j, item in enumerate(gold):
            f1 = token_f1(quote.text, item["text"])
            if f1 >= MATCH_F1:
                candidates.append((f1, i, j))
    used_x: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _f1, i, j in sorted(candidates, key=lambda c: -c[0]):
        if i not in used_x and j not in used_g:
            pairs.append((i, j))
            used_x.add(i)
            used_g.add(j)
    return pairs


def _matches_any(text: str, items: Iterable[dict[str, Any]]) -> bool:
    return any(token_f1(text, item["text"]) >= MATCH_F1 for item in items)


# Gold files may spell a kind short ("org"): the same label as the pipeline's.
_KIND_NAMES = {"org": "organization", "organisation": "organization", "location": "place"}


def _entity_keys(gold_entity: dict[str, Any]) -> set[str]:
    return {name_key(gold_entity["name"]), *(name_key(f) for f in gold_entity["forms"])}


def _speaker_correct(extracted: str | None, expected: str, gold: dict[str, Any]) -> bool:
    """Named: equality with the entity's name or a form. Unnamed: see ``_unnamed_ok``."""
    if extracted is None:
        return False
    for entity in gold["entities"]:
        if entity["name"] == expected:
            return name_key(extracted) in _entity_keys(entity)
    return _unnamed_ok(extracted, expected, gold)


def _unnamed_ok(extracted: str, expected: str, gold: dict[str, Any]) -> bool:
    """An unnamed speaker is right when the extracted phrase is not a gold entity's name
    and shares a content word with the gold phrase ("the mother" ~ "his mother")."""
    key = name_key(extracted)
    if any(key in _entity_keys(entity) for entity in gold["entities"]):
        return False
    content = set(tokens(expected)) - _STOPWORDS
    return bool(content & set(tokens(extracted)))


def _score_quotations(article: ExtractedArticle, gold: dict[str, Any], score: ArticleScore) -> None:
    speech, neutral = _gold_quotes(gold)
    names = {entity["name"] for entity in gold["entities"]}
    extracted = [q for q in article.quotations if q.confidence >= CONFIDENCE_THRESHOLD]
    pairs = _match_quotes(extracted, speech)
    matched_x = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    score.gold_quotes = len(speech)
    score.found_quotes = score.quote_tp = len(pairs)
    score.missed_quotes = [q["text"] for j, q in enumerate(speech) if j not in matched_g]
    for i, quote in enumerate(extracted):
        if i in matched_x or _matches_any(quote.text, neutral):
            continue
        score.quote_fp += 1
        score.false_positive_quotes.append(quote.text)
        if _matches_any(quote.text, gold["non_quotations"]):
            score.scare_quote_fp += 1
    for i, j in pairs:
        expected = speech[j].get("speaker")
        if expected is None:
            continue
        correct = _speaker_correct(extracted[i].speaker, expected, gold)
        if expected in names:
            score.named_pairs += 1
            score.named_correct += correct
        else:
            score.unnamed_pairs += 1
            score.unnamed_correct += correct
        if not correct:
            score.wrong_speakers.append((speech[j]["text"], expected, extracted[i].speaker))


# ---------------------------------------------------------------------- entities


def _extracted_keys(entity: ExtractedEntity) -> set[str]:
    return {name_key(entity.name), *(name_key(alias) for alias in entity.aliases)}


def _score_entities(article: ExtractedArticle, gold: dict[str, Any], score: ArticleScore) -> None:
    gold_entities = gold["entities"]
    not_entities = {name_key(s) for s in gold["not_entities"]}
    extracted = list(article.entities)
    # matches[j] = indices of extracted entities that match gold entity j
    matches: list[list[int]] = [[] for _ in gold_entities]
    for i, entity in enumerate(extracted):
        keys = _extracted_keys(entity)
        hit = [j for j, g in enumerate(gold_entities) if keys & _entity_keys(g)]
        for j in hit:
            matches[j].append(i)
        if hit:
            score.matching_entities += 1
        else:
            score.spurious_entities.append(entity.name)
            score.not_entity_hits += bool(keys & not_entities)
        if len(hit) > 1:
            score.overmerged_entities.append(entity.name)
    score.gold_entities = len(gold_entities)
    score.extracted_entities = len(extracted)
    for g, found in zip(gold_entities, matches, strict=True):
        if not found:
            score.missed_entities.append(g["name"])
            continue
        score.found_entities += 1
        if len(found) > 1:
            score.duplicate_entities.append(g["name"])
        primary = _primary(g, [extracted[i] for i in found])
        if primary.kind == _KIND_NAMES.get(g["kind"], g["kind"]):
            score.kind_correct += 1
        else:
            score.wrong_kinds.append((g["name"], g["kind"], primary.kind))
    score.duplicates = len(score.duplicate_entities)
    score.overmerges = len(score.overmerged_entities)


def _primary(gold_entity: dict[str, Any], candidates: list[ExtractedEntity]) -> ExtractedEntity:
    """The candidate whose own name is a gold form, else the first one."""
    keys = _entity_keys(gold_entity)
    return next((c for c in candidates if name_key(c.name) in keys), candidates[0])


# -------------------------------------------------------------------------- body


def _score_body(article: ExtractedArticle, gold: dict[str, Any], score: ArticleScore) -> None:
    body = loose(article.body)
    score.boilerplate_found = [s for s in gold["boilerplate_absent"] if loose(s) in body]
    score.boilerplate_left = len(score.boilerplate_found)
    score.body_missing = [s for s in gold["body_must_contain"] if loose(s) not in body]
    score.body_snippets = len(gold["body_must_contain"])
    score.body_found = score.body_snippets - len(score.body_missing)
    score.title_correct = collapse(article.title) == collapse(gold["title"])
    # the publication and the set of authors, accent- and case-insensitive; "none" counts
    # as right when the page gives none
    score.publication_correct = int(
        collapse(article.publication or "") == collapse(gold["publication"] or "")
    )
    score.authors_correct = int(
        {collapse(a) for a in article.authors} == {collapse(a) for a in gold["authors"]}
    )
    if not score.publication_correct:
        score.meta_wrong.append(("publication", gold["publication"], article.publication))
    if not score.authors_correct:
        score.meta_wrong.append(("authors", gold["authors"], list(article.authors)))


# ----------------------------------------------------------------------- public


def score_article(extracted: ExtractedArticle, gold: dict[str, Any]) -> ArticleScore:
    """Compare one pipeline result with its gold annotation."""
    score = ArticleScore(file=gold["file"])
    _score_quotations(extracted, gold, score)
    _score_entities(extracted, gold, score)
    _score_body(extracted, gold, score)
    return score


def combine(scores: Iterable[ArticleScore]) -> Totals:
    """Sum the counts of several article scores (ratios become micro-averages)."""
    totals = Totals()
    for score in scores:
        for f in fields(Counts):
            setattr(totals, f.name, getattr(totals, f.name) + getattr(score, f.name))
        totals.files += 1
        totals.titles_correct += score.title_correct
    return totals


_COLUMNS = (
    ("title", 5),
    ("Q-prec", 6),
    ("Q-rec", 6),
    ("spk-nm", 6),
    ("spk-un", 6),
    ("E-rec", 6),
    ("E-prec", 6),
    ("kind", 6),
    ("dup", 4),
    ("boil", 4),
    ("body", 6),
)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _row(label: str, title: str, counts: Counts) -> str:
    cells = (
        title,
        _pct(counts.quote_precision),
        _pct(counts.quote_recall),
        _pct(counts.named_speaker_accuracy),
        _pct(counts.unnamed_speaker_accuracy),
        _pct(counts.entity_recall),
        _pct(counts.entity_precision),
        _pct(counts.kind_accuracy),
        str(counts.duplicates),
        str(counts.boilerplate_left),
        _pct(counts.body_coverage),
    )
    padded = (cell.rjust(width) for cell, (_, width) in zip(cells, _COLUMNS, strict=True))
    return f"{label:<26} " + " ".join(padded)


def format_table(per_file: Sequence[ArticleScore], totals: Totals) -> str:
    """Fixed-width table: one row per file and a TOTAL row of micro-averaged ratios."""
    header = f"{'file':<26} " + " ".join(name.rjust(width) for name, width in _COLUMNS)
    lines = [header, "-" * len(header)]
    for score in per_file:
        lines.append(_row(score.file, "ok" if score.title_correct else "WRONG", score))
    lines.append("-" * len(header))
    lines.append(_row("TOTAL", f"{totals.titles_correct}/{totals.files}", totals))
    lines.append(
        f"quotations: {totals.found_quotes}/{totals.gold_quotes} found, "
        f"{totals.quote_fp} false positives ({totals.scare_quote_fp} scare quotes); "
        f"entities: {totals.found_entities}/{totals.gold_entities} found, "
        f"{totals.extracted_entities - totals.matching_entities} spurious "
        f"({totals.not_entity_hits} listed not_entities), {totals.overmerges} over-merged; "
        f"publication {totals.publication_correct}/{totals.files}, "
        f"authors {totals.authors_correct}/{totals.files}"
    )
    return "\n".join(lines)


def format_details(score: ArticleScore) -> str:
    """Human-readable list of everything one article got wrong."""
    sections = (
        ("missed quotations", score.missed_quotes),
        ("false-positive quotations", score.false_positive_quotes),
        ("wrong speakers (quote, gold, extracted)", score.wrong_speakers),
        ("missed entities", score.missed_entities),
        ("spurious entities", score.spurious_entities),
        ("wrong kinds (entity, gold, extracted)", score.wrong_kinds),
        ("duplicated entities", score.duplicate_entities),
        ("over-merged entities", score.overmerged_entities),
        ("boilerplate left", score.boilerplate_found),
        ("body snippets missing", score.body_missing),
        ("publication/authors (field, gold, extracted)", score.meta_wrong),
    )
    lines = [f"== {score.file}" + ("" if score.title_correct else "  (title WRONG)")]
    for heading, items in sections:
        if items:
            lines.append(f"  {heading}:")
            lines.extend(f"    - {_short(item)}" for item in items)
    return "\n".join(lines)


def _short(item: object, limit: int = 110) -> str:
    text = str(item)
    return text if len(text) <= limit else text[: limit - 1] + "…"
