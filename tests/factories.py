"""Small builders for rows the tests need; offsets are computed from the text, never typed."""

from __future__ import annotations

import hashlib

from archive.models import Article, Entity, Mention, Publication, Quotation


def make_article(body: str, *, title: str = "A test article", **fields) -> Article:
    fields.setdefault("raw_text", body)
    fields.setdefault("checksum", hashlib.sha256((title + body).encode()).hexdigest())
    fields.setdefault("source", "test.txt")
    return Article.objects.create(title=title, body=body, **fields)


def make_publication(name: str = "The Test Post") -> Publication:
    return Publication.objects.create(name=name)


def make_entity(name: str, kind: str = "person") -> Entity:
    return Entity.objects.create(name=name, kind=kind)


def make_quotation(article: Article, text: str, **fields) -> Quotation:
    """A quotation anchored at the first occurrence of ``text`` in the article body."""
    start = article.body.index(text)
    fields.setdefault("confidence", 0.9)
    return Quotation.objects.create(
        article=article, text=text, start=start, end=start + len(text), **fields
    )


def make_mention(article: Article, entity: Entity, text: str) -> Mention:
    start = article.body.index(text)
    return Mention.objects.create(
        article=article, entity=entity, text=text, start=start, end=start + len(text)
    )
