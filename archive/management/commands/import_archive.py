"""Restore an archive export into an empty database."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.exporting import ArchiveFormatError, restore_archive


class Command(BaseCommand):
    help = "Restore a JSON file written by export_archive into an empty database (all or nothing)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="The export file.")

    def handle(self, *args, file: str, verbosity: int, **options) -> None:
        try:
            data = json.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {file}: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise CommandError(f"{file} is not valid JSON: {exc}") from exc
        try:
            counts = restore_archive(data)
        except ArchiveFormatError as exc:
            raise CommandError(f"nothing restored: {exc}") from exc
        if verbosity >= 1:
            summary = ", ".join(f"{n} {name}" for name, n in counts.items())
            self.stdout.write(self.style.SUCCESS(f"Restored {summary}."))
