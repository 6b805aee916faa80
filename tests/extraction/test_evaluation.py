"""The scorer in ``archive.extraction.evaluation`` and the integrity of the gold data.

Nothing here runs the pipeline or asserts its scores: the scorer is tested on tiny
hand-built articles, and the gold files are checked against the raw seed pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from archive.extraction.evaluation import (
    REQUIRED_KEYS,
    ArticleScore,
    combine,
    format_details,
    format_table,
    load_annotation,
    score_article,
    token_f1,
)
from archive.extraction.types import (
    ENTITY_KINDS,
    ORGANIZATION,
    PERSON,
    PLACE,
    ExtractedArticle,
    ExtractedEntity,
    ExtractedQuotation,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD_DIR = ROOT / "tests" / "data" / "seeds"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))

BODY = (
    "Óscar Pérez said “We will surrender.” Police called them “terrorists” in Caracas. "
    "“Nobody fire,” an officer said."
)

GOLD = {
    "file": "x.txt",
    "title": "A title",
    "publication": None,
    "authors": [],
    "body_must_contain": ["Police called them", "an officer said"],
    "boilerplate_absent": ["Subscribe to our newsletter"],
    "quotations": [
        {"text": "We will surrender.", "speaker": "Óscar Pérez", "speech": True},
        {"text": "Nobody fire,", "speaker": "an officer", "speech": True},
        {"text": "a neutral document quote", "speaker": None, "speech": False},
    ],
    "non_quotations": [{"text": "terrorists"}],
    "entities": [
        {"name": "Óscar Pérez", "kind": PERSON, "forms": ["Óscar Pérez", "Pérez", "Mr. Pérez"]},
        {"name": "Caracas", "kind": PLACE, "forms": ["Caracas"]},
    ],
    "not_entities": ["Subscribe"],
}


def quote(text: str, speaker: str | None, confidence: float = 0.9) -> ExtractedQuotation:
    start = BODY.find(text)
    start = max(start, 0)
    return ExtractedQuotation(text, start, start + len(text), speaker, speaker, "said", confidence)


PEREZ = ExtractedEntity("Óscar Pérez", PERSON, ("Pérez",))
CARACAS = ExtractedEntity("Caracas", PLACE)
PERFECT_QUOTES = (quote("We will surrender.", "Óscar Pérez"), quote("Nobody fire,", "an officer"))


def article(quotations=PERFECT_QUOTES, entities=(PEREZ, CARACAS), body=BODY, title="A title"):
    return ExtractedArticle(title, None, (), None, "en", body, tuple(quotations), tuple(entities))


# ------------------------------------------------------------------------ scorer


def test_token_f1_ignores_case_accents_quote_marks_and_end_punctuation():
    assert token_f1("“It’s time,” ", "it's TIME") == 1.0
    assert token_f1("Pérez", "perez") == 1.0
    assert token_f1("", "anything") == 0.0
    assert 0.0 < token_f1("we will surrender now", "we will surrender") < 1.0


def test_perfect_match_scores_one():
    score = score_article(article(), GOLD)
    assert score.quote_precision == score.quote_recall == 1.0
    assert score.named_speaker_accuracy == score.unnamed_speaker_accuracy == 1.0
    assert score.entity_recall == score.entity_precision == score.kind_accuracy == 1.0
    assert score.body_coverage == 1.0
    assert score.boilerplate_left == score.duplicates == score.overmerges == 0
    assert score.title_correct


def test_speaker_may_be_any_gold_form_accent_and_case_insensitive():
    quotes = (quote("We will surrender.", "MR. PEREZ"), quote("Nobody fire,", "the officer"))
    score = score_article(article(quotations=quotes), GOLD)
    assert score.named_speaker_accuracy == 1.0
    assert score.unnamed_speaker_accuracy == 1.0


def test_wrong_speaker_lowers_speaker_accuracy():
    quotes = (quote("We will surrender.", "Caracas"), quote("Nobody fire,", None))
    score = score_article(article(quotations=quotes), GOLD)
    assert score.quote_recall == 1.0
    assert score.named_speaker_accuracy == 0.0
    assert score.unnamed_speaker_accuracy == 0.0
    assert len(score.wrong_speakers) == 2


def test_named_entity_is_not_an_acceptable_unnamed_speaker():
    quotes = (PERFECT_QUOTES[0], quote("Nobody fire,", "Óscar Pérez"))
    score = score_article(article(quotations=quotes), GOLD)
    assert score.unnamed_speaker_accuracy == 0.0


def test_missing_quotation_lowers_recall_not_precision():
    score = score_article(article(quotations=PERFECT_QUOTES[:1]), GOLD)
    assert score.quote_recall == 0.5
    assert score.quote_precision == 1.0
    assert score.missed_quotes == ["Nobody fire,"]


def test_low_confidence_quotations_are_ignored():
    quotes = (PERFECT_QUOTES[0], quote("Nobody fire,", "an officer", confidence=0.4))
    assert score_article(article(quotations=quotes), GOLD).quote_recall == 0.5


def test_near_verbatim_quotation_still_matches():
    quotes = (quote("said “We will surrender.”", "Óscar Pérez"), PERFECT_QUOTES[1])
    assert score_article(article(quotations=quotes), GOLD).quote_recall == 1.0


def test_scare_quote_counts_as_false_positive():
    score = score_article(article(quotations=(*PERFECT_QUOTES, quote("terrorists", None))), GOLD)
    assert score.quote_fp == score.scare_quote_fp == 1
    assert score.quote_precision == pytest.approx(2 / 3)
    assert score.quote_recall == 1.0


def test_neutral_quotation_is_neither_rewarded_nor_penalised():
    neutral = quote("a neutral document quote", None)
    score = score_article(article(quotations=(*PERFECT_QUOTES, neutral)), GOLD)
    assert score.quote_fp == 0
    assert score.quote_precision == score.quote_recall == 1.0


def test_matching_is_one_to_one():
    doubled = (*PERFECT_QUOTES, quote("We will surrender.", "Óscar Pérez"))
    score = score_article(article(quotations=doubled), GOLD)
    assert score.quote_tp == 2
    assert score.quote_fp == 1


def test_unmerged_duplicate_entity_is_detected():
    extra = ExtractedEntity("Mr. Pérez", PERSON)
    score = score_article(article(entities=(PEREZ, CARACAS, extra)), GOLD)
    assert score.duplicates == 1
    assert score.duplicate_entities == ["Óscar Pérez"]
    assert score.entity_recall == score.entity_precision == 1.0


def test_overmerged_entity_is_detected():
    merged = ExtractedEntity("Óscar Pérez", PERSON, ("Caracas",))
    score = score_article(article(entities=(merged,)), GOLD)
    assert score.overmerges == 1
    assert score.entity_recall == 1.0


def test_spurious_and_missing_entities_and_wrong_kind():
    entities = (ExtractedEntity("Pérez", ORGANIZATION), ExtractedEntity("Subscribe", PERSON))
    score = score_article(article(entities=entities), GOLD)
    assert score.entity_recall == 0.5
    assert score.entity_precision == 0.5
    assert score.kind_accuracy == 0.0
    assert score.not_entity_hits == 1
    assert score.missed_entities == ["Caracas"]


def test_boilerplate_left_is_counted_and_coverage_drops():
    body = "Subscribe  to our\u00a0newsletter. Police called them terrorists."
    score = score_article(article(body=body), GOLD)
    assert score.boilerplate_left == 1
    assert score.body_coverage == 0.5
    assert score.body_missing == ["an officer said"]


def test_title_compared_after_whitespace_normalisation():
    assert score_article(article(title="  A\u00a0 title "), GOLD).title_correct
    assert not score_article(article(title="A Title"), GOLD).title_correct


def test_combine_micro_averages_and_table_renders():
    perfect = score_article(article(), GOLD)
    half = score_article(article(quotations=PERFECT_QUOTES[:1]), GOLD)
    totals = combine([perfect, half])
    assert totals.files == 2 and totals.titles_correct == 2
    assert totals.quote_recall == 0.75
    table = format_table([perfect, half], totals)
    assert "TOTAL" in table and "x.txt" in table
    assert "Nobody fire," in format_details(half)


def test_empty_article_has_undefined_ratios_not_errors():
    gold = {**GOLD, "quotations": [], "entities": [], "body_must_contain": []}
    score = score_article(article(quotations=(), entities=()), gold)
    assert score.quote_precision is None and score.quote_recall is None
    assert isinstance(score, ArticleScore)
    assert "-" in format_table([score], combine([score]))


def test_load_annotation_rejects_missing_keys(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"file": "x.txt"}), encoding="utf-8")
    with pytest.raises(ValueError, match="missing keys"):
        load_annotation(path)


# --------------------------------------------------------------------- gold data


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def test_every_seed_has_a_gold_file():
    assert [p.stem for p in GOLD_FILES] == sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(path):
    gold = load_annotation(path)
    assert set(REQUIRED_KEYS) <= set(gold)
    assert gold["file"] == f"{path.stem}.txt"
    assert isinstance(gold["authors"], list)
    names = {e["name"] for e in gold["entities"]}
    assert len(names) == len(gold["entities"]), "entity names are unique"
    for entity in gold["entities"]:
        assert entity["kind"] in ENTITY_KINDS
        assert entity["forms"], entity["name"]
    for item in gold["quotations"]:
        assert {"text", "speaker", "speech"} <= set(item)
        assert isinstance(item["speech"], bool)
    for snippet in gold["body_must_contain"]:
        assert 6 <= len(snippet.split()) <= 12, snippet


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_text_occurs_in_raw_seed(path):
    gold = load_annotation(path)
    raw = flat((SEEDS / gold["file"]).read_text(encoding="utf-8"))
    assert flat(gold["title"]) in raw
    texts = [
        *(q["text"] for q in gold["quotations"]),
        *(q["text"] for q in gold["non_quotations"]),
        *gold["body_must_contain"],
        *gold["boilerplate_absent"],
        *(form for entity in gold["entities"] for form in entity["forms"]),
    ]
    missing = [text for text in texts if flat(text) not in raw]
    assert not missing


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_speakers_and_not_entities_are_consistent(path):
    gold = load_annotation(path)
    names = {e["name"] for e in gold["entities"]}
    keys = {form.casefold() for e in gold["entities"] for form in (e["name"], *e["forms"])}
    for item in gold["quotations"]:
        speaker = item["speaker"]
        # A named speaker is given by the entity's canonical name, never by another form.
        if speaker and speaker not in names:
            assert speaker.casefold() not in keys, speaker
    clashes = [s for s in gold["not_entities"] if s.casefold() in keys]
    assert not clashes


def test_a_gold_kind_spelled_short_is_the_same_kind():
    gold = {
        **GOLD,
        "entities": [*GOLD["entities"], {"name": "CICPC", "kind": "org", "forms": ["CICPC"]}],
    }
    cicpc = ExtractedEntity("CICPC", ORGANIZATION)
    score = score_article(article(entities=(PEREZ, CARACAS, cicpc)), gold)
    assert score.kind_accuracy == 1.0
