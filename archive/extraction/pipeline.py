"""The whole pipeline in one call; the only function callers need.

Stages run in a fixed order because each needs the previous one: the body must be clean
before offsets mean anything, and speakers are resolved against the entities found in it.
"""

from __future__ import annotations

import logging

from . import cleaning, entities, language, quotes
from .types import OTHER, PERSON, ExtractedArticle, ExtractedEntity, ExtractedQuotation

logger = logging.getLogger(__name__)

# Bump when a change alters output for the same input, so stored rows can be re-run.
PIPELINE_VERSION = "1"


def extract(raw: str, *, source: str = "") -> ExtractedArticle:
    """Extract title, metadata, clean body, quotations and entities from raw page text.

    Never raises for any ``str``: a stage that fails degrades to an empty result (logged),
    because one odd file must not stop a batch import.
    """
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    try:
        cleaned = cleaning.clean(raw, source=source)
    except Exception:  # pragma: no cover - defensive: cleaning is meant to be total
        logger.exception("cleaning failed for %s", source or "<text>")
        first = raw.strip().split("\n", 1)[0][:300] if raw.strip() else ""
        return ExtractedArticle(first, None, (), None, "und", "")
    body = cleaned.body
    found_quotes: tuple[ExtractedQuotation, ...] = ()
    found_entities: tuple[ExtractedEntity, ...] = ()
    try:
        drafts = entities.extract_entities(body, person_hints=quotes.transcript_labels(body))
        found_quotes = tuple(quotes.extract_quotations(body, entities.person_index(drafts)))
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


__all__ = ["PIPELINE_VERSION", "extract"]
