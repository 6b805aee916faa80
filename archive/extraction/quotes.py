"""Quotations in the cleaned body and who said them.

Quote marks in scraped news are unreliable: curly, straight, guillemets, single marks that
double as apostrophes, and marks that are never closed. The scanner therefore works one
paragraph at a time (a quotation never crosses a paragraph) and closes an unclosed mark at
the paragraph end or at the next opening mark of the same style. Attribution looks for a
speech verb next to the quotation, then falls back to the previous quotation's speaker.
Confidence separates real speech (a clause with a speaker and a verb) from scare quotes
and titles, which stay in the data for editors but rank low.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import NamedTuple

from .entities import EntityDraft
from .gender import genders, noun_gender, pronoun_gender
from .lexicon import (
    COMMON_CAPITALISED,
    COMPANY_WORDS,
    CUE_PATTERN,
    CUE_RE,
    CUE_VERBS,
    EN_STOPWORDS,
    GAZETTEER,
    HONORIFICS,
    INVERTED_CUES,
    LEGAL_FORMS,
    ORG_KEYWORDS,
    PERSON_NOUNS,
    RELATION_NOUNS,
    ROLES,
    TITLE_SMALL_WORDS,
    word_set,
)
from .text import fold, words
from .types import ORGANIZATION, PERSON, ExtractedQuotation

_CLOSERS = {"“": "”", "„": "“”", "«": "»", "‹": "›", "「": "」", "『": "』", '"': '"”'}
_SINGLE_OPENERS = "‘'"
_SINGLE_CLOSERS = "’'"
_LEAD = r"^[\s,.;:!?—–\-]*"
_ADVERB = r"(?:\w+ly\s+|also\s+|then\s+|later\s+|again\s+|once\s+|used\s+to\s+|would\s+)?"
_PRONOUN_AFTER = re.compile(_LEAD + rf"(?P<sp>[Hh]e|[Ss]he)\s+{_ADVERB}(?P<cue>{CUE_PATTERN})\b")
_INVERTED = "|".join(sorted(INVERTED_CUES, key=len, reverse=True))
_CUE_FIRST = re.compile(_LEAD + rf"(?P<cue>{_INVERTED}|according to)\s+")
_ASKED_FIRST = re.compile(_LEAD + r"(?P<cue>asked|asks|wondered|wonders)\s+")
_NP_STOP = "|".join(sorted(EN_STOPWORDS - {"a", "an", "the"}, key=len, reverse=True))
_NP = (
    r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]y)"
    rf"(?:\s+(?!(?:{_NP_STOP})\b)(?:[a-z][\w\-’']*|[A-Z]{{2,4}}s?\b|\d{{1,3}}-year-old\b)){{1,4}}"
)
# "a Kingsmere fan", "one PRL volunteer", "a Coast Guard rescuer": proper adjectives
# inside a description
_NP_NAMED = (
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?"
    rf"(?:\s+(?!(?:{_NP_STOP})\b)[a-z][\w\-’']*){{1,2}}"
)
_NP_AFTER = re.compile(_LEAD + rf"(?P<sp>{_NP})\s+{_ADVERB}(?P<cue>{CUE_PATTERN})\b")
# "“…,” one evacuee, a mother of three sheltering at the Astrodome, told our correspondent"
_NP_APPOSITION_AFTER = re.compile(
    _LEAD + rf"(?P<sp>{_NP})\s*,[^,“”\"«»]{{1,140}},\s*{_ADVERB}(?P<cue>{CUE_PATTERN})\b"
)
_NP_START = re.compile(rf"(?P<sp>{_NP_NAMED}|{_NP})\b")
_NP_BEFORE_CUE = re.compile(rf"(?:^|\s)(?P<sp>{_NP})\s+{_ADVERB}$")
_PRONOUN_BEFORE_CUE = re.compile(r"\b(?P<sp>[Hh]e|[Ss]he)\s+(?:\w+\s+){0,2}$")
_APPOSITION = re.compile(r"^(?:['’]s)?\s*(?:,[^,\n.“”\"]{1,100},)?\s*" + _ADVERB)
# A quotation used as the name of a thing: “…” campaign / plan / report …
_NAME_NOUN_AFTER = re.compile(
    r"^[ ]+(?:campaign|programme|program|plan|initiative|scheme|project|operation|report"
    r"|slogan|motto|banner|bill|policy|strategy|package|protocol|agreement|deal|tour"
    r"|festival|exhibition|series|podcast|hashtag|movement|curse|doctrine|rule|rules)\b"
)
# … or announced as a work: "In a paper published this month, “…”"
_WORK_BEFORE_QUOTE = re.compile(
    r"(?i)\b(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+)?(?:paper|report|study|book"
    r"|novel|memoir|film|documentary|article|song|album|play|series|podcast|exhibition"
    r"|slogan|motto|tagline|jingle|catchphrase|anthem)"
    r"(?:\s+[\w\-]+){0,5},\s*$"
    # "author of “…”", "the 2021 “Report on …”": a work by its title
    r"|\b(?:author|writer|director|editor|producer|composer)s? of\s*$"
    # "charges of “causing death by conscious negligence”": an offence by its legal name
    r"|\b(?:charges?|counts?|offen[cs]es?|crimes?) of\s*$|\b(?:charged with|accused of"
    r"|convicted of|guilty of)\s*$"
    r"|\b(?:the|its|his|her|their)\s+(?:19|20)\d\d\s*$"
)
# "a report titled “…”", "a neighbourhood group called “…”": the name of a work or group
_NAMED_THING = re.compile(
    r"(?i)\b(?:titled|entitled|(?:group|page|campaign|movement|account|association|network"
    r"|committee|coalition|collective|initiative|project|programme|program|operation|plan"
    r"|app|hashtag|event|festival)\s+(?:called|named|dubbed))\s*$"
)
_SCARE_INTRO = re.compile(
    r"(?i)\b(?:so-called|known as|labell?ed(?: as)?|calls?|called|dubbed|termed|nicknamed|described"
    r"(?: \w+)? as|the word|the term|branded(?: as)?|as an?|as)\s*$"
    # "The families now call Cárdenas ‘…’": a name given to someone
    r"|\b(?:call|calls|called|dub|dubs|dubbed|nickname|nicknamed)\s+(?:him|her|them|it"
    r"|(?-i:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}))\s*$"
)
# Words on display or sung by a crowd, not anyone's statement
_DISPLAYS = r"(?:banners?|placards?|signs?|posters?|billboards?)"
_DISPLAY_INTRO = re.compile(
    rf"(?i)\b(?:{_DISPLAYS}|t-shirts?|graffiti|slogans?|chants?|stickers?)"
    r"(?:\s+(?:that|which))?\s+(?:reading|read|reads|saying|bearing|of)\s*$"
    # "A faded banner at the gate still read «…»"
    rf"|\b{_DISPLAYS}\s+(?:[\w’'\-]+\s+){{1,4}}?(?:still\s+)?"
    r"(?:read|reads|reading|said|says|bore|bears)\s*:?\s*$"
    r"|\b(?:chanting|chanted|sang|singing|sung)\s*$"
)
_LABEL_WORDS = word_set("""
    update note editor correction source sources warning keys photo video watch read
    related live also summary background context opinion analysis exclusive disclaimer
    caption credit tags topics topic transcript translation question answer step tip
    example part chapter day week date time location where when what why how who breaking
    urgent important attention follow share subscribe
    """)
_DESCRIPTOR_NOUNS = word_set("""
    man woman men women officer reporter voice protester protesters soldier witness
    resident interviewer host anchor journalist narrator speaker caller crowd policeman
    child boy girl student mother father unidentified unknown
    """)
# "Name Name: …", also "Yusmary Pacheco, Kelvin’s mother: …" (a description after a comma)
# ("Neighbour (off camera): …": a stage direction after the label)
_TRANSCRIPT = re.compile(
    r"(?P<label>[^\W\d_][\w’'.\-]*(?: [\w’'.\-]+){0,4})(?:, [^\W\d_][^:,\n]{1,40})?"
    # a stage direction ("(off camera)") or a party ("Cllr Aoife Ní Bhriain (SF):")
    r"(?P<direction> \((?:[a-z][^()\n:]{1,30}|[A-Z][\w\-]{0,12})\))?:[ ]"
    r"(?P<utt>\S)"
)
_ABBREVIATIONS = word_set(
    "mr mrs ms dr prof sr st jr jan feb mar apr jun jul aug sep sept oct nov dec no vs "
    "gen col lt sgt capt gov sen rep inc corp co"
)


class Subject(NamedTuple):
    """The grammatical subject of a speech verb, from a dependency parse."""

    start: int
    end: int
    head: int  # offset of the subject's head word
    common_noun: bool  # the head is a common noun ("union", "officials")
    appositions: tuple[tuple[int, int], ...] = ()
    verb: int = -1  # offset of the verb it is the subject of


@dataclass(frozen=True)
class _Span:
    start: int  # text start (inside the marks)
    end: int
    open_at: int  # position of the opening mark, or the label start for transcripts
    close_at: int  # position of the closing mark, or paragraph end
    paragraph: tuple[int, int]
    single: bool = False
    label: tuple[int, int] | None = None
    resume_at: int = -1  # where text after the quotation starts (after the mark)
    inside: int = -1  # for a quotation inside another, where the outer one's text starts


@dataclass
class _Attribution:
    speaker: str | None = None
    as_written: str | None = None
    cue: str | None = None
    strength: float = 0.0  # 0.35 direct cue, 0.25 inherited or colon, 0.1 cue only


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a body joined with blank lines."""
    spans = []
    pos = 0
    for part in body.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def _strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _intro_cut(body: str, start: int, end: int) -> int:
    """An unclosed quote cut by the next quote ends before a "he shouts:" lead-in."""
    content = body[start:end].rstrip()
    if not content.endswith(":"):
        return end
    stops = [m.end() for m in re.finditer(r"[.!?](?=\s)", content)]
    return start + stops[-1] if stops else end


def _scan_paragraph(body: str, ps: int, pe: int) -> list[_Span]:
    spans: list[_Span] = []
    opened: tuple[int, str] | None = None

    def emit(open_at: int, close_at: int, *, closed: bool, by_opener: bool, mark: str) -> None:
        end = close_at
        if by_opener:
            end = _intro_cut(body, open_at + 1, close_at)
        start, end = _strip_span(body, open_at + 1, end)
        text = body[start:end]
        if not any(c.isalnum() for c in text):
            return
        single = mark in _SINGLE_OPENERS
        # an unclosed single mark may be an apostrophe, unless it opens the paragraph
        # (British style leaves a quotation that runs on to the next paragraph open)
        opens_paragraph = not body[ps:open_at].strip()
        # … or the next paragraph reopens with a single mark: the same quotation goes on
        runs_on = close_at >= pe and bool(re.match(r"\s*[‘']", body[pe : pe + 6]))
        # ("he said: ‘Give me a fortnight …" never closed: a colon introduces speech)
        introduced = bool(re.search(r":\s*$", body[ps:open_at]))
        open_ok = closed or by_opener or opens_paragraph or runs_on or introduced
        # (a closed ‘…’ pair is quotation marks even around two words: "his client was
        # ‘genuinely remorseful’"; a straight ' may be an apostrophe)
        short = len(words(text)) < 3 and not (closed and mark == "‘")
        if single and (short or not open_ok):
            return
        resume = end if by_opener else close_at + 1
        spans.append(_Span(start, end, open_at, close_at, (ps, pe), single, None, resume))

    inner_double = False  # a “…” quoted inside a ‘…’ quotation
    for i in range(ps, pe):
        c = body[i]
        prev = body[i - 1] if i > ps else " "
        nxt = body[i + 1] if i + 1 < pe else " "
        if opened is None:
            if (
                (c in _CLOSERS and c != '"')
                or (c == '"' and not nxt.isspace())
                or (c in _SINGLE_OPENERS and not prev.isalnum() and nxt.isalnum())
            ):
                opened = (i, c)
            continue
        open_at, mark = opened
        if mark in _SINGLE_OPENERS:
            if c == "“" or (c == '"' and not prev.isalnum() and nxt.isalnum() and not inner_double):
                inner_double = True
                continue
            if inner_double and c in '"”':
                inner_double = False
                continue
            closes = (
                (c in _SINGLE_CLOSERS or c in '"”')
                and not prev.isspace()
                and not (prev.isalnum() and nxt.isalnum())
                and not _plural_possessive(body, i, pe)
            )
            reopens = c in _SINGLE_OPENERS and not prev.isalnum() and nxt.isalnum()
        elif mark == '"':
            closes = c in '"”' and not prev.isspace()
            reopens = c == '"' and prev.isspace() and not nxt.isspace()
        else:
            # («they called us "grant-eaters" and "agents"»: straight marks inside a
            # quotation whose own closer is still to come are inner quotes)
            straight = c == '"' and not prev.isspace()
            closes = c in _CLOSERS[mark] or (
                straight and not any(x in body[i:pe] for x in _CLOSERS[mark] if x != '"')
            )
            reopens = c == mark
        if closes:
            emit(open_at, i, closed=True, by_opener=False, mark=mark)
            opened = None
            inner_double = False
        elif reopens:
            emit(open_at, i, closed=False, by_opener=True, mark=mark)
            opened = (i, c)
    if opened is not None:
        open_at, mark = opened
        # (the next paragraph opening with a mark carries the same quotation on, British
        # style: the writer did not forget to close it)
        runs_on = bool(re.match(r"\s*[‘'“\"«„]", body[pe : pe + 6]))
        mid_paragraph = body[ps:open_at].strip() and not runs_on
        cut = _narrative_cut(body, open_at + 1, pe) if mid_paragraph else pe
        emit(open_at, cut, closed=False, by_opener=cut < pe, mark=mark)
    return spans


_SPEECH_PERSON = re.compile(r"\b(?:I|[Ww]e|[Uu]s|[Oo]ur|[Mm]e|[Mm]y|[Yy]ou|[Yy]our)\b")
_NARRATIVE_OPENER = re.compile(r"^(?:He|She|They|His|Her|Their|And as|But as|Meanwhile)\b")


def _narrative_cut(body: str, start: int, end: int) -> int:
    """Where an unclosed quotation opened mid-paragraph most likely ended.

    The writer forgot the closing mark, so the paragraph's narration runs on inside it.
    Speech is in the first or second person; the first later sentence with neither that
    names someone or opens like narration ("She eventually fled") is the writer again.
    """
    sentences = [m.end() for m in re.finditer(r"[.!?][”’\"']?\s+(?=[A-Z])", body[start:end])]
    for offset in sentences:
        cut = start + offset
        following = re.split(r"(?<=[.!?])\s+", body[cut:end], maxsplit=1)[0]
        # ("They already knew who … They made my mother and me go out": the speaker's
        # "my" further on says the speech runs on)
        if _SPEECH_PERSON.search(body[cut:end]):
            continue
        # narration names someone as the subject ("Pérez eventually fled"); a sentence
        # that merely mentions a place or a body ("The AVS will judge …") may be speech
        named = re.match(r"([A-Z][\w’'\-]+)(?:\s[A-Z][\w’'\-]+)*\s+[a-z]", following)
        if (named and fold(named.group(1)) not in COMMON_CAPITALISED) or (
            _NARRATIVE_OPENER.match(following)
        ):
            return cut
    return end


_AFTER_CLOSING = word_set("he she they it we i and or but as while before after") | CUE_VERBS


def _plural_possessive(body: str, i: int, pe: int) -> bool:
    """ "the officers’ families": a mark after a plural "s" that a noun follows is an
    apostrophe, not the end of a single-quoted quotation ("… the voters’ he said")."""
    if body[i - 1 : i] not in ("s", "S") or body[i] not in "'’":
        return False
    following = re.match(r" ([a-z]+)\b", body[i + 1 : min(pe, i + 40)])
    return following is not None and following.group(1) not in _AFTER_CLOSING


def _transcript(body: str, ps: int, pe: int) -> _Span | None:
    """``Name Name: utterance`` at a paragraph start (interview or video transcripts)."""
    match = _TRANSCRIPT.match(body, ps, pe)
    if not match:
        return None
    label = match.group("label")
    if label in ("Q", "A"):  # a question-and-answer section
        start, end = _strip_span(body, match.start("utt"), pe)
        return _Span(start, end, ps, pe, (ps, pe), label=(ps, ps + 1), resume_at=pe)
    tokens = label.split()
    folded = [fold(t) for t in tokens]
    if label.isupper() and not (_exchange_label(body, label) or _in_exchange(body, label, ps, pe)):
        return None
    if folded[0] in _LABEL_WORDS or folded[0] in COMMON_CAPITALISED:
        return None
    if any(c.isdigit() for c in label) or len(label) < 2:
        return None
    all_capitalised = all(t[:1].isupper() for t in tokens)
    # ("Presiding judge:", "Defence lawyer:": a post in sentence case)
    post = len(tokens) <= 3 and tokens[0][:1].isupper() and folded[-1] in ROLES | PERSON_NOUNS
    if not all_capitalised and folded[0] not in _DESCRIPTOR_NOUNS and not post:
        return None
    if any(f in _LABEL_WORDS for f in folded):
        return None
    utter_start = match.start("utt")
    if body[utter_start] in "“\"«„‘'":
        return None  # the quote marks carry it; the scanner handles it
    start, end = _strip_span(body, utter_start, pe)
    if len(words(body[start:end])) < 2:
        return None
    utterance = body[start:end]
    if post and not all_capitalised and not re.search(r"[.!?…]$", utterance.rstrip("”\"’'")):
        return None  # "Guiuan mayor: sea water in the town plaza": a headline
    # (a stage direction, "Neighbour (off camera):", only ever follows a speaker)
    spoken = _SPEECH_PERSON.search(utterance) or "?" in utterance or match.group("direction")
    dateline = len(tokens) == 1 or ps == 0 or " ".join(folded) in GAZETTEER
    # ("MONTILLA: Commissioner, they were …": one turn in an exchange of surnames in capitals)
    exchange = ps > 0 and label.isupper() and _exchange_label(body, label)
    if dateline and not (spoken or exchange or _in_exchange(body, label, ps, pe)):
        # "Bhandara: At least seven people were killed", "Abu Dhabi: The court has …":
        # a dateline, not speech
        return None
    label_span = (match.start("label"), match.end("label"))
    return _Span(start, end, ps, pe, (ps, pe), label=label_span, resume_at=pe)


# ("BERRÍOS:", "PÉREZ QUINTERO:": capitals of any alphabet, up to three words)
_CAPS_LABEL = re.compile(r"(?m)^([^\W\d_][\w’'\-]{2,}(?: [^\W\d_][\w’'\-]+){0,2}):[ ]\S")
# the paragraph just before, or just after, is another speaker's line
_LABEL_LINE = re.compile(r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?(?: \([^()\n]{1,30}\))?: \S")


def _in_exchange(body: str, label: str, ps: int, pe: int) -> bool:
    """ "Judge: That is not the purpose of this hearing.": a line between other speakers'
    lines, by a speaker who takes another turn (a lone "Caracas:" dateline does not)."""
    previous_start = body.rfind("\n\n", 0, max(0, ps - 2))
    previous_start = previous_start + 2 if previous_start >= 0 else 0
    beside = (previous_start < ps and _LABEL_LINE.match(body, previous_start)) or (
        pe + 2 < len(body) and _LABEL_LINE.match(body, pe + 2)
    )
    if not beside:
        return False
    turns = re.findall(rf"(?m)^{re.escape(label)}(?: \([^()\n]{{1,30}}\))?: ", body)
    return len(turns) >= 2


def _exchange_label(body: str, label: str) -> bool:
    """ "ALVAREZ: …" / "HOLLIS: …": a hearing's or interview's exchange printed with
    surnames in capitals; a label only when at least two such speakers take turns (one
    "UPDATE:" or "BREAKING:" line is a heading)."""
    if any(fold(w) in _LABEL_WORDS | COMMON_CAPITALISED for w in label.split()):
        return False
    speakers = {m.group(1) for m in _CAPS_LABEL.finditer(body) if m.group(1).isupper()}
    speakers = {
        x
        for x in speakers - {"Q", "A"}
        if not any(fold(w) in _LABEL_WORDS | COMMON_CAPITALISED for w in x.split())
    }
    return label in speakers and len(speakers) >= 2


def transcript_labels(body: str) -> list[tuple[int, int]]:
    """Spans of capitalised transcript labels: these name people who speak."""
    labels = []
    for ps, pe in paragraphs(body):
        span = _transcript(body, ps, pe)
        if span is not None and span.label is not None:
            text = body[span.label[0] : span.label[1]]
            # ("Reporter:" is a role, not a name)
            single_noun = " " not in text and fold(text) in _DESCRIPTOR_NOUNS | PERSON_NOUNS
            capitalised = all(t[:1].isupper() for t in text.split())
            # ("DPP:" after "deputy public prosecutor (DPP)": a post's abbreviation)
            defined = text.isupper() and f"({text})" in body
            if text not in ("Q", "A") and capitalised and not single_noun and not defined:
                labels.append(span.label)
    return labels


# An embedded post's header, a line of its own: "Gustavo Ledezma Ruiz ✔ @GLedezmaRuiz"
_POST_HEADER = re.compile(r"(?P<name>[^\W\d_][^@\n]{1,60}?)\s*[✔✓☑✅]?\ufe0f?\s*\(?@\w{2,30}\)?\s*")


def _embedded_post(body: str, previous: tuple[int, int] | None, ps: int, pe: int):
    """The text of a post embedded under its author's name and handle, which carries no
    quote marks: the whole paragraph is the author's words."""
    if previous is None:
        return None
    header = _POST_HEADER.fullmatch(body, previous[0], previous[1])
    if header is None or body[ps] in "“\"«„‘'" or len(words(body[ps:pe])) < 4:
        return None
    start, end = _strip_span(body, ps, pe)
    return _Span(start, end, ps, pe, (ps, pe), label=header.span("name"), resume_at=pe)


def _find_spans(body: str) -> list[_Span]:
    spans: list[_Span] = []
    previous: tuple[int, int] | None = None
    for ps, pe in paragraphs(body):
        if pe <= ps:
            continue
        post, previous = _embedded_post(body, previous, ps, pe), (ps, pe)
        if post is not None:
            spans.append(post)
            continue
        transcript = _transcript(body, ps, pe)
        if transcript is not None:
            spans.append(transcript)
            # someone quoted inside an answer: ‹You made me a thief,› she said
            for inner in _scan_paragraph(body, transcript.start, pe):
                spans.append(replace(inner, paragraph=(ps, pe)))
            continue
        for span in _scan_paragraph(body, ps, pe):
            spans.append(span)
            spans.extend(_nested(body, span))
    return spans


def _nested(body: str, outer: _Span) -> list[_Span]:
    """Closed quotations inside a quotation: “Niamh told me: ‘Same corner as always.’”"""
    if len(words(body[outer.start : outer.end])) < 4:
        return []
    return [
        replace(inner, paragraph=outer.paragraph, inside=outer.start)
        for inner in _scan_paragraph(body, outer.start, outer.end)
        if inner.close_at < outer.end
    ]


def _sentence_starts(body: str, ps: int, pe: int) -> list[int]:
    starts = [ps]
    for m in re.finditer(r"[.!?…]+[”\"’')]*\s+(?=[“\"‘'(«]?[^\W_])", body[ps:pe]):
        window = body[max(ps, ps + m.end() - 40) : ps + m.end()]
        before = re.findall(r"(\w+)[.!?…]*[”\"’')]*\s*$", window)
        word = before[-1] if before else ""
        if fold(word) in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue
        if body[ps + m.end()].islower():
            continue  # "Sen. Joan Kessling (D-Mich.) pressed …": no sentence starts in lower case
        starts.append(ps + m.end())
    return starts


# How far back (characters) a pronoun may look for its person: a few paragraphs.
_PRONOUN_REACH = 2500


class _People:
    """Lookup of person mentions by offset, for subjects and pronouns."""

    def __init__(
        self,
        index: list[tuple[int, int, EntityDraft]],
        *,
        antecedents: _People | None = None,
        gender: dict[str, str] | None = None,
        subjects: dict[int, Subject] | None = None,
        subject_heads: list[int] | None = None,
        speaker_heads: list[int] | None = None,
    ) -> None:
        self.index = index
        self.starts = [s for s, _, _ in index]
        # people a "he"/"she" can refer to: named persons outside quotations
        self.antecedents = antecedents
        self.gender = gender or {}
        self.subjects = subjects or {}
        self.subject_heads = sorted(subject_heads or ())
        self.speaker_heads = sorted(speaker_heads or ())
        self.body = ""
        self.verbs = sorted(self.subjects)
        self.clauses: list[Subject] = []
        self.clause_verbs: list[int] = []
        self.quoted: list[tuple[int, int]] = []

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def learn_roles(self, body: str) -> None:
        """Which role each person is introduced with: "Chancellor Miriam Ashdown-Clarke",
        "Mayor X", "X, the outgoing mayor,"; for "the chancellor said" later on."""
        self.roles: list[tuple[int, str, str]] = []
        for start, end, draft in self.index:
            if draft.kind != PERSON:
                continue
            # ("Justice Datuk Wan Shahrizal": the post stands before the honours)
            adjacent = re.search(
                r"(?:[A-Za-z\-]+['’.]?\s+){1,4}$", body[max(0, start - 40) : start]
            )
            words_before = re.findall(r"[A-Za-z\-]+", adjacent.group()) if adjacent else []
            while words_before and fold(words_before[-1]) in HONORIFICS | {"seri", "sri"}:
                words_before.pop()
            before = words_before[-1:]
            before_name = body[max(0, start - 50) : start]
            post = re.search(r"([A-Za-z\-]+) ([A-Za-z\-]+)\s+$", before_name)
            if post and fold(post.group(2)) in GAZETTEER:
                # "Advocate General Punjab X": the post, then its province
                post = re.search(r"([A-Za-z\-]+) ([A-Za-z\-]+)\s+$", before_name[: post.start(2)])
            # ("Teoh Pei Shan, 44, the seventh prosecution witness, said")
            after = re.match(
                r",\s+(?:\d{1,3},\s+)?(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,3}?([a-z]+)\b"
                r"(?=\s*[,.;:)—–]|\s+(?:who|with|at|for|in|of)\s)",
                body[end : end + 70],
            )  # an apposition closes: "Sir Desmond, the chancellor said" names two people
            # "The Regional Police Commander, DCOP Mrs X" / "The Regional Minister and
            # chairman of the council, Hon. X": the post written before, then a comma
            ahead = re.search(
                r"(?<!shadow )(?<!former )(?<!deputy )(?<!acting )(?<!assistant )(?<!vice )"
                r"\b([A-Za-z\-]+)(?:\s+(?:and|of|for)\s+[^,.;:\n]{1,40}?)?,\s+"
                r"(?:(?:[A-Z]{2,5}|[A-Z][a-z]{1,3}\.?)\s+){0,3}$",
                body[max(0, start - 90) : start],
            )
            roles_here = [before[0] if before else "", after.group(1) if after else ""]
            roles_here.append(ahead.group(1) if ahead else "")
            for word in roles_here:
                word = _ROLE_SYNONYMS.get(fold(word), fold(word))
                if word in ROLES or word in _ROLE_NOUNS or (word in PERSON_NOUNS and after):
                    self.roles.append((start, word, draft.name))
            # "deputy public prosecutor (DPP) Nur Aqilah": the post's abbreviation is a role
            short = re.search(r"\(([A-Z]{2,6})\)\s+$", body[max(0, start - 12) : start])
            if short:
                self.roles.append((start, fold(short.group(1)), draft.name))
            if post and fold(post.group(2)) in ROLES | _ROLE_NOUNS:
                self.roles.append((start, fold(f"{post.group(1)} {post.group(2)}"), draft.name))
                if post.group(1)[:1].isupper():
                    # "Cabinet Secretary X" is "the CS" later on
                    initials = post.group(1)[0] + post.group(2)[0]
                    self.roles.append((start, fold(initials), draft.name))
            # "Vice-Minister for Citizen Security X": the post, then its portfolio
            office = re.search(
                r"([A-Za-z\-]+)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,3}$",
                body[max(0, start - 70) : start],
            )
            if office:
                word = fold(office.group(1))
                if word in ROLES | _ROLE_NOUNS or word.split("-")[-1] in ROLES:
                    self.roles.append((start, word, draft.name))

    def role_holder(self, noun: str, pos: int) -> str | None:
        """The person last introduced before ``pos`` with the role ``noun``."""
        noun = _ROLE_SYNONYMS.get(noun, noun)
        holders = [
            (start, name) for start, role, name in getattr(self, "roles", ()) if role == noun
        ]
        found = [(start, name) for start, name in holders if start < pos]
        if found:
            if len({name for _, name in found}) == 1:
                return found[-1][1]
            # two commanders: the one introduced in the last few sentences
            return found[-1][1] if pos - found[-1][0] < 2 * _RECENT else None
        # introduced only later ("the outgoing mayor said …" then "Mayor Magalhães"):
        # the article's one holder of the role
        later = {name for _, name in holders}
        return later.pop() if len(later) == 1 else None

    def is_subject(self, start: int, end: int, *, of_speech: bool = False) -> bool:
        """Whether a mention is (the head of) a clause's subject, or of a speech verb's."""
        heads = self.speaker_heads if of_speech else self.subject_heads
        i = bisect.bisect_left(heads, start)
        return i < len(heads) and heads[i] < end

    def first_in(self, start: int, end: int) -> tuple[int, int, EntityDraft] | None:
        """The first person (or handle) named in [start, end); an organisation only if none is."""
        i = bisect.bisect_left(self.starts, start)
        first_other = None
        while i < len(self.index) and self.index[i][1] <= end:
            if self.index[i][2].kind != ORGANIZATION:
                return self.index[i]
            first_other = first_other or self.index[i]
            i += 1
        return first_other

    def referent(
        self, pos: int, wanted: str | None, depth: int = 0
    ) -> tuple[int, int, EntityDraft] | None:
        """The person a pronoun at ``pos`` most likely means.

        The nearest earlier person whose known gender agrees; a person of unknown gender
        competes at two and a half times the distance, so a clear "she" skips past an
        unknown name to the woman just before it, but not past several paragraphs.
        """
        i = bisect.bisect_left(self.starts, pos)
        best = None
        best_cost = float("inf")
        while i > 0:
            i -= 1
            start, end, draft = self.index[i]
            if end > pos:
                continue
            distance = pos - end
            if distance * 0.5 > best_cost or distance > _PRONOUN_REACH:
                break
            known = self.gender.get(draft.name)
            if wanted is not None and known is not None and known != wanted:
                continue
            cost = distance if (known is not None or wanted is None) else distance * 1.5 + 30
            if self.is_subject(start, end):
                cost *= 0.5  # "Brito … said she voted for Valente. “…,” she explained."
            else:
                cost += 150  # "… praise for his captain, X, who … with Y." → not X or Y
            if cost < best_cost:
                best, best_cost = self.index[i], cost
        return self._reporter(best, wanted, depth) if best is not None else None

    def _reporter(self, best: tuple[int, int, EntityDraft], wanted: str | None, depth: int = 0):
        """ "Rhonda P. told KWRV she had not heard from him, and that Sgt. Lisa Crane had
        come twice. “…,” she said": a person named in what someone reports is less likely
        the next speaker than the reporter, the subject of the sentence's speech verb.
        The reporter may be a pronoun itself ("He said … that Pacheco had been denied his
        medication. “…,” he said"): then the pronoun's own referent."""
        if depth == 0 and wanted is not None:
            i = bisect.bisect_left(self.speaker_heads, best[0])
            while i > 0:
                i -= 1
                head = self.speaker_heads[i]
                if _sentence_break(self.body[head : best[0]]):
                    break
                word = re.match(r"\w*", self.body[head:]).group()
                if fold(word) in ("he", "she") and pronoun_gender(word) == wanted:
                    earlier = self.referent(head, wanted, depth=1)
                    if earlier is not None:
                        return earlier
                    break
        if self.is_subject(best[0], best[1], of_speech=True):
            return best
        i = bisect.bisect_left(self.starts, best[0])
        while i > 0:
            i -= 1
            start, end, draft = self.index[i]
            if _sentence_break(self.body[end : best[0]]):
                break  # only within the sentence
            known = self.gender.get(draft.name)
            compatible = wanted is None or known is None or known == wanted
            if compatible and draft is not best[2] and self.is_subject(start, end, of_speech=True):
                # ("When Mr Bhatti suggested …, Mr Gilani rose to object": the reporter's
                # clause is subordinate, and the person after its comma is the main subject)
                if _SUBORDINATE_OPENING.search(self.body[max(0, start - 40) : start]) and re.search(
                    r",\s+(?:[\w.’']+\s+){0,3}$", self.body[end : best[0]]
                ):
                    return best
                return self.index[i]
        return best

    def at(self, start: int, *, slack: int = 0) -> tuple[int, int, EntityDraft] | None:
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.index) and self.index[i][0] <= start + slack:
            return self.index[i]
        return None

    def covering(self, pos: int) -> tuple[int, int, EntityDraft] | None:
        """The mention that contains offset ``pos``, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.index[i][0] <= pos:
            if pos < self.index[i][1]:
                return self.index[i]
            i -= 1
            break
        return None

    def last_organisation_before(self, pos: int) -> tuple[int, int, EntityDraft] | None:
        """The organisation an "it said" most likely means: the last one named before,
        outside the quotation it speaks ("“… the Attorney-General's Chambers,” it said")."""
        i = bisect.bisect_left(self.starts, pos)
        while i > 0:
            i -= 1
            start, end, draft = self.index[i]
            if draft.kind == ORGANIZATION and end <= pos and not self.inside_quote(start):
                return self.index[i]
        return None

    def last_before(self, pos: int) -> tuple[int, int, EntityDraft] | None:
        i = bisect.bisect_left(self.starts, pos)
        while i > 0:
            i -= 1
            if self.index[i][1] <= pos:
                return self.index[i]
        return None


def _sentence_break(text: str) -> bool:
    """Whether ``text`` ends a sentence somewhere ("Sgt. Lisa Crane" does not)."""
    if "\n" in text:
        return True
    for m in re.finditer(r"(\w*)[.!?]\s", text):
        word = m.group(1)
        if m.group(0)[len(word)] != "." or not (
            fold(word) in _ABBREVIATIONS or fold(word) in HONORIFICS or len(word) == 1
        ):
            return True
    return False


def _as_written(body: str, start: int, end: int) -> str:
    """The name as written, with a directly preceding honorific ("Mr. Pérez")."""
    match = re.search(r"(?:^|\s)([A-Z][a-z]{1,3})\.\s$", body[max(0, start - 6) : start])
    if match and fold(match.group(1)) in HONORIFICS:
        return body[start - len(match.group(1)) - 2 : end]
    return body[start:end]


def _named(body: str, hit: tuple[int, int, EntityDraft], cue: str | None, strength: float):
    start, end, draft = hit
    relation = re.search(
        r"(?:^|[\s\-(])((?:[Tt]he |[Hh]is |[Hh]er |[Tt]heir )?([A-Za-z]+) of\s+)$",
        body[max(0, start - 40) : start],
    )
    if relation and relation.group(2).lower() in RELATION_NOUNS:
        phrase = relation.group(1) + body[start:end]
        phrase = phrase[0].lower() + phrase[1:]
        return _Attribution(phrase, phrase, cue, strength)
    return _Attribution(draft.name, _as_written(body, start, end), cue, strength)


def _phrase(text: str, cue: str | None, strength: float) -> _Attribution:
    phrase = text.strip()
    if phrase.isupper():
        phrase = phrase.lower()  # "REPORTER:" is "reporter", not "rEPORTER"
    phrase = phrase[0].lower() + phrase[1:] if phrase else phrase
    return _Attribution(phrase, phrase, cue, strength)


def _pronoun(body: str, pos: int, word: str, people: _People, cue: str | None, strength: float):
    wanted = pronoun_gender(word)
    hit = people.antecedents.referent(pos, wanted) if people.antecedents else None
    described = _described_subject(body, pos, wanted, people, hit[1] if hit else pos - 600)
    if (
        described is not None
        and hit is not None
        and people.antecedents.is_subject(hit[0], hit[1], of_speech=True)
        and _reported_by(body, hit[1], described, pos)
    ):
        described = None  # "Ms. Salcedo said, her daughter asked whether …": she reports it
    if described is not None:
        return _Attribution(described, word, cue, strength)
    if hit is None:
        return _Attribution(None, word, cue, 0.1)
    return _Attribution(hit[2].name, word, cue, strength)


def _reported_by(body: str, reporter_end: int, described: str, pos: int) -> bool:
    """Whether the description stands in the same sentence as, and after, the named
    speaker whose report it is part of."""
    at = body.find(described, reporter_end, pos) if described[:1].islower() else -1
    at = at if at >= 0 else body.lower().find(described.lower(), reporter_end, pos)
    return at >= 0 and not _sentence_break(body[reporter_end:at])


def _described_subject(
    body: str, pos: int, wanted: str | None, people: _People, since: int
) -> str | None:
    """An unnamed speaker a pronoun may mean: "his sister … said the family would stand by
    him. “…,” she said." The latest speech verb before the pronoun (after the named
    candidate) whose subject is a described person of a compatible gender."""
    i = bisect.bisect_left(people.clause_verbs, pos)
    while i > 0:
        i -= 1
        subject = people.clauses[i]
        if subject.start < since:
            return None
        if subject.start >= pos or people.inside_quote(subject.head):
            continue
        head = fold(re.match(r"\w*", body[subject.head :]).group())
        if head in ("he", "she", "they", "it", "i", "we", "you", "who", "that", "which"):
            continue
        # (a name in its relative clause, "A former agent who trained with Pérez", does
        # not name the subject)
        core = re.split(r",| who | which | that ", body[subject.start : subject.end])[0]
        named = people.first_in(subject.start, subject.start + len(core))
        if named is not None and named[2].kind != ORGANIZATION:
            return None  # "a consultant at Princess Beatrice Hospital" is still unnamed
        # "One of the engineers, who asked not to be named": the noun after "one of"
        one_of = re.match(
            r"(?i)one of (?:the|his|her|its|their)\s+(?:[\w\-]+\s+)?([a-z]+?)s?\b",
            body[subject.start : subject.end],
        )
        if not subject.common_noun and not (head == "one" and one_of):
            continue
        # the description up to its head noun: "A police officer [directing cars …]"
        head_end = subject.head + len(re.match(r"[\w\-]*", body[subject.head :]).group())
        if head == "one" and one_of:
            head, head_end = one_of.group(1), subject.start + one_of.end()
            head_end += len(re.match(r"s?", body[head_end:]).group())
        phrase = re.split(r",| who | which | that ", body[subject.start : head_end])[0]
        phrase = phrase.strip()
        first = fold(phrase.split()[0]) if phrase.split() else ""
        if first == "the" and head in ROLES:
            # "The superintendent said it had … “…,” he said": the holder of the post
            holder = people.role_holder(head, subject.start)
            if holder is not None:
                return holder
        if first not in _INDEFINITE or head not in _PERSON_DESCRIPTIONS:
            continue  # "the government", "the chancellor": not an unnamed person speaking
        gender = noun_gender(head)
        if wanted is not None and gender is not None and gender != wanted:
            return None
        if not 0 < len(words(phrase)) <= 8:
            return None
        return phrase[0].lower() + phrase[1:]
    return None


# A clause opening its sentence with a subordinator: "When X suggested …, Y rose"
_SUBORDINATE_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:When|After|As|While|Although|Though|If|Before|Because|Since|Once|"
    r"Until|Whereas)\s+(?:[\w.’']+\s+){0,3}$"
)
_INDEFINITE = word_set("a an one his her their another some its our my")
_PERSON_DESCRIPTIONS = (
    PERSON_NOUNS
    | RELATION_NOUNS
    | _DESCRIPTOR_NOUNS
    | word_set(
        "supporter fan shopkeeper neighbour neighbor passer-by bystander worker employee "
        "nurse driver owner farmer fisherman teacher parent relative official spokesman "
        "spokeswoman spokesperson source volunteer technician operator customer passenger "
        "mother father sister brother son daughter wife husband aunt uncle cousin friend "
        "conductor hawker cyclist pedestrian retiree diner clerk cashier steward caller "
        "viewer listener reader imam pastor"
    )
)
# "the police boss said" after "Police Commander Rashid Wario": the one who heads something
_HEAD_NOUNS = word_set("boss chief head")
_HEAD_ROLES = ("commander", "chief", "head", "director", "chairman", "chairperson",
               "chairwoman", "president", "commissioner", "superintendent")  # fmt: skip


def _after(body: str, span: _Span, limit: int, people: _People) -> _Attribution | None:
    """Attribution right after the closing mark: ', he said', ', an officer says', ..."""
    if span.resume_at <= span.close_at:
        return None  # cut short by the next quotation: nothing stands after it
    pos = span.close_at + 1
    text = body[pos:limit]
    lead = re.match(_LEAD, text)
    if not text or (lead and re.search(r"[.!?]", lead.group())):
        return None  # the next sentence is not this quotation's attribution
    if _ends_sentence(body, span, pos):
        return None
    m = _PRONOUN_AFTER.match(text)
    if m:
        # “…,” she said: "she" was named before the quotation opened, so distances count
        # from there, not across the quotation's own length
        return _pronoun(body, span.open_at, m.group("sp"), people, m.group("cue"), 0.35)
    m = _CUE_FIRST.match(text)
    if m is None and body[span.start : span.end].rstrip().endswith("?"):
        m = _ASKED_FIRST.match(text)  # “Who will hire me?” asked her colleague
    if m:
        after = pos + m.end()
        # "said deputy commissioner of police (Zone 7) Pradnya Mhatre": a lower-case post
        post = _POST_BEFORE_NAME.match(body, after, limit)
        hit = people.at(post.end()) if post else None
        titled = post is not None and any(
            fold(w) in ROLES | PERSON_NOUNS for w in post.group().split()
        )
        if titled and hit is not None and hit[0] == post.end() and hit[2].kind == PERSON:
            return _named(body, hit, m.group("cue"), 0.35)
        np = _NP_START.match(body, after, limit)
        if np:
            # "said his partner, Nohelia Castillo.": the apposition names the speaker
            comma = re.match(r",\s+", body[np.end() : np.end() + 3])
            named = people.at(np.end() + comma.end(), slack=40) if comma else None
            # ("said the committee chair, Federal Deputy Rosângela Ferreira (PSB-MG),": the
            # post's titles before the name, the party after it)
            if (
                named is not None
                and _only_titles(body[np.end() + comma.end() : named[0]])
                and named[2].kind == PERSON
                and re.match(r"\s*(?:\([^()\n]{1,20}\))?\s*[,.;]", body[named[1] :])
            ):
                return _named(body, named, m.group("cue"), 0.35)
            return _phrase(np.group("sp"), m.group("cue"), 0.35)
        hit = people.at(after, slack=40)
        member = _member_of(body, hit, people, limit) if hit is not None else None
        if member is not None:
            return _named(body, member, m.group("cue"), 0.35)  # said FDT leader X
        if hit is not None and hit[0] < limit and _only_titles(body[after : hit[0]]):
            return _named(body, hit, m.group("cue"), 0.35)
    m = _NP_APPOSITION_AFTER.match(text) or _NP_AFTER.match(text)
    if m:
        if fold(m.group("sp").split()[-1]) in _DOCUMENT_NOUNS:
            return None  # "“…,” the statement said": whoever issued it, said before
        # "“…,” the PPP said": the organisation the phrase names
        named = people.covering(pos + m.end("sp") - 1)
        if named is not None and named[2].kind == ORGANIZATION and named[0] >= pos + m.start("sp"):
            return _named(body, named, m.group("cue"), 0.35)
        return _phrase(m.group("sp"), m.group("cue"), 0.35)
    start = pos + (lead.end() if lead else 0)
    hit = people.at(start, slack=40)
    if hit is not None and hit[1] <= limit and _only_titles(body[start : hit[0]]):
        rest = body[hit[1] : limit]
        app = _APPOSITION.match(rest)
        tail = rest[app.end() :] if app else rest
        cue = re.match(rf"(?P<cue>{CUE_PATTERN})\b", tail)
        if cue:
            return _named(body, hit, cue.group("cue"), 0.35)
        if lead and re.search(r"[—–]", lead.group()) and re.match(r"\s*(?:,|$|\n)", rest):
            return _named(body, hit, None, 0.3)  # “…” — Maria Lopez, mayor of Lyon
    return None


_POST_BEFORE_NAME = re.compile(r"(?:[a-z][a-z\-]*\s+){1,5}(?:\([^()\n]{1,25}\)\s+)?(?=[A-Z])")


def _member_of(body: str, hit, people: _People, limit: int):
    """ "said FDT leader Laurent Guichard": the person after an organisation and their
    post in it speaks, not the organisation."""
    if hit[2].kind != ORGANIZATION:
        return None
    person = people.first_in(hit[1], min(limit, hit[1] + 60))
    if person is None or person[2].kind == ORGANIZATION:
        return None
    between = body[hit[1] : person[0]].split()
    posts = ROLES | PERSON_NOUNS | _ROLE_NOUNS
    if 1 <= len(between) <= 3 and all(fold(w) in posts or w[:1].isupper() for w in between):
        return person if any(fold(w) in posts for w in between) else None
    return None


def _ends_sentence(body: str, span: _Span, pos: int) -> bool:
    """“… devastated.” He added …: a full stop inside the marks and a capital after them
    start a new sentence, so what follows is not this quotation's attribution. After "?"
    or "!" a capitalised name may still attribute (“Why?” Ruiz asked), a pronoun may not.
    """
    inner = body[span.start : span.end].rstrip("”’\"'» ")
    following = re.match(r"\s*([^\W\d_][\w’']*)", body[pos : pos + 40])
    if not inner or following is None or not following.group(1)[:1].isupper():
        return False
    if inner.endswith(".") and not inner.endswith(("..", "…")):
        return True
    return inner.endswith(("?", "!")) and fold(following.group(1)) in _SENTENCE_OPENERS


_SENTENCE_OPENERS = word_set("he she they it we i you the a an this that there his her their")


def _only_titles(text: str) -> bool:
    """Between a verb and a name only titles may stand ("said Interior Minister X")."""
    return all(w[:1].isupper() for w in text.split())


# "Hale’s lawyer said", "Maduro’s leftist government has described": the speaker is the
# possessed noun, kept as written, not the person named.
_POSSESSED = re.compile(
    r"['’]s\s+(?:[a-z][\w\-]*\s+){0,2}?(?:"
    + "|".join(
        sorted(
            RELATION_NOUNS
            | word_set(
                "government administration office campaign team party ministry aide aides "
                "spokesman spokeswoman spokesperson representative representatives camp "
                "staff army police forces regime"
            ),
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)


def _speaker_of(
    body: str, hit, cue_at: int, cue: str | None, strength: float, people: _People
) -> _Attribution:
    """The named person, or what they own when that speaks ("Hale’s lawyer")."""
    # "Beltrán's producer, Tomás Ferrer, called …": the apposition names the speaker
    titled = re.match(r"['’]s\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s*,\s*", body[hit[1] : cue_at])
    if titled:
        person = people.at(hit[1] + titled.end())
        if person is not None and person[2].kind == PERSON and person[1] <= cue_at:
            return _named(body, person, cue, strength)
    owned = _POSSESSED.match(body, hit[1], cue_at)
    if owned:
        # "Magalhaes's campaign director, Teresa Vilaça, wrote"
        noun_end = (
            owned.end() + re.match(r"(?:\s+[a-z][\w\-]*){0,2}", body[owned.end() : cue_at]).end()
        )
        named = re.match(r"\s*,\s*", body[noun_end:cue_at])
        person = people.at(noun_end + named.end()) if named else None
        if person is not None and person[2].kind == PERSON and person[1] <= cue_at:
            return _named(body, person, cue, strength)  # "Nair’s colleague, Emeka Obi,"
        phrase = _as_written(body, hit[0], hit[1]) + body[hit[1] : owned.end()]
        return _Attribution(phrase, phrase, cue, strength)
    return _named(body, hit, cue, strength)


# Subjects that do not say who spoke: other pronouns, relatives, and what a text says.
_NOT_SPEAKERS = word_set("""
    they we i you who which that this these those there what one some many others
    report reports study survey data document documents statement letter article story
    video post message footage figures poll law decree
    """)


_DOCUMENT_NOUNS = word_set("statement report letter post message video note memo email release")


def _subject_before(
    body: str, start: int, cue_at: int, people: _People, cue: str, strength: float
) -> _Attribution | None:
    """The speaker of a cue verb: its parsed subject, else the first person of the clause,
    else a pronoun or phrase."""
    parsed = people.subjects.get(cue_at)
    if parsed is not None and start <= parsed.start < cue_at:
        if fold(re.match(r"\w*", body[parsed.head :]).group()) in _DOCUMENT_NOUNS:
            # "The letter, which the Ledger has seen, states that …": whoever wrote it
            return _document_author(body, parsed.start, people, cue, strength, parsed.end)
        hit = people.covering(parsed.head)
        for apposition in parsed.appositions:
            named = people.first_in(*apposition)  # "the mayor, Ana Ruiz, said"
            # (not "His grandson, a student at the University of the Punjab, added")
            whole = named is not None and re.fullmatch(
                r"\s*(?:(?:the|its|their)\s+)?", body[apposition[0] : named[0]], re.I
            )
            if named is not None and (named[2].kind != ORGANIZATION or whole):
                hit = hit or named
        if hit is not None:
            return _speaker_of(body, hit, cue_at, cue, strength, people)
        head_word = fold(re.match(r"\w*", body[parsed.head :]).group())
        head = parsed.head
        if head_word in ("he", "she"):
            return _pronoun(body, head, body[head : head + len(head_word)], people, cue, strength)
        if head_word == "it":
            owner = people.last_organisation_before(head)
            return _named(body, owner, cue, strength) if owner else None
        owner = people.first_in(parsed.start, parsed.end)
        if owner is not None and not body[parsed.start : owner[0]].strip(" ,"):
            return _speaker_of(body, owner, cue_at, cue, strength, people)  # "Hale’s lawyer"
        # "The mayor of X, Odile Berset, said": the parse hung the name on X
        named = re.search(r",\s*", body[parsed.start : parsed.end])
        if named:
            # (… "The FAES commander in Lara, Commissioner Argenis Tovar Lugo, told")
            at = parsed.start + named.end()
            person = people.at(at, slack=40)
            if person is not None and not _only_titles(body[at : person[0]]):
                person = None
            if person is not None and person[2].kind == PERSON and person[1] <= parsed.end:
                after = body[person[1] : parsed.end + 2]
                if re.match(r"\s*(?:,|$)", after):
                    return _speaker_of(body, person, cue_at, cue, strength, people)
        # "The workers’ union, led by Tom Hale, said": the union speaks, not Hale
        phrase = re.split(r",| who | which | that ", body[parsed.start : parsed.end])[0]
        if parsed.common_noun and head_word not in _NOT_SPEAKERS and 0 < len(words(phrase)) <= 8:
            return _phrase(phrase, cue, strength)
        # the parser may cut a name off its subject ("a panicked Mr. Pérez yells")
        hit = people.first_in(parsed.start, cue_at)
        if hit is not None:
            return _speaker_of(body, hit, cue_at, cue, strength, people)
        start = parsed.start
    lead_in = body[start:cue_at]
    if parsed is None:
        # unparsed: "Speaking to supporters at the PRL headquarters, the outgoing mayor
        # said": a description right before the verb, after a comma, is its subject
        np = _NP_BEFORE_CUE.search(lead_in)
        if np and re.search(r"(?:^|,)\s*$", lead_in[: np.start("sp")]):
            return _phrase(np.group("sp"), cue, strength)
    document = re.match(r"\s*(?:the|this|that|its|his|her|their)\s+(\w+)\b", lead_in, re.I)
    if document and fold(document.group(1)) in _DOCUMENT_NOUNS:
        return _document_author(body, start, people, cue, strength)
    hit = people.first_in(start, cue_at)
    described = re.match(rf"\s*(?P<sp>{_NP})\s+(?:in|at|of|from|for|with)\s", lead_in)
    if (
        described
        and fold(described.group("sp").split()[-1]) in _PERSON_DESCRIPTIONS
        and (hit is None or hit[2].kind == ORGANIZATION)
        and not re.search(r"[,;]", lead_in[described.end() :])
    ):
        # "A senior official in Central Java's Wanasari Regency told …": someone from
        # the body named in the description, not the body
        phrase = lead_in[described.start("sp") :].strip()
        if 0 < len(words(phrase)) <= 10:
            return _phrase(phrase, cue, strength)
    if hit is not None:
        return _speaker_of(body, hit, cue_at, cue, strength, people)
    m = _PRONOUN_BEFORE_CUE.search(lead_in)
    if m:
        return _pronoun(body, start + m.start("sp"), m.group("sp"), people, cue, strength)
    m = re.search(r"\b(?P<sp>him|her)\s+$", lead_in)
    if m and cue and cue.endswith("ing"):  # "footage showed him telling PC Hurst: ‘…’"
        return _pronoun(body, start + m.start("sp"), m.group("sp"), people, cue, strength)
    m = _NP_BEFORE_CUE.search(lead_in)
    if m and fold(m.group("sp").split()[-1]) not in _DOCUMENT_NOUNS:
        return _phrase(m.group("sp"), cue, strength)
    return None


def _document_author(
    body: str, pos: int, people: _People, cue: str, strength: float, subject_end: int = -1
):
    """The writer of the document a sentence quotes: "read out a letter from the IPPO's
    chief executive, Mr X. The letter … states that …" is X's, never a name that merely
    stands inside the subject ("a copy of which the Ledger has seen"); "A statement from
    the Regional Police Command added:" is the Command's (the subject says whose)."""
    own = _DOCUMENT_FROM.match(body, pos, max(pos, subject_end))
    if own is not None:
        hit = people.first_in(own.end(), subject_end)
        if hit is not None:
            return _named(body, hit, cue, strength)
    window = max(0, pos - 400)
    for m in _DOCUMENT_FROM.finditer(body, window, pos):
        start = m.end()
        stop = body.find(".", start, pos)
        hit = people.first_in(start, stop if stop > 0 else pos)
        if hit is not None:
            return _named(body, hit, cue, strength)
    return None


_DOCUMENT_FROM = re.compile(
    r"(?i)(?:(?:an?|the)\s+(?:[\w\-]+\s+)?)?\b(?:letter|statement|message|note|memo|email"
    r"|e-mail|report)\s+(?:signed\s+)?(?:from|by)\s+"
)


# A quotation introduced by a noun of speech ("outrage with the statement “…”", "in a
# post: “…”") or a self-description ("describes himself as ‘…’"): the sentence's subject.
_ADJACENT_CUE = re.compile(
    r"(?i)\b(?:(?:the|a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?P<cue>statement|message|words|remarks|comments?|declaration|post|tweet|letter|speech"
    r"|plea|warning|appeal|vow|reply|response|answer)(?:\s+(?:reading|saying|that read))?"
    r"|(?P<label>describe[sd]?|call(?:s|ed)?|introduce[sd]?|brand(?:s|ed)?|label(?:l?ed|s)?"
    r"|term(?:s|ed)?)\s+(?:(?:him|her|them|it|himself|herself|themselves|itself)\s+"
    r"|(?:the|this|that|his|her|their|its)\s+(?:[\w\-’']+\s+){0,2}?)?"
    r"(?:as\s+)?(?:an?\s+)?"
    # "she had written on Instagram: «…»": a verb of writing right before the words
    r"|(?P<wrote>written|messaged|texted|e-?mailed|captioned)"
    r"(?:\s+(?:on|in|to|via)\s+(?:[\w@.\-]+\s*){1,3})?)"
    r"\s*[:,]?\s*$"
)


_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|being|get|got)\s+(?:\w+ly\s+)?$")
_ROLE_NOUNS = word_set(
    "chancellor mayor minister president governor judge coach manager host presenter anchor "
    "moderator interviewer"
)
# "Justice Wan Shahrizal" is the judge the text and its transcript then call "the judge"
# ("X, a deputy chief immigration officer …" is "the official" later on)
_ROLE_SYNONYMS = {"justice": "judge", "magistrate": "judge", "officer": "official"}

_LABEL_CUES = {
    "desc": "described as",
    "call": "called",
    "intr": "introduced as",
    "bran": "branded",
    "labe": "labelled",
    "term": "termed",
}


def _before(body: str, seg_start: int, span: _Span, people: _People) -> _Attribution | None:
    """A cue verb earlier in the sentence: 'X said that ...“…”' or 'X shouts: “…”'."""
    lead_in = body[seg_start : span.open_at]
    adjacent = _ADJACENT_CUE.search(lead_in)
    if adjacent:
        cue_at = seg_start + adjacent.start()
        cue = (
            adjacent.group("cue")
            or adjacent.group("wrote")
            or _LABEL_CUES[adjacent.group("label")[:4].lower()]
        )
        found = _subject_before(body, seg_start, cue_at, people, cue.lower(), 0.3)
        if found is not None and found.speaker is not None:
            return found
    cues = [
        c
        for c in CUE_RE.finditer(lead_in)
        if not _PASSIVE.search(lead_in, 0, c.start())  # "had been warned “…”"
    ]
    if cues:
        cue = cues[-1]
        cue_at = seg_start + cue.start()
        if cue.group(1).lower() == "according to":
            after = seg_start + cue.end()
            hit = people.at(after, slack=40)
            if hit is not None and hit[1] <= span.open_at:
                return _named(body, hit, "according to", 0.35)
            np = re.match(rf"\s*(?P<sp>{_NP})", body[after : span.open_at])
            if np:
                phrase = np.group("sp")
                return _phrase(_document_owner(phrase) or phrase, "according to", 0.35)
            return None
        found = _subject_before(body, seg_start, cue_at, people, cue.group(1), 0.35)
        if found is not None:
            return found
        return _Attribution(None, None, cue.group(1), 0.1)
    if lead_in.rstrip().endswith(":"):
        hit = people.first_in(seg_start, span.open_at)
        if hit is not None:
            return _named(body, hit, None, 0.25)
    return None


def _according_to(
    body: str, seg_start: int, span: _Span, people: _People, cited: _Attribution
) -> _Attribution | None:
    """ "X had told the court that the firm was “…”, according to Y": Y is the reporter's
    source and X the speaker; "according to the statement" names no one (whoever issued
    it was named before), and "according to the company's statement" is the company."""
    own = _before(body, seg_start, span, people)
    if own is not None and own.speaker is not None and own.cue != "according to":
        return own
    phrase = cited.speaker or ""
    if owner := _document_owner(phrase):
        return _Attribution(owner, owner, cited.cue, cited.strength)
    if phrase and fold(phrase.split()[-1]) in _DOCUMENT_NOUNS:
        return own
    return cited


def _document_owner(phrase: str) -> str | None:
    """ "the company’s statement" → "the company": whoever a document cited belongs to."""
    owner = re.fullmatch(r"(.+?)['’]s?\s+(?:own\s+)?(?:\w+\s+)?(\w+)", phrase)
    if owner and fold(owner.group(2)) in _DOCUMENT_NOUNS:
        return owner.group(1)
    return None


def _loose_after(body: str, span: _Span, sentence_end: int, people: _People):
    """A cue later in the same sentence: '... six “terrorists” dead, the army said.'"""
    if span.resume_at <= span.close_at:
        return None
    pos = span.close_at + 1
    if _ends_sentence(body, span, pos):
        return None
    cue = CUE_RE.search(body, pos, sentence_end)
    if cue is None or cue.group(1).lower() == "according to":
        return None
    found = _subject_before(body, pos, cue.start(), people, cue.group(1), 0.3)
    return found


# "the company said": any organisation named before; "the union said": one whose name
# has the word.
_GENERIC_ORG_NOUNS = word_set("""
    company firm group business carrier airline bank manufacturer retailer insurer
    conglomerate startup employer operator club utility supplier provider contractor
    developer lender broadcaster publisher
    """)
_AGED = re.compile(r"^the \d{1,3}-year-old(?: ([a-z]+))?$")
_DEFINITE = re.compile(r"^the (?:([a-z\-]+|[A-Z][a-z]+) )?([a-z][a-z\-]*)$")
# What a definite description's noun may be called in an organisation's name.
_NAME_WORDS = {
    "union": {"union", "federation", "confederation", "collective", "syndicate", "workers"},
    "ministry": {"ministry", "department"},
    "police": {"police", "gendarmerie", "constabulary", "policía", "policia"},
    "party": {"party", "partido", "partei", "parti"},
    "agency": {"agency", "office", "authority", "bureau", "service"},
}


_RECENT = 300  # characters: about two sentences back


def _resolve_description(attribution: _Attribution, pos: int, people: _People) -> _Attribution:
    """A definite description that names an organisation already in the text speaks for
    it: "The company said" after "Helvamed SA" is Helvamed SA (kept as written)."""
    acronym = re.fullmatch(r"the ([A-Z][A-Z&]{1,7})", attribution.speaker or "")
    if acronym:
        # "the LEA said": the organisation the article defined that abbreviation for
        owner = next(
            (
                d
                for _, _, d in people.index[: bisect.bisect_left(people.starts, pos)]
                if d.kind == ORGANIZATION
                and any(o.surface == acronym.group(1) for o in d.occurrences)
            ),
            None,
        )
        if owner is not None:
            return _Attribution(
                owner.name, attribution.as_written, attribution.cue, attribution.strength
            )
        # "the CS said" after "Transport Cabinet Secretary Hellen Nyakundi": a post's initials
        if holder := people.role_holder(fold(acronym.group(1)), pos):
            return _Attribution(
                holder, attribution.as_written, attribution.cue, attribution.strength
            )
    aged = _AGED.match(attribution.speaker or "")
    if aged and people.antecedents is not None:
        # "“…,” the 52-year-old said": the person the sentence before is about
        hit = people.antecedents.referent(pos, noun_gender(aged.group(1) or ""))
        if hit is not None:
            return _Attribution(
                hit[2].name, attribution.as_written, attribution.cue, attribution.strength
            )
    match = _DEFINITE.match(attribution.speaker or "")
    if match is None:
        return attribution
    noun = match.group(2)
    # "the labour minister" after "Labour Minister X" and "Prime Minister Y": the full post
    holder = match.group(1) and people.role_holder(f"{match.group(1)} {noun}", pos)
    holder = holder or people.role_holder(noun, pos)
    if holder is None and noun in _HEAD_NOUNS:
        # ("the police boss": the police commander rather than a union's chairperson)
        modifier = fold(match.group(1) or "")
        heads = {h for role in _HEAD_ROLES if (h := people.role_holder(f"{modifier} {role}", pos))}
        heads = heads or {h for role in _HEAD_ROLES if (h := people.role_holder(role, pos))}
        holder = heads.pop() if len(heads) == 1 else None
    if holder is None and noun in _GENERIC_PEOPLE:
        # "A former CICPC detective … “…,” said the man": the person just described
        described = list(_DESCRIBED_PERSON.finditer(people.body, max(0, pos - 400), pos))
        if described:
            phrase = described[-1].group()
            phrase = phrase[0].lower() + phrase[1:]
            return _Attribution(
                phrase, attribution.as_written, attribution.cue, attribution.strength
            )
    if holder is None and noun in _BACK_REFERENCE_NOUNS:
        # "A spokesperson for the ministry said … “…,” the spokesperson said": the same
        # unnamed speaker, not the last person named
        introduced = list(
            re.finditer(
                rf"\b[Aa]n? (?:[\w\-]+ ){{0,2}}?{noun}(?: (?:for|of|at|from|with) (?:the )?"
                r"[A-Z][\w’'\-]*(?: (?:of |for |and |the )*[A-Z][\w’'\-]*)*)?",
                people.body[max(0, pos - 600) : pos],
            )
        )
        if introduced:
            phrase = introduced[-1].group()
            phrase = phrase[0].lower() + phrase[1:]
            return _Attribution(
                phrase, attribution.as_written, attribution.cue, attribution.strength
            )
        holder = _last_speaker(pos, people)
    if holder is not None:  # "the chancellor said" after "Chancellor Miriam Ashdown-Clarke"
        return _Attribution(holder, attribution.as_written, attribution.cue, attribution.strength)
    # a company-like name first ("Prairie Line Paving Inc" counts by its alias), then the
    # latest one if it was named in the last few sentences, then the one named most often
    # so far (the story's subject), then the latest
    seen: dict[str, tuple[bool, bool, int, int]] = {}
    for start, end, draft in people.index[: bisect.bisect_left(people.starts, pos)]:
        if draft.kind != ORGANIZATION or end > pos:
            continue
        name_words = fold(draft.name).split()
        if (
            noun in _GENERIC_ORG_NOUNS
            or noun in name_words
            or _NAME_WORDS.get(noun, set()) & set(name_words)
        ):
            forms = {w for o in draft.occurrences for w in fold(o.surface).split()}
            # (a company's words count only for "the company": "the authority" after the
            # NTSA is the NTSA, not an energy regulator named earlier)
            company = noun in _GENERIC_ORG_NOUNS and bool((COMPANY_WORDS | LEGAL_FORMS) & forms)
            count = seen.get(draft.name, (False, False, 0, 0))[2]
            seen[draft.name] = (company, False, count + 1, start)
    if not seen:
        # "The NDA said in a statement … “…,” the agency said": an organisation noun
        # means the organisation just named, when no name has the word
        last = people.last_organisation_before(pos)
        if noun in ORG_KEYWORDS and last is not None and pos - last[0] < 400:
            return _Attribution(
                last[2].name, attribution.as_written, attribution.cue, attribution.strength
            )
        return attribution
    latest = max(seen, key=lambda name: seen[name][3])
    if pos - seen[latest][3] < _RECENT:
        seen[latest] = (seen[latest][0], True, *seen[latest][2:])
    name = max(seen, key=seen.__getitem__)
    return _Attribution(name, attribution.as_written, attribution.cue, attribution.strength)


_GENERIC_PEOPLE = word_set("man woman person")
# "A former CICPC detective", "an elderly resident": an unnamed person introduced
_DESCRIBED_PERSON = re.compile(
    r"\b[Aa]n? (?:[\w\-]+ ){0,3}?(?:"
    + "|".join(sorted(_PERSON_DESCRIPTIONS - {"man", "woman", "person"}, key=len, reverse=True))
    + r")\b"
)
# "said assistant commissioner D. K. Sawant. “…,” said the official.": a definite
# description of a post refers back to the person who just spoke
_BACK_REFERENCE_NOUNS = word_set(
    "official officer spokesman spokeswoman spokesperson inspector commissioner engineer"
)


# A sentence about the speaker just before the quotation: "…, he paused." / "She smiled."
_PAUSE_SUBJECT = re.compile(
    r"(?:^|[,.;]\s+)(?P<sp>[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:paused|smiled|laughed|sighed|shrugged"
    r"|nodded|hesitated|stopped|looked|turned|wept|laughs|pauses|smiles|sighs|shrugs|nods)"
    r"\b[^.!?]{0,60}[.!?:]\s*$"
)


def _last_speaker(pos: int, people: _People) -> str | None:
    """The person who spoke last, within the last few sentences, unless an unnamed
    speaker ("A senior official, who did not wish to be named, told …") came after."""
    antecedents = people.antecedents
    if antecedents is None:
        return None
    i = bisect.bisect_left(antecedents.starts, pos)
    while i > 0:
        i -= 1
        start, end, draft = antecedents.index[i]
        if pos - end > 500:
            return None
        if antecedents.is_subject(start, end, of_speech=True):
            if _described_subject(antecedents.body, pos, None, people, end) is not None:
                return None
            return draft.name
    return None


def _unanswered(attribution: _Attribution | None) -> bool:
    """No speaker and nothing written that names one; an explicit "he said" whose "he"
    found nobody is an answer (an unresolved one), not an invitation to inherit."""
    return attribution is None or (attribution.speaker is None and not attribution.as_written)


def _introduces(prefix: str) -> bool:
    """Only titles before the name, after at most one opening phrase: "In a speech to the
    IFB on Monday, Sir Desmond set out his objections." """
    opening = re.match(r"[^,.;:!?“”\"«»]{0,100},\s*", prefix)
    return _only_titles(prefix) or (opening is not None and _only_titles(prefix[opening.end() :]))


_QUESTIONERS = re.compile(
    r"(?i)\b(?:questions?|q\s*&\s*a|question-and-answer|briefing|press conference|interview)"
    r"\b[^.\n]{0,80}?\b(?:with|from|by|of)\s+(?:the\s+|some\s+)?(?P<who>journalists|reporters"
    r"|correspondents|lawmakers|senators|members|students|analysts|viewers|readers|listeners"
    r"|the press)\b"
)


def _questioner(body: str, pos: int) -> _Attribution | None:
    """ "Below are excerpts from the question-and-answer session with journalists:" /
    "Q: …": the questions are a journalist's, kept as an unnamed speaker."""
    matches = list(_QUESTIONERS.finditer(body, max(0, pos - 2500), pos))
    if not matches:
        return None
    found = matches[-1]
    who = found.group("who").lower().removeprefix("the ")
    singular = {"press": "a journalist", "analysts": "an analyst"}.get(who, "a " + who[:-1])
    return _Attribution(singular, singular, None, 0.25)


def _interviewee(body: str, spans: list[_Span], people: _People) -> str | None:
    """Who gives the "A:" answers: the named transcript speaker who answers most (whose
    lines are not questions), else the person the article names most."""
    answers: Counter[str] = Counter()
    for span in spans:
        if span.label is None or body[span.label[0] : span.label[1]] in ("Q", "A"):
            continue
        hit = people.at(span.label[0])
        if hit is not None and hit[2].kind == PERSON:
            asked = body[span.start : span.end].rstrip().endswith("?")
            answers[hit[2].name] += 0 if asked else 1
    if answers and max(answers.values()) > 0:
        return answers.most_common(1)[0][0]
    # "We put readers' questions to Dr Aroha Ngata." just before the first Q/A line
    first_qa = next(
        (
            s.open_at
            for s in spans
            if s.label is not None and body[s.label[0] : s.label[1]] in ("Q", "A")
        ),
        None,
    )
    if first_qa is not None:
        # ("Dr Miriam Wekesa, a senior economist at the Nairobi Centre for Economic Inquiry
        # (NCEI), spoke to our business desk.": the person, not the body she works for)
        i = bisect.bisect_left(people.starts, first_qa)
        while i > 0:
            i -= 1
            _start, end, draft = people.index[i]
            if first_qa - end >= 400:
                break
            if draft.kind == PERSON and end <= first_qa:
                return draft.name
    mentions = Counter(draft.name for _, _, draft in people.index if draft.kind == PERSON)
    return mentions.most_common(1)[0][0] if mentions else None


def _newcomer(
    body: str, starts: list[int], after: int, before: int, people: _People, in_quote
) -> _Attribution | None:
    """“…,” he said. El-Amrani, beside him, laughed. “…”: a person who becomes the subject
    of a sentence between two quotations speaks the second one."""
    for sentence in reversed([s for s in starts if after <= s < before]):
        hit = people.first_in(sentence, before)
        if (
            hit is not None
            and hit[2].kind == PERSON
            and not in_quote(hit[0])
            and _introduces(body[sentence : hit[0]])
        ):
            return _named(body, hit, None, 0.15)
    return None


def _carried_over(
    body: str,
    prior: tuple[int, int],
    last: _Attribution | None,
    last_end: int | None,
    people: _People,
    in_quote,
) -> _Attribution | None:
    """Speaker of a paragraph that is only a quotation, from the paragraph before it.

    News style names a speaker once and lets the next paragraph's bare quotation (or the
    next paragraph of a long quotation) continue. The speaker is whoever spoke last in the
    previous paragraph: the subject of its last speech verb outside quotation marks, or
    its last attributed quotation, unless someone else became the subject of a sentence
    after that quotation ("Her rival, Tom Hale, disagreed."), who then speaks.
    """
    ps, pe = prior
    after = last_end if last_end is not None else ps
    starts = _sentence_starts(body, ps, pe)
    for cue in reversed(list(CUE_RE.finditer(body, after, pe))):
        if in_quote(cue.start()) or cue.group(1).lower() == "according to":
            continue
        sentence = starts[bisect.bisect_right(starts, cue.start()) - 1]
        found = _subject_before(body, max(sentence, after), cue.start(), people, None, 0.2)
        if found is not None and found.speaker is not None:
            found.cue = None
            return found
        break
    if last is None:
        # "Conti, a forklift driver, described the mood." introduces the quotation below
        if any(mark in body[ps:pe] for mark in '"“«'):
            return None
        # "He went on:" / "She added:": a short line that hands over to the quotation
        intro = re.fullmatch(r"\s*(?P<sp>He|She)\b[^.!?]{0,60}:\s*", body[ps:pe])
        if intro is not None:
            return _pronoun(body, ps, intro.group("sp"), people, None, 0.25)
        return _newcomer(body, starts[-1:], starts[-1], pe, people, in_quote)
    for sentence in reversed([s for s in starts if s >= after]):
        hit = people.first_in(sentence, pe)
        if hit is not None and not in_quote(hit[0]) and hit[2].kind == PERSON:
            if hit[2].name != last.speaker:
                return _named(body, hit, None, 0.15)
            break
    return _Attribution(last.speaker, last.as_written, None, 0.25)


def _crosshead(body: str, span: _Span) -> bool:
    """‘Twenty-three fires is rare?’ alone on its line: a quotation shaped like a headline
    (one sentence of ten words at most, no full stop), which is how crossheads quote."""
    text = body[span.start : span.end]
    ps, pe = span.paragraph
    alone = body[ps:pe].strip() == body[span.open_at : span.resume_at].strip()
    short = len(words(text)) <= 10 and not re.search(r"[.…]\s", text + " ")
    return span.label is None and alone and short


def _confidence(body: str, span: _Span, attribution: _Attribution | None) -> float:
    text = body[span.start : span.end]
    if span.label is not None:
        return 0.85 if attribution and attribution.speaker else 0.6
    n = len(words(text))
    score = 0.15 if n <= 2 else 0.35 if n <= 4 else 0.55
    if attribution is not None:
        bonus = attribution.strength
        if attribution.speaker is None:
            # a speech verb makes it speech even when the speaker could not be resolved
            bonus = min(bonus, 0.2 if attribution.cue else 0.1)
        score += bonus
    lead_in = body[max(span.paragraph[0], span.open_at - 40) : span.open_at]
    titled = n <= 10 and all(w[:1].isupper() or fold(w) in TITLE_SMALL_WORDS for w in words(text))
    # (a comma the American style puts inside the marks is not the title's; one inside
    # is: “Building the Emirates, Brick by Brick”)
    inner = text.rstrip(",;")
    if titled and not re.search(r"[.!?;]", inner) and (n > 3 or "," not in inner):
        score = min(score, 0.3)
    following = body[span.close_at + 1 : span.close_at + 40] if span.close_at < len(body) else ""
    if (
        _NAME_NOUN_AFTER.match(following)
        or _WORK_BEFORE_QUOTE.search(lead_in)
        or _NAMED_THING.search(lead_in)
    ):
        score = min(score, 0.3)  # “Cover up, clean up” campaign; a paper, “Possum excreta …”
    labelled = attribution is not None and attribution.cue in _LABEL_CUES.values()
    if _DISPLAY_INTRO.search(lead_in):
        score = min(score, 0.3)  # "a banner reading ‘…’", "chants of ‘…’": shown or sung
    if n <= 6 and _SCARE_INTRO.search(lead_in) and not (labelled and n >= 3):
        # "so-called “…”" is a label; "the army described him as a “…”" reports words
        score = min(score, 0.3)
    ending = text.rstrip()[-1:]
    spoken = (
        attribution is not None
        and attribution.speaker is not None
        and bool(ending)
        and (
            (attribution.strength >= 0.35 and ending in ",.!?")
            or (ending in ".!?" and text[:1].isupper())  # “…,” she said. “Nobody came.”
        )
    )
    # "the alert system had “failed completely”": the words finish the speaker's clause
    predicate = (
        attribution is not None
        and attribution.speaker is not None
        and attribution.strength >= 0.3
        and attribution.cue not in _LABEL_CUES.values()
        and (
            re.search(
                r"\b(?:had|has|have|was|were|is|are|be|been|would|will|to|remained|remains"
                r"|seemed|seems|appeared|looked|felt|became)\s*$",
                lead_in,
            )
            # "said the vote « changes nothing »": the words are the reported clause's verb
            or re.search(
                rf"\b(?:{CUE_PATTERN})\s+(?:that\s+)?(?:the|its|his|her|their|this)\s+[a-z]+\s*$",
                lead_in,
            )
        )
    )
    if n == 2 and (spoken or predicate) and not titled:
        # a speaker says it as a sentence: “We will,” she said, … / “Nobody came.”
        score = max(score, 0.55)
    elif n <= 2:
        score = min(score, 0.35)  # a word or two is a label ("terrorists")
    elif n <= 4:
        score = min(score, 0.65)
    return round(max(0.0, min(1.0, score)), 2)


def extract_quotations(
    body: str,
    people_index: list[tuple[int, int, EntityDraft]],
    *,
    subjects: dict[int, Subject] | None = None,
    clause_subjects: list[Subject] | None = None,
) -> list[ExtractedQuotation]:
    """All quotations of the body in order, attributed where the text allows it.

    ``subjects`` maps a speech verb's offset to its grammatical subject (start, end, head
    start) from a dependency parse; without it the first name of the clause stands in.
    """
    spans = _find_spans(body)
    quoted = [(s.start, s.end) for s in spans if s.label is None]
    quoted_starts = [s for s, _ in quoted]

    def in_quote(pos: int) -> bool:
        i = bisect.bisect_right(quoted_starts, pos) - 1
        return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

    named = [hit for hit in people_index if hit[2].kind == PERSON and not in_quote(hit[0])]
    clauses = clause_subjects or []
    heads = [c.head for c in clauses] + [a[1] - 1 for c in clauses for a in c.appositions]
    speech = list((subjects or {}).values())
    speakers = [c.head for c in speech] + [a[1] - 1 for c in speech for a in c.appositions]
    antecedents = _People(
        named, gender=genders(body, named), subject_heads=heads, speaker_heads=speakers
    )
    antecedents.body = body
    people = _People(people_index, antecedents=antecedents, subjects=subjects)
    people.learn_roles(body)
    people.body = body
    people.quoted = quoted
    people.clauses = sorted(clauses, key=lambda c: c.verb)
    people.clause_verbs = [c.verb for c in people.clauses]
    result: list[ExtractedQuotation] = []
    previous: dict[tuple[int, int], _Attribution] = {}
    previous_close: dict[tuple[int, int], int] = {}
    previous_end: dict[tuple[int, int], int] = {}
    para_spans = [p for p in paragraphs(body) if p[1] > p[0]]
    paragraph_at = {p: i for i, p in enumerate(para_spans)}
    sentence_cache: dict[tuple[int, int], list[int]] = {}
    interviewee = _interviewee(body, spans, people)
    marks = Counter(body[s.open_at] in "‘'" for s in spans if s.label is None and s.inside < 0)

    def single_marked(span: _Span) -> bool:
        return body[span.open_at] in "‘'" and marks[False] > marks[True]

    for index, span in enumerate(spans):
        ps, pe = span.paragraph
        attribution: _Attribution | None = None
        if span.label is not None:
            label = body[span.label[0] : span.label[1]]
            # "Sheriff Dana Holloway:": the person named inside the label
            hit = people.first_in(span.label[0], span.label[1])
            if label == "Q":
                # a question from an unnamed interviewer or reader: "the question-and-answer
                # session with journalists" says who asks
                attribution = _questioner(body, span.open_at)
            elif label == "A":
                if interviewee is not None:
                    attribution = _Attribution(interviewee, interviewee, None, 0.25)
            elif hit is not None and hit[0] < span.label[1]:
                attribution = _Attribution(hit[2].name, label, None, 0.35)
            elif holder := people.role_holder(fold(label), span.open_at):
                # "Witness:" / "DPP:" in a court record: the person introduced in that role
                attribution = _Attribution(holder, label, None, 0.3)
            else:
                attribution = _phrase(label, None, 0.25)
                attribution.as_written = label
        elif span.inside >= 0:
            # quoted by the speaker: only a cue inside the outer quotation attributes it
            if span.paragraph not in sentence_cache:
                sentence_cache[span.paragraph] = _sentence_starts(body, ps, pe)
            starts = sentence_cache[span.paragraph]
            sentence_at = bisect.bisect_right(starts, span.open_at) - 1
            attribution = _before(body, max(starts[sentence_at], span.inside), span, people)
        else:
            if span.paragraph not in sentence_cache:
                sentence_cache[span.paragraph] = _sentence_starts(body, ps, pe)
            starts = sentence_cache[span.paragraph]
            sentence_at = bisect.bisect_right(starts, span.open_at) - 1
            seg_start = max(starts[sentence_at], previous_close.get(span.paragraph, ps))
            next_open = pe
            following = next((s for s in spans[index + 1 :] if s.inside < 0), None)
            if following is not None and following.paragraph == span.paragraph:
                next_open = following.open_at
            later = bisect.bisect_right(starts, span.close_at)
            sentence_end = min(starts[later] if later < len(starts) else pe, next_open)
            attribution = _after(body, span, min(next_open, span.close_at + 160), people)
            if attribution is not None and attribution.cue == "according to":
                attribution = _according_to(body, seg_start, span, people, attribution)
            if attribution is None or attribution.speaker is None:
                attribution = _before(body, seg_start, span, people) or attribution
            if attribution is None or attribution.speaker is None:
                attribution = _loose_after(body, span, sentence_end, people) or attribution
            inherited = previous.get(span.paragraph)
            # (a phrase quoted inside a new sentence with its own subject, "suppliers must
            # notify consumers “as soon as practicable”", continues nobody's speech)
            new_sentence = previous_close.get(span.paragraph, ps) <= starts[sentence_at]
            if new_sentence and len(words(body[seg_start : span.open_at])) >= 4:
                inherited = None
            if _unanswered(attribution) and inherited is not None:
                attribution = _newcomer(
                    body, starts, previous_end[span.paragraph], span.open_at, people, in_quote
                )
                if attribution is None or attribution.speaker == inherited.speaker:
                    attribution = _Attribution(inherited.speaker, inherited.as_written, None, 0.25)
            if (
                attribution is None
                and sentence_at > 0
                and not body[seg_start : span.open_at].strip()
            ):
                prev_start = max(starts[sentence_at - 1], previous_close.get(span.paragraph, ps))
                fake = _Span(span.start, span.end, seg_start, span.close_at, span.paragraph)
                found = _before(body, prev_start, fake, people)
                if found is not None and found.speaker is not None:
                    found.strength = 0.25
                    attribution = found
                else:
                    # "Asked whether he had a message for the fans, he paused. “Thank you.”":
                    # the person the sentence before is about goes on to speak
                    subject = _PAUSE_SUBJECT.search(body, prev_start, seg_start)
                    if subject is not None:
                        word = subject.group("sp")
                        found = _pronoun(body, subject.start("sp"), word, people, None, 0.2)
                        attribution = found if found.speaker is not None else attribution
            if _unanswered(attribution) and not body[ps : span.open_at].strip():
                para_at = paragraph_at[span.paragraph]
                if para_at > 0:
                    prior = para_spans[para_at - 1]
                    carried = _carried_over(
                        body, prior, previous.get(prior), previous_end.get(prior), people, in_quote
                    )
                    attribution = carried or attribution
            # a one- or two-word label (a code name, a term) does not end the lead-in of
            # a later quotation in the sentence; speech does
            label_like = len(words(body[span.start : span.end])) < 3
            if not label_like or not _unanswered(attribution):
                previous_close[span.paragraph] = span.resume_at
        if attribution is not None and attribution.speaker is not None:
            attribution = _resolve_description(attribution, span.open_at, people)
        if attribution is not None and attribution.speaker is not None and span.inside < 0:
            previous[span.paragraph] = attribution
            previous_end[span.paragraph] = span.resume_at
        confidence = _confidence(body, span, attribution)
        uncued = attribution is None or attribution.cue is None
        if uncued and single_marked(span) and _crosshead(body, span):
            confidence = min(confidence, 0.3)
        if (
            index > 0
            and result
            and re.fullmatch(r"\s*(?:\(|[—–-])\s*", body[spans[index - 1].resume_at : span.open_at])
        ):
            # “Gohan wa kazoku no chikara” (“Rice is the strength of the family”), «…» —
            # “…”: a translation in brackets or after a dash is what the words it
            # translates are
            confidence = min(confidence, max(result[-1].confidence, 0.3))
        result.append(
            ExtractedQuotation(
                text=body[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=attribution.speaker if attribution else None,
                speaker_as_written=attribution.as_written if attribution else None,
                cue=attribution.cue if attribution else None,
                confidence=confidence,
            )
        )
    return _attributed_at_the_end(body, spans, result)


def _attributed_at_the_end(
    body: str, spans: list[_Span], result: list[ExtractedQuotation]
) -> list[ExtractedQuotation]:
    """ "“They came at 11pm with a notice … / “If they want to bring the bulldozers, …,”
    Mr Waheed said.": a quotation left open at its paragraph's end goes on in the next
    one, and the attribution there names the speaker of both."""
    by_start = {q.start: i for i, q in enumerate(result)}
    for span, following in itertools.pairwise(spans):
        ps, pe = span.paragraph
        i, j = by_start.get(span.start), by_start.get(following.start)
        if i is None or j is None or span.label is not None or span.inside >= 0:
            continue
        runs_on = (
            span.close_at >= pe
            and not body[ps : span.open_at].strip()
            and following.paragraph[0] > ps
            and not body[pe : following.open_at].strip()
        )
        later = result[j]
        if runs_on and result[i].cue is None and later.cue is not None and later.speaker:
            result[i] = replace(
                result[i],
                speaker=later.speaker,
                speaker_as_written=later.speaker_as_written,
                cue=later.cue,
                confidence=max(result[i].confidence, later.confidence - 0.1),
            )
    return result
