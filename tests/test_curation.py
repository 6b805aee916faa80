"""Re-import and re-extraction refresh machine work and never undo an editor's."""

from __future__ import annotations

import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, Entity, Quotation

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent

VEGA = (
    "The opposition leader Luis Vega answered within the hour. “The government has lost "
    "all credibility with the people,” Vega told reporters."
)

FIRST = "\n\n".join(
    [
        "Minister speaks on the crisis",
        "Interior Minister Ana Torres spoke to reporters in Caracas on Monday.",
        "“We will restore order in every street of the capital,” Torres said. "
        "“Nobody is above the law.”",
        VEGA,
    ]
)

# The same story, corrected by the outlet: a paragraph added at the top, one quotation
# reworded.
SECOND = "\n\n".join(
    [
        "Minister speaks on the crisis",
        "An update was published on Tuesday morning after new statements.",
        "Interior Minister Ana Torres spoke to reporters in Caracas on Monday.",
        "“We will restore order in every street of the capital,” Torres said. "
        "“Nobody at all is above the law.”",
        VEGA,
    ]
)


def import_text(tmp_path: Path, text: str, name: str = "story.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("import_articles", str(path), stdout=out, stderr=StringIO())
    return out.getvalue()


def quotation(words: str) -> Quotation:
    return Quotation.objects.get(text__startswith=words)


def test_changed_file_updates_the_article_in_place_and_keeps_curation(tmp_path):
    import_text(tmp_path, FIRST)
    article = Article.objects.get()
    order = quotation("We will restore order")
    law = quotation("Nobody is above")
    credibility = quotation("The government has lost")
    # An editor reviews one quotation and rejects another.
    order.status = "reviewed"
    order.speaker_as_written = "Interior Minister Ana Torres"
    order.mark_edited(["speaker_as_written"])
    order.save()
    credibility.status = "rejected"
    credibility.save()

    out = import_text(tmp_path, SECOND)
    assert "updated" in out
    assert Article.objects.count() == 1
    article.refresh_from_db()
    assert article.slug == Article.objects.get().slug
    assert "An update was published" in article.body

    # The reviewed quotation: same row, same words, moved to where the words now are.
    kept = Quotation.objects.get(pk=order.pk)
    assert kept.status == "reviewed"
    assert kept.speaker_as_written == "Interior Minister Ana Torres"
    assert kept.start > order.start
    assert article.body[kept.start : kept.end] == kept.text
    # The rejected one is still there, rejected, and not extracted again beside it.
    assert Quotation.objects.get(pk=credibility.pk).status == "rejected"
    assert Quotation.objects.filter(text=credibility.text).count() == 1
    assert Quotation.objects.filter(text=order.text).count() == 1
    # The machine quotation whose words changed was replaced; nothing else duplicated.
    assert not Quotation.objects.filter(pk=law.pk).exists()
    assert Quotation.objects.filter(text__startswith="Nobody at all").count() == 1


def test_machine_quotations_found_again_keep_their_id(tmp_path):
    import_text(tmp_path, FIRST)
    ids = dict(Quotation.objects.values_list("text", "pk"))
    call_command("reextract", stdout=StringIO())
    assert dict(Quotation.objects.values_list("text", "pk")) == ids


def test_curated_quotation_whose_words_vanish_blocks_the_update(tmp_path):
    import_text(tmp_path, FIRST)
    credibility = quotation("The government has lost")
    credibility.status = "reviewed"
    credibility.save()
    before = Article.objects.get().body
    path = tmp_path / "story.txt"
    path.write_text(SECOND.replace(VEGA, "Vega did not comment."), encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError, match="1 failed"):
        call_command("import_articles", str(path), stdout=StringIO(), stderr=err)
    assert "no longer contains 1 quotation(s) an editor has curated" in err.getvalue()
    assert Article.objects.get().body == before
    assert Quotation.objects.get(pk=credibility.pk).status == "reviewed"


def test_reextract_keeps_edited_article_fields_and_entities(seeded):
    article = Article.objects.order_by("pk").first()
    article.title = "Corrected title"
    article.mark_edited(["title"])
    article.save()
    speaker = Entity.objects.filter(quotations__isnull=False).order_by("pk").first()
    speaker.name = "Edited Name"
    speaker.mark_edited(["name"])
    speaker.save()
    counts = (Quotation.objects.count(), Entity.objects.count())
    call_command("reextract", stdout=StringIO())
    article.refresh_from_db()
    speaker.refresh_from_db()
    assert article.title == "Corrected title"
    assert speaker.name == "Edited Name"
    assert (Quotation.objects.count(), Entity.objects.count()) == counts


def test_reextract_unknown_article_is_an_error(db):
    with pytest.raises(CommandError, match="no such article: nope"):
        call_command("reextract", "nope")


def test_editing_in_the_admin_records_edited_fields(client, django_user_model, seeded):
    client.force_login(django_user_model.objects.create_superuser("ed", "e@example.org", "pw"))
    quotation_ = Quotation.objects.public().first()
    response = client.post(
        f"/admin/archive/quotation/{quotation_.pk}/change/",
        {
            "article": quotation_.article_id,
            "text": quotation_.text,
            "start": quotation_.start,
            "end": quotation_.end,
            "speaker": "",
            "speaker_as_written": "a spokesman",
            "cue": quotation_.cue,
            "confidence": quotation_.confidence,
            "status": "extracted",
        },
    )
    assert response.status_code == 302
    quotation_.refresh_from_db()
    assert "speaker_as_written" in quotation_.edited_fields
    assert quotation_.is_curated
    call_command("reextract", stdout=StringIO())
    quotation_.refresh_from_db()
    assert quotation_.speaker_as_written == "a spokesman"


def test_admin_action_reruns_extraction_out_of_process(client, django_user_model, seeded):
    client.force_login(django_user_model.objects.create_superuser("ed", "e@example.org", "pw"))
    article = Article.objects.order_by("pk").first()
    ids = set(article.quotations.values_list("pk", flat=True))
    response = client.post(
        "/admin/archive/article/",
        {"action": "rerun_extraction", "_selected_action": [article.pk]},
        follow=True,
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "quotations" in text and "Nothing changed" not in text
    assert set(article.quotations.values_list("pk", flat=True)) == ids


def test_web_process_never_imports_spacy():
    code = (
        "import os, sys, django;"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.test_settings');"
        "django.setup();"
        "import config.urls, config.wsgi, archive.admin, archive.views;"
        "from django.urls import resolve; resolve('/');"
        "assert 'spacy' not in sys.modules, 'spacy imported';"
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
