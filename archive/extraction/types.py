"""Plain data returned by the extraction pipeline.

These dataclasses are the whole contract between the pipeline (pure Python, no database)
and the rest of the project: the import command turns them into model rows, and
``manage.py extract --json`` serialises them unchanged. Offsets always index into ``body``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PERSON = "person"
ORGANIZATION = "organization"
PLACE = "place"
OTHER = "other"
ENTITY_KINDS = (PERSON, ORGANIZATION, PLACE, OTHER)


@dataclass(frozen=True)
class ExtractedQuotation:
    text: str
    start: int
    end: int
    # Canonical name of a listed entity, the phrase as written for an unnamed speaker
    # ("an officer"), or None when nobody is attributed.
    speaker: str | None
    # The phrase as it appears in the text ("Mr. Pérez", "he", "an officer"), for editors.
    speaker_as_written: str | None
    cue: str | None
    confidence: float


@dataclass(frozen=True)
class ExtractedEntity:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class ExtractedArticle:
    title: str
    publication: str | None
    authors: tuple[str, ...]
    published: dt.date | None
    language: str
    body: str
    quotations: tuple[ExtractedQuotation, ...] = ()
    entities: tuple[ExtractedEntity, ...] = field(default_factory=tuple)
