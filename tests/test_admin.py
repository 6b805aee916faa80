"""The editors' admin renders and works for a superuser."""

from __future__ import annotations

import pytest

from archive.models import Article, Entity, Quotation

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_changelists_and_change_pages_render(editor, seeded):
    article = Article.objects.first()
    quotation = Quotation.objects.first()
    entity = Entity.objects.first()
    urls = [
        "/admin/",
        "/admin/archive/article/",
        f"/admin/archive/article/{article.pk}/change/",
        "/admin/archive/quotation/",
        "/admin/archive/quotation/?status__exact=extracted",
        f"/admin/archive/quotation/?speaker__id__exact={entity.pk}",
        "/admin/archive/quotation/?q=Venezuela",
        f"/admin/archive/quotation/{quotation.pk}/change/",
        "/admin/archive/quotation/add/",
        "/admin/archive/entity/",
        "/admin/archive/entity/?q=rez",
        f"/admin/archive/entity/{entity.pk}/change/",
        "/admin/archive/publication/",
        "/admin/archive/mention/",
    ]
    for url in urls:
        assert editor.get(url).status_code == 200, url


def test_article_page_has_quotations_inline(editor, seeded):
    article = Article.objects.filter(quotations__isnull=False).first()
    html = editor.get(f"/admin/archive/article/{article.pk}/change/").content.decode()
    assert "quotations-TOTAL_FORMS" in html
    assert article.quotations.first().text[:30] in html


def test_speaker_and_article_autocomplete(editor, seeded):
    response = editor.get(
        "/admin/autocomplete/",
        {"term": "rez", "app_label": "archive", "model_name": "quotation", "field_name": "speaker"},
    )
    assert response.status_code == 200
    names = [r["text"] for r in response.json()["results"]]
    assert any("rez" in n.lower() for n in names)
    response = editor.get(
        "/admin/autocomplete/",
        {
            "term": "Oscar",
            "app_label": "archive",
            "model_name": "quotation",
            "field_name": "article",
        },
    )
    assert response.status_code == 200
    assert response.json()["results"]


def test_view_on_site_links_to_public_quotation(editor, seeded):
    quotation = Quotation.objects.public().first()
    html = editor.get(f"/admin/archive/quotation/{quotation.pk}/change/").content.decode()
    assert "View on site" in html


def test_review_action(editor, seeded):
    ids = list(Quotation.objects.values_list("pk", flat=True)[:3])
    response = editor.post(
        "/admin/archive/quotation/",
        {"action": "mark_reviewed", "_selected_action": ids},
        follow=True,
    )
    assert response.status_code == 200
    assert Quotation.objects.filter(pk__in=ids, status="reviewed").count() == 3


def test_editing_a_quotation_with_a_wrong_anchor_is_refused(editor, seeded):
    quotation = Quotation.objects.first()
    response = editor.post(
        f"/admin/archive/quotation/{quotation.pk}/change/",
        {
            "article": quotation.article_id,
            "text": quotation.text + " invented words",
            "start": quotation.start,
            "end": quotation.end,
            "speaker": "",
            "speaker_as_written": "",
            "cue": "",
            "confidence": 1,
            "status": "reviewed",
        },
    )
    assert response.status_code == 200  # the form is shown again with the error
    assert "not" in response.content.decode()
    quotation.refresh_from_db()
    assert not quotation.text.endswith("invented words")
