"""Extraction pipeline: raw scraped article text in, ``ExtractedArticle`` out.

Pure standard-library Python, no database and no Django, so it can run anywhere (tests,
management commands, batch jobs) and every stored row can name the pipeline version that
produced it. The stages are small modules: ``text`` (normalisation), ``cleaning`` (title,
metadata, body), ``entities`` (names and mentions), ``quotes`` (quotations and speakers).
"""

from __future__ import annotations

from .pipeline import PIPELINE_VERSION, extract

__all__ = ["PIPELINE_VERSION", "extract"]
