"""The editors' workspace: articles with their quotations, quotations, entities and aliases."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.html import format_html

from archive.models import Alias, Article, Entity, Mention, Publication, Quotation

# Editors paste bare domains; assume https as Django 6 will (and silence the 5.x warning).
URL_AS_HTTPS = {models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}}


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
class ArticleAdmin(admin.ModelAdmin):
    formfield_overrides = URL_AS_HTTPS
    list_display = ["title", "publication", "published", "language", "imported"]
    list_filter = ["publication", "language", "published"]
    list_select_related = ["publication"]
    search_fields = ["title", "body", "source"]
    date_hierarchy = "imported"
    autocomplete_fields = ["publication", "authors"]
    readonly_fields = ["slug", "raw_text", "checksum", "pipeline_version", "imported", "updated"]
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


@admin.register(Quotation)
class QuotationAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker_display", "article", "status", "confidence", "updated"]
    list_filter = ["status", ("speaker", admin.RelatedOnlyFieldListFilter), "article__publication"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker_as_written", "speaker__name", "article__title"]
    autocomplete_fields = ["speaker", "article"]
    readonly_fields = ["created", "updated", "in_context"]
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
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug", "updated"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    readonly_fields = ["slug", "created", "updated"]
    inlines = [AliasInline]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["text", "entity", "article", "start", "end"]
    list_select_related = ["entity", "article"]
    search_fields = ["text", "entity__name"]
    autocomplete_fields = ["entity", "article"]
