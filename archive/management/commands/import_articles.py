"""Import article text files (or folders of .txt files) into the archive."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from archive.importing import import_path, iter_source_paths


class Command(BaseCommand):
    help = (
        "Import .txt article files or folders of them. Idempotent: a file whose text is "
        "already in the archive is skipped. Each article imports in its own transaction; "
        "a file that cannot be read is reported and the others still import."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", help="Files or folders to import.")

    def handle(self, *args, paths: list[str], verbosity: int, **options) -> None:
        counts = {"imported": 0, "unchanged": 0, "failed": 0}
        for path in iter_source_paths(paths):
            outcome = import_path(path)
            counts[outcome.status] += 1
            if outcome.status == "failed":
                self.stderr.write(self.style.ERROR(f"failed     {path}: {outcome.message}"))
            elif verbosity >= 1:
                article = outcome.article
                detail = (
                    f"{article.quotations.count()} quotations, "
                    f"{article.mentions.values('entity').distinct().count()} entities"
                    if outcome.status == "imported"
                    else outcome.message
                )
                self.stdout.write(f"{outcome.status:<10} {path}: {article.title} ({detail})")
        summary = (
            f"{counts['imported']} imported, {counts['unchanged']} unchanged, "
            f"{counts['failed']} failed"
        )
        if counts["failed"]:
            raise CommandError(summary)
        if sum(counts.values()) == 0:
            raise CommandError("no .txt files found in the given paths")
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(summary))
