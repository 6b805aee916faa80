"""Write one extraction into the archive without ever undoing an editor's work.

The same function stores a new article and refreshes an existing one (a changed source file,
or the pipeline re-run on the stored raw text). The rules, in order of importance:

1. A curated quotation (reviewed, rejected or edited: ``Quotation.is_curated``) is never
   changed, deleted or duplicated. If the new body moves its words, it is re-anchored to
   the same words nearest its old place; if its words are gone, nothing is stored and the
   article is reported, because an editor must decide.
2. Machine quotations keep their id (and so their public URL) when the new extraction
   finds the same words again; they are updated in place. New ones are added; ones the
   pipeline no longer finds are removed.
3. Entities are found across articles by accent- and case-free name or alias (and a lone
   surname by the one person who bears it) and never duplicated; fields an editor changed
   are never overwritten. Mentions are derived data and are rebuilt.
4. Every span is checked against the body before anything is written; the whole article is
   one transaction.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from archive.extraction.types import ExtractedArticle, ExtractedEntity
from archive.models import (
    Article,
    Entity,
    EntityKind,
    Mention,
    Publication,
    Quotation,
    QuotationStatus,
    name_key,
)


class StorageError(ValueError):
    """The extraction cannot be stored as it is; nothing was written."""


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class StoreResult:
    article: Article
    created: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0  # curated quotations left as editors made them


def _diacritics(name: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFKD", name) if unicodedata.combining(c))


def entity_for(name: str, kind: str) -> Entity:
    """The existing entity for this name (or alias, or lone surname), else a new one.

    Machine knowledge may improve an entity an editor has not touched: an accented spelling
    replaces an unaccented one ("Óscar Pérez" for "Oscar Perez": scraped text loses accents,
    rarely invents them) and a specific kind replaces "other". Slugs never change.
    """
    entity = Entity.objects.find(name, kind)
    if entity is None and kind in (EntityKind.PERSON, EntityKind.OTHER):
        entity = Entity.objects.find_person_by_surname(name)
    if entity is None:
        return Entity.objects.create(name=name, kind=kind)
    changed = []
    if (
        entity.machine_may_set("name")
        and name_key(name) == entity.name_key
        and _diacritics(name) > _diacritics(entity.name)
    ):
        entity.name = name
        changed += ["name", "name_key"]
    if (
        entity.machine_may_set("kind")
        and entity.kind == EntityKind.OTHER
        and kind != EntityKind.OTHER
    ):
        entity.kind = kind
        changed.append("kind")
    if changed:
        entity.save(update_fields=[*changed, "updated"])
    return entity


def _set_if_allowed(obj: Article, field: str, value: object) -> None:
    if obj.machine_may_set(field):
        setattr(obj, field, value)


def _reanchor(quotation: Quotation, body: str) -> tuple[int, int] | None:
    """Where the quotation's exact words are in the new body, nearest its old place."""
    if body[quotation.start : quotation.end] == quotation.text:
        return quotation.start, quotation.end
    best: int | None = None
    index = body.find(quotation.text)
    while index != -1:
        if best is None or abs(index - quotation.start) < abs(best - quotation.start):
            best = index
        index = body.find(quotation.text, index + 1)
    if best is None:
        return None
    return best, best + len(quotation.text)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


@transaction.atomic
def store_extraction(
    extracted: ExtractedArticle,
    *,
    raw: str,
    source: str,
    pipeline_version: str,
    article: Article | None = None,
) -> StoreResult:
    """Create (article=None) or refresh an article from an extraction; all or nothing."""
    body = extracted.body
    if not body.strip():
        raise StorageError("no article text found")
    if article is None:
        article = Article(source=source)
    else:
        article = Article.objects.select_for_update().get(pk=article.pk)
    old_quotations = list(article.quotations.all()) if article.pk else []

    # Curated quotations first: they must survive, at the same words, or we stop here.
    curated = [q for q in old_quotations if q.is_curated]
    orphans = []
    for quotation in curated:
        place = _reanchor(quotation, body)
        if place is None:
            orphans.append(quotation)
        else:
            quotation.start, quotation.end = place
    if orphans:
        listed = "; ".join(f"#{q.pk} “{q.text[:60]}”" for q in orphans)
        raise StorageError(
            f"the new text no longer contains {len(orphans)} quotation(s) an editor has "
            f"curated ({listed}); nothing was changed"
        )

    publication = None
    if extracted.publication:
        publication = Publication.objects.filter(name__iexact=extracted.publication).first()
        if publication is None:
            publication = Publication.objects.create(name=extracted.publication)
    _set_if_allowed(article, "title", extracted.title[:500] or source)
    _set_if_allowed(article, "publication", publication)
    _set_if_allowed(article, "published", extracted.published)
    _set_if_allowed(article, "language", extracted.language)
    article.raw_text = raw
    article.body = body
    article.checksum = checksum(raw)
    article.pipeline_version = pipeline_version
    article.save()
    if article.machine_may_set("authors"):
        article.authors.set([entity_for(name, EntityKind.PERSON) for name in extracted.authors])

    by_name = _store_entities(article, extracted.entities)
    result = StoreResult(article=article, kept=len(curated))
    if curated:
        Quotation.objects.bulk_update(curated, ["start", "end"])
    _store_quotations(article, extracted, old_quotations, curated, by_name, result)
    return result


def _store_entities(article: Article, found: tuple[ExtractedEntity, ...]) -> dict[str, Entity]:
    """Link each extracted entity to the archive's entity and rebuild the mentions."""
    article.mentions.all().delete()
    by_name: dict[str, Entity] = {}
    mentions: list[Mention] = []
    body = article.body
    for item in found:
        kind = item.kind if item.kind in EntityKind.values else EntityKind.OTHER
        entity = entity_for(item.name, kind)
        for alias in (item.name, *item.aliases):
            entity.add_alias(alias)
        by_name[item.name] = entity
        for start, end in item.mentions:
            mention = Mention(
                entity=entity, article=article, start=start, end=end, text=body[start:end]
            )
            error = mention.anchor_error()
            if error:
                raise StorageError(f"extraction produced a bad anchor: {error}")
            mentions.append(mention)
    Mention.objects.bulk_create(mentions)
    return by_name


def _store_quotations(
    article: Article,
    extracted: ExtractedArticle,
    old_quotations: list[Quotation],
    curated: list[Quotation],
    by_name: dict[str, Entity],
    result: StoreResult,
) -> None:
    curated_spans = [(q.start, q.end) for q in curated]
    curated_texts = {q.text for q in curated}
    # Machine quotations still found keep their id: match by exact words, nearest place.
    reusable: dict[str, list[Quotation]] = {}
    for quotation in old_quotations:
        if not quotation.is_curated:
            reusable.setdefault(quotation.text, []).append(quotation)
    to_create, to_update = [], []
    for found in extracted.quotations:
        if found.text in curated_texts or _overlaps(found.start, found.end, curated_spans):
            continue  # an editor already decided about these words
        candidates = reusable.get(found.text) or []
        if candidates:
            candidates.sort(key=lambda q: abs(q.start - found.start))
            quotation = candidates.pop(0)
        else:
            quotation = Quotation(article=article, status=QuotationStatus.EXTRACTED)
        quotation.text = found.text
        quotation.start, quotation.end = found.start, found.end
        quotation.speaker = by_name.get(found.speaker) if found.speaker else None
        quotation.speaker_as_written = (found.speaker_as_written or found.speaker or "")[:300]
        quotation.cue = (found.cue or "")[:100]
        quotation.confidence = found.confidence
        error = quotation.anchor_error()
        if error:
            raise StorageError(f"extraction produced a bad anchor: {error}")
        (to_update if quotation.pk else to_create).append(quotation)
    stale = [q.pk for group in reusable.values() for q in group]
    if stale:
        Quotation.objects.filter(pk__in=stale).delete()
    Quotation.objects.bulk_create(to_create)
    if to_update:
        now = timezone.now()
        for quotation in to_update:
            quotation.updated = now
        Quotation.objects.bulk_update(
            to_update,
            [
                "text",
                "start",
                "end",
                "speaker",
                "speaker_as_written",
                "cue",
                "confidence",
                "updated",
            ],
        )
    result.created, result.updated, result.removed = len(to_create), len(to_update), len(stale)
