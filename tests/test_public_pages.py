"""The public site through HTTP: pages, filters, pagination, anchors and escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from archive.models import Article, Entity, Quotation
from tests.factories import make_article, make_entity, make_publication, make_quotation

pytestmark = pytest.mark.django_db


class IdCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id":
                self.ids.append(value)


def ids_in(html: str) -> list[str]:
    parser = IdCollector()
    parser.feed(html)
    return parser.ids


def test_home_shows_counts_articles_and_quotations(client, seeded):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<strong>{Article.objects.count()}</strong> articles" in html
    assert f"<strong>{Quotation.objects.public().count()}</strong> quotations" in html
    for article in Article.objects.all():
        assert article.get_absolute_url() in html
    assert html.count('class="quotation-item"') == 5


def test_every_public_page_renders(client, seeded):
    urls = ["/", "/articles/", "/quotations/", "/entities/"]
    urls += [a.get_absolute_url() for a in Article.objects.all()]
    urls += [q.get_absolute_url() for q in Quotation.objects.public()]
    urls += [e.get_absolute_url() for e in Entity.objects.all()]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_every_quotation_links_to_an_anchor_on_its_article_page(client, seeded):
    quotations = list(Quotation.objects.public().select_related("article"))
    assert len(quotations) > 10
    pages: dict[str, list[str]] = {}
    for quotation in quotations:
        detail = client.get(quotation.get_absolute_url()).content.decode()
        link = f"{quotation.article.get_absolute_url()}#q-{quotation.pk}"
        assert f'href="{link}"' in detail
        path, anchor = link.split("#")
        if path not in pages:
            pages[path] = ids_in(client.get(path).content.decode())
        assert pages[path].count(anchor) == 1, (anchor, path)


def test_marked_passage_contains_the_quotation_text(client):
    article = make_article("Intro.\n\nThe minister said “we will win” on Monday.")
    quotation = make_quotation(article, "we will win")
    html = client.get(article.get_absolute_url()).content.decode()
    match = re.search(rf'<mark id="q-{quotation.pk}"[^>]*>(.*?)</mark>', html)
    assert match
    assert "we will win" in match.group(1)


def test_hostile_article_text_is_shown_as_text(client):
    body = "Intro <script>alert('x')</script>.\n\nShe said “<img src=x onerror=alert(1)> ok”."
    article = make_article(body, title="<script>alert('title')</script>")
    make_quotation(article, "<img src=x onerror=alert(1)> ok")
    for url in [article.get_absolute_url(), "/quotations/", "/articles/", "/"]:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
    html = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_quotation_page_shows_speaker_article_publication_and_sentence(client):
    publication = make_publication("The Test Post")
    article = make_article(
        "Before. Maduro said “we will never give up” on Monday. After.", publication=publication
    )
    speaker = make_entity("Nicolás Maduro")
    quotation = make_quotation(article, "we will never give up", speaker=speaker, cue="said")
    html = client.get(quotation.get_absolute_url()).content.decode()
    assert speaker.get_absolute_url() in html
    assert "Nicolás Maduro" in html
    assert "The Test Post" in html
    assert article.title in html
    assert "Maduro said “<mark>we will never give up</mark>” on Monday." in html
    assert "Before." not in html.split("In context")[1]


def test_missing_objects_are_404(client, db):
    assert client.get("/articles/no-such-article/").status_code == 404
    assert client.get("/quotations/999999/").status_code == 404
    assert client.get("/entities/nobody/").status_code == 404


def test_rejected_and_low_confidence_quotations_are_not_public(client):
    article = make_article("“one two three four” and “terrorists”")
    rejected = make_quotation(article, "one two three four", status="rejected")
    scare = make_quotation(article, "terrorists", confidence=0.2)
    assert client.get(rejected.get_absolute_url()).status_code == 404
    assert client.get(scare.get_absolute_url()).status_code == 404
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'id="q-{rejected.pk}"' not in html
    assert f'id="q-{scare.pk}"' not in html


# Filters -------------------------------------------------------------------------------


def test_quotations_filtered_by_speaker_article_publication_status(client, seeded):
    speaker = Entity.objects.filter(quotations__isnull=False).distinct().first()
    response = client.get("/quotations/", {"speaker": speaker.slug})
    assert response.status_code == 200
    listed = set(response.context["paginator"].object_list)
    assert listed == set(Quotation.objects.public().filter(speaker=speaker))

    article = Article.objects.filter(quotations__isnull=False).first()
    response = client.get("/quotations/", {"article": article.slug})
    assert set(response.context["paginator"].object_list) == set(
        Quotation.objects.public().filter(article=article)
    )

    publication = Article.objects.exclude(publication=None).first().publication
    response = client.get("/quotations/", {"publication": publication.slug})
    assert response.status_code == 200
    assert all(
        q.article.publication_id == publication.pk
        for q in response.context["paginator"].object_list
    )

    Quotation.objects.filter(pk=Quotation.objects.public().first().pk).update(status="reviewed")
    response = client.get("/quotations/", {"status": "reviewed"})
    assert response.context["paginator"].count == 1


def test_articles_filtered_by_publication_date_and_entity(client):
    post = make_publication("The Test Post")
    older = make_article("Old text about Caracas.", title="Old", published="2018-01-10")
    newer = make_article("New text.", title="New", published="2018-01-20", publication=post)
    place = make_entity("Caracas", kind="place")
    from tests.factories import make_mention

    make_mention(older, place, "Caracas")
    assert titles(client, {"publication": post.slug}) == ["New"]
    assert titles(client, {"published_after": "2018-01-15"}) == ["New"]
    assert titles(client, {"published_before": "2018-01-15"}) == ["Old"]
    assert titles(client, {"entity": place.slug}) == ["Old"]
    assert titles(client, {}) == ["New", "Old"]
    assert newer.pk


def titles(client, params) -> list[str]:
    response = client.get("/articles/", params)
    assert response.status_code == 200
    return [a.title for a in response.context["paginator"].object_list]


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/quotations/", {"speaker": "nobody-at-all"}),
        ("/quotations/", {"status": "invented"}),
        ("/quotations/", {"status": "rejected"}),
        ("/quotations/", {"article": "<script>"}),
        ("/articles/", {"published_after": "not-a-date"}),
        ("/articles/", {"entity": "x" * 500}),
        ("/entities/", {"kind": "dragon"}),
        ("/quotations/", {"speaker": "nul\x00byte"}),
        ("/articles/", {"published_after": "2018-13-45"}),
        ("/articles/", {"publication": ["one", "two"]}),
    ],
)
def test_unknown_filter_values_are_a_clear_400(client, db, url, params):
    response = client.get(url, params)
    assert response.status_code == 400
    html = response.content.decode()
    assert "could not be applied" in html
    assert "<script>" not in html


def test_pagination_links_carry_rel_and_keep_filters(client, settings):
    article = make_article(" ".join(f"“quote number {i}”" for i in range(45)))
    for i in range(45):
        make_quotation(article, f"quote number {i}")
    page_size = settings.ARCHIVE_PAGE_SIZE
    response = client.get("/quotations/", {"article": article.slug})
    html = response.content.decode()
    assert response.context["paginator"].count == 45
    assert len(response.context["object_list"]) == page_size
    assert f'rel="next" href="?article={article.slug}&amp;page=2"' in html
    assert 'rel="prev"' not in html
    html = client.get("/quotations/", {"article": article.slug, "page": 2}).content.decode()
    assert 'rel="prev"' in html and 'rel="next"' in html
    # Nonsense page numbers show a page rather than an error.
    assert client.get("/quotations/", {"page": "abc"}).status_code == 200
    assert client.get("/quotations/", {"page": "99999"}).status_code == 200
    assert client.get("/quotations/", {"page": "-1"}).status_code == 200


def test_entity_list_groups_by_kind_and_filters(client, seeded):
    html = client.get("/entities/").content.decode()
    assert html.index("<h2>Person</h2>") < html.index("<h2>Organisation</h2>")
    assert html.index("<h2>Organisation</h2>") < html.index("<h2>Place</h2>")
    response = client.get("/entities/", {"kind": "place"})
    assert response.status_code == 200
    assert {e.kind for e in response.context["object_list"]} == {"place"}


def test_entity_page_lists_quotations_and_articles(client, seeded):
    speaker = Entity.objects.filter(quotations__in=Quotation.objects.public()).distinct().first()
    html = client.get(speaker.get_absolute_url()).content.decode()
    for quotation in Quotation.objects.public().filter(speaker=speaker)[:50]:
        assert quotation.get_absolute_url() in html
    for article in Article.objects.filter(mentions__entity=speaker).distinct():
        assert article.get_absolute_url() in html


def test_list_pages_use_a_bounded_number_of_queries(client, seeded, django_assert_max_num_queries):
    for url in ["/", "/articles/", "/quotations/", "/entities/"]:
        with django_assert_max_num_queries(12):
            assert client.get(url).status_code == 200
