"""Import article text files (or folders of .txt files) into the archive."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from archive.extraction import ModelNotAvailable
from archive.importing import import_paths


class Command(BaseCommand):
    help = (
        "Import .txt article files or folders of them. Idempotent: a file whose text is "
        "already in the archive is skipped; a changed file (same name, new text) updates its "
        "article without touching what editors reviewed, edited or rejected. Each article "
        "imports in its own transaction; a file that cannot be read is reported and the "
        "others still import."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", help="Files or folders to import.")
        parser.add_argument("--model", help="spaCy pipeline (default: ARCHIVE_SPACY_MODEL).")

    def handle(self, *args, paths: list[str], model: str | None, verbosity: int, **opts) -> None:
        counts = {"imported": 0, "updated": 0, "unchanged": 0, "failed": 0}
        try:
            for outcome in import_paths(paths, model=model):
                counts[outcome.status] += 1
                line = f"{outcome.status:<10} {outcome.path}"
                if outcome.status == "failed":
                    self.stderr.write(self.style.ERROR(f"{line}: {outcome.message}"))
                elif verbosity >= 1:
                    self.stdout.write(f"{line}: {outcome.article.title} ({outcome.message})")
        except ModelNotAvailable as exc:
            raise CommandError(str(exc)) from exc
        summary = ", ".join(f"{n} {status}" for status, n in counts.items())
        if counts["failed"]:
            raise CommandError(summary)
        if sum(counts.values()) == 0:
            raise CommandError("no .txt files found in the given paths")
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(summary))
