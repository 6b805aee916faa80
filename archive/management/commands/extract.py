"""Preview extraction of article files as JSON, without touching the database."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.extraction import ModelNotAvailable, extract_many
from archive.importing import SourceError, extraction_payload, iter_source_paths, read_source


class Command(BaseCommand):
    help = (
        "Run the extraction pipeline on files and print a JSON array, one object per file "
        "in input order. Nothing is written to the database. A file that cannot be read "
        'appears as {"file": ..., "error": ...} and the command exits non-zero.'
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", help="Article .txt files (or folders).")
        parser.add_argument(
            "--json",
            action="store_true",
            required=True,
            help="Print JSON (the only output format, required so the contract is explicit).",
        )
        parser.add_argument("--indent", type=int, default=2, help="JSON indentation.")
        parser.add_argument("--model", help="spaCy pipeline (default: ARCHIVE_SPACY_MODEL).")

    def handle(self, *args, files: list[str], indent: int, model: str | None, **options) -> None:
        results: list[dict] = []
        readable: list[tuple[int, Path, str]] = []
        failed = []
        for path in iter_source_paths(files):
            try:
                readable.append((len(results), path, read_source(path)))
                results.append({})
            except SourceError as exc:
                results.append({"file": str(path), "error": str(exc)})
                failed.append(f"{path}: {exc}")
        try:
            extracted_all = extract_many(
                [(raw, path.name) for _, path, raw in readable],
                model=model or settings.ARCHIVE_SPACY_MODEL,
            )
            for (index, path, _), extracted in zip(readable, extracted_all, strict=True):
                results[index] = extraction_payload(extracted, file=str(path))
        except ModelNotAvailable as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(results, ensure_ascii=False, indent=indent or None))
        if failed:
            raise CommandError("could not read " + "; ".join(failed))
