"""The editors' workspace: articles with their quotations, quotations, entities and aliases."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db import models
from django.utils.html import format_html

from archive.importing import reextract
from archive.models import Alias, Article, Curated, Entity, Mention, Publication, Quotation
from archive.outofprocess import ExtractionFailed, extract_in_subprocess

# Editors paste bare domains; assume https as Django 6 will (and silence the 5.x warning).
URL_AS_HTTPS = {models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}}


class RecordEditsMixin:
    """Records which fields an editor changed (``Curated.edited_fields``), on the page itself
    and in its inlines, so re-extraction never overwrites them."""

    def save_model(self, request, obj, form, change) -> None:
        if isinstance(obj, Curated) and form.changed_data:
            obj.mark_edited(form.changed_data)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change) -> None:
        for inline_form in formset.forms:
            instance = inline_form.instance
            if isinstance(instance, Curated) and inline_form.has_changed():
                instance.mark_edited([f for f in inline_form.changed_data if f != "DELETE"])
        super().save_formset(request, form, formset, change)


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    formfield_overrides = URL_AS_HTTPS
    list_display = ["name", "slug", "url"]
    search_fields = ["name"]
    readonly_fields = ["slug"]


class QuotationInline(admin.TabularInline):
    model = Quotation
    fields = [
        "text",
        "start",
        "end",
        "speaker",
        "speaker_as_written",
        "cue",
        "confidence",
        "status",
    ]
    readonly_fields = ["confidence"]
    autocomplete_fields = ["speaker"]
    extra = 0
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(RecordEditsMixin, admin.ModelAdmin):
    formfield_overrides = URL_AS_HTTPS
    list_display = ["title", "publication", "published", "language", "imported"]
    list_filter = ["publication", "language", "published"]
    list_select_related = ["publication"]
    search_fields = ["title", "body", "source"]
    date_hierarchy = "imported"
    autocomplete_fields = ["publication", "authors"]
    # The body is derived from the raw text by the pipeline and every anchor points into it,
    # so it is not edited by hand; fix extraction and re-run it instead.
    readonly_fields = [
        "slug",
        "body",
        "raw_text",
        "checksum",
        "pipeline_version",
        "imported",
        "updated",
        "edited_fields",
    ]
    actions = ["rerun_extraction"]
    # A web request waits for the child process; larger batches belong on the command line.
    rerun_limit = 20
    fieldsets = [
        (None, {"fields": ["title", "slug", "publication", "authors", "published", "language"]}),
        (
            "Source",
            {
                "fields": [
                    "source",
                    "source_url",
                    "checksum",
                    "pipeline_version",
                    "imported",
                    "updated",
                ]
            },
        ),
        ("Text", {"fields": ["body", "raw_text"], "classes": ["collapse"]}),
    ]
    inlines = [QuotationInline]

    @admin.action(description="Re-run extraction (keeps editors' work)")
    def rerun_extraction(self, request, queryset) -> None:
        count = queryset.count()
        if count > self.rerun_limit:
            self.message_user(
                request,
                f"Select at most {self.rerun_limit} articles, or run "
                "'manage.py reextract' for larger batches.",
                messages.WARNING,
            )
            return
        try:
            outcomes = list(
                reextract(
                    queryset.order_by("pk"),
                    model=settings.ARCHIVE_SPACY_MODEL,
                    extractor=extract_in_subprocess,
                )
            )
        except ExtractionFailed as exc:
            self.message_user(request, f"Nothing changed: {exc}", messages.ERROR)
            return
        for outcome in outcomes:
            level = messages.ERROR if outcome.status == "failed" else messages.SUCCESS
            self.message_user(request, f"{outcome.article.title}: {outcome.message}", level)


@admin.register(Quotation)
class QuotationAdmin(RecordEditsMixin, admin.ModelAdmin):
    list_display = ["short_text", "speaker_display", "article", "status", "confidence", "updated"]
    list_filter = ["status", ("speaker", admin.RelatedOnlyFieldListFilter), "article__publication"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker_as_written", "speaker__name", "article__title"]
    autocomplete_fields = ["speaker", "article"]
    readonly_fields = ["created", "updated", "in_context", "edited_fields"]
    fields = [
        "article",
        "text",
        "start",
        "end",
        "in_context",
        "speaker",
        "speaker_as_written",
        "cue",
        "confidence",
        "status",
        "edited_fields",
        "created",
        "updated",
    ]
    actions = ["mark_reviewed", "mark_rejected"]

    @admin.display(description="Quotation", ordering="text")
    def short_text(self, obj: Quotation) -> str:
        return str(obj)

    @admin.display(description="Speaker", ordering="speaker__name")
    def speaker_display(self, obj: Quotation) -> str:
        return obj.speaker_label

    @admin.display(description="In context")
    def in_context(self, obj: Quotation) -> str:
        if not obj.pk:
            return "—"
        before, text, after = obj.context()
        return format_html("{}<mark>{}</mark>{}", before, text, after)

    @admin.action(description="Mark selected quotations as reviewed")
    def mark_reviewed(self, request, queryset) -> None:
        updated = queryset.update(status="reviewed")
        self.message_user(request, f"{updated} quotation(s) marked as reviewed.")

    @admin.action(description="Mark selected quotations as rejected")
    def mark_rejected(self, request, queryset) -> None:
        updated = queryset.update(status="rejected")
        self.message_user(request, f"{updated} quotation(s) marked as rejected.")


class AliasInline(admin.TabularInline):
    model = Alias
    fields = ["name"]
    extra = 1


@admin.register(Entity)
class EntityAdmin(RecordEditsMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "slug", "updated"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    readonly_fields = ["slug", "created", "updated", "edited_fields"]
    inlines = [AliasInline]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["text", "entity", "article", "start", "end"]
    list_select_related = ["entity", "article"]
    search_fields = ["text", "entity__name"]
    autocomplete_fields = ["entity", "article"]
