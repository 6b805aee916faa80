"""Public pages. Views stay thin: queries live on the QuerySets, filters in filters.py,
body markup in rendering.py."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count
from django.views.generic import DetailView, ListView, TemplateView

from archive.filters import ArticleFilter, EntityFilter, QuotationFilter
from archive.models import Article, Entity, EntityKind, Publication, Quotation
from archive.rendering import Span, render_body


class FilteredListView(ListView):
    """A paginated list narrowed by a django-filter FilterSet.

    Invalid filter values (an unknown slug, a malformed date) answer 400 with the form's
    errors shown, rather than silently ignoring the filter. Pages past the end or not a
    number show the nearest page (``Paginator.get_page``) instead of an error.
    """

    filterset_class: type = None  # type: ignore[assignment]
    paginate_by = settings.ARCHIVE_PAGE_SIZE

    def get(self, request, *args, **kwargs):
        self.filterset = self.filterset_class(
            request.GET or None, queryset=self.get_queryset(), request=request
        )
        if self.filterset.is_bound and not self.filterset.is_valid():
            self.object_list = self.filterset.queryset.none()
            context = self.get_context_data(filter=self.filterset)
            return self.render_to_response(context, status=400)
        self.object_list = self.filterset.qs
        return self.render_to_response(self.get_context_data(filter=self.filterset))

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()


class HomeView(TemplateView):
    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        public = Quotation.objects.public()
        context.update(
            article_count=Article.objects.count(),
            quotation_count=public.count(),
            publication_count=Publication.objects.count(),
            entity_counts=dict(
                Entity.objects.values_list("kind").annotate(n=Count("pk")).order_by()
            ),
            kinds=EntityKind.choices,
            latest_articles=Article.objects.latest_first().select_related("publication")[:5],
            quotations=public.select_related("speaker", "article").order_by(
                "-confidence", "-article__published", "start"
            )[:5],
        )
        return context


class ArticleListView(FilteredListView):
    filterset_class = ArticleFilter
    template_name = "archive/article_list.html"

    def get_queryset(self):
        return (
            Article.objects.latest_first()
            .select_related("publication")
            .prefetch_related("authors")
            .annotate(n_quotations=Count("quotations", distinct=True))
        )


class ArticleDetailView(DetailView):
    template_name = "archive/article_detail.html"

    def get_queryset(self):
        return Article.objects.select_related("publication").prefetch_related("authors")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        quotations = list(article.quotations.public().select_related("speaker"))
        mentions = list(article.mentions.select_related("entity"))
        context.update(
            quotations=quotations,
            body_html=render_body(
                article.body,
                quotations=[
                    Span(q.start, q.end, q.get_absolute_url(), anchor=q.anchor) for q in quotations
                ],
                mentions=[
                    Span(m.start, m.end, m.entity.get_absolute_url(), title=m.entity.name)
                    for m in mentions
                ],
            ),
            entities=sorted({m.entity for m in mentions}, key=lambda e: e.name),
        )
        return context


class QuotationListView(FilteredListView):
    filterset_class = QuotationFilter
    template_name = "archive/quotation_list.html"

    def get_queryset(self):
        return (
            Quotation.objects.public()
            .select_related("speaker", "article", "article__publication")
            .order_by("-article__published", "article_id", "start")
        )


class QuotationDetailView(DetailView):
    template_name = "archive/quotation_detail.html"

    def get_queryset(self):
        return Quotation.objects.public().select_related(
            "speaker", "article", "article__publication"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        before, _, after = self.object.context()
        context.update(context_before=before, context_after=after)
        return context


class EntityListView(FilteredListView):
    filterset_class = EntityFilter
    template_name = "archive/entity_list.html"
    paginate_by = settings.ARCHIVE_PAGE_SIZE * 5

    def get_queryset(self):
        return Entity.objects.with_counts().in_kind_order()

    def get_context_data(self, **kwargs):
        return super().get_context_data(kinds=EntityKind.choices, **kwargs)


class EntityDetailView(DetailView):
    template_name = "archive/entity_detail.html"
    # How many quotations the entity page shows before linking to the full, filtered list.
    quotation_limit = 50

    def get_queryset(self):
        return Entity.objects.prefetch_related("aliases")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        entity = self.object
        said = (
            Quotation.objects.public()
            .filter(speaker=entity)
            .select_related("article", "article__publication")
            .order_by("-article__published", "article_id", "start")
        )
        articles = (
            Article.objects.filter(mentions__entity=entity)
            .annotate(n_mentions=Count("mentions"))
            .select_related("publication")
            .latest_first()
        )
        context.update(
            quotations=said[: self.quotation_limit],
            quotation_total=said.count(),
            articles=articles,
            authored=entity.authored_articles.select_related("publication").latest_first(),
        )
        return context
