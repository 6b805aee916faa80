"""Write the whole archive as one JSON document."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from archive.exporting import export_archive


class Command(BaseCommand):
    help = (
        "Export the whole archive (articles with raw text, entities, aliases, mentions, "
        "quotations with statuses, ids, slugs and public URLs) as JSON."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("-o", "--output", help="Write to this file instead of stdout.")
        parser.add_argument(
            "--base-url", default="", help="Prefix for public URLs, e.g. https://archive.example"
        )

    def handle(self, *args, output: str | None, base_url: str, verbosity: int, **opts) -> None:
        document = json.dumps(export_archive(base_url=base_url), ensure_ascii=False, indent=1)
        if output:
            Path(output).write_text(document + "\n", encoding="utf-8")
            if verbosity >= 1:
                self.stdout.write(self.style.SUCCESS(f"Archive written to {output}"))
        else:
            self.stdout.write(document)
