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
