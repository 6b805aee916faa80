"""The five scraped seed pages: offsets, boilerplate, titles and key quotations."""

import re
from functools import cache
from pathlib import Path

import pytest

from archive.extraction import extract
from archive.extraction.types import PERSON

from .checks import assert_invariants, entity, quote_containing

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@cache
def seed(prefix: str):
    path = next(p for p in SEED_FILES if p.name.startswith(prefix))
    return extract(path.read_text(encoding="utf-8"), source=path.name)


def test_there_are_five_seeds():
    assert len(SEED_FILES) == 5


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offsets_and_invariants(prefix):
    article = seed(prefix)
    assert_invariants(article)
    assert article.language == "en"
    assert len(article.body) > 1500


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_boilerplate_left(prefix):
    body = seed(prefix).body
    lowered = body.casefold()
    for junk in (
        "newsletter",
        "unsubscribe",
        "cookies",
        "about me",
        "follow me",
        "casino",
        "http",
        ".com",
        "you must read",
        "text continues",
        "credit...",
        "contribution",
        "membership",
        "all rights reserved",
        "en_us",
        "copy edited",
        "a post shared by",
        "read more",
    ):
        assert junk not in lowered, junk
    assert not re.search(r"^(Facebook|Twitter|LinkedIn|Email|WhatsApp|Print)$", body, re.M)
    assert "\u00a0" not in body and "  " not in body
    assert not re.search(r"^\d+(\.\d)? C$", body, re.M)


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("000", "Oscar Perez, a brief struggle that ended in a massacre"),
        (
            "001",
            "Venezuelan Helicopter Pilot Who Rebelled Against Dictatorship Livestreamed Raid "
            "that Killed Him",
        ),
        ("002", "Oscar Perez. Public enemy No. 1, or an invention of Maduro?"),
        ("003", "Oscar Pérez: What really happened"),
        ("004", "Was Óscar Pérez Murdered? You Could Help Us Find Out"),
    ],
)
def test_titles(prefix, title):
    assert seed(prefix).title == title


def test_repeated_title_is_not_in_body():
    assert "What really happened" not in seed("003").body


def test_real_paragraphs_are_kept():
    assert seed("000").body.startswith("This January 15th is the second anniversary")
    assert "Lisbeth Andreina Ramirez Montilla" in seed("000").body
    assert seed("001").body.startswith("The icon of the Venezuelan opposition")
    assert "Update 3:28 p.m.. National police confirm the death" in seed("002").body
    assert seed("004").body.endswith("hold the government of Venezuela accountable.")


def test_closing_author_bios_are_the_authors():
    article = seed("004")
    assert article.authors == ("Giancarlo Fiorella", "Aliaume Leroy")
    assert "doctoral student" not in article.body


def test_metadata_003_and_004():
    article = seed("003")
    assert article.publication == "Latin American Post"
    assert article.authors == ("Carlos Eduardo Gómez Avella",)
    assert "Susana Cicchetto" not in article.authors
    assert seed("004").publication == "US News"


def test_001_quote_of_perez_with_canonical_accented_name():
    article = seed("001")
    q = quote_containing(article, "If anyone had any doubts, here we are")
    assert q.text == "If anyone had any doubts, here we are,"
    assert q.speaker == "Óscar Pérez"
    assert q.speaker_as_written == "he"
    assert q.cue == "said"
    assert q.confidence >= 0.8
    assert entity(article, "Óscar Pérez").kind == PERSON


def test_001_maduro_quote():
    article = seed("001")
    q = quote_containing(article, "Wherever they may appear")
    assert q.speaker is not None and "Maduro" in q.speaker
    assert entity(article, q.speaker).kind == PERSON
    follow_up = quote_containing(article, "lead and bullets for them")
    assert follow_up.speaker == q.speaker


def test_001_scare_quotes_are_low_confidence():
    article = seed("001")
    for fragment in ("resistence", "lead", "cease fire"):
        found = [q for q in article.quotations if q.text == fragment]
        assert found and found[0].confidence < 0.5, fragment


def test_001_mother_is_not_perez():
    q = quote_containing(seed("001"), "he is trying to turn himself in")
    assert q.speaker is not None and q.speaker.startswith("mother of")


def test_002_transcript_is_perez():
    article = seed("002")
    q = quote_containing(article, "We are here on the new highway in El Junquito")
    assert q.text.startswith("We are here on the new highway")
    assert q.speaker == "Óscar Pérez"
    assert "Oscar Alberto Pérez" in entity(article, "Óscar Pérez").aliases


def test_003_quotes():
    article = seed("003")
    q = quote_containing(article, "They are firing at us with RPG")
    assert q.speaker == "Oscar Pérez"
    assert q.speaker_as_written == "Perez"
    assert quote_containing(article, "like a rat").speaker == "Iris Varela"
    terrorists = [q for q in article.quotations if q.text == "terrorists"]
    assert len(terrorists) == 2 and all(q.confidence < 0.5 for q in terrorists)


def test_004_radio_quote_is_an_officer():
    article = seed("004")
    q = quote_containing(article, "There’s a negotiation with Alpha 6")
    assert q.speaker == "an officer"
    assert q.cue == "says"
    assert q.confidence >= 0.8
    last = quote_containing(article, "We are going to surrender! Stop shooting!")
    assert last.speaker == "Óscar Pérez"
    assert last.speaker_as_written == "Mr. Pérez"


def test_004_entities():
    article = seed("004")
    perez = entity(article, "Óscar Pérez")
    assert perez.kind == PERSON
    assert "Perez" in perez.aliases
    assert entity(article, "Nicolás Maduro").kind == PERSON
    assert entity(article, "El Junquito").kind == "place"
    names = {e.name for e in article.entities}
    assert not names & {"Mr", "The", "Jan", "Casino", "Ku"}
