"""Run the extraction pipeline in a child process.

Web processes must not import spaCy (memory, start-up time, and a crash there would take a
worker down), yet editors re-run extraction from the admin. The pipeline is pure (text in,
dataclasses out, no database), so the admin sends raw texts to ``python -m
archive.outofprocess`` as JSON and stores the results itself, in its own transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from archive.extraction.types import ExtractedArticle, ExtractedEntity, ExtractedQuotation

ROOT = Path(__file__).resolve().parent.parent


class ExtractionFailed(RuntimeError):
    """The child process did not produce results; its error output says why."""


def to_json(article: ExtractedArticle) -> dict:
    data = dataclasses.asdict(article)
    data["published"] = article.published.isoformat() if article.published else None
    return data


def from_json(data: dict) -> ExtractedArticle:
    published = data["published"]
    return ExtractedArticle(
        title=data["title"],
        publication=data["publication"],
        authors=tuple(data["authors"]),
        published=dt.date.fromisoformat(published) if published else None,
        language=data["language"],
        body=data["body"],
        quotations=tuple(ExtractedQuotation(**q) for q in data["quotations"]),
        entities=tuple(
            ExtractedEntity(
                name=e["name"],
                kind=e["kind"],
                aliases=tuple(e["aliases"]),
                mentions=tuple(tuple(m) for m in e["mentions"]),
            )
            for e in data["entities"]
        ),
    )


def extract_in_subprocess(
    items: Iterable[tuple[str, str]], *, model: str, timeout: float = 600
) -> list[ExtractedArticle]:
    """Same results as ``extract_many(items, model=model)``, computed in a child process."""
    payload = json.dumps([list(item) for item in items])
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "archive.outofprocess", model],
            input=payload,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExtractionFailed(f"extraction took longer than {timeout:.0f} s") from exc
    if completed.returncode != 0:
        detail = completed.stderr.strip().splitlines()[-1:] or ["no error output"]
        raise ExtractionFailed(f"extraction process failed: {detail[0]}")
    return [from_json(item) for item in json.loads(completed.stdout)]


def main(argv: list[str]) -> int:
    from archive.extraction import extract_many

    items = [(raw, source) for raw, source in json.load(sys.stdin)]
    results = [to_json(article) for article in extract_many(items, model=argv[1])]
    json.dump(results, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
