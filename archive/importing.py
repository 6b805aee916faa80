"""From a text file on disk to rows in the archive.

The management commands stay thin and call these functions. Reading is strict (a file that
is empty, binary or not UTF-8 is refused with a reason), saving is all-or-nothing per
article, and an article already imported (same SHA-256 of its text) is left untouched.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.db import transaction

from archive.extraction import PIPELINE_VERSION, extract
from archive.extraction.types import ExtractedArticle
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

logger = logging.getLogger(__name__)

SOURCE_SUFFIXES = (".txt",)
# A text file this large is almost certainly not one article; refuse rather than stall.
MAX_SOURCE_BYTES = 5 * 1024 * 1024


class SourceError(Exception):
    """A file that cannot be imported, with a reason an editor can act on."""


def iter_source_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, and the .txt files inside folders (sorted, recursive)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES
            )
        else:
            yield path


def read_source(path: Path) -> str:
    """The file's text, or SourceError saying why it is not an importable article."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError("no such file") from exc
    except IsADirectoryError as exc:
        raise SourceError("is a directory") from exc
    except OSError as exc:
        raise SourceError(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(f"too large ({len(data):,} bytes; the limit is {MAX_SOURCE_BYTES:,})")
    if not data.strip():
        raise SourceError("empty file")
    if b"\x00" in data:
        raise SourceError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start})"
        ) from exc
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(5, len(text) // 100):
        raise SourceError("binary file (too many control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extraction_payload(extracted: ExtractedArticle, *, file: str) -> dict:
    """The stable JSON contract of ``manage.py extract --json`` for one file."""
    return {
        "file": file,
        "title": extracted.title,
        "publication": extracted.publication,
        "authors": list(extracted.authors),
        "published": extracted.published.isoformat() if extracted.published else None,
        "language": extracted.language,
        "body": extracted.body,
        "quotations": [
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker,
                "cue": q.cue,
                "confidence": round(q.confidence, 3),
            }
            for q in extracted.quotations
        ],
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "aliases": list(e.aliases),
                "mentions": [[start, end] for start, end in e.mentions],
            }
            for e in extracted.entities
        ],
    }


@dataclasses.dataclass
class ImportOutcome:
    path: Path
    status: str  # "imported", "unchanged" or "failed"
    article: Article | None = None
    message: str = ""


def import_path(path: Path) -> ImportOutcome:
    """Import one file; never raises for a bad file, reports it instead."""
    try:
        raw = read_source(path)
    except SourceError as exc:
        return ImportOutcome(path, "failed", message=str(exc))
    existing = Article.objects.filter(checksum=checksum(raw)).first()
    if existing is not None:
        return ImportOutcome(path, "unchanged", existing, "already imported")
    try:
        extracted = extract(raw, source=path.name)
        if not extracted.body.strip():
            return ImportOutcome(path, "failed", message="no article text found in the file")
        article = save_article(extracted, raw=raw, source=path.name)
    except Exception as exc:  # one bad file must never stop or half-finish a batch
        logger.exception("Import of %s failed", path)
        return ImportOutcome(path, "failed", message=f"{type(exc).__name__}: {exc}")
    return ImportOutcome(path, "imported", article)


def _diacritics(name: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFKD", name) if unicodedata.combining(c))


def _entity_for(name: str, kind: str) -> Entity:
    """The existing entity of that kind and name (or alias), else a new one.

    When the match differs only by accents and the new form has them ("Óscar Pérez" for a
    stored "Oscar Perez"), the entity takes the accented spelling: scraped text often loses
    accents, rarely invents them. The slug, and so the URL, stays as it was.
    """
    entity = Entity.objects.find(name, kind)
    if entity is None:
        return Entity.objects.create(name=name, kind=kind)
    if name_key(name) == entity.name_key and _diacritics(name) > _diacritics(entity.name):
        entity.name = name
        entity.save(update_fields=["name", "name_key", "updated"])
    return entity


@transaction.atomic
def save_article(extracted: ExtractedArticle, *, raw: str, source: str) -> Article:
    """Store one extracted article with its entities, mentions and quotations.

    Raises ValueError (and stores nothing) if any span does not match the body: an anchor
    that points at the wrong words is worse than no anchor.
    """
    publication = None
    if extracted.publication:
        publication = Publication.objects.filter(name__iexact=extracted.publication).first()
        if publication is None:
            publication = Publication.objects.create(name=extracted.publication)
    article = Article.objects.create(
        title=extracted.title[:500] or source,
        publication=publication,
        published=extracted.published,
        language=extracted.language,
        source=source,
        raw_text=raw,
        body=extracted.body,
        checksum=checksum(raw),
        pipeline_version=PIPELINE_VERSION,
    )
    article.authors.set([_entity_for(name, EntityKind.PERSON) for name in extracted.authors])

    by_name: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for found in extracted.entities:
        kind = found.kind if found.kind in EntityKind.values else EntityKind.OTHER
        entity = _entity_for(found.name, kind)
        for alias in (found.name, *found.aliases):
            entity.add_alias(alias)
        by_name[found.name] = entity
        for start, end in found.mentions:
            mentions.append(
                Mention(
                    entity=entity,
                    article=article,
                    start=start,
                    end=end,
                    text=article.body[start:end],
                )
            )

    quotations = []
    for q in extracted.quotations:
        speaker = by_name.get(q.speaker) if q.speaker else None
        quotations.append(
            Quotation(
                article=article,
                text=q.text,
                start=q.start,
                end=q.end,
                speaker=speaker,
                speaker_as_written=(q.speaker_as_written or q.speaker or "")[:300],
                cue=(q.cue or "")[:100],
                confidence=q.confidence,
                status=QuotationStatus.EXTRACTED,
            )
        )
    for span in (*mentions, *quotations):
        error = span.anchor_error()
        if error:
            raise ValueError(f"extraction produced a bad anchor: {error}")
    Mention.objects.bulk_create(mentions)
    Quotation.objects.bulk_create(quotations)
    return article
