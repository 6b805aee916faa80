"""Invariants every ExtractedArticle must satisfy, shared by the extraction tests."""

from __future__ import annotations

from archive.extraction.types import ENTITY_KINDS, PERSON, ExtractedArticle


def assert_invariants(article: ExtractedArticle) -> None:
    body = article.body
    assert "\n\n\n" not in body
    assert body == body.strip()
    for q in article.quotations:
        assert body[q.start : q.end] == q.text, q
        assert q.text and q.text == q.text.strip(), q
        assert "\n\n" not in q.text, "a quotation never crosses a paragraph"
        assert 0.0 <= q.confidence <= 1.0
    names = [e.name for e in article.entities]
    assert len(names) == len(set(names)), "entity names are unique per article"
    for e in article.entities:
        assert e.kind in ENTITY_KINDS
        assert e.mentions == tuple(sorted(e.mentions))
        previous_end = -1
        for start, end in e.mentions:
            assert start >= previous_end, f"overlapping mentions of {e.name}"
            assert body[start:end] in (e.name, *e.aliases), (e.name, body[start:end])
            assert not body[start:end].endswith(("’s", "'s"))
            previous_end = end
    persons = {e.name for e in article.entities if e.kind == PERSON}
    all_names = set(names)
    for q in article.quotations:
        if q.speaker and q.speaker not in all_names and not q.speaker.startswith("@"):
            # not an entity, so a description as written ("an officer", "Hale’s lawyer")
            assert any(w.islower() for w in q.speaker.split()), (
                f"named speaker {q.speaker!r} is not an entity"
            )
    assert persons <= all_names


def quote_containing(article: ExtractedArticle, fragment: str):
    found = [q for q in article.quotations if fragment in q.text]
    assert found, (
        f"no quotation containing {fragment!r}; have {[q.text for q in article.quotations]}"
    )
    return found[0]


def entity(article: ExtractedArticle, name: str):
    found = [e for e in article.entities if e.name == name]
    assert found, f"no entity {name!r}; have {[e.name for e in article.entities]}"
    return found[0]
