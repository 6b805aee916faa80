"""Run the current extraction pipeline again on articles already in the archive."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from archive.extraction import ModelNotAvailable
from archive.importing import reextract
from archive.models import Article


class Command(BaseCommand):
    help = (
        "Re-run extraction on stored articles (all, or those named by slug or id). Machine "
        "quotations, entities and mentions are refreshed; quotations and fields an editor "
        "reviewed, edited or rejected are never changed, deleted or duplicated, and machine "
        "quotations found again keep their id and URL."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("articles", nargs="*", help="Article slugs (default: all articles).")
        parser.add_argument("--id", type=int, action="append", default=[], dest="ids")
        parser.add_argument("--model", help="spaCy pipeline (default: ARCHIVE_SPACY_MODEL).")

    def handle(self, *args, articles: list[str], ids: list[int], model, verbosity, **opts):
        queryset = Article.objects.order_by("pk")
        if articles or ids:
            queryset = queryset.filter(slug__in=articles) | queryset.filter(pk__in=ids)
            found = {a.slug for a in queryset} | {str(a.pk) for a in queryset}
            missing = [name for name in [*articles, *map(str, ids)] if name not in found]
            if missing:
                raise CommandError(f"no such article: {', '.join(missing)}")
        failed = done = 0
        try:
            for outcome in reextract(queryset, model=model):
                if outcome.status == "failed":
                    failed += 1
                    self.stderr.write(
                        self.style.ERROR(f"failed     {outcome.article.slug}: {outcome.message}")
                    )
                else:
                    done += 1
                    if verbosity >= 1:
                        self.stdout.write(f"updated    {outcome.article.slug} ({outcome.message})")
        except ModelNotAvailable as exc:
            raise CommandError(str(exc)) from exc
        summary = f"{done} re-extracted, {failed} failed"
        if failed:
            raise CommandError(summary)
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(summary))
