"""From a text file on disk to rows in the archive.

The management commands stay thin and call these functions. Reading is strict (a file that
is empty, binary or not UTF-8 is refused with a reason), saving is all-or-nothing per
article, and an article already imported (same SHA-256 of its text) is left untouched.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from django.conf import settings

from archive.extraction import PIPELINE_VERSION, extract_many
from archive.extraction.types import ExtractedArticle
from archive.models import Article
from archive.storage import StorageError, StoreResult, checksum, store_extraction

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
    status: str  # "imported", "updated", "unchanged" or "failed"
    article: Article | None = None
    message: str = ""


@dataclasses.dataclass
class _Pending:
    path: Path
    raw: str
    digest: str
    existing: Article | None


def import_paths(
    paths: Iterable[str | Path], *, model: str | None = None, batch_size: int = 32
) -> Iterator[ImportOutcome]:
    """Import files in order, one outcome per file; never raises for a bad file.

    A file whose text is already stored is ``unchanged``. A file whose name matches a stored
    article's source but whose text differs ``updated`` that article in place (keeping
    editors' work, see archive/storage.py). Extraction runs through spaCy's ``nlp.pipe`` in
    batches, so files are read a batch at a time.
    """
    batch: list[_Pending] = []
    for path in iter_source_paths(paths):
        try:
            raw = read_source(path)
        except SourceError as exc:
            yield from _flush(batch, model)
            batch = []
            yield ImportOutcome(path, "failed", message=str(exc))
            continue
        digest = checksum(raw)
        if any(p.digest == digest or p.path.name == path.name for p in batch):
            # The same text (or source name) twice in one batch: store the first one before
            # deciding about this one, so it becomes "unchanged" or an update, not a clash.
            yield from _flush(batch, model)
            batch = []
        known = Article.objects.filter(checksum=digest).first()
        if known is not None:
            yield from _flush(batch, model)
            batch = []
            yield ImportOutcome(path, "unchanged", known, "already imported")
            continue
        existing = Article.objects.filter(source=path.name).first()
        batch.append(_Pending(path, raw, digest, existing))
        if len(batch) >= batch_size:
            yield from _flush(batch, model)
            batch = []
    yield from _flush(batch, model)


def _flush(batch: list[_Pending], model: str | None) -> Iterator[ImportOutcome]:
    if not batch:
        return
    extracted_all = extract_many(
        [(item.raw, item.path.name) for item in batch], model=model or settings.ARCHIVE_SPACY_MODEL
    )
    for item, extracted in zip(batch, extracted_all, strict=True):
        yield _store(item.path, extracted, raw=item.raw, existing=item.existing)


def _store(
    path: Path, extracted: ExtractedArticle, *, raw: str, existing: Article | None
) -> ImportOutcome:
    """Store one extraction and report it; a failure is an outcome, never an exception."""
    try:
        result = store_extraction(
            extracted,
            raw=raw,
            source=existing.source if existing else path.name,
            pipeline_version=PIPELINE_VERSION,
            article=existing,
        )
    except StorageError as exc:
        return ImportOutcome(path, "failed", existing, str(exc))
    except Exception as exc:  # one bad file must never stop or half-finish a batch
        logger.exception("Storing %s failed", path)
        return ImportOutcome(path, "failed", existing, f"{type(exc).__name__}: {exc}")
    status = "updated" if existing else "imported"
    return ImportOutcome(path, status, result.article, _describe(result))


def _describe(result: StoreResult) -> str:
    article = result.article
    entities = article.mentions.values("entity").distinct().count()
    text = f"{article.quotations.count()} quotations, {entities} entities"
    if result.kept:
        text += f"; {result.kept} curated quotations kept"
    return text


def reextract(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    extractor: Callable[..., Iterable[ExtractedArticle]] = extract_many,
) -> Iterator[ImportOutcome]:
    """Run the current pipeline again on stored raw text; editors' work is kept.

    ``extractor`` lets the admin run the pipeline out of process (archive/outofprocess.py).
    """
    articles = list(articles)
    extracted_all = extractor(
        [(a.raw_text, a.source) for a in articles], model=model or settings.ARCHIVE_SPACY_MODEL
    )
    for article, extracted in zip(articles, extracted_all, strict=True):
        yield _store(Path(article.source), extracted, raw=article.raw_text, existing=article)
