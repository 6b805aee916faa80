"""Shared fixtures: the seed corpus imported once per test that asks for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core.management import call_command

# Browser tests drive a live server from the test thread (pytest-django's live_server).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def seeded(db):
    """The five seed articles imported through the real command."""
    call_command("import_articles", str(SEEDS), verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def _extract_each_text_once():
    """Memoise the pipeline for the session: it is a pure function of (text, source, model),
    and running spaCy on the same five seeds for every test that imports them would make
    the suite several times slower without testing anything more."""
    import archive.importing as importing

    original = importing.extract_many
    cache: dict = {}

    def memoised(items, *, model, batch_size=32):
        items = list(items)
        missing = [item for item in items if (item, model) not in cache]
        if missing:
            results = original(missing, model=model, batch_size=batch_size)
            for item, result in zip(missing, results, strict=True):
                cache[(item, model)] = result
        return [cache[(item, model)] for item in items]

    importing.extract_many = memoised
    yield
    importing.extract_many = original
