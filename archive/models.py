"""The archive's data: publications, articles, entities, their mentions and quotations.

Two invariants carry the archive's trust: every quotation and every mention is anchored by
character offsets into ``Article.body`` and ``body[start:end]`` equals the stored text
(checked in ``clean()``); and slugs, once given, never change, so public URLs stay citable.
"""

from __future__ import annotations

import re
import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.text import slugify


def name_key(name: str) -> str:
    """Accent-, case- and space-insensitive form of a name, used to match entities."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", stripped.casefold()).split())


def unique_slug(model: type[models.Model], text: str, *, fallback: str, max_length: int) -> str:
    """A slug not yet used by ``model``; computed once at creation and then left alone."""
    base = slugify(text)[: max_length - 8].strip("-") or fallback
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


class SluggedModel(models.Model):
    """Gives a stable slug on first save: later renames never break a public URL."""

    slug_source_field = "name"
    slug_fallback = "item"

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            max_length = self._meta.get_field("slug").max_length
            self.slug = unique_slug(
                type(self),
                getattr(self, self.slug_source_field),
                fallback=self.slug_fallback,
                max_length=max_length,
            )
        super().save(*args, **kwargs)


class Curated(models.Model):
    """Remembers which fields an editor has changed, so re-extraction leaves them alone.

    The admin records every changed field in ``edited_fields``; the pipeline only ever
    writes fields that are not listed there.
    """

    edited_fields = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        abstract = True

    def mark_edited(self, fields: list[str]) -> None:
        self.edited_fields = sorted(set(self.edited_fields) | set(fields))

    def machine_may_set(self, field: str) -> bool:
        return field not in self.edited_fields


class Publication(SluggedModel):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=220, unique=True, blank=True)
    url = models.URLField(blank=True)

    slug_fallback = "publication"

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("archive:article-list") + f"?publication={self.slug}"


class EntityKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organisation"
    PLACE = "place", "Place"
    OTHER = "other", "Other"


class EntityQuerySet(models.QuerySet):
    def in_kind_order(self) -> EntityQuerySet:
        """People first, then organisations, places and the rest; by name within each."""
        order = models.Case(
            *(models.When(kind=kind, then=i) for i, kind in enumerate(EntityKind.values)),
            output_field=models.IntegerField(),
        )
        return self.order_by(order, "name")

    def with_counts(self) -> EntityQuerySet:
        return self.annotate(
            quotation_count=Count(
                "quotations", filter=Q(quotations__in=Quotation.objects.public()), distinct=True
            ),
            article_count=Count("mentions__article", distinct=True),
        )

    def find(self, name: str, kind: str | None = None) -> Entity | None:
        """The entity whose name or alias matches ``name`` ignoring accents and case.

        Same kind first; then an entity of another kind only if that kind is "other" or
        nothing is asked (a name typed differently by two articles is still one entity).
        """
        key = name_key(name)
        if not key:
            return None
        matches = self.filter(Q(name_key=key) | Q(aliases__key=key)).distinct().order_by("pk")
        if not kind:
            return matches.first()
        return (
            matches.filter(kind=kind).first()
            or matches.filter(kind=EntityKind.OTHER).first()
            or (matches.first() if kind == EntityKind.OTHER else None)
        )

    def find_person_by_surname(self, surname: str) -> Entity | None:
        """The one person whose name ends with this single word ("Maduro"), if exactly one."""
        key = name_key(surname)
        if not key or " " in key:
            return None
        people = list(
            self.filter(kind=EntityKind.PERSON, name_key__endswith=" " + key).order_by("pk")[:2]
        )
        return people[0] if len(people) == 1 else None


class Entity(Curated, SluggedModel):
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, db_index=True, editable=False)
    slug = models.SlugField(max_length=220, unique=True, blank=True)
    kind = models.CharField(max_length=20, choices=EntityKind.choices, default=EntityKind.OTHER)
    description = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = EntityQuerySet.as_manager()

    slug_fallback = "entity"

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "entities"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_key = name_key(self.name)
        previous = (
            Entity.objects.filter(pk=self.pk).values_list("name", flat=True).first()
            if self.pk
            else None
        )
        super().save(*args, **kwargs)
        if previous and name_key(previous) != self.name_key:
            # A renamed entity is still found under its old name, so no import recreates it.
            self.add_alias(previous)

    def get_absolute_url(self) -> str:
        return reverse("archive:entity-detail", kwargs={"slug": self.slug})

    def add_alias(self, alias: str) -> None:
        """Record another surface form, once, unless it is the name itself."""
        key = name_key(alias)
        if key and key != self.name_key and not self.aliases.filter(key=key).exists():
            self.aliases.create(name=alias)


class Alias(models.Model):
    """Another way of writing an entity's name (Pérez, Mr. Pérez, Oscar Perez)."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, db_index=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "aliases"
        constraints = [
            models.UniqueConstraint(fields=["entity", "key"], name="unique_alias_per_entity")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.key = name_key(self.name)
        super().save(*args, **kwargs)


class ArticleQuerySet(models.QuerySet):
    def latest_first(self) -> ArticleQuerySet:
        return self.order_by(models.F("published").desc(nulls_last=True), "-imported", "-pk")


class Article(Curated, SluggedModel):
    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=220, unique=True, blank=True)
    publication = models.ForeignKey(
        Publication, on_delete=models.PROTECT, null=True, blank=True, related_name="articles"
    )
    authors = models.ManyToManyField(Entity, blank=True, related_name="authored_articles")
    published = models.DateField(null=True, blank=True, help_text="As the source gives it.")
    language = models.CharField(max_length=12, default="en")
    source = models.CharField(
        max_length=500, help_text="The file or URL the text was imported from."
    )
    source_url = models.URLField(max_length=1000, blank=True)
    raw_text = models.TextField(help_text="The text exactly as imported, never edited.")
    body = models.TextField(help_text="The cleaned article text all offsets refer to.")
    checksum = models.CharField(
        max_length=64, unique=True, help_text="SHA-256 of the raw text; makes import idempotent."
    )
    pipeline_version = models.CharField(max_length=20, blank=True)
    imported = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    slug_source_field = "title"
    slug_fallback = "article"

    class Meta:
        ordering = ["-published", "-imported"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("archive:article-detail", kwargs={"slug": self.slug})


class AnchoredSpan(models.Model):
    """A span of an article's body; ``article.body[start:end]`` must equal ``text``."""

    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        abstract = True

    def anchor_error(self) -> str | None:
        """Why this span does not match its article's body, or None when it does."""
        if self.start is None or self.end is None or self.start >= self.end:
            return "The span must start before it ends."
        body = self.article.body
        if self.end > len(body):
            return f"The span ends at {self.end}, past the article's {len(body)} characters."
        if body[self.start : self.end] != self.text:
            return (
                f"The article's text at {self.start}–{self.end} is "
                f"{body[self.start : self.end]!r}, not {self.text!r}."
            )
        return None

    def clean(self) -> None:
        super().clean()
        if self.article_id is None:
            return
        error = self.anchor_error()
        if error:
            raise ValidationError({"text": error})


class Mention(AnchoredSpan):
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")

    class Meta:
        ordering = ["article", "start"]
        indexes = [models.Index(fields=["article", "start"])]

    def __str__(self) -> str:
        return f"{self.text} ({self.article_id}:{self.start})"


class QuotationStatus(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    REVIEWED = "reviewed", "Reviewed"
    REJECTED = "rejected", "Rejected"


class QuotationQuerySet(models.QuerySet):
    def public(self) -> QuotationQuerySet:
        """What readers see: reviewed quotations, and confident machine ones not rejected.

        Low-confidence extractions (scare quotes, titles) stay in the admin for review.
        """
        threshold = settings.ARCHIVE_PUBLIC_MIN_CONFIDENCE
        return self.filter(
            Q(status=QuotationStatus.REVIEWED)
            | Q(status=QuotationStatus.EXTRACTED, confidence__gte=threshold)
        )

    def in_reading_order(self) -> QuotationQuerySet:
        return self.order_by("article_id", "start")


class Quotation(Curated, AnchoredSpan):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotations")
    speaker = models.ForeignKey(
        Entity,
        on_delete=models.SET_NULL,  # deleting an entity never deletes what was said
        null=True,
        blank=True,
        related_name="quotations",
    )
    speaker_as_written = models.CharField(
        max_length=300, blank=True, help_text="The attribution as the article words it."
    )
    cue = models.CharField(max_length=100, blank=True, help_text="The attributing verb.")
    confidence = models.FloatField(default=1.0)
    status = models.CharField(
        max_length=20,
        choices=QuotationStatus.choices,
        default=QuotationStatus.EXTRACTED,
        db_index=True,
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = QuotationQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        indexes = [models.Index(fields=["article", "start"])]

    def __str__(self) -> str:
        short = self.text if len(self.text) <= 60 else self.text[:57] + "…"
        return f"“{short}”"

    def get_absolute_url(self) -> str:
        return reverse("archive:quotation-detail", kwargs={"pk": self.pk})

    @property
    def is_curated(self) -> bool:
        """Reviewed, rejected or edited by an editor: the pipeline never touches it again."""
        return self.status != QuotationStatus.EXTRACTED or bool(self.edited_fields)

    @property
    def anchor(self) -> str:
        """The element id that marks this quotation on its article page."""
        return f"q-{self.pk}"

    def get_article_url(self) -> str:
        return f"{self.article.get_absolute_url()}#{self.anchor}"

    @property
    def speaker_label(self) -> str:
        if self.speaker_id:
            return self.speaker.name
        return self.speaker_as_written or "Unattributed"

    def context(self) -> tuple[str, str, str]:
        """(before, text, after): the sentence(s) around the quotation, within its paragraph."""
        body = self.article.body
        para_start = body.rfind("\n\n", 0, self.start)
        para_start = 0 if para_start == -1 else para_start + 2
        para_end = body.find("\n\n", self.end)
        para_end = len(body) if para_end == -1 else para_end
        before = body[para_start : self.start]
        after = body[self.end : para_end]
        # Sentence start: the last sentence end before the quotation's opening mark.
        boundaries = list(re.finditer(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘«„])", before))
        if boundaries:
            before = before[boundaries[-1].end() :]
        match = re.search(r"[.!?][”\"’']?(?=\s|$)", after[1:] if after else "")
        if match:
            after = after[: match.end() + 1]
        return before, self.text, after
