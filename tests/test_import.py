"""import_articles: idempotent, one transaction per article, bad files reported not fatal."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from archive.extraction.types import ExtractedArticle, ExtractedQuotation
from archive.models import Article, Entity, Mention, Quotation

pytestmark = pytest.mark.django_db


def run_import(*paths) -> tuple[str, str, CommandError | None]:
    out, err = StringIO(), StringIO()
    error = None
    try:
        call_command("import_articles", *map(str, paths), stdout=out, stderr=err)
    except CommandError as exc:
        error = exc
    return out.getvalue(), err.getvalue(), error


def test_imports_the_five_seeds_with_progress_and_summary(seeds_dir):
    out, err, error = run_import(seeds_dir)
    assert error is None, err
    assert Article.objects.count() == 5
    assert out.count("imported ") == 5
    assert "5 imported, 0 updated, 0 unchanged, 0 failed" in out
    assert Quotation.objects.count() > 10
    assert Entity.objects.filter(kind="person").exists()
    for article in Article.objects.all():
        assert article.raw_text == (seeds_dir / article.source).read_text(encoding="utf-8")
        assert article.body and article.body != article.raw_text


def test_importing_again_changes_nothing(seeds_dir):
    run_import(seeds_dir)
    before = (Article.objects.count(), Quotation.objects.count(), Entity.objects.count())
    slugs = set(Article.objects.values_list("slug", flat=True))
    out, _, error = run_import(seeds_dir)
    assert error is None
    assert "0 imported, 0 updated, 5 unchanged, 0 failed" in out
    assert (Article.objects.count(), Quotation.objects.count(), Entity.objects.count()) == before
    assert set(Article.objects.values_list("slug", flat=True)) == slugs


def test_articles_share_entities_across_imports(seeds_dir):
    run_import(seeds_dir)
    perez = Entity.objects.find("Oscar Perez", kind="person")
    assert perez is not None
    assert Entity.objects.filter(name_key=perez.name_key).count() == 1
    assert Mention.objects.filter(entity=perez).values("article").distinct().count() >= 4


def test_bad_files_are_reported_and_the_rest_still_import(tmp_path, seeds_dir):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("   \n\n ")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 con leche".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text((seeds_dir / "003_9278be993c9aa1de.txt").read_text(encoding="utf-8"))
    _, err, error = run_import(tmp_path, tmp_path / "missing.txt")
    assert error is not None
    assert "1 imported, 0 updated, 0 unchanged, 5 failed" in str(error)
    assert "empty.txt: empty file" in err
    assert "blank.txt: empty file" in err
    assert "binary.txt: binary file" in err
    assert "latin1.txt: not UTF-8 text (byte 0xe9 at position 3)" in err
    assert "missing.txt: no such file" in err
    assert Article.objects.count() == 1


def test_a_failing_article_leaves_nothing_behind(tmp_path, monkeypatch):
    """An extraction whose anchor does not match its body is refused as a whole."""
    bad = ExtractedArticle(
        title="Broken",
        publication="Some Paper",
        authors=("Ann Author",),
        published=None,
        language="en",
        body="He said “hello”.",
        quotations=(ExtractedQuotation("goodbye", 9, 14, None, None, "said", 0.9),),
        entities=(),
    )
    monkeypatch.setattr("archive.importing.extract_many", lambda items, model: [bad])
    path = tmp_path / "a.txt"
    path.write_text("He said “hello”.")
    _, err, error = run_import(path)
    assert error is not None
    assert "bad anchor" in err
    assert Article.objects.count() == 0
    assert Entity.objects.count() == 0
    assert Quotation.objects.count() == 0


def test_no_txt_files_is_an_error(tmp_path):
    (tmp_path / "notes.md").write_text("# not an article")
    _, _, error = run_import(tmp_path)
    assert error is not None
    assert "no .txt files" in str(error)


def test_an_entity_takes_the_accented_spelling_but_keeps_its_url(tmp_path):
    (tmp_path / "a.txt").write_text(
        "First story\n\nOscar Perez said “we are negotiating with the officers” on Monday.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Second story\n\nÓscar Pérez said “we will not lose hope in Venezuela” later.\n"
    )
    run_import(tmp_path / "a.txt")
    entity = Entity.objects.get(name="Oscar Perez")
    slug = entity.slug
    run_import(tmp_path / "b.txt")
    entity.refresh_from_db()
    assert entity.name == "Óscar Pérez"
    assert entity.slug == slug
    assert Entity.objects.filter(name_key="oscar perez").count() == 1
    assert Quotation.objects.filter(speaker=entity).count() == 2


def test_a_lone_surname_links_to_the_one_person_with_that_name(tmp_path):
    (tmp_path / "a.txt").write_text(
        "First story\n\nPresident Nicolás Maduro said “we will win this fight” on Monday.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Second story\n\nOn Tuesday evening, President Maduro spoke to the nation again.\n"
    )
    run_import(tmp_path / "a.txt", tmp_path / "b.txt")
    maduro = Entity.objects.get(name_key="nicolas maduro")
    assert Mention.objects.filter(entity=maduro).values("article").distinct().count() == 2
    assert not Entity.objects.filter(name_key="maduro").exists()
