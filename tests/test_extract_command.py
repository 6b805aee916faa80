"""manage.py extract --json: the stable contract editors and measurements rely on."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article

ARTICLE_KEYS = {
    "file",
    "title",
    "publication",
    "authors",
    "published",
    "language",
    "body",
    "quotations",
    "entities",
}
QUOTATION_KEYS = {"text", "start", "end", "speaker", "cue", "confidence"}
ENTITY_KEYS = {"name", "kind", "aliases", "mentions"}


def extract_json(*paths) -> list[dict]:
    out = StringIO()
    call_command("extract", *map(str, paths), "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_contract_on_the_seeds(seeds_dir):
    files = sorted(seeds_dir.glob("*.txt"))
    result = extract_json(*files)
    assert [item["file"] for item in result] == [str(f) for f in files]
    for item in result:
        assert set(item) == ARTICLE_KEYS
        assert item["title"]
        assert item["language"] == "en"
        assert isinstance(item["authors"], list)
        assert item["published"] is None or len(item["published"]) == 10
        body = item["body"]
        names = {e["name"] for e in item["entities"]}
        for q in item["quotations"]:
            assert set(q) == QUOTATION_KEYS
            assert body[q["start"] : q["end"]] == q["text"]
            assert 0.0 <= q["confidence"] <= 1.0
            # A named speaker is always a listed entity; otherwise it is a phrase as written.
            if q["speaker"] and q["speaker"] not in names:
                assert any(w.islower() for w in q["speaker"].split()), q
        for e in item["entities"]:
            assert set(e) == ENTITY_KEYS
            assert e["kind"] in {"person", "organization", "place", "other"}
            forms = {e["name"], *e["aliases"]}
            for start, end in e["mentions"]:
                assert body[start:end] in forms
    # The database is not touched.
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_known_quotation_and_speaker(seeds_dir):
    (item,) = extract_json(seeds_dir / "001_4e35b2bc7014aafe.txt")
    quote = next(q for q in item["quotations"] if q["text"].startswith("If anyone had any doubts"))
    assert quote["speaker"] is not None
    assert "rez" in quote["speaker"]  # Pérez, however the canonical form is accented
    assert quote["cue"] == "said"


@pytest.mark.django_db
def test_unreadable_file_is_reported_in_order(tmp_path, seeds_dir):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = seeds_dir / "003_9278be993c9aa1de.txt"
    out = StringIO()
    with pytest.raises(CommandError, match="empty file"):
        call_command("extract", str(good), str(empty), "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert result[0]["file"] == str(good)
    assert result[1] == {"file": str(empty), "error": "empty file"}
