"""Filters for the public lists; values are slugs so filtered URLs read well and stay stable.

An unknown slug or a malformed date makes the filter form invalid; the view then answers
400 with the reason instead of guessing (see ``archive.views.FilteredListView``).
"""

from __future__ import annotations

import django_filters

from archive.models import Article, Entity, EntityKind, Publication, Quotation, QuotationStatus


class QuotationFilter(django_filters.FilterSet):
    speaker = django_filters.ModelChoiceFilter(
        queryset=Entity.objects.all(), to_field_name="slug", label="Speaker"
    )
    article = django_filters.ModelChoiceFilter(
        queryset=Article.objects.all(), to_field_name="slug", label="Article"
    )
    publication = django_filters.ModelChoiceFilter(
        field_name="article__publication",
        queryset=Publication.objects.all(),
        to_field_name="slug",
        label="Publication",
    )
    status = django_filters.ChoiceFilter(
        choices=[c for c in QuotationStatus.choices if c[0] != QuotationStatus.REJECTED],
        label="Status",
    )

    class Meta:
        model = Quotation
        fields = ["speaker", "article", "publication", "status"]


class ArticleFilter(django_filters.FilterSet):
    publication = django_filters.ModelChoiceFilter(
        queryset=Publication.objects.all(), to_field_name="slug", label="Publication"
    )
    published_after = django_filters.DateFilter(
        field_name="published", lookup_expr="gte", label="Published on or after"
    )
    published_before = django_filters.DateFilter(
        field_name="published", lookup_expr="lte", label="Published on or before"
    )
    entity = django_filters.ModelChoiceFilter(
        field_name="mentions__entity",
        queryset=Entity.objects.all(),
        to_field_name="slug",
        label="Mentions",
        distinct=True,
    )

    class Meta:
        model = Article
        fields = ["publication", "published_after", "published_before", "entity"]


class EntityFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=EntityKind.choices, label="Kind")

    class Meta:
        model = Entity
        fields = ["kind"]
