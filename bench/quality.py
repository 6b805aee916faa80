"""Measure the extraction pipeline against the gold annotations of the seed pages.

Usage, from the repository root::

    .venv/bin/python bench/quality.py [--model NAME] [--details]

Runs ``archive.extraction.extract`` (default arguments) over every ``seeds/*.txt`` that has
a gold file in ``tests/data/seeds/`` and prints per-file and total figures from
``archive.extraction.evaluation``. ``--model`` sets ``ARCHIVE_SPACY_MODEL`` for this run
before the pipeline is imported; the pipeline decides what to do with it. No Django needed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="spaCy model name (sets ARCHIVE_SPACY_MODEL)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of raw .txt pages")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of gold .json files")
    parser.add_argument("--details", action="store_true", help="list every miss per file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.model:
        os.environ["ARCHIVE_SPACY_MODEL"] = args.model
    # Imported late so --model is in the environment before the pipeline loads.
    from archive.extraction import extract
    from archive.extraction.evaluation import (
        combine,
        format_details,
        format_table,
        load_annotation,
        score_article,
    )

    gold_files = sorted(args.gold.glob("*.json"))
    if not gold_files:
        print(f"no gold annotations in {args.gold}", file=sys.stderr)
        return 1
    scores = []
    started = time.perf_counter()
    for gold_path in gold_files:
        gold = load_annotation(gold_path)
        raw = (args.seeds / gold["file"]).read_text(encoding="utf-8")
        scores.append(score_article(extract(raw, source=gold["file"]), gold))
    elapsed = time.perf_counter() - started
    print(format_table(scores, combine(scores)))
    print(f"{len(scores)} files in {elapsed:.1f}s")
    if args.details:
        for score in scores:
            print()
            print(format_details(score))
    return 0


if __name__ == "__main__":
    sys.exit(main())
