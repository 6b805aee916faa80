"""The whole archive as one JSON document, and back.

The export keeps everything an editor ever decided (ids, slugs, statuses, speakers,
timestamps, the raw text as imported) so ``import_archive`` can rebuild an identical
archive in an empty database: public URLs keep working after a move.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.color import no_style
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from archive.models import (
    Alias,
    Article,
    Entity,
    EntityKind,
    Mention,
    Publication,
    Quotation,
    QuotationStatus,
)

FORMAT = "editorial-archive"
VERSION = 1


class ArchiveFormatError(ValueError):
    """The document is not a valid archive export; nothing was written."""


def _ts(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_archive(*, base_url: str = "") -> dict[str, Any]:
    """Everything in the archive, with public URLs (absolute when base_url is given)."""
    base = base_url.rstrip("/")
    aliases: dict[int, list[str]] = {}
    for entity_id, name in Alias.objects.order_by("pk").values_list("entity_id", "name"):
        aliases.setdefault(entity_id, []).append(name)
    articles = []
    for article in Article.objects.order_by("pk").prefetch_related(
        "authors", "mentions", "quotations"
    ):
        articles.append(
            {
                "id": article.pk,
                "title": article.title,
                "slug": article.slug,
                "url": base + article.get_absolute_url(),
                "publication": article.publication_id,
                "authors": [a.pk for a in article.authors.all()],
                "published": article.published.isoformat() if article.published else None,
                "language": article.language,
                "source": article.source,
                "source_url": article.source_url,
                "raw_text": article.raw_text,
                "body": article.body,
                "checksum": article.checksum,
                "pipeline_version": article.pipeline_version,
                "imported": _ts(article.imported),
                "updated": _ts(article.updated),
                "mentions": [
                    {
                        "id": m.pk,
                        "entity": m.entity_id,
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                    }
                    for m in article.mentions.all()
                ],
                "quotations": [
                    {
                        "id": q.pk,
                        "url": base + q.get_absolute_url(),
                        "text": q.text,
                        "start": q.start,
                        "end": q.end,
                        "speaker": q.speaker_id,
                        "speaker_as_written": q.speaker_as_written,
                        "cue": q.cue,
                        "confidence": q.confidence,
                        "status": q.status,
                        "created": _ts(q.created),
                        "updated": _ts(q.updated),
                    }
                    for q in article.quotations.all()
                ],
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": _ts(timezone.now()),
        "publications": [
            {"id": p.pk, "name": p.name, "slug": p.slug, "url": p.url}
            for p in Publication.objects.order_by("pk")
        ],
        "entities": [
            {
                "id": e.pk,
                "name": e.name,
                "slug": e.slug,
                "url": base + e.get_absolute_url(),
                "kind": e.kind,
                "description": e.description,
                "aliases": aliases.get(e.pk, []),
                "created": _ts(e.created),
                "updated": _ts(e.updated),
            }
            for e in Entity.objects.order_by("pk")
        ],
        "articles": articles,
    }


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def archive_is_empty() -> bool:
    return not any(
        model.objects.exists() for model in (Publication, Entity, Article, Quotation, Mention)
    )


@transaction.atomic
def restore_archive(data: Any) -> dict[str, int]:
    """Load an export into an empty archive; all or nothing.

    Raises ArchiveFormatError with the first problem found (and writes nothing).
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ArchiveFormatError(f"not an {FORMAT} export (missing or wrong 'format')")
    if data.get("version") != VERSION:
        raise ArchiveFormatError(f"unsupported export version {data.get('version')!r}")
    if not archive_is_empty():
        raise ArchiveFormatError("the archive is not empty; restore only into an empty database")
    try:
        with transaction.atomic():
            counts = _restore(data)
            # Foreign keys are checked at commit; check now so the error is ours to report.
            connection.check_constraints()
    except ArchiveFormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IntegrityError) as exc:
        raise ArchiveFormatError(f"malformed export: {type(exc).__name__}: {exc}") from exc
    _reset_sequences()
    return counts


def _restore(data: dict[str, Any]) -> dict[str, int]:
    for item in data["publications"]:
        Publication.objects.create(
            id=item["id"], name=item["name"], slug=item["slug"], url=item["url"]
        )
    for item in data["entities"]:
        if item["kind"] not in EntityKind.values:
            raise ArchiveFormatError(f"entity {item['id']}: unknown kind {item['kind']!r}")
        entity = Entity.objects.create(
            id=item["id"],
            name=item["name"],
            slug=item["slug"],
            kind=item["kind"],
            description=item.get("description", ""),
        )
        for alias in item["aliases"]:
            entity.add_alias(alias)
        Entity.objects.filter(pk=entity.pk).update(
            created=_datetime(item["created"]), updated=_datetime(item["updated"])
        )
    n_quotations = n_mentions = 0
    for item in data["articles"]:
        article = Article.objects.create(
            id=item["id"],
            title=item["title"],
            slug=item["slug"],
            publication_id=item["publication"],
            published=_date(item["published"]),
            language=item["language"],
            source=item["source"],
            source_url=item["source_url"],
            raw_text=item["raw_text"],
            body=item["body"],
            checksum=item["checksum"],
            pipeline_version=item["pipeline_version"],
        )
        article.authors.set(item["authors"])
        Article.objects.filter(pk=article.pk).update(
            imported=_datetime(item["imported"]), updated=_datetime(item["updated"])
        )
        mentions = [
            Mention(
                id=m["id"],
                article=article,
                entity_id=m["entity"],
                start=m["start"],
                end=m["end"],
                text=m["text"],
            )
            for m in item["mentions"]
        ]
        quotations = []
        for q in item["quotations"]:
            if q["status"] not in QuotationStatus.values:
                raise ArchiveFormatError(f"quotation {q['id']}: unknown status {q['status']!r}")
            quotations.append(
                Quotation(
                    id=q["id"],
                    article=article,
                    text=q["text"],
                    start=q["start"],
                    end=q["end"],
                    speaker_id=q["speaker"],
                    speaker_as_written=q["speaker_as_written"],
                    cue=q["cue"],
                    confidence=float(q["confidence"]),
                    status=q["status"],
                )
            )
        for span in (*mentions, *quotations):
            error = span.anchor_error()
            if error:
                raise ArchiveFormatError(f"article {article.pk}: {error}")
        Mention.objects.bulk_create(mentions)
        Quotation.objects.bulk_create(quotations)
        for q in item["quotations"]:
            Quotation.objects.filter(pk=q["id"]).update(
                created=_datetime(q["created"]), updated=_datetime(q["updated"])
            )
        n_mentions += len(mentions)
        n_quotations += len(quotations)
    return {
        "publications": len(data["publications"]),
        "entities": len(data["entities"]),
        "articles": len(data["articles"]),
        "quotations": n_quotations,
        "mentions": n_mentions,
    }


def _reset_sequences() -> None:
    """Explicit ids bypass PostgreSQL sequences; move them past the restored rows."""
    statements = connection.ops.sequence_reset_sql(
        no_style(), [Publication, Entity, Alias, Article, Mention, Quotation]
    )
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
