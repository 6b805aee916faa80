"""Extraction pipeline: raw scraped article text in, ``ExtractedArticle`` out.

Plain Python on top of spaCy (loaded lazily, see ``nlp``), no database and no Django, so
it can run anywhere (tests, management commands, batch jobs) and every stored row can
name the pipeline version that produced it. The stages are small modules: ``text``
(normalisation), ``cleaning`` (title, metadata, body), ``entities`` (names and mentions),
``quotes`` (quotations and speakers), ``nlp`` (the spaCy model), ``pipeline`` (the order).
"""

from __future__ import annotations

from .nlp import DEFAULT_MODEL, ModelNotAvailable
from .pipeline import PIPELINE_VERSION, extract, extract_many

__all__ = ["DEFAULT_MODEL", "PIPELINE_VERSION", "ModelNotAvailable", "extract", "extract_many"]
