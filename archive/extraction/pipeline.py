"""The whole pipeline in one call; the only function callers need.

Stages run in a fixed order because each needs the previous one: the body must be clean
before offsets mean anything, and speakers are resolved against the entities found in it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import cleaning, entities, language, quotes
from .lexicon import CUE_VERBS, ROLES
from .nlp import DEFAULT_MODEL, NER_KINDS, load_nlp
from .types import OTHER, PERSON, ExtractedArticle, ExtractedEntity, ExtractedQuotation

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

# Bump when a change alters output for the same input, so stored rows can be re-run.
PIPELINE_VERSION = "3"


def extract(raw: str, *, source: str = "", model: str = DEFAULT_MODEL) -> ExtractedArticle:
    """Extract title, metadata, clean body, quotations and entities from raw page text.

    Never raises for any ``str``: a stage that fails degrades to an empty result (logged),
    because one odd file must not stop a batch import. (A missing spaCy model does raise
    ``ModelNotAvailable``: that is a set-up error, not a bad file.)
    """
    return next(extract_many([(raw, source)], model=model))


def extract_many(
    items: Iterable[tuple[str, str]], *, model: str = DEFAULT_MODEL, batch_size: int = 32
) -> Iterator[ExtractedArticle]:
    """``extract`` for many (raw, source) pairs, in input order.

    Cleaning is cheap and runs per page; the cleaned bodies then go through spaCy's
    ``nlp.pipe`` in batches, which is several times faster than one call per page.
    """
    nlp = load_nlp(model)
    chunk: list[tuple[cleaning.Cleaned | None, str, str]] = []
    for raw, source in items:
        chunk.append(_clean(raw, source))
        if len(chunk) >= batch_size:
            yield from _analyse_chunk(nlp, chunk)
            chunk = []
    if chunk:
        yield from _analyse_chunk(nlp, chunk)


def _clean(raw: str, source: str) -> tuple[cleaning.Cleaned | None, str, str]:
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    try:
        return cleaning.clean(raw, source=source), raw, source
    except Exception:  # pragma: no cover - defensive: cleaning is meant to be total
        logger.exception("cleaning failed for %s", source or "<text>")
        return None, raw, source


def _analyse_chunk(nlp, chunk) -> Iterator[ExtractedArticle]:
    bodies = [cleaned.body if cleaned else "" for cleaned, _, _ in chunk]
    for (cleaned, raw, source), doc in zip(chunk, nlp.pipe(bodies), strict=True):
        if cleaned is None:
            first = raw.strip().split("\n", 1)[0][:300] if raw.strip() else ""
            yield ExtractedArticle(first, None, (), None, "und", "")
        else:
            yield _analyse(cleaned, doc, source)


def _ner_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """spaCy's named entities as (start, end, kind) character spans in the body."""
    return [
        (ent.start_char, ent.end_char, NER_KINDS[ent.label_])
        for ent in doc.ents
        if ent.label_ in NER_KINDS
    ]


_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _speech_subjects(doc: Doc) -> dict[int, quotes.Subject]:
    """For each speech verb (by offset), its grammatical subject: span, head word, whether
    the head is a common noun, and the spans of appositions to it.

    The parse finds "Ruiz" in "Speaking to Hale on Monday, Ruiz said", where the first
    name in the clause is the wrong one. A verb without a subject of its own ("arrived and
    said") takes its coordinated verb's subject.
    """
    found: dict[int, quotes.Subject] = {}
    for token in doc:
        if token.lower_ not in CUE_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        verb = token
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        while subject is None and verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            continue
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            # "a mother who told me last year, ‘…’": the relative pronoun's antecedent
            subject = verb.head
        found[token.idx] = _subject(subject)
    return found


def _clause_subjects(doc: Doc) -> list[quotes.Subject]:
    """Every clause subject in the text, in order: a pronoun prefers the person who was
    the subject of a recent sentence over one merely mentioned after it, and may mean an
    unnamed subject ("a witness who was waiting … said")."""
    return [_subject(t) for t in doc if t.dep_ in _SUBJECT_DEPS and t.head.tag_ != "VB"]


def _apposition_span(token) -> tuple[int, int]:
    """The apposition's own words, without an apposition nested in it: in "Mujica's mother,
    Carmen Teresa Mujica, 61, said" the parse hangs "61" on the name, which must still end
    the span (its last character marks the subject's head)."""
    nested = {t.i for c in token.children if c.dep_ == "appos" for t in c.subtree}
    own = [t for t in token.subtree if t.i not in nested and t.dep_ != "punct"] or [token]
    return own[0].idx, own[-1].idx + len(own[-1].text)


def _subject(subject) -> quotes.Subject:
    left, right = subject.left_edge, subject.right_edge
    parts = [c for c in subject.children if c.dep_ == "appos"]
    if subject.lower_ in ROLES and subject.text[:1].isupper():
        # "Councillor of State Jean-Marc Perrottet said": the parse hangs the name on "of"
        parts += [
            p
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN"
        ]
    appositions = tuple(_apposition_span(c) for c in parts)
    return quotes.Subject(
        left.idx,
        right.idx + len(right.text),
        subject.idx,
        subject.pos_ == "NOUN",
        appositions,
        subject.head.idx,
    )


def _analyse(cleaned: cleaning.Cleaned, doc: Doc, source: str) -> ExtractedArticle:
    body = cleaned.body
    found_quotes: tuple[ExtractedQuotation, ...] = ()
    found_entities: tuple[ExtractedEntity, ...] = ()
    try:
        drafts = entities.extract_entities(
            body,
            person_hints=quotes.transcript_labels(body),
            ner=_ner_spans(doc),
            publication=cleaned.publication,
        )
        found_quotes = tuple(
            quotes.extract_quotations(
                body,
                entities.person_index(drafts),
                subjects=_speech_subjects(doc),
                clause_subjects=_clause_subjects(doc),
            )
        )
        speakers = {q.speaker for q in found_quotes}
        for draft in drafts:
            if draft.kind == OTHER and draft.name in speakers and not draft.name.startswith("@"):
                draft.kind = PERSON  # an unclassified name that speaks is a person
        found_entities = tuple(d.freeze() for d in drafts)
    except Exception:  # pragma: no cover - defensive
        logger.exception("quotation/entity extraction failed for %s", source or "<text>")
    return ExtractedArticle(
        title=cleaned.title,
        publication=cleaned.publication,
        authors=cleaned.authors,
        published=cleaned.published,
        language=language.detect(body or cleaned.title),
        body=body,
        quotations=found_quotes,
        entities=found_entities,
    )


__all__ = ["PIPELINE_VERSION", "extract", "extract_many"]
