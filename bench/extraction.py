"""Throughput of the whole extraction pipeline against the bare spaCy model.

    .venv/bin/python bench/extraction.py [--words 200000] [--model NAME] [--batch-size 32]

Builds a deterministic corpus of at least ``--words`` words of scraped-page-like articles
(paragraphs of the seed files shuffled into new pages, with their page furniture), then in
the same run times

- bare:     ``list(nlp.pipe(pages))`` with the model exactly as ``spacy.load`` gives it, and
- pipeline: ``list(extract_many(pages))``: cleaning, spaCy, quotations, attribution, entities.

and prints words per second for each and the cost ratio (bare speed / pipeline speed).
The goal is a ratio of at most 1.25. Speed targets live here, not in timed tests.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.extraction import extract_many  # noqa: E402
from archive.extraction.nlp import DEFAULT_MODEL  # noqa: E402


def build_corpus(min_words: int, *, seed: int = 15012018) -> list[str]:
    """Pages of 8-20 paragraphs drawn from the seeds, each with a headline line."""
    paragraphs: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in text.split("\n\n") if len(p.split()) >= 4]
    rng = random.Random(seed)
    pages, words = [], 0
    while words < min_words:
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(8, 20)))
        page = f"Report number {len(pages) + 1} on the events\n\n" + "\n\n".join(body)
        pages.append(page)
        words += len(page.split())
    return pages


def timed(label: str, run, words: int) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    speed = words / seconds
    print(f"{label:<10} {seconds:8.2f} s  {speed:10,.0f} words/s")
    return speed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    import spacy

    pages = build_corpus(args.words)
    words = sum(len(p.split()) for p in pages)
    print(f"corpus: {len(pages)} pages, {words:,} words; model {args.model}")
    nlp = spacy.load(args.model)
    # Warm both paths so model loading and first-call costs are not timed.
    list(nlp.pipe(pages[:4]))
    list(extract_many([(p, "warm-up") for p in pages[:4]], model=args.model))

    bare = timed("bare", lambda: list(nlp.pipe(pages, batch_size=args.batch_size)), words)
    items = [(p, f"page-{i}.txt") for i, p in enumerate(pages)]
    pipeline = timed(
        "pipeline",
        lambda: list(extract_many(items, model=args.model, batch_size=args.batch_size)),
        words,
    )
    ratio = bare / pipeline
    verdict = "within" if ratio <= 1.25 else "OVER"
    print(f"ratio      {ratio:8.2f}x the bare model's cost ({verdict} the 1.25x goal)")


if __name__ == "__main__":
    main()
