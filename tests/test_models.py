"""Model invariants: anchors match the body, slugs are unique and stable, entity deletion
never deletes quotations, and the public queryset hides what readers should not see."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from archive.models import Entity, Quotation, name_key
from tests.factories import make_article, make_entity, make_mention, make_quotation

pytestmark = pytest.mark.django_db

BODY = "The minister said “we will never give up” on Monday.\n\nA second paragraph."


def test_quotation_clean_accepts_matching_anchor():
    article = make_article(BODY)
    quotation = make_quotation(article, "we will never give up")
    quotation.full_clean()  # no error


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (0, 3, "we will"),  # wrong words
        (10, 5, "x"),  # ends before it starts
        (0, 10_000, "The"),  # past the end of the body
    ],
)
def test_quotation_clean_rejects_anchor_that_does_not_match(start, end, text):
    article = make_article(BODY)
    quotation = Quotation(article=article, start=start, end=end, text=text)
    with pytest.raises(ValidationError) as info:
        quotation.full_clean()
    assert "text" in info.value.message_dict


def test_mention_clean_rejects_wrong_offsets():
    article = make_article(BODY)
    entity = make_entity("Minister")
    mention = make_mention(article, entity, "minister")
    mention.full_clean()
    mention.start += 1
    with pytest.raises(ValidationError):
        mention.full_clean()


def test_slugs_are_unique_and_survive_renames():
    first = make_article(BODY, title="Óscar Pérez: what happened")
    second = make_article(BODY + " ", title="Óscar Pérez: what happened")
    assert first.slug == "oscar-perez-what-happened"
    assert second.slug == "oscar-perez-what-happened-2"
    first.title = "A completely different title"
    first.save()
    first.refresh_from_db()
    assert first.slug == "oscar-perez-what-happened"


def test_slug_falls_back_when_title_has_no_letters():
    article = make_article(BODY, title="“”…")
    assert article.slug == "article"


def test_deleting_an_entity_keeps_its_quotations():
    article = make_article(BODY)
    speaker = make_entity("Nicolás Maduro")
    quotation = make_quotation(article, "we will never give up", speaker=speaker)
    speaker.delete()
    quotation.refresh_from_db()
    assert quotation.speaker is None
    assert Quotation.objects.filter(pk=quotation.pk).exists()


def test_public_hides_rejected_and_low_confidence_machine_quotations():
    article = make_article("“one two three” and “four five six” and “seven eight” and “nine”")
    shown = make_quotation(article, "one two three", confidence=0.9)
    reviewed_low = make_quotation(article, "four five six", confidence=0.1, status="reviewed")
    make_quotation(article, "seven eight", confidence=0.9, status="rejected")
    make_quotation(article, "nine", confidence=0.2)
    assert set(Quotation.objects.public()) == {shown, reviewed_low}


def test_entity_find_ignores_accents_case_and_uses_aliases():
    entity = make_entity("Óscar Pérez")
    entity.add_alias("Mr. Pérez")
    assert Entity.objects.find("OSCAR PEREZ") == entity
    assert Entity.objects.find("mr perez") == entity
    assert Entity.objects.find("Oscar Perez", kind="place") is None
    assert Entity.objects.find("Pérez Carreño") is None


def test_name_key():
    assert name_key("  Óscar   Pérez ") == "oscar perez"
    assert name_key("Mr. Pérez's") == "mr perez s"


def test_context_is_the_sentence_around_the_quotation():
    body = "First sentence here. The minister said “we will never give up” on Monday. Later."
    article = make_article(body)
    quotation = make_quotation(article, "we will never give up")
    before, text, after = quotation.context()
    assert before == "The minister said “"
    assert text == "we will never give up"
    assert after == "” on Monday."
