"""Grammatical gender of the people an article names, so "she said" finds a woman.

A pronoun that points at the wrong person is a misattributed quotation, the worst error
an archive can make. The evidence is what the text itself says about each person, counted
as votes: an honorific or kin/role noun right before a mention ("Mrs", "his wife",
"spokeswoman"), an apposition right after it (", a spokeswoman,"), a pronoun that refers
back to the person later in the same sentence ("Ruiz said her house ...") and, weakest,
a common given name. A person with no evidence has no gender and stays compatible with
both pronouns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from .lexicon import ADDRESS_AFTER, FEMALE_NAMES, FEMALE_NOUNS, MALE_NAMES, MALE_NOUNS
from .text import fold

MALE = "m"
FEMALE = "f"

_WORD = re.compile(r"[^\W\d_]+")
_BEFORE = re.compile(r"([^\W\d_]+)\.?,?\s+(?:[^\W\d_]+\s+)?$")
_APPOSITION = re.compile(r"^,\s+(?:an?|the|[^\W\d_]+['’]s)\s+(?:[\w\-]+\s+){0,3}?([^\W\d_]+)\b")
_BACK_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s|[“”\"«»]")


class _Surface(Protocol):
    surface: str


class _Named(Protocol):
    name: str
    occurrences: Sequence[_Surface]


# Titles before a West African name: "Nana" is borne by chiefs and queen mothers alike,
# "Alhaji" by men who made the pilgrimage and "Hajia" by women.
_NEUTRAL_TITLES = frozenset({"nana", "hon", "dr", "prof", "justice", "chief", "oba"})
_TITLE_GENDER = {
    "alhaji": MALE, "barima": MALE, "togbe": MALE, "nii": MALE, "ato": MALE, "pak": MALE,
    "hajia": FEMALE, "naa": FEMALE, "weizero": FEMALE, "weizerit": FEMALE, "bu": FEMALE,
    "ibu": FEMALE,
}  # fmt: skip
_JAPANESE_KO = re.compile(r"^(?!.*[aeiou]hiko$).*[aeiou]ko$")


def noun_gender(word: str) -> str | None:
    """The gender a noun of kinship or role carries ("sister", "spokesman"), if any."""
    return _noun_gender(word)


def _noun_gender(word: str) -> str | None:
    f = fold(word)
    if f in MALE_NOUNS:
        return MALE
    if f in FEMALE_NOUNS:
        return FEMALE
    return None


# Names that say whose son or daughter the person is: Malay "bin"/"binti", Arabic
# "ibn"/"bint", Icelandic "-dóttir", East Slavic patronymics ("-ovna", "-ovich").
_DAUGHTER_WORDS = frozenset({"binti", "bte", "bint"})
_SON_WORDS = frozenset({"bin", "ibn", "a/l"})
_DAUGHTER_ENDINGS = ("dottir", "ovna", "evna", "ivna")
_SON_ENDINGS = ("ovich", "evich", "ovych", "evych")


def _patronymic_gender(name: str) -> str | None:
    words = [fold(w) for w in name.split()]
    inner = words[1:-1] if len(words) > 2 else []
    if any(w in _DAUGHTER_WORDS for w in inner) or any(
        w.endswith(_DAUGHTER_ENDINGS) for w in words[1:]
    ):
        return FEMALE
    if any(w in _SON_WORDS for w in inner) or any(w.endswith(_SON_ENDINGS) for w in words[1:]):
        return MALE
    return None


def pronoun_gender(word: str) -> str | None:
    """The gender a personal pronoun asks for; None for "they", "it" and anything else."""
    f = word.lower()
    if f in ("he", "him", "his", "himself"):
        return MALE
    if f in ("she", "her", "hers", "herself"):
        return FEMALE
    return None


def gender_before(body: str, start: int) -> str | None:
    """The gender the words just before a mention give it ("Mrs", "his widow,")."""
    before = _BEFORE.search(body, max(0, start - 30), start)
    if before is None:
        return None
    found = {g for word in _WORD.findall(before.group(0)) if (g := _noun_gender(word))}
    return found.pop() if len(found) == 1 else None


def genders(body: str, index: Sequence[tuple[int, int, _Named]]) -> dict[str, str]:
    """Gender by entity name for each person mention in ``index`` that has evidence."""
    votes: dict[str, Counter[str]] = {}  # float votes: Counter holds any number
    starts = [s for s, _, _ in index]
    for i, (start, end, draft) in enumerate(index):
        counter = votes.setdefault(draft.name, Counter())
        if gender := gender_before(body, start):
            counter[gender] += 3
        after = _APPOSITION.match(body, end, min(len(body), end + 80))
        if after and (gender := _noun_gender(after.group(1))):
            counter[gender] += 3
        # a pronoun later in the same sentence, before anyone else is named
        limit = starts[i + 1] if i + 1 < len(starts) else len(body)
        stop = _SENTENCE_END.search(body, end, min(limit, end + 200))
        window_end = stop.start() if stop else min(limit, end + 200)
        back = _BACK_PRONOUN.search(body, end, window_end)
        if back and (gender := pronoun_gender(back.group(1))):
            counter[gender] += 2
    for _start, _end, draft in index:
        if gender := _patronymic_gender(draft.name):
            votes[draft.name][gender] += 3
        parts = [fold(w) for w in draft.name.split()]
        while len(parts) > 1 and parts[0] in _NEUTRAL_TITLES:
            parts = parts[1:]  # "Nana Osei Bonsu II": a chief's or queen mother's title
        if parts and (gender := _TITLE_GENDER.get(parts[0])):
            votes[draft.name][gender] += 2.5  # "Alhaji Seidu", "Hajia Mariama"
        forms = {fold(o.surface).split()[-1] for o in draft.occurrences if o.surface.split()}
        for address, gender in ADDRESS_AFTER.items():
            if address in forms:
                votes[draft.name][gender] += 3  # "Hüseyin Bey", "Ayşe Hanım"
        first = parts[0] if parts else ""
        first = first if first in MALE_NAMES or first in FEMALE_NAMES else first.split("-")[0]
        # a known given name outweighs one later pronoun, which may mean someone else
        # ("His lawyer, Clémence Roussel, said that he would appeal"), not a title
        if first in MALE_NAMES:
            votes[draft.name][MALE] += 2.5
        elif first in FEMALE_NAMES:
            votes[draft.name][FEMALE] += 2.5
        elif len(draft.name.split()) > 1 and len(first) > 2:
            # weakest: Romance and Slavic given names ending in -a are mostly women's,
            # in -o men's ("Teresa", "Fabrizio"); half a vote, any real evidence wins
            # (Japanese given names: "Yoshiko", "Michiko" are women's, "Akihiko" and
            # "Daisuke" men's)
            if first.endswith("a") or (_JAPANESE_KO.search(first) and len(parts) > 1):
                votes[draft.name][FEMALE] += 0.5
            elif first.endswith(("o", "suke")):
                votes[draft.name][MALE] += 0.5
    result = {}
    for name, counter in votes.items():
        if counter[MALE] != counter[FEMALE]:
            result[name] = MALE if counter[MALE] > counter[FEMALE] else FEMALE
    return result
