"""People, organisations and places named in the cleaned body, with their mentions.

No NER model: names are runs of capitalised words, then classified by general evidence
(an honorific or role before the name, a speech verb after it, organisation and place
keywords, a small gazetteer, a preposition such as "in"). Surface forms of one entity
are merged within the article (accents, case, surname only, middle names), because an
archive wants "Óscar Pérez", "Oscar Perez" and "Mr. Pérez" to be one person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .gender import gender_before
from .lexicon import (
    ADDRESS_AFTER,
    COMMON_ACRONYMS,
    COMMON_CAPITALISED,
    COMPANY_WORDS,
    CUE_PATTERN,
    DAYS,
    DEITY_WORDS,
    DEMONYMS,
    GAZETTEER,
    GIVEN_NAMES,
    HONORIFICS,
    INVERTED_CUES,
    LEGAL_FORMS,
    LEGISLATURES,
    MONTHS,
    ORG_KEYWORDS,
    PATRONYMIC_PARTICLES,
    PERSON_NOUNS,
    PLACE_KEYWORDS,
    PLATFORMS,
    PORTFOLIO_WORDS,
    RELATION_NOUNS,
    ROLES,
    TITLE_SMALL_WORDS,
    word_set,
)
from .text import diacritic_count, fold
from .types import ORGANIZATION, OTHER, PERSON, PLACE, ExtractedEntity

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,30}\b")
_HASHTAG_RE = re.compile(r"(?<![\w#])#\w+")
_CONNECTORS = (
    word_set(
        "of the de del la las los da do dos das van von der den di du le y and for et und des on "
        "por para pour für i e"
    )
    | PATRONYMIC_PARTICLES
)
_CONNECTOR_CHAINS = re.compile(
    r"^ (?:of|of the|de|de la|de las|de los|del|da|do|dos|das|van|van der|van den|von|der|di"
    r"|du|le|y|e|e da|e do|and|for|for the|et|und|on|on the|por|por la|por el|para|pour"
    r"|pour la|für|i|bin|binti|bte) $"
)
_PLACE_PREPOSITIONS = word_set(
    "in near outside across throughout around inside above below beneath beyond via along"
)
# A name right after a preposition or an article is not the subject of a following verb:
# "who lives on Kingsway said", "at Corvalis, wrote", "the Independents said".
_NOT_SUBJECT_BEFORE = word_set(
    "the at in on of from to into onto near with by for about above below outside inside "
    "across around towards toward behind beyond via along under over between among against"
)
# "moved from Kraków to Pune", "commutes to Setúbal", "all the way down to Mirești"
_MOTION_BEFORE = re.compile(
    r"\b(?:move[ds]?|moving|commut\w*|travel\w*|fl(?:ew|y|ies|ying|ights?)|dr(?:o|i)ve[ns]?"
    r"|driving|return\w*|went|go(?:es|ing)?|head(?:s|ed|ing)?|fle[de]\w*|arriv\w*|relocat\w*"
    r"|emigrat\w*|deport\w*|evacuat\w*|sent|back|down|up|way|road|route|trip|journey"
    r"|bus(?:es)?|trains?|border|visit\w*|bridge|crossing|highway|motorway|ferry)"
    r"\s+(?:\w+\s+)?(?:to|from|into|towards?)\s+$"
)
# "Wrexley town centre", "the Târnăvița river", "the Alentejo municipality"
# ("the Bellarine and Mornington peninsulas": a plural noun shared by two names)
_PLACE_NOUNS = (
    r"(?:town|city|village|river|valley|region|municipality|province|district|county|canton"
    r"|state|coast|border|area|neighbou?rhood|suburb|barrio|island|peninsula|delta|basin"
    r"|highway|motorway|mountains?|hills?|lake|bay|harbou?r|airport|countryside|metro|subway"
    r"|station|railway station|tram stop|stadium|square|beach|bridge)"
)
_PLACE_NOUN_AFTER = re.compile(
    rf"^\s+(?:and\s+[A-Z][\w’'\-]+\s+{_PLACE_NOUNS}(?:s|es)?|{_PLACE_NOUNS})\b"
)
# "the Independents said", "the Independents, ...": an article before a name that is not a
# modifier ("the Maduro regime") says it is not a person.
_ARTICLED_END = re.compile(
    rf"^(?:[’']s?)?(?:\s*[,.;:)]|\s+(?:{CUE_PATTERN}|is|are|was|were|has|have|had|will|would"
    r"|could|should|can|may|might|must|did|does|do|also|who|which|that)\b)"
)
# "residents of Valdemora del Río", "neighbouring Benisalem"
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:(?:the|a) (?:building|block|tower|estate|complex|chalet|mansion|apartment block)"
    r",\s+$|(?:districts?|streets|outskirts|cent(?:re|er)|heart|residents|people|citizens"
    r"|inhabitants|mayor|suburbs?|neighbou?rhoods?|north|south|east|west|north-east"
    r"|north-west|south-east|south-west|northeast|northwest|southeast|southwest|parts)"
    r" of|neighbou?ring|nearby|downtown|central|northern|southern|eastern|western|rural"
    r"|coastal)\s+$"
)
# "shares of Corvalis", "Corvalis's employees": what only an organisation has
_ORG_OWNED = (
    r"(?:shares?|stock|headquarters|employees|workforce|shareholders|subsidiar(?:y|ies)"
    r"|chief executive|ceo|board|branch(?:es)?|plants?|factor(?:y|ies)|stores|customers"
    r"|clients|annual report|website|share price|profits?|revenues?|staff|head coach|coach"
    r"|captain|squad|striker|goalkeeper|midfield|stadium|shafts?|mines?|smelters?|refiner(?:y|ies)"
    r"|mills?|operations|earnings|results|products|brands?|management)"
)
# "Ibama, the environmental protection agency,"
_APPOSITION_ORG = re.compile(
    r"^,\s*(?:the|an?)\s+(?:[\w\-]+\s+){0,3}?(?:agency|company|firm|group|party"
    r"|organi[sz]ation|ministry|union|bank|network|institute|watchdog|regulator|charity|ngo"
    r"|authority|court|broadcaster|newspaper|university|coalition|movement|alliance"
    r"|federation|association|council|department|office|club|team|carrier|airline|insurer"
    r"|manufacturer|retailer|conglomerate|startup|publisher|think[ -]tank|committee|pac"
    r"|nonprofit|non-profit|foundation|commission|fund|consortium|cooperative|lab)\b(?![’'])"
)
_ORG_BEFORE = re.compile(
    rf"\b(?:{_ORG_OWNED}\s+(?:of|at)\s+(?:the\s+)?"
    # "executive director of the nonpartisan Prairie State Ethics Watch"
    r"|(?:director|chair(?:man|woman|person)?|president|founder|co-founder|head|spokes\w+"
    r"|members?|secretary|treasurer|researchers?|analysts?|economists?|lawyers?)"
    r"\s+(?:of|at|for|with)\s+the\s+(?:[a-z][\w-]+\s+)?)$",
    re.I,
)
# "the rights group Foro de Defensa Ciudadana", "the party Podemos": the kind, then its name
_ORG_NOUN_BEFORE = re.compile(
    r"\b(?:group|organi[sz]ation|ngo|charity|company|firm|party|union|movement|coalition"
    r"|daily|weekly|tabloid|outlet|news site|website|radio station|tv station"
    r"|network|agency|watchdog|foundation|association|think tank|newspaper|broadcaster"
    r"|startup|consortium|nonprofit|lender|insurer|retailer|airline|carrier|club)\s+$"
)
# "The national drinking-water regulator, Taumata Arowai, said": the kind, then the name
_ORG_APPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:the|an?)\s+(?:[\w\-]+\s+){0,3}(?:regulator|watchdog|agency|authority|ministry"
    r"|department|company|firm|charity|union|broadcaster|newspaper|insurer|lender|retailer"
    r"|operator|carrier|airline|manufacturer|think[ -]tank|foundation|institute),\s+$"
)
_LAW_WORDS = word_set("act bill statute ordinance directive rate")  # "the Central Bank Rate"
# "the Ipsalys institute", "the Nordwerk group": a name used as the modifier of its kind
_ORG_NOUN_AFTER = re.compile(
    r"^\s+(?:institute|group|company|firm|agency|foundation|party|union|bank|newspaper"
    r"|broadcaster|channel|network|consortium|charity|watchdog|think tank|polling firm)\b"
)
_ORG_AFTER = re.compile(rf"^(?:’s|'s|')\s+(?:\w+\s+)?{_ORG_OWNED}\b", re.I)
_MAX_RUN = 12
# First words that never start a person's name; the second set starts places.
_PLACE_FIRST = word_set(
    "san santa santo são sao saint sankt puerto porto port fort mount lake cape cabo isla "
    "ilha vila villa nueva nuevo"
)
_NON_PERSON_FIRST = word_set("el la los las le les") | _PLACE_FIRST
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish")
_CUE_AFTER = re.compile(
    r"^\s*(?:,[^,\n.“”\"]{1,100},\s*|,\s*)?(?:who\s+)?(?:\w+ly\s+|also\s+|then\s+)?"
    rf"(?:{CUE_PATTERN})\b"
)
_INVERTED = "|".join(sorted(INVERTED_CUES))
_CUE_BEFORE = re.compile(rf"\b(?:{_INVERTED}|according to)\s+$")
_PERSON_NOUN = "|".join(sorted(PERSON_NOUNS))
_APPOSITION_PERSON = re.compile(
    r"^(?:\s*\(\d{1,3}\))?"  # "Bablu Kumar (22), a labourer": an age first
    # ("Kwadwo Antwi, popularly called “Kojo Bullet”, leader of …": a nickname between)
    r"(?:,\s*(?:popularly |commonly |better )?(?:known as|called|nicknamed|dubbed)\s+"
    r"[“\"‘'][^”\"’'\n]{1,40}[”\"’'])?"
    r"(?:(?:,\s*|\s+(?:is|was|,)\s+)(?:an?|the|[A-Z][\w’']*['’]s)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{_PERSON_NOUN})\b"
    # ", leader of the association": a post without its article
    rf"|,\s*(?:{_PERSON_NOUN})\s+(?:of|at|for)\s)"
)
# Titles of works and named operations are not people, organisations or places:
# "an action film called Muerte Suspendida", "Operation Gideon".
_WORK_BEFORE = re.compile(
    r"(?i)\b(?:film|movie|book|novel|song|album|series|show|documentary|play|opera|report"
    r"|programme|program|operation|campaign|exercise|mission|hashtag|slogan|painting|poem)"
    r"(?:\s+(?:called|titled|entitled|named|dubbed))?[\s,:“\"‘']*$"
)
# "LIMA, March 3 (Reuters) -": the capitals opening a wire story name a place.
_DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+){0,3}"
    r"(?:,\s*[A-Z][\w.]*(?: \d{1,2})?(?:, \d{4})?){0,2}"
    r"\s*(?:\([^()\n]{2,40}\))?\s*(?:[-–—]|(?<=[A-Z]):)\s"  # "MUMBAI: Six people …"
)
# ... and named storms and operations: "Storm Babet", "Hurricane Ian", "Operation Gideon"
_WORK_FIRST = word_set(
    "operation operación operacion plan project exercise storm hurricane typhoon cyclone"
)
_SENTENCE_START = re.compile(
    r"(?:^|[.!?:;…][”’\"»)]*\s*|\n|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[—–-])"
    r"[\s“\"‘'(«\[—–-]*$"
)  # ("10:31 — Questioning of …": a live update's time opens its line)


@dataclass
class _Token:
    start: int
    end: int
    text: str
    capitalised: bool
    stop_after: bool = False  # possessive or hyphen suffix: a name ends here
    post_before: bool = False  # "group manager Dean Whitcombe": the post is already given


@dataclass
class _Occurrence:
    start: int
    end: int
    surface: str
    tokens: tuple[str, ...]
    evidence: set[str] = field(default_factory=set)
    sentence_initial: bool = False


@dataclass
class EntityDraft:
    """Mutable entity while the article is processed; ``freeze`` gives the contract type."""

    name: str
    kind: str
    occurrences: list[_Occurrence]

    def freeze(self) -> ExtractedEntity:
        seen: list[str] = []
        for occ in sorted(self.occurrences, key=lambda o: o.start):
            if occ.surface != self.name and occ.surface not in seen:
                seen.append(occ.surface)
        mentions: list[tuple[int, int]] = []
        for occ in sorted(self.occurrences, key=lambda o: (o.start, -o.end)):
            if mentions and occ.start < mentions[-1][1]:
                continue
            mentions.append((occ.start, occ.end))
        return ExtractedEntity(self.name, self.kind, tuple(seen), tuple(mentions))


_PLURAL_OWNERS = word_set("women men children people")
_GAZETTEER = GAZETTEER
# The bodies that govern or police an area and take its name: "Ōtāwhiri District Council"
_AREA_BODIES = word_set(
    "district city county regional borough municipal shire town council municipality "
    "police constabulary province provincial state government"
)
_PRODUCT_AFTER = re.compile(
    r"\s+(?:trains?|buses|bus|flights?|jets?|planes?|aircraft|cars?|trucks?|rifles?|phones?"
    r"|tablets?|vaccines?|drones?|missiles?|tanks?)\b"
)
# "Sheriff's Office", "Attorney General's Department": the possessive is inside the name
_OWNED_INSTITUTION = re.compile(
    r" (?:Office|Department|Association|Hospital|Court|Bureau|Service|Union|Council"
    r"|Commission|Fund|Foundation|Institute|League|Society|Club|School|College)\b"
)
_REGION_WORDS = word_set("north south east west central latin middle northern southern")
_STORM_WORDS = word_set("storm hurricane typhoon cyclone")
_ABBREVIATED = word_set("st ste mt ft pt sto sta")
_PLACE_STARTS = word_set(
    "san santo santa são sao villa ciudad puerto valle cerro norte sur bahía isla fort"
)
_DIVISIONS = word_set("barangay brgy municipality comuna")
_GIVEN_DEITY_NAMES = word_set("jesus")
_RELIGIOUS_TITLES = word_set("father sister brother padre fray monsignor msgr")
_COMPANY_ABBREVIATIONS = word_set("cos co corp bros")
_LEADING_JUNK = word_set("of the and for y")
_POSTNOMINALS = frozenset(
    ["KC", "QC", "SC", "SAN", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "Jr", "Sr", "PhD"]
)
# Police and military rank abbreviations, written in capitals (case matters: "di" is Italian)
_RANK_ABBREVIATIONS = frozenset(
    [
        "DI",
        "DCI",
        "DS",
        "DC",
        "DCS",
        "PC",
        "PCSO",
        "WPC",
        "Supt",
        "Insp",
        "Det",
        "Cllr",
        "Cpl",
        "Pte",
        "Maj",
        "Brig",
        "Adm",
        "Cdr",
        # prosecutors and police ranks in South and South-East Asian reports
        "DPP",
        "SP",
        "ASP",
        "DSP",
        "ACP",
        "DCP",
        "SAC",
        "IGP",
        "SI",
        "ASI",
        "SHO",
        # posts written before a name: "CS Nyakundi", "TD Johnny Brophy", "MP Ana Ruiz"
        "CS",
        "PS",
        "MCA",
        "TD",
        "MP",
        "MEP",
        "MLA",
    ]
)


def _tokens(body: str) -> list[_Token]:
    blocked = [m.span() for m in _HANDLE_RE.finditer(body)]
    blocked += [m.span() for m in _HASHTAG_RE.finditer(body)]
    blocked_starts = {s for s, _ in blocked}
    inside = set()
    for s, e in blocked:
        inside.update(range(s, e))
    # "Sen. Maria Alvarez (D-N.M.)": a party and state tag, not a name
    for m in _PARTY_TAG.finditer(body):
        inside.update(range(m.start(), m.end()))
    out: list[_Token] = []
    for m in _TOKEN_RE.finditer(body):
        start, end, text = m.start(), m.end(), m.group()
        if start in inside or start - 1 in blocked_starts:
            out.append(_Token(start, end, text, False, True))
            continue
        stop_after = False
        if text[:-2].lower() in _PLURAL_OWNERS and text[-2:] in ("’s", "'s"):
            pass  # "Women's Northern League", "People's Party": part of the name
        elif (
            len(text) > 3
            and text[-2:] in ("’s", "'s")
            # ("Sheriff's Office" is a name; "Victoria's Department of Health" is a
            # place's department)
            and (not _OWNED_INSTITUTION.match(body, end) or fold(text[:-2]) in _GAZETTEER)
        ):
            text, end, stop_after = text[:-2], end - 2, True
        elif "-" in text:
            parts = text.split("-")
            # "Maduro-aligned" ends at the name; "Grandvaux-la-Ferrière" is one name
            elided = re.match(r"[dl]['’][^\W\d_]", parts[-1]) and parts[-1][2:3].isupper()
            if parts[-1][:1].islower() and not elided and not _romanised_given_name(parts):
                text = parts[0]
                end = start + len(text)
                stop_after = True
        capitalised = text[:1].isupper()
        if len(text) == 1 and body[end : end + 1].isdigit():
            capitalised = False  # "R6.8bn", "N500": a currency, not an initial
        out.append(_Token(start, end, text, capitalised, stop_after))
    return out


# One romanised Korean or Chinese syllable ("Hyun", "woo", "Jong", "un", "Hsien"): given
# names are two of them joined by a hyphen, the second in lower case ("Kim Hyun-woo",
# "Tsai Ing-wen"), which "Maduro-aligned" or "Kremlin-run" are not.
_SYLLABLE = re.compile(r"(?i)[bcdfghjklmnprstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|r)?")
_HYPHEN_WORDS = frozenset(
    ["run", "free", "war", "fan", "ban", "man", "men", "pro", "day", "ton", "kin", "say"]
)


def _romanised_given_name(parts: list[str]) -> bool:
    """Whether "Hyun-woo" is one given name rather than a name with an English suffix."""
    return (
        len(parts) == 2
        and parts[0][:1].isupper()
        and parts[1].lower() not in _HYPHEN_WORDS
        and all(_SYLLABLE.fullmatch(part) for part in parts)
    )


_PARTY_TAG = re.compile(r"\((?:[DRI]|Dem|Rep|Ind|Lab|Con|LD)-[A-Z][A-Za-z.]{0,8}\)")


_LOWER_PLACE_GENERICS = word_set(
    "rue avenue boulevard chemin pont parc quai autoroute rang salle calle avenida rua "
    "praca paseo carretera puente rio lac ile"
)
_LOWER_ORG_GENERICS = word_set("ecole college lycee escuela colegio")
_LOWER_GENERICS = _LOWER_PLACE_GENERICS | _LOWER_ORG_GENERICS


def _runs(body: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal sequences of capitalised tokens, allowing connectors like "of the", "de"."""
    runs: list[list[_Token]] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not tokens[i].capitalised:
            i += 1
            continue
        run = [tokens[i]]
        j = i
        generic = tokens[i - 1] if i > 0 else None
        if (
            generic is not None
            and fold(generic.text) in _LOWER_GENERICS
            and body[generic.end : tokens[i].start] == " "
        ):
            # "pont Armand-Létourneau", "rue Richelieu", "école Notre-Dame": French,
            # Spanish and Portuguese write the kind of place in lower case, inside the name
            run = [replace(generic, capitalised=True), tokens[i]]
        while not tokens[j].stop_after and j + 1 < n:
            gap = body[tokens[j].end : tokens[j + 1].start]
            # "Mr. Pérez", "St. Petersburg", "Mt. Kenya"
            honorific_gap = gap == ". " and fold(tokens[j].text) in HONORIFICS | _ABBREVIATED
            # "Loblaw Cos. Ltd.", "Warner Bros. Discovery"
            honorific_gap = honorific_gap or (
                gap == ". "
                and fold(tokens[j].text) in _COMPANY_ABBREVIATIONS
                and fold(tokens[j + 1].text) in LEGAL_FORMS | COMPANY_WORDS
            )
            # "D. K. Sawant", "N. S. Iyer": initials before a name
            # ("J.C. Bermudez Park": initials written without a space)
            close = gap == "." and len(tokens[j + 1].text) == 1
            initial = (
                (gap == ". " or close) and len(tokens[j].text) == 1 and tokens[j].text.isupper()
            )
            honorific_gap = honorific_gap or (initial and tokens[j + 1].text[:1].isupper())
            # "Transport Workers’ Union": a plural possessive inside an organisation's name
            plural_gap = (
                gap in ("' ", "’ ")
                and tokens[j].text.endswith("s")
                and (
                    any(fold(t.text) in ORG_KEYWORDS for t in tokens[j + 1 : j + 4])
                    or all(t.capitalised for t in tokens[j + 1 : j + 3])
                )
                and tokens[j + 1].capitalised
            )
            joined = gap == " " or gap == " & " or honorific_gap or plural_gap
            if tokens[j + 1].capitalised and joined:
                j += 1
                run.append(tokens[j])
                continue
            # a nickname in quotes inside a name: Governor Ramon “Bong” Dizon
            if (
                gap in (" “", ' "')
                and j + 2 < n
                and len(run) <= 3
                and tokens[j + 1].capitalised
                and tokens[j + 2].capitalised
                and body[tokens[j + 1].end : tokens[j + 2].start] in ("” ", '" ')
            ):
                run.extend(tokens[j + 1 : j + 3])
                j += 2
                continue
            # connector chain then a capitalised word
            k = j + 1
            while k < n and not tokens[k].capitalised and fold(tokens[k].text) in _CONNECTORS:
                k += 1
            if k < n and k > j + 1 and tokens[k].capitalised:
                chain = body[tokens[j].end : tokens[k].start]
                # "Office for Financial Crime", but not "left Morocco for Manchester"
                titled = any(fold(t.text) in ORG_KEYWORDS or _is_role(fold(t.text)) for t in run)
                # ("Portfolio Committee on Electricity", but not "met Ana on Monday")
                loose = chain.startswith((" for", " on", " por", " para", " pour", " für"))
                if _CONNECTOR_CHAINS.match(chain) and (
                    titled or not loose or _abbreviated_after(body, tokens, run, k)
                ):
                    run.extend(tokens[j + 1 : k + 1])
                    j = k
                    continue
            break
        # "Comité de Familiares 15 de Enero", "Movimiento 26 de Julio": a date that names
        # a body, after its organisation word
        dated = _NAMED_DATE.match(body, run[-1].end)
        if dated and any(fold(t.text) in ORG_KEYWORDS for t in run):
            while j + 1 < n and tokens[j + 1].end <= dated.end():
                j += 1
                run.append(replace(tokens[j], capitalised=True))
        runs.append(run)
        i = j + 1
    return runs


# East Slavic patronymics ("Hryhorovych", "Viktorivna", "Anatoliyivna", "Petrovich").
_PATRONYMIC_ENDINGS = ("ovych", "evych", "ovich", "evich", "ivna", "ovna", "evna", "ichna")


def _romanisation_key(key: str) -> str:
    """A key for names romanised two ways ("Vitaliy"/"Vitalii", "Izium"/"Izyum",
    "Kupiansk"/"Kupyansk"): y and i, and doubled letters, count as one."""
    return re.sub(r"(.)\1", r"\1", key.replace("y", "i"))


# Forms of address written after a given name ("Ayşe Hanım", "Ahmet Bey"), folded.
_ADDRESS_AFTER = frozenset(ADDRESS_AFTER)
# Words of a job title that are no roles of their own ("Chief Executive Officer").
_JOB_WORDS = word_set(
    "executive managing general senior deputy assistant vice acting chief officer director "
    "operating financial technology"
)
_NAMED_DATE = re.compile(
    r" \d{1,2}º? (?:de )?(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre"
    r"|Setiembre|Octubre|Noviembre|Diciembre|Janeiro|Fevereiro|Março|Maio|Junho|Julho"
    r"|Setembro|Outubro|Novembro|Dezembro)\b"
)


def _abbreviated_after(body: str, tokens: list[_Token], run: list[_Token], k: int) -> bool:
    """ "Red Ciudadana por la Memoria (RECIME)": the abbreviation after the words that
    follow a loose connector spells the whole name, so the name runs through it."""
    end = k
    while end + 1 < len(tokens) and tokens[end + 1].capitalised:
        if body[tokens[end].end : tokens[end + 1].start] != " ":
            break
        end += 1
    short = re.match(r"\s*\(([A-ZÀ-Þ]{3,10})\)", body[tokens[end].end : tokens[end].end + 14])
    if not short:
        return False
    words = tuple(t.text for t in run) + tuple(t.text for t in tokens[k : end + 1])
    return _spells(short.group(1), words) or _syllables(short.group(1), words)


def _is_sentence_initial(body: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(body[max(0, start - 12) : start]))


def _trim(run: list[_Token]) -> list[_Token]:
    while run and not run[-1].capitalised:
        run = run[:-1]
    while run and not run[0].capitalised:
        run = run[1:]
    return run


def _split_run(
    body: str, run: list[_Token], lowercase_words: set[str]
) -> Iterable[tuple[list[_Token], set[str]]]:
    """Turn one capitalised run into name candidates with the evidence the run gives."""
    folded = [fold(t.text) for t in run]
    last_and = max((i for i, f in enumerate(folded) if f == "and"), default=-1)
    keyword_only_at_end = any(f in ORG_KEYWORDS for f in folded[last_and + 1 :]) and not any(
        f in ORG_KEYWORDS for f in folded[:last_and]
    )
    # "in Ghatkopar and MT Agarwal Hospital": after "in", a place and then an institution
    placed_first = bool(run) and bool(
        re.search(r"\b(?:in|at|near|from)\s+$", body[max(0, run[0].start - 6) : run[0].start])
    )
    if (
        keyword_only_at_end
        and placed_first
        and not any(f in ORG_KEYWORDS | PLACE_KEYWORDS for f in folded[:last_and])
    ):
        keyword_only_at_end = len(folded) - last_and - 1 < 2
    # "Ministry of Communication and Information", "Department of Trade and Industry": one
    # body whose portfolio is two words joined by "and"
    portfolio = (
        last_and >= 3
        and folded.count("and") == 1
        and folded[last_and - 2] == "of"
        and folded[last_and - 3] in ORG_KEYWORDS
        and len(folded) - last_and - 1 == 1
        and folded[-1] not in _GAZETTEER | ORG_KEYWORDS
    )
    # ("Trinidad and Tobago Police Service": a country's name holds its "and")
    joins = {
        i
        for i, f in enumerate(folded)
        if f == "and"
        and 0 < i < len(run) - 1
        and f"{folded[i - 1]} and {folded[i + 1]}" in _GAZETTEER
    }
    splits = [i for i, f in enumerate(folded) if f == "and" and i not in joins]
    # ("Ministry of Human Resources and Emiratisation (MoHRE)": the abbreviation the text
    # defines spells the whole run, "and" included)
    defined = (
        re.match(r"\s*\(([A-Za-z&]{2,10})\)", body[run[-1].end : run[-1].end + 14]) if run else None
    )
    if defined:
        letters, names = defined.group(1), tuple(t.text for t in run)
        if _spells(letters, names):
            splits = []
    if splits and not keyword_only_at_end and not portfolio:
        pieces: list[list[_Token]] = []
        current: list[_Token] = []
        for i, tok in enumerate(run):
            if i in splits:
                pieces.append(current)
                current = []
            else:
                current.append(tok)
        pieces.append(current)
        for index, piece in enumerate(pieces):
            piece = _trim(piece)
            # "Minister of Employment and Labor Song Mi-ran": the post's second portfolio
            # word, then the name of the post's holder
            held = False
            if index > 0 and len(piece) >= 3 and fold(piece[0].text) in PORTFOLIO_WORDS:
                piece = piece[1:]
                held = bool(pieces[0]) and _is_role(fold(pieces[0][0].text))
            for name, evidence in _split_run(body, piece, lowercase_words) if piece else ():
                yield name, evidence | {"role"} if held else evidence
        return
    # drop sentence-initial or heading words that never start a name
    skip = 0
    while skip < len(run):
        f = fold(run[skip].text)
        # "Los Angeles", "La Paz", "Van Gogh": a capitalised particle starts the name
        particle = f in _CONNECTORS and f not in _LEADING_JUNK and skip + 1 < len(run)
        # ("The Hague": a place whose name holds its article)
        held = f == "the" and " ".join(fold(t.text) for t in run[skip : skip + 2]) in _GAZETTEER
        if not held and (f in COMMON_CAPITALISED or (f in _CONNECTORS and not particle)):
            skip += 1
            continue
        # ("Questioning of Doğanay by the judge": a gerund opening the sentence)
        gerund = f.endswith("ing") and len(f) > 5 and skip + 1 < len(run)
        if (
            gerund
            and fold(run[skip + 1].text) in ("of", "for", "by")
            and _is_sentence_initial(body, run[skip].start)
        ):
            skip += 1
            continue
        initial = _is_sentence_initial(body, run[skip].start)
        # "Council Member Ruelas …" opening a sentence: the title's first word stays
        title = skip + 1 < len(run) and fold(run[skip + 1].text) == "member"
        # "Office of Civil Defense …" opening a sentence: a body named by its kind
        title = title or (
            f in ORG_KEYWORDS and skip + 2 < len(run) and fold(run[skip + 1].text) == "of"
        )
        if initial and f in lowercase_words and f not in HONORIFICS | ROLES and not title:
            skip += 1
            continue
        break
    run = _trim(run[skip:])
    # "Priya Sandhu KC", "Ana Ruiz MP": letters after a name are not part of it
    while len(run) > 2 and run[-1].text in _POSTNOMINALS:
        run = run[:-1]
    # "Agents of the CICPC" at a sentence start: a common noun, not part of the name
    # (but "VALDEMORA DEL RÍO" and "Wrexley and Vale Police" keep their first word)
    if (
        len(run) > 2
        and fold(run[1].text) in _CONNECTORS - {"and", "y"}
        and _is_sentence_initial(body, run[0].start)
    ):
        head = fold(run[0].text)
        common = head in lowercase_words or (head.endswith("s") and not run[0].text.isupper())
        if common and not {head} & (ORG_KEYWORDS | PLACE_KEYWORDS | ROLES):
            run = _trim(run[1:])
    # months and weekdays split a run
    piece: list[_Token] = []
    pieces = []
    for tok in run:
        f = fold(tok.text)
        # ("Instituto Português do Mar": "Mar" is the sea unless a date is written)
        dated = len(f) > 3 or len(run) == 1 or re.match(r"\.?\s*\d", body[tok.end : tok.end + 3])
        # ("Lê Thị Thu Hà": "Thu" is Thursday only written as a date's day, "Thu, 21 Nov")
        day = f in DAYS and (len(f) > 3 or re.match(r"[.,]|\s*\d", body[tok.end : tok.end + 3]))
        if (f in MONTHS and dated) or day:
            pieces.append(piece)
            piece = []
        else:
            piece.append(tok)
    pieces.append(piece)
    for part in pieces:
        part = _trim(part)
        if part:
            yield from _roles(part)


_TWO_WORD_HONOURS = frozenset(
    {("tan", "sri"), ("datuk", "seri"), ("dato", "seri"), ("dato", "sri"), ("puan", "sri")}
    | {("toh", "puan"), ("datuk", "patinggi")}
)


def _roles(run: list[_Token]) -> Iterable[tuple[list[_Token], set[str]]]:
    """Strip a title ("Interior Minister", "Mr.") and mark what follows as a person."""
    folded = [fold(t.text) for t in run]
    # Malaysian honours of two words ("Tan Sri Ong Kah Seng", "Datuk Seri Kamarulzaman"):
    # "Tan" is also a surname and "Sri" opens "Sri Lanka", so only the pair is a title
    if len(run) == 2 and tuple(folded) in _TWO_WORD_HONOURS:
        return  # "Datuk Seri told me": the honour used alone, as a form of address
    if len(run) > 2 and tuple(folded[:2]) in _TWO_WORD_HONOURS:
        run, folded = run[2:], folded[2:]
        if len(run) > 1 and _is_role(folded[0]):
            yield from _roles(run)
            return
        yield run, {"role"}
        return
    # "Kessling Umformtechnik GmbH of Stuttgart": the registered name ends at its legal form
    k = folded.index("of", 1) if "of" in folded[1:] else -1
    if k > 1 and folded[k - 1] in LEGAL_FORMS and k + 1 < len(run):
        yield run[:k], set()
        yield _trim(run[k + 1 :]), set()
        return
    if len(run) > 2 and folded[1] == "of" and folded[0] in RELATION_NOUNS:
        run, folded = _trim(run[2:]), folded[2:]  # "Mother of X": X is the name
    if len(run) > 1 and _is_role(folded[0]) and folded[1] in _CONNECTORS:
        # "Minister of the Interior": a title, not a name, unless a name follows it
        # ("Councillor of State Jean-Marc Perrottet")
        for k in range(2, len(run) - 1):
            if folded[k].split("-")[0] in GIVEN_NAMES and run[k + 1].capitalised:
                yield run[k:], {"role"}
                return
        # "Minister of Electricity Thandi Mkhabela": one portfolio word, then the name
        tail = folded[3:]
        if (
            len(run) in (5, 6)
            and run[2].capitalised
            and folded[2] not in _CONNECTORS
            and not any(t in _CONNECTORS or t in ORG_KEYWORDS | PLACE_KEYWORDS for t in tail)
            and (folded[3] in GIVEN_NAMES or folded[2] in PORTFOLIO_WORDS or len(run) == 5)
        ):
            yield run[3:], {"role"}
            return
        # "Superintendent of Police Nitin Gawande": the name follows the office's noun
        for k in range(2, len(run) - 2):
            tail = folded[k + 1 :]
            if (
                folded[k] in ORG_KEYWORDS | PLACE_KEYWORDS
                and 2 <= len(tail) <= 4
                and not any(t in _CONNECTORS or t in ORG_KEYWORDS for t in tail)
            ):
                yield run[k + 1 :], {"role"}
                return
        return
    evidence: set[str] = set()
    role_at = -1
    head = folded[: folded.index("of")] if "of" in folded[1:] else folded
    institution = head[-1] in ORG_KEYWORDS or head[-1] in PLACE_KEYWORDS
    for i, f in enumerate(folded[:-1]):
        # "General Hospital", "Major League": a role word inside an institution's name
        rank = _is_role(f) or run[i].text in _RANK_ABBREVIATIONS  # "DI Keating"
        # ("group manager Dean Whitcombe": after a post in lower case, a given name)
        rank = rank and not (i == 0 and run[0].post_before and f in GIVEN_NAMES)
        # "Father Hernando Jaimes", "Sister María Luisa": a religious title
        rank = rank or (
            i == 0 and f in _RELIGIOUS_TITLES and len(run) > 2 and run[0].text[:1].isupper()
        )
        # "Mr Justice Pemberton-Hale", "Lady Justice Arden": a judge's title
        rank = rank or (f == "justice" and i > 0 and role_at == i - 1)
        # "Justice Sadia Noor", "Justice Aslam": a judge, not "Justice Department"
        rank = rank or (
            f == "justice" and i == 0 and not set(folded[1:]) & (ORG_KEYWORDS | _CONNECTORS)
        )
        # ("Neighbour Dean Whitworth": a given name right after a title starts the name)
        rank = rank and not (i > 0 and role_at == i - 1 and f in GIVEN_NAMES)
        # "Student Jonas Berthold, 23": a description opening the sentence, then a name
        rank = rank or (i == 0 and f in PERSON_NOUNS and folded[1] in GIVEN_NAMES)
        # "Council Member X", "Board Member X": a member of a body is a title too
        rank = rank or (f == "member" and i > 0 and folded[i - 1] in ORG_KEYWORDS)
        # (a role word after "X of Y" is a post there: "Office of Civil Defense
        # Undersecretary Leonora Abad-Santos")
        if rank and run[i + 1].capitalised and not (institution and i < len(head)):
            role_at = i
    if role_at >= 0:
        rest = run[role_at + 1 :]
        if len(rest) >= 3 and fold(rest[0].text) in _GAZETTEER and rest[1].capitalised:
            rest = rest[1:]  # "Advocate General Punjab Malik Shahzad …": the post's province
        if any(fold(t.text) not in ROLES for t in rest):
            if institution and role_at > len(head):  # "Office of Civil Defense"
                yield _trim(run[:role_at]), set()  # the body the post belongs to
            run = rest
            folded = folded[role_at + 1 :]
            evidence.add("role")
    if all(_is_role(f) for f in folded):
        return  # "Accountant-General", "Secretary of State"
    if len(run) > 1 and folded[-1] in ROLES and "role" not in evidence:
        return  # "a Conservative MP", "the Labour Minister": a description, not a name
    # "Ana Torres of the National Weather Service": a person, then where they work
    for k, f in enumerate(folded):
        if f != "of" or k == 0:
            continue
        given = next((j for j in range(k) if folded[j] in GIVEN_NAMES), None)
        if given is None and "role" in evidence and k >= 2:
            given = 0  # "Chief Rosalie Nahanee of the Grayling Lake First Nation"
        right = _trim(run[k + 1 :])
        keywords = ORG_KEYWORDS | PLACE_KEYWORDS
        acronym = len(right) == 1 and right[0].text.isupper() and len(right[0].text) > 1
        # ("Prof. Dr. Henrike Vogelsang of the Cologne-based institute": a person's full
        # name then "of the": what follows is never part of the name)
        articled = k + 1 < len(folded) and folded[k + 1] == "the" and "role" in evidence
        if (
            given is not None
            and k - given >= 2
            and (acronym or articled or any(fold(t.text) in keywords for t in right))
        ):
            yield run[given:k], evidence | ({"role"} if given > 0 else set())
            yield right, set()
            return
        break
    # "National Guards Abraham Lugo Ramosa": organisation then a name (a given name; not
    # "Centre for Energy Transition Studies")
    for i, f in enumerate(folded[:-2]):
        if i and f in ORG_KEYWORDS and run[i + 1].capitalised and folded[i + 1] in GIVEN_NAMES:
            tail = folded[i + 1 :]
            if not any(t in ORG_KEYWORDS or t in _CONNECTORS for t in tail):
                yield run[: i + 1], set()
                yield run[i + 1 :], evidence
                return
    yield run, evidence


_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))[“\"‘'«„‹]([^“”\"‘’'«»„‹›\n]{0,40})$")
_CLOSING = re.compile(r"([^“”\"‘’'«»„‹›\n]{0,40})[”\"’'»“›](?!\w)")


def _quoted_title(body: str, start: int, end: int) -> bool:
    """ "the “Safe Streets Wrexley” patrols", "its motto, 'One Corvalis Family'": a name
    that fills a short title-case quotation is a slogan or title, not a mention."""
    opening = _OPENING.search(body, max(0, start - 40), start)
    closing = _CLOSING.match(body, end, end + 41)
    if not opening or not closing:
        return False
    inner = opening.group(1) + body[start:end] + closing.group(1)
    words = _TOKEN_RE.findall(inner)
    small = _CONNECTORS | TITLE_SMALL_WORDS
    return bool(words) and all(w[:1].isupper() or fold(w) in small for w in words)


def _is_role(word: str) -> bool:
    """A title word, including "-general" offices ("accountant-general")."""
    if word in ROLES or word in HONORIFICS:
        return True
    parts = word.split("-")
    # "accountant-general", "vice-minister", "deputy-mayor"
    return len(parts) > 1 and (parts[-1] == "general" or parts[-1] in ROLES)


def _evidence(
    body: str, run: list[_Token], evidence: set[str], hints: list[tuple[int, int]]
) -> _Occurrence:
    start, end = run[0].start, run[-1].end
    surface = body[start:end]
    tokens = tuple(t.text for t in run)
    folded = [fold(t) for t in tokens]
    ev = set(evidence)
    key = " ".join(folded)
    # (the head noun decides: "Russell Senate Office Building" is a building)
    if (
        len(tokens) > 1
        and any(f in ORG_KEYWORDS for f in folded)
        and folded[-1] not in PLACE_KEYWORDS
    ):
        ev.add("org")
    # ("Marie-Ève", "Jean-François": a compound of given names is one)
    if len(tokens) > 1 and (folded[0] in GIVEN_NAMES or folded[0].split("-")[0] in GIVEN_NAMES):
        ev.add("given_name")
    if len(tokens) > 2 and set(folded[1:-1]) & PATRONYMIC_PARTICLES:
        ev.add("given_name")  # "Siti Aminah binti Hassan": someone's daughter is a person
    if len(tokens) == 3 and folded[1].endswith(_PATRONYMIC_ENDINGS):
        ev.add("given_name")  # "Hanna Serhiyivna Ostapenko": a patronymic says person
    if len(tokens) == 2 and folded[1] in _ADDRESS_AFTER:
        ev.add("given_name")  # "Ayşe Hanım": only a person is addressed so
    # ("Moses Otieno, who has driven a matatu for 11 years,": only people are "who")
    aged = re.match(r"\s*\(\d{1,3}\)|,\s*\d{1,2},\s|,\s+who\s", body[end : end + 8])
    if _APPOSITION_PERSON.match(body[end : end + 80]) or aged:
        ev.add("apposition")  # ", a labourer"; "Shantabai Gholap (71)", "X, 31,": an age
    if len(tokens) == 1 and _is_acronym(body, run[0]):
        ev.add("acronym")
    if len(tokens) == 1 and tokens[0].isupper() and _common_abbreviation(body, tokens[0]):
        ev.add("common_word")  # "deputy public prosecutor (DPP)": a post, not a body
    if key in PLATFORMS:
        ev.add("platform")
    if len(tokens) == 1 and key in LEGISLATURES:
        ev.add("org")  # "in the Bundestag"
    # ("Jesús Alberto Quintero Páez" is a man: Jesús is a common given name)
    if key in DEITY_WORDS or any(f in DEITY_WORDS - _GIVEN_DEITY_NAMES for f in folded):
        ev.add("deity")
    dated = _DATELINE.match(body, start)
    # ("MUMBAI: …" opens the story; "HOLLIS: …" later is a transcript's speaker)
    colon = dated is not None and dated.group().rstrip().endswith(":")
    if dated and (start == 0 or (body[start - 1] == "\n" and not colon)):
        ev.add("dateline")
    line_start = body.rfind("\n", 0, start) + 1
    dateline = _DATELINE.match(body, line_start)
    if (
        dateline
        and start < dateline.end()
        and body.find("(", line_start, dateline.end()) in range(line_start, start)
    ):
        ev.add("credit")  # "LIMA, March 3 (Reuters) -": the agency, not a mention
    if _WORK_BEFORE.search(body, max(0, start - 40), start) or (
        len(tokens) > 1
        and (folded[0] in _WORK_FIRST or folded[1] in _STORM_WORDS or folded[-1] in _LAW_WORDS)
    ):
        ev.add("work")  # titles, storms and laws ("the Water Services Act") are no entities
    # "Chief Executive Officer" left alone by its holder's name, "Member of Parliament for
    # X": a post, not a name
    if all(f in ROLES or f in _JOB_WORDS for f in folded) or (
        len(folded) > 2 and folded[0] == "member" and folded[1] in ("of", "for")
    ):
        ev.add("post")
    # ("von Bergen", "bin Salem": a family name after its particle, not the city)
    particle = len(tokens) == 1 and re.search(
        r"(?i)(?<![\w])(?:von|van|zu|ter|ten|bin|bint|ibn)\s+$", body[max(0, start - 6) : start]
    )
    if key in _GAZETTEER and not particle:
        ev.add("gazetteer")
    elif folded[0] in PLACE_KEYWORDS or folded[-1] in PLACE_KEYWORDS:
        ev.add("place")
    elif len(tokens) > 1 and tokens[0][:1].islower() and folded[0] in _LOWER_PLACE_GENERICS:
        ev.add("place")  # "pont Armand-Létourneau"
    elif len(tokens) > 1 and tokens[0][:1].islower() and folded[0] in _LOWER_ORG_GENERICS:
        ev.add("org")  # "école Notre-Dame-des-Écluses"
    elif len(tokens) > 1 and folded[0] in _PLACE_STARTS and not set(folded) & ORG_KEYWORDS:
        ev.add("place")  # "Santo Tomas", "Villa del Rosario", "Norte de Santander"
    before = body[max(0, start - 60) : start]
    prev_word = re.findall(r"(\w+)\s+$", before)
    after = body[end : end + 140]
    possessive = after.startswith(("’s", "'s"))
    prev = prev_word[0].lower() if prev_word else ""
    # "in X", and "across the Visayas", "from the Condroz"
    before_the = re.search(r"(\w+)\s+the\s+$", before) if prev == "the" else None
    place_prep = prev in _PLACE_PREPOSITIONS or (
        before_the is not None and before_the.group(1).lower() in _PLACE_PREPOSITIONS | {"from"}
    )
    # "in Brittany and Occitanie": the second name shares the first one's preposition
    # ... and "in Austin, Texas," (closed by a comma), but not "in Washington, Hollis said"
    closed = re.match(r"\s*[,.;)]", body[end : end + 3]) is not None
    listed = (prev in ("and", "or") or (before.endswith(", ") and closed)) and re.search(
        r"\b(?:in|near|across|throughout|around)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
        r"(?:,\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)*,?\s+(?:(?:and|or)\s+)?$",
        before,
    )
    if (place_prep or listed) and not possessive:
        ev.add("place_cue")
    if not possessive and (
        _MOTION_BEFORE.search(before)
        or _PLACE_NOUN_AFTER.match(after)
        or (prev == "and" and re.match(rf"\s+{_PLACE_NOUNS}(?:s|es)\b", after))
        or _PLACE_BEFORE.search(before)
    ):
        ev.add("place_cue")
    if (
        _ORG_BEFORE.search(before)
        or _ORG_NOUN_BEFORE.search(before)
        or _ORG_APPOSITION_BEFORE.search(before)
        or (prev == "the" and _ORG_NOUN_AFTER.match(after))
        or _ORG_AFTER.match(after)
        or _APPOSITION_ORG.match(after)
    ):
        ev.add("org_cue")
    if _quoted_title(body, start, end):
        ev.add("quoted_title")
    if re.match(r"[ -]\d", after) or _PRODUCT_AFTER.match(after):
        ev.add("numbered")  # "Alpha 6", "Ford F-150", "every second ICE train"
    if prev == "the" and _ARTICLED_END.match(after):
        ev.add("the")
    if re.search(
        r"\b(?:city|town|village|capital|state|province|canton|county|region|district"
        r"|municipality|commune|department|island|port|suburb|borough) of\s+$",
        before,
    ):
        ev.add("place_cue")
    if possessive:
        after = after[2:]
    lower_post = prev_word and prev_word[0].islower() and (prev in ROLES or prev in PERSON_NOUNS)
    if lower_post and len(tokens) > 1:
        ev.add("role")  # "NDRF inspector T. Muthuvel", "local corporator Meenal Dongre"
    not_subject = prev in _NOT_SUBJECT_BEFORE
    if not_subject and "given_name" not in ev:
        ev.discard("apposition")  # "In Benisalem, a witness said"; not "For Marie Roy, a nurse"
    if "place_cue" not in ev and (
        (_CUE_AFTER.match(after) and not not_subject) or _CUE_BEFORE.search(before)
    ):
        ev.add("cue")
    if any(s < end and start < e for s, e in hints):
        ev.add("speaker")
    # "Venezuelan officers", "Kenyans": a demonym is an adjective or a plural; "Guiuan,"
    # and "in Milan" are places that merely end the same way
    adjectival = re.match(r" [a-z]+ ", after) is not None and not re.match(
        r" (?:had|has|have|was|were|is|are|will|would|said|says)\b", after
    )
    adjectival = adjectival or folded[0].endswith(("ans", "ese"))
    if len(tokens) == 1 and folded[0].endswith(_DEMONYM_ENDINGS) and adjectival:
        ev.add("demonym")
    regional = len(tokens) == 2 and folded[0] in _REGION_WORDS  # "South American"
    if (len(tokens) == 1 or regional) and (folded[-1] in DEMONYMS or folded[0] in COMMON_ACRONYMS):
        ev.add("language")  # "South American", "French"; "DNA", "CCTV" likewise
    if "&" in surface:
        ev.add("org")  # "Calloway & Finch", "Procter & Gamble"
    occ = _Occurrence(start, end, surface, tokens, ev)
    occ.sentence_initial = _is_sentence_initial(body, start)
    return occ


def _common_abbreviation(body: str, letters: str) -> bool:
    """The text spells the abbreviation out in lower case: "deputy public prosecutor
    (DPP)", "liquefied natural gas (LNG)" abbreviate common nouns, not a name."""
    pattern = rf"((?:\b[a-z][a-z\-]*\s+){{{len(letters)}}})\({re.escape(letters)}s?\)"
    for match in re.finditer(pattern, body):
        initials = "".join(w[0] for w in match.group(1).split())
        if initials.upper() == letters.upper():
            return True
    # "Transport Cabinet Secretary Hellen Nyakundi" … "the CS": the initials of a post
    if 2 <= len(letters) <= 3 and letters.isupper():
        post = r"\s+".join(rf"{c}[a-z]+" for c in letters)
        for match in re.finditer(rf"\b({post})\s+[A-Z]", body):
            if fold(match.group(1).split()[-1]) in ROLES:
                return True
    return False


def _is_acronym(body: str, token: _Token) -> bool:
    text = token.text
    if not (text.isupper() and 3 <= len(text) <= 8) or fold(text) in COMMON_CAPITALISED:
        return False
    # a word in an all-caps headline ("BREAKING NEWS") is shouting, not an acronym
    before = _TOKEN_RE.findall(body[max(0, token.start - 20) : token.start])
    after = _TOKEN_RE.findall(body[token.end : token.end + 20])
    near = before[-1:] + after[:1]
    return not any(w.isupper() and len(w) > 1 for w in near)


def _candidates(body: str, hints: list[tuple[int, int]]) -> list[_Occurrence]:
    tokens = _tokens(body)
    lowercase_words = {fold(t.text) for t in tokens if t.text[:1].islower()}
    found: list[_Occurrence] = []
    parts: list[tuple[list[_Token], set[str]]] = []
    at = {t.start: i for i, t in enumerate(tokens)}
    runs = [_trim(run) for run in _runs(body, tokens)]
    institutions = {
        tuple(fold(t.text) for t in run)
        for run in runs
        if len(run) > 2 and fold(run[-1].text) in ORG_KEYWORDS
    }
    for run in runs:
        if not run or len(run) > _MAX_RUN:
            continue  # empty, or a title-case headline rather than a name
        folded = tuple(fold(t.text) for t in run)
        if (
            len(run) > 1
            and _is_role(folded[0])
            and any(
                len(name) > len(folded) and name[: len(folded)] == folded for name in institutions
            )
        ):
            # "at Princess Beatrice" after "Princess Beatrice Hospital": the hospital
            parts.append((run, {"institution_short"}))
            continue
        # "the Socialist party": the party is named even with a lower-case noun
        following = at.get(run[-1].end + 1, -1)
        if (
            len(run) == 1
            and following >= 0
            and tokens[following].text == "party"
            and body[run[-1].end] == " "
        ):
            run = [*run, replace(tokens[following], capitalised=True)]
        before = re.search(r"\b([a-z][\w-]*) $", body[max(0, run[0].start - 30) : run[0].start])
        if before and (before.group(1) in PERSON_NOUNS or before.group(1) in ROLES):
            run = [replace(run[0], post_before=True), *run[1:]]
        parts.extend(_split_run(body, run, lowercase_words))
    spelled = _spelled_out(body, tokens) + _listed_portfolios(body, tokens)
    if spelled:
        covered = [(p[0].start, p[-1].end) for p, _ in spelled]
        parts = [
            (p, e)
            for p, e in parts
            if not p or not any(s <= p[0].start and p[-1].end <= e2 for s, e2 in covered)
        ]
        parts.extend(spelled)
    for part, evidence in _split_known_heads(parts):
        if len(part) == 1 and fold(part[0].text) in LEGAL_FORMS:
            continue  # "(Pty) Ltd": a legal form alone names nothing
        if len(part) == 1 and body[part[0].end : part[0].end + 1].isdigit():
            continue  # "Sh87 billion", "Rs500": a currency written against its amount
        if len(part) == 1 and re.search(
            r"\d[:.]\d\d\s*$", body[max(0, part[0].start - 8) : part[0].start]
        ):
            continue  # "19:02 WEST", "9.30 CET": a time zone
        if part and (any(len(t.text) > 1 for t in part) or _platform_x(body, part)):
            # (not the "U" of "U.N.")
            occ = _evidence(body, part, evidence, hints)
            if len(part) == 1 and fold(part[0].text) in lowercase_words:
                occ.evidence.add("common_word")  # "Bridge", "Turnout", "JEALOUS"
                occ.evidence.discard("acronym")
            if "speaker" in occ.evidence:
                occ.evidence.discard("acronym")  # "HOLLIS:" labels a speaker
            found.append(occ)
    for m in _HANDLE_RE.finditer(body):
        found.append(_Occurrence(m.start(), m.end(), m.group(), (m.group(),), {"handle"}))
    # a translation in brackets right after a title is the same title: "X (Suspended Death)"
    by_start = {occ.start: occ for occ in found}
    for occ in sorted(found, key=lambda o: o.start):
        if "work" in occ.evidence:
            bracket = re.match(r"\s*\(", body[occ.end : occ.end + 4])
            following = by_start.get(occ.end + bracket.end()) if bracket else None
            if following is not None:
                following.evidence.add("work")
    return found


_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z&\-]{1,9})\s*\)")


_AND_WORDS = word_set("and y et und e")


_LISTED_PORTFOLIO = re.compile(
    r"\b(?:Ministry|Department|Secretariat|Committee|Commission|Office)"
    r" (?:of|for) (?:the )?[A-Z][\w’'\-]+(?:, [A-Z][\w’'\-]+)+,? and [A-Z][\w’'\-]+"
    r"(?: [A-Z][\w’'\-]+)?"
)


def _listed_portfolios(body: str, tokens: list[_Token]) -> list[tuple[list[_Token], set[str]]]:
    """ "the Ministry of Trade, Industry and Fisheries": a name whose portfolio is a list
    (commas end a run of capitals anywhere else)."""
    found: list[tuple[list[_Token], set[str]]] = []
    starts = {t.start: i for i, t in enumerate(tokens)}
    for m in _LISTED_PORTFOLIO.finditer(body):
        first = starts.get(m.start())
        if first is None:
            continue
        last = bisect.bisect_right([t.end for t in tokens], m.end())
        found.append((tokens[first:last], {"org"}))
    return found


def _spelled_out(body: str, tokens: list[_Token]) -> list[tuple[list[_Token], set[str]]]:
    """ "Confédération générale des salariés (CGS)", "Force démocratique du travail (FDT)":
    names written in sentence case, as French, Spanish or Italian write them, are a run
    of capitalised words only at their start; the abbreviation in brackets spells the
    whole name, so the name is every word it spells."""
    found: list[tuple[list[_Token], set[str]]] = []
    ends = {t.end: i for i, t in enumerate(tokens)}
    for m in _ACRONYM_AFTER.finditer(body):
        last = ends.get(m.start())
        if last is None:
            continue
        letters = fold(m.group(1))
        for first in range(last, max(-1, last - 9), -1):
            span = tokens[first : last + 1]
            if not span[0].capitalised or fold(span[0].text) in _CONNECTORS:
                continue
            content = [t for t in span if fold(t.text) not in _CONNECTORS]
            initials = "".join(fold(t.text)[0] for t in content)
            every = "".join(fold(t.text)[0] for t in span)
            # (lower-case words, or a word a name rarely starts with: "Independent")
            lower = (
                any(not t.capitalised for t in content) or fold(span[0].text) in COMMON_CAPITALISED
            )
            # ("Department of Social Welfare and Development (DSWD)": runs split at "and")
            lower = lower or any(fold(t.text) in _AND_WORDS for t in span)
            if lower and letters in (initials, every) and len(letters) >= 2:
                found.append((span, {"org"}))
                break
    return found


def _split_known_heads(
    parts: list[tuple[list[_Token], set[str]]],
) -> list[tuple[list[_Token], set[str]]]:
    """ "Midstate Asphalt Group of Peoria" is Midstate Asphalt Group, then a place, when
    the article also names "Midstate Asphalt Group" alone; "Bank of America", never
    written "Bank" alone, stays whole. The article's own usage decides, not a word list."""
    alone = {
        " ".join(fold(t.text) for t in part)
        for part, _ in parts
        if len(part) > 1 and not any(fold(t.text) == "of" for t in part)
    }
    out: list[tuple[list[_Token], set[str]]] = []
    for part, evidence in parts:
        folded = [fold(t.text) for t in part]
        k = next((i for i in range(2, len(folded)) if folded[i] == "of"), -1)
        right = _trim(part[k + 1 :]) if k > 0 else []
        if right and " ".join(folded[:k]) in alone and "role" not in evidence:
            out.append((part[:k], evidence))
            out.append((right, {"place_cue"}))  # where the company is: "… of Peoria"
        else:
            out.append((part, evidence))
    return out


_ON_X = re.compile(r"(?:\bon|\bto|\bvia)\s+(?:social media platform\s+|the platform\s+)?$")


def _platform_x(body: str, part: list[_Token]) -> bool:
    """ "posted on X": the platform, though a single letter."""
    token = part[0]
    if len(part) != 1 or token.text != "X" or body[token.end : token.end + 2].startswith(".X"):
        return False
    return bool(_ON_X.search(body[max(0, token.start - 40) : token.start]))


def _group_key(occ: _Occurrence) -> str:
    key = " ".join(fold(t) for t in occ.tokens if fold(t) not in _CONNECTORS)
    return key or " ".join(fold(t) for t in occ.tokens)


def _person_like(occs: list[_Occurrence]) -> bool:
    return any({"role", "speaker", "cue", "given_name"} & o.evidence for o in occs)


def _group_gender(body: str, occs: list[_Occurrence]) -> str | None:
    votes = Counter(g for o in occs if (g := gender_before(body, o.start)))
    return votes.most_common(1)[0][0] if len(votes) == 1 else None


def _stated_person(occs: list[_Occurrence]) -> bool:
    """The statistical model calls most of the mentions a person's name."""
    return sum("ner_person" in o.evidence for o in occs) * 2 > len(occs)


def _legal_tail(key: str) -> str:
    """A key's last word, its legal form's letters joined when written apart ("k k" of
    "Tohsei Parts K.K." is "kk")."""
    parts = key.split()
    j = len(parts)
    while j > 1 and len(parts[j - 1]) == 1:
        j -= 1
    return "".join(parts[j:]) if j < len(parts) else parts[-1] if parts else ""


def _company(key: str, occs: list[_Occurrence]) -> bool:
    """ "Corvalis Systems": a name plus company words, so "Corvalis" alone is the company."""
    rest = key.split()[1:]
    if not rest or _person_like(occs):
        return False
    # "Corvalis Systems", "Midstate Asphalt Group", "Nordwerk Malta Ltd"
    return all(w in COMPANY_WORDS for w in rest) or rest[-1] in COMPANY_WORDS | LEGAL_FORMS


_AWARD = re.compile(
    r"^[\w\-]+(?: [\w\-]+)? of the (?:year|month|week|season|decade|match|tournament)$"
)


def _kind(occs: list[_Occurrence], *, multi: bool, absorbed: bool) -> str | None:
    ev: Counter[str] = Counter()
    for o in occs:
        ev.update(o.evidence)
    first = fold(occs[0].tokens[0])
    if ev["handle"]:
        return OTHER
    if ev["deity"] or ev["work"] * 2 >= len(occs):
        return None
    if ev["platform"]:
        return ORGANIZATION
    shouted = all(
        len(o.tokens) > 1 and all(t.isupper() and len(t) > 1 for t in o.tokens) for o in occs
    )
    if not multi and first in PERSON_NOUNS and all(o.surface.isupper() for o in occs):
        return None  # "REPORTER:" in a press-conference exchange: a role, not a name
    if len(occs[0].tokens) > 3 and _AWARD.match(" ".join(fold(t) for t in occs[0].tokens)):
        return None  # "Manager of the Month", "Player of the Year": an award
    said = ev["role"] or ev["speaker"] or ev["cue"]
    if shouted and not (said or ev["gazetteer"] or ev["dateline"] or ev["place"]):
        return None  # "CLUB STATEMENT", "ASHDOWN OUT": a shouted label, never written as a name
    if ev["common_word"] == len(occs) and not (ev["role"] or ev["speaker"] or ev["gazetteer"]):
        return None  # a common noun capitalised by a heading or a sentence start
    if not multi and first in PLACE_KEYWORDS and not ev["gazetteer"]:
        return None  # "Brgy." before a name, "Plaza" alone: the kind of place, not one
    if ev["post"] == len(occs):
        return None  # "Executive Officer", "Member of Parliament for Adumasa-Nkwanta"
    if ev["credit"] == len(occs) or ev["language"] or ev["quoted_title"] == len(occs):
        return None  # an agency credit; "in French", "British"
    # (the legal form's letters may stand apart: "Tohsei Parts K.K.")
    if any(
        len(o.tokens) > 1 and fold(o.surface.split()[-1]).replace(".", "") in LEGAL_FORMS
        for o in occs
    ):
        return ORGANIZATION  # "Kessling Umformtechnik GmbH said": a company, speaking
    if ev["role"] or ev["speaker"]:
        return PERSON
    if ev["dateline"]:
        return PLACE
    if ev["acronym"] and not ev["org"] and ev["numbered"] == len(occs):
        return None  # "every second ICE train", "an AK 47": products, not bodies
    if ev["org"] or (ev["acronym"] and not ev["gazetteer"]):  # ("UAE", "DRC": places)
        return ORGANIZATION
    if ev["gazetteer"] or ev["place"]:
        return PLACE
    n = len(occs)
    if ev["numbered"] == n:
        return None  # "Alpha 6", "Route 66": call signs and model names
    only_initial = all(o.sentence_initial for o in occs)
    weak_single = not multi and only_initial
    if not multi and (first in PERSON_NOUNS or first.removesuffix("s") in PERSON_NOUNS):
        return None  # "Neighbours said", "Officials": people described, not named
    if weak_single and not (ev["cue"] or ev["org_cue"] or ev["place_cue"] or ev["apposition"]):
        return None  # "(Serve a notice …)": a capitalised word opening a sentence
    # Words around the mentions: "in X" / "X town centre" say place, "shares of X" says
    # organisation, "the X" says not a person. They outweigh the small statistical model,
    # which calls most unfamiliar capitalised words people.
    if ev["place_cue"] * 2 >= n and ev["place_cue"] > ev["cue"] + ev["org_cue"]:
        return PLACE
    # ("the group Mujica and Sosa helped found" is one cue against a given name, an age
    # and a speech verb: "Carmen Elena Mujica, 63, …")
    if ev["org_cue"] and ev["org_cue"] >= ev["cue"] + ev["given_name"] + ev["apposition"]:
        return ORGANIZATION
    votes = {kind: ev["ner_" + kind] for kind in (PERSON, ORGANIZATION, PLACE)}
    articled = ev["the"] * 2 >= n
    if articled:
        votes[PERSON] = 0
    best = max(votes, key=votes.__getitem__)
    # The statistical model decides when most mentions agree; a minority vote is noise.
    majority = votes[best] * 2 > n
    strong = ev["given_name"] or ev["apposition"]
    person_first = first not in _NON_PERSON_FIRST and not ev["demonym"]
    if strong and person_first and not weak_single and not articled:
        return PERSON
    if ev["cue"] and person_first and not weak_single and not articled:
        return PERSON
    if ev["ner_none"] and ev["ner_none"] >= max(votes.values()):
        return None  # a law, a title, a named event: not an entity the archive tracks
    if majority and best == PERSON and first in _PLACE_FIRST:
        return PLACE  # "São Romão", "Puerto Cabello"
    # "near X", "in X": the text's own cue outweighs the model, unless it sees a person.
    # (one "in Thistle" among six mentions the model calls a club is not a place)
    cued = ev["place_cue"] * 3 >= n or ev["place_cue"] > votes[ORGANIZATION]
    if ev["place_cue"] and cued and not (majority and best == PERSON):
        return PLACE
    if majority and not (best == PERSON and first in _NON_PERSON_FIRST):
        return best
    if best != PERSON and votes[best] * 2 >= n:
        return best  # half the mentions, and no other reading
    if (
        multi
        and absorbed
        and first not in _NON_PERSON_FIRST
        and len(occs[0].tokens) <= 4
        and not articled
    ):
        return PERSON
    if multi:
        return OTHER
    if ev["demonym"] or occs[0].surface.isupper():
        return None
    mid_sentence = sum(1 for o in occs if not o.sentence_initial)
    return OTHER if mid_sentence >= 2 else None


def _best_surface(occs: list[_Occurrence]) -> str:
    counts = Counter(o.surface for o in occs)
    return max(
        counts,
        key=lambda s: (diacritic_count(s), not s.isupper(), counts[s], -len(s)),
    )


def _canonical(occs: list[_Occurrence]) -> str:
    multi = [o for o in occs if len(o.tokens) > 1]
    pool = multi or occs
    by_key: dict[str, list[_Occurrence]] = {}
    for o in pool:
        by_key.setdefault(_group_key(o), []).append(o)

    def rank(k: str) -> tuple[bool, bool, bool, int, int, int]:
        return (
            k.split()[-1] not in LEGAL_FORMS,  # "Prairie Line Paving", not "… Inc."
            k.split()[-1] not in _ADDRESS_AFTER,  # "Ayşe Karakaş", not "Ayşe Hanım"
            k.split()[0] not in _DIVISIONS,
            len(by_key[k]),
            max(diacritic_count(o.surface) for o in by_key[k]),
            -min(o.start for o in by_key[k]),
        )

    best_key = max(by_key, key=rank)
    # "Ríos Palacios" said most often is still named "Andrés Ríos Palacios"
    parts = best_key.split()
    fuller = [
        k
        for k in by_key
        if len(k.split()) > len(parts)
        and k.split()[-len(parts) :] == parts
        and k.split()[0] not in _DIVISIONS  # "Pulong Bato", not "Barangay Pulong Bato"
    ]
    if fuller:
        best_key = max(fuller, key=rank)
    best = _best_surface(by_key[best_key])
    if best.isupper() and all("dateline" in o.evidence for o in by_key[best_key]):
        return best.title()  # "MUMBAI:" opening the story is Mumbai
    return best


def _add_ner_evidence(occurrences: list[_Occurrence], ner: Sequence[tuple[int, int, str]]) -> None:
    """Mark each candidate with the kind spaCy's NER gives the span it lies in."""
    spans = sorted(ner)
    starts = [start for start, _, _ in spans]
    for occ in occurrences:
        i = bisect.bisect_right(starts, occ.start) - 1
        if i >= 0 and spans[i][0] <= occ.start and occ.end <= spans[i][1]:
            occ.evidence.add("ner_" + spans[i][2])


def extract_entities(
    body: str,
    *,
    person_hints: Iterable[tuple[int, int]] = (),
    ner: Sequence[tuple[int, int, str]] = (),
    publication: str | None = None,
) -> list[EntityDraft]:
    """Entities of the body, merged per article, most mentioned first.

    ``person_hints`` are spans known to name a speaker (e.g. transcript labels), which
    makes the name a person even without a title or speech verb next to it. ``ner`` are
    spaCy's (start, end, kind) entity spans: statistical evidence of a name's kind, used
    after the surface rules (titles, organisation words, acronyms, gazetteer), which are
    more reliable where they apply. ``publication`` is the outlet's name: the body's
    "told Latitud" names an organisation, however person-like the word.
    """
    drafts = _extract(body, list(person_hints), ner)
    outlet = fold(re.sub(r"^the\s+", "", publication or "", flags=re.I))
    for draft in drafts:
        name = fold(re.sub(r"^the\s+", "", draft.name, flags=re.I))
        if outlet and draft.kind in (PERSON, OTHER) and name == outlet:
            draft.kind = ORGANIZATION
    return drafts


def _extract(
    body: str, person_hints: list[tuple[int, int]], ner: Sequence[tuple[int, int, str]]
) -> list[EntityDraft]:
    occurrences = _candidates(body, person_hints)
    _add_ner_evidence(occurrences, ner)
    # 1. full names grouped by accent/case-folded key; "Oscar Alberto Pérez" joins "Oscar Pérez"
    groups: dict[str, list[_Occurrence]] = {}
    singles: list[_Occurrence] = []
    for occ in occurrences:
        if len(_group_key(occ).split()) > 1:  # "De Vries" is a surname, like "Vries"
            groups.setdefault(_group_key(occ), []).append(occ)
        else:
            singles.append(occ)
    keys = sorted(groups, key=lambda k: (len(k.split()), -len(groups[k])))
    for key in keys:
        parts = key.split()
        if len(parts) < 3 or key not in groups:
            continue
        for other in keys:
            other_parts = other.split()
            if other == key or other not in groups or len(other_parts) >= len(parts):
                continue
            same_ends = other_parts[0] == parts[0] and other_parts[-1] == parts[-1]
            # "Kelvin Mendoza" is "Kelvin José Mendoza Yépez" (given name, first surname);
            # "Wilmer Colmenárez" is "Wilmer Rafael Colmenárez" even if no verb says person
            named = not set(parts) & ORG_KEYWORDS and (
                _person_like(groups[key] + groups[other])
                or _stated_person(groups[key] + groups[other])
                or any("apposition" in o.evidence for o in groups[key] + groups[other])
            )
            hispanic = len(parts) >= 4 and other_parts[-1] == parts[-2]
            if not (set(other_parts) <= set(parts) and named):
                continue
            if same_ends:
                groups[other].extend(groups.pop(key))
                break
            if hispanic and other_parts[0] == parts[0]:
                # (the full name keeps its key, so "Ruiz Aceves" still finds it)
                groups[key].extend(groups.pop(other))
    # "María Fernanda Ruiz" is "María Fernanda Ruiz Aceves" (the first surname only): the
    # start of exactly one longer person's name, given names included (longest first, so
    # "María Fernanda" finds one name left to join)
    # "Vitalii Danylenko" is "Vitaliy Danylenko": two romanisations of one name
    loose: dict[str, str] = {}
    for key in sorted(groups, key=lambda k: -len(groups[k])):
        variant = _romanisation_key(key)
        if variant in loose and loose[variant] in groups:
            groups[loose[variant]].extend(groups.pop(key))
        else:
            loose[variant] = key
    for key in sorted(groups, key=lambda k: -len(k.split())):
        parts = key.split()
        if key not in groups:
            continue
        # ("DPP Nur Aqilah" is "Nur Aqilah binti Mohd Yusri": a title says person, whatever
        # list of given names knows; "Oksana Viktorivna" is Oksana Viktorivna Melnychuk:
        # a given name and patronymic, as Ukrainians and Russians address each other)
        titled = len(parts) >= 2 and any("role" in o.evidence for o in groups[key])
        titled = titled or (len(parts) == 2 and parts[1].endswith(_PATRONYMIC_ENDINGS))
        if parts[0] not in GIVEN_NAMES and not titled:
            continue
        if len(parts) < 3 and not all(p in GIVEN_NAMES for p in parts) and not titled:
            continue  # ("María Fernanda": two given names, said by someone close to her)
        longer = [
            k
            for k in groups
            if len(k.split()) > len(parts)
            and k.split()[: len(parts)] == parts
            and not any("org" in o.evidence for o in groups[k])
        ]
        if len(longer) == 1 and (_person_like(groups[key] + groups[longer[0]]) or titled):
            groups[longer[0]].extend(groups.pop(key))
    # "Ríos Palacios" is "Andrés Ríos Palacios" (both surnames): a name that ends a longer,
    # person-like name joins it when only one name ends that way
    for key in sorted(groups, key=lambda k: len(k.split())):
        parts = key.split()
        if len(parts) < 2 or key not in groups or not parts[0][:1].isalpha():
            continue
        longer = [
            k
            for k in groups
            if len(k.split()) > len(parts)
            and k.split()[-len(parts) :] == parts
            # (or the short form labels a speaker's turn: "PÉREZ QUINTERO:")
            and (_person_like(groups[k]) or any("speaker" in o.evidence for o in groups[key]))
        ]
        if len(longer) > 1:
            # siblings share surnames: "Ruiz Aceves" is whoever was introduced before it
            # was first written alone ("María Fernanda Ruiz Aceves", not her brother)
            first = min(o.start for o in groups[key])
            longer = [k for k in longer if min(o.start for o in groups[k]) < first]
        if len(longer) == 1 and not any(o.evidence & {"org", "place"} for o in groups[key]):
            groups[longer[0]].extend(groups.pop(key))
    # "Prairie Line" and "Prairie Line Paving" are Prairie Line Paving Inc.: the start of
    # exactly one company's registered name, unless its own mentions say person or place;
    # "Princess Beatrice" is Princess Beatrice Hospital where the article names both
    for key in sorted(groups, key=lambda k: -len(k.split())):
        parts = key.split()
        ev = Counter(e for o in groups.get(key, ()) for e in o.evidence)
        if key not in groups or ev["role"] or ev["given_name"] or ev["place_cue"]:
            continue
        placed = ev["ner_place"] >= 2 and ev["ner_place"] * 2 > len(groups[key])
        if ev["gazetteer"] or ev["place"] or placed:
            continue  # "Harlan Springs" the town is not Harlan Springs Media Group
        longer = [
            k
            for k in groups
            if len(k.split()) > len(parts)
            and k.split()[: len(parts)] == parts
            and (_legal_tail(k) in LEGAL_FORMS | COMPANY_WORDS or ev["institution_short"])
        ]
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop(key))
    # "Barangay Pulong Bato" is Pulong Bato: the division's kind before its name
    for key in list(groups):
        parts = key.split()
        if len(parts) > 2 and parts[0] in _DIVISIONS and " ".join(parts[1:]) in groups:
            groups[" ".join(parts[1:])].extend(groups.pop(key))
    # "Ayşe Hanım", "Hüseyin Bey": a given name and the Turkish form of address after it
    # are the one person of the article with that given name
    for key in list(groups):
        parts = key.split()
        if len(parts) != 2 or parts[1] not in _ADDRESS_AFTER:
            continue
        fuller = [k for k in groups if k != key and k.split()[0] == parts[0] and len(k.split()) > 1]
        fuller = [k for k in fuller if k.split()[1] not in _ADDRESS_AFTER]
        if len(fuller) == 1:
            groups[fuller[0]].extend(groups.pop(key))
    # 2. a single word joins the full name it ends (surname) or starts (given name)
    absorbed: set[str] = set()
    single_groups: dict[str, list[_Occurrence]] = {}
    by_last: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for key in groups:
        parts = key.split()
        by_last.setdefault(parts[-1], []).append(key)
        by_first.setdefault(parts[0], []).append(key)
        # "Ruiz" after "María Fernanda Ruiz" joined "María Fernanda Ruiz Aceves"
        for last in {_group_key(o).split()[-1] for o in groups[key]} - {parts[-1]}:
            if len(parts) > 2 and _person_like(groups[key]):
                by_last.setdefault(last, []).append(key)
    by_word: dict[str, list[_Occurrence]] = {}
    for occ in singles:
        by_word.setdefault(_group_key(occ), []).append(occ)
    for f, occs in by_word.items():
        ev: Counter[str] = Counter()
        for occ in occs:
            ev.update(occ.evidence)
        # "in Wrexley", "the Târnăvița river": a place, not the end of "Safe Streets Wrexley"
        placed = (ev["place_cue"] + ev["the"]) * 2 >= len(occs) and not ev["cue"]
        placed = placed and f not in ORG_KEYWORDS  # "in the Assembly": the National Assembly
        # ("the Aviators": a team, the end of "Columbus Aviators")
        placed = placed and not (f.endswith("s") and not ev["place_cue"] and by_last.get(f))
        # ("Cúcuta" is not the Diocese of Cúcuta: a word after "of" is where, not who)
        targets = (
            []
            if placed
            else [
                k
                for k in by_last.get(f, [])
                if _person_like(groups[k])
                or not any(
                    len(o.tokens) > 2
                    and fold(o.tokens[-2]) in _CONNECTORS
                    and any(fold(t) in ORG_KEYWORDS for t in o.tokens)
                    for o in groups[k]
                )
            ]
        )
        # ("Otawhiri District Council acknowledges": a speaking body is still no person)
        targets = targets or [
            k
            for k in by_first.get(f, [])
            if not placed
            and (
                # ("Teoh" for "Teoh Pei Shan, 44,": a family name written first)
                (
                    (_person_like(groups[k]) or any("apposition" in o.evidence for o in groups[k]))
                    and not any("org" in o.evidence for o in groups[k])
                )
                or _company(k, groups[k])
                # ("Jhonny" for "Jhonny Alberto Escalona Piña": both read as a person)
                or (_stated_person(groups[k]) and _stated_person(occs) and len(k.split()) > 2)
                # ("Pak Budi" for "Budi Santoso": a title before the given name, and the
                # article's one full name it starts)
                or (
                    any("role" in o.evidence for o in occs)
                    and len(by_first.get(f, [])) == 1
                    and not any(o.evidence & {"org", "place", "gazetteer"} for o in groups[k])
                )
            )
        ]
        if not targets and any(set(k.split()[1:]) <= _AREA_BODIES for k in by_first.get(f, [])):
            for occ in occs:
                occ.evidence.add("place")  # "Ōtāwhiri" of Ōtāwhiri District Council
        if not placed:
            # "Mr. Ledezma" is "Gustavo Ledezma Arcaya": a Hispanic first surname used alone
            # (and "Mr. Salcedo" the man among two Salcedos, by the honorific's gender)
            first_surname = [
                k
                for k in groups
                if len(k.split()) >= 3
                and k.split()[-2] == f
                and f not in GIVEN_NAMES
                and k not in targets
                and not any("org" in o.evidence for o in groups[k])
                and _person_like(groups[k] + occs)
            ]
            targets = targets + first_surname
        if not targets and not placed:
            # "Lula" in "Luiz Inacio Lula da Silva": a middle name used alone, when it
            # belongs to exactly one person's full name
            middle = [
                k
                for k in groups
                if f in k.split()[1:-1]
                and len(f) > 2
                and ev["role"] + ev["given_name"] == 0
                and (_person_like(groups[k]))
            ]
            targets = middle if len(middle) == 1 else []
        blocked = {"gazetteer", "handle", "acronym", "platform"}
        for occ in occs:
            stop = occ.evidence & blocked
            if stop == {"gazetteer"} and "cue" in occ.evidence:
                # ("Valentina Sucre … “…,” Sucre said": a place name that speaks is the
                # surname of the person it ends)
                stop = set() if all(_person_like(groups[k]) for k in targets) else stop
            if targets and not stop:
                # "Mrs Kettering" is Lorraine, not Raymond Kettering: an honorific's gender
                wanted = gender_before(body, occ.start)
                matching = [
                    k
                    for k in targets
                    if wanted and _group_gender(body, groups[k]) in (wanted, None)
                ]
                candidates = matching or targets
                # two people share a family name written first: the one introduced last
                # before this mention ("Lee Do-hyun … Lee Hye-jin, a professor, said … Lee
                # said"); a surname written last keeps the story's main bearer ("Pérez")
                earlier = {
                    k: max((o.start for o in groups[k] if o.start < occ.start), default=-1)
                    for k in candidates
                }
                family_first = all(
                    k.split()[0] == f and _person_like(groups[k]) for k in candidates
                )
                # a transcript label ("Suzuki:") is the bearer the exchange was just
                # introduced with ("An exchange with director Takeshi Suzuki went …")
                label = "speaker" in occ.evidence
                if len(candidates) > 1 and (family_first or label) and max(earlier.values()) >= 0:
                    target = max(candidates, key=lambda k: earlier[k])
                else:
                    target = max(candidates, key=lambda k: len(groups[k]))
                groups[target].append(occ)
                absorbed.add(target)
            else:
                single_groups.setdefault(f, []).append(occ)
    drafts: list[EntityDraft] = []
    for key, occs in groups.items():
        kind = _kind(occs, multi=True, absorbed=key in absorbed)
        if kind is not None:
            drafts.append(EntityDraft(_canonical(occs), kind, occs))
    # ("Izium" and "Izyum", one town romanised two ways)
    merged: dict[str, list[_Occurrence]] = {}
    for word, occs in sorted(single_groups.items(), key=lambda item: -len(item[1])):
        merged.setdefault(_romanisation_key(word), []).extend(occs)
    for occs in merged.values():
        kind = _kind(occs, multi=False, absorbed=False)
        if kind is not None:
            drafts.append(EntityDraft(_canonical(occs), kind, occs))
    return _unique_names(_merge_glosses(body, _merge_abbreviations(body, drafts)))


_PAREN_GLOSS = re.compile(
    r"\s*\(\s*(?:the\s+)?(?P<gloss>[A-Z][^(),;]{2,80}?),\s*(?P<short>[A-Z][A-Za-z&\-]{1,9})\s*\)"
)
_PAREN_SHORT = re.compile(r"\s*\(\s*([A-Z][A-Za-z&\-]{1,9})\s*\)")
_PAREN_LONG = re.compile(r"\s*\(\s*(?:the\s+)?(?=[A-Z])")


def _merge_abbreviations(body: str, drafts: list[EntityDraft]) -> list[EntityDraft]:
    """ "the National Disaster Agency (NDA)" and "NDA (National Disaster Agency)": the
    text defines the abbreviation, so both forms are one entity named by the long form.

    Writers define abbreviations of their own language's names too ("Special Actions
    Brigade (BAE)"), so the letters need not match the initials. People are left out:
    "Ana Ruiz (PSOE)" names her party, not her.
    """
    owner: dict[int, EntityDraft] = {}
    for draft in drafts:
        for occ in draft.occurrences:
            owner.setdefault(occ.start, draft)
    into: dict[int, EntityDraft] = {}

    def final(draft: EntityDraft) -> EntityDraft:
        while id(draft) in into:
            draft = into[id(draft)]
        return draft

    def merge(long: EntityDraft, short: EntityDraft, *, spelled: bool = False) -> None:
        long, short = final(long), final(short)
        # an abbreviation that spells the initials is the organisation's, whatever the
        # model made of the word alone ("Amusa will meet …")
        if long is short or long.kind == PERSON or (short.kind == PERSON and not spelled):
            return
        long.occurrences.extend(short.occurrences)
        if long.kind == OTHER:
            long.kind = ORGANIZATION
        into[id(short)] = long

    for draft in list(drafts):
        for occ in list(draft.occurrences):
            glossed = _PAREN_GLOSS.match(body, occ.end) if draft.kind != PERSON else None
            if glossed and len(occ.tokens) > 1:
                # "Comisión Ciudadana por la Memoria (Citizens’ Commission for Memory, CCM)"
                gloss = owner.get(glossed.start("gloss"))
                letters = glossed.group("short")
                gloss_tokens = tuple(glossed.group("gloss").split())
                if _abbreviates(letters, gloss_tokens) or _abbreviates(letters, occ.tokens):
                    if gloss is not None:
                        merge(draft, gloss)
                    other = owner.get(glossed.start("short"))
                    if other is not None:
                        merge(draft, other, spelled=True)
                    else:
                        start = glossed.start("short")
                        extra = _Occurrence(start, start + len(letters), letters, (letters,))
                        final(draft).occurrences.append(extra)
                        owner[extra.start] = final(draft)
                continue
            if len(occ.tokens) > 1 and draft.kind != PERSON:
                short = _PAREN_SHORT.match(body, occ.end)
                if short is None or not _abbreviates(short.group(1), occ.tokens):
                    continue
                other = owner.get(short.start(1))
                if other is None:
                    letters = short.group(1)
                    extra = _Occurrence(short.start(1), short.end(1), letters, (letters,))
                    final(draft).occurrences.append(extra)
                    owner[extra.start] = final(draft)
                else:
                    spelled = _spells(short.group(1), occ.tokens)
                    merge(draft, other, spelled=spelled or _syllables(short.group(1), occ.tokens))
            elif len(occ.tokens) == 1 and occ.surface.isupper() and len(occ.surface) > 1:
                long = _PAREN_LONG.match(body, occ.end)
                other = owner.get(long.end()) if long else None
                if other is not None and len(other.name.split()) > 1:
                    merge(other, draft)
    # "the Scottish Professional Football League … before the SPFL will sign off": never
    # defined in brackets, but the letters spell one organisation's initials
    for draft in drafts:
        letters = draft.name
        if id(draft) in into or not (letters.isupper() and 2 <= len(letters) <= 8):
            continue
        # ("EU" and "European Union": two letters spell a two-word name exactly)
        spelled = [
            d
            for d in drafts
            if id(d) not in into
            and d.kind in (ORGANIZATION, OTHER, PLACE)
            and (
                (len(re.split(r"[\s\-]+", d.name)) > 2 and _spells(letters, tuple(d.name.split())))
                or (len(letters) == 2 and "".join(w[0] for w in d.name.split()) == letters)
            )
        ]
        if len(spelled) == 1:
            merge(spelled[0], draft, spelled=True)
    return [d for d in drafts if id(d) not in into]


_GLOSS_PAREN = re.compile(r"\s*\((?P<inner>[^()\n]{3,220})\)")
_GLOSS_SPLIT = re.compile(r"\s*,\s*(?:or\s+|o\s+|ou\s+|oder\s+)?|\s+or\s+")
# "the federal Protection Mechanism …": an article and lower-case modifiers lead in
_ARTICLES = r"(?:the|an?|la|el|los|las|le|les|die|der|das)"
_GLOSS_LEAD = re.compile(rf"^(?:{_ARTICLES}\s+)?(?:[a-z][\w\-]*\s+){{0,3}}")
_LEADING_ARTICLES = re.compile(rf"(?i)^(?:{_ARTICLES}\s+)+")
# "Mecanismo de Protección para Personas …": the chain a sentence-case name is written in
# ("Scientific, Penal and Criminal Investigations Corps (CICPC, …)": a list in the name)
_GLOSS_CHAIN = re.compile(
    r"(?:[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w’'\-]*(?:,\s+(?:(?=[A-ZÀ-ÞĀ-ɏḀ-ỿ])|$)|\s+(?:(?:de|del|de la|de los"
    r"|de las|para|por|pour|für|of|for|of the|for the|against|contra)\s+)*))+$"
)


def _name_like(text: str) -> bool:
    """A name, in any language's capitalisation: "Fiscalía Especial para la Atención de
    Delitos cometidos contra la Libertad de Expresión", "Segob", "FGE"."""
    tokens = text.split()
    if not tokens or len(tokens) > 16 or re.search(r"[\d:;!?%$€£\"“”«»]", text):
        return False
    if not tokens[0][:1].isupper() or not tokens[-1][:1].isupper():
        return False
    if fold(tokens[0]) in GIVEN_NAMES | HONORIFICS or _is_role(fold(tokens[0])):
        return False  # "(Minister Ana Ruiz)": a person, not another name of the body
    return sum(t[:1].isupper() for t in tokens) * 5 >= len(tokens) * 2


def _merge_glosses(body: str, drafts: list[EntityDraft]) -> list[EntityDraft]:
    """ "Voz del Papaloapan (Voice of the Papaloapan)", "the Interior Ministry (Secretaría de
    Gobernación, or Segob)": names in brackets right after a body's name are its other
    names (a translation, the original, an abbreviation), so they are one entity, and
    the pieces a translation's capitals split into are not entities of their own.

    Sentence-case names ("Mecanismo de Protección para Personas Defensoras …") are taken
    whole, back to the start of their chain. People with a title or a given name are left
    out: "Ana Ruiz (PSOE)"."""
    gone: set[int] = set()
    for draft in drafts:
        # (the statistical model calls many foreign names people; a person's name is
        # never translated, so only one with a title, a given name or words is left out)
        named = any({"role", "given_name", "speaker"} & o.evidence for o in draft.occurrences)
        if (draft.kind == PERSON and named) or id(draft) in gone:
            continue
        for occ in list(draft.occurrences):
            paren = _GLOSS_PAREN.match(body, occ.end)
            if paren is None:
                continue
            parts: list[tuple[int, int]] = []
            at = paren.start("inner")
            for piece in _GLOSS_SPLIT.split(paren.group("inner")):
                start = body.index(piece, at) if piece else at
                at = start + len(piece)
                lead = _GLOSS_LEAD.match(piece)
                start += lead.end() if lead else 0
                parts.append((start, at))
            names = [(a, b) for a, b in parts if _name_like(body[a:b])]
            if len(names) != len(parts):
                continue  # "(two countries)"
            chain = _GLOSS_CHAIN.search(body, max(0, occ.start - 120), occ.start)
            # ("the Scientific, Penal and … Corps (CICPC)": an abbreviation alone still
            # marks the end of a name written as a list)
            listed = bool(chain and chain.end() == occ.start and ", " in chain.group())
            abbreviated = all(body[a:b].isupper() for a, b in names)
            if not any(len(body[a:b].split()) > 1 for a, b in names) and not (
                listed and abbreviated and len(occ.tokens) > 1
            ):
                continue  # "(Atlanta, Georgia)", "(HCF-T)"
            start = occ.start
            # (a chain joined by "de", "para", "against"; never "The NDA (…)")
            if chain and chain.end() == occ.start and len(occ.tokens) > 1:
                text = chain.group()
                text = _LEADING_ARTICLES.sub("", text)
                joined = set(map(fold, text.split())) & (_CONNECTORS | {"against", "contra"})
                if text and (joined or ", " in text):
                    start = occ.start - len(text)
            start = max(start, body.rfind("\n", 0, occ.start) + 1)
            spans = [(start, occ.end), *names]
            if any(
                (o.start, o.end) in names
                and d.kind == PLACE
                and (len(d.occurrences) > 1 or "gazetteer" in o.evidence)
                for d in drafts
                if id(d) not in gone and d is not draft
                for o in d.occurrences
            ):
                continue  # "Acme (New York)": where it is, not what it is called
            for other in drafts:
                if other is draft or id(other) in gone:
                    continue
                inside = [o for o in other.occurrences if start <= o.start and o.end <= paren.end()]
                if not inside:
                    continue
                if any((o.start, o.end) in spans for o in inside):
                    draft.occurrences.extend(other.occurrences)  # "Segob" is the ministry
                    other.occurrences = []
                else:
                    # pieces of a name ("Human Rights Defenders" in the translation) are
                    # no names; a place named inside a description stays a place
                    outer = [o for o in inside if o.end <= occ.end]
                    named_elsewhere = len(inside) < len(other.occurrences) or any(
                        "gazetteer" in o.evidence for o in inside
                    )
                    kept = other.kind == PERSON or (other.kind == PLACE and named_elsewhere)
                    dropped = outer if kept else inside
                    other.occurrences = [o for o in other.occurrences if o not in dropped]
                if not other.occurrences:
                    gone.add(id(other))
            covered = {(o.start, o.end) for o in draft.occurrences}
            for a, b in spans:
                if (a, b) not in covered:
                    text = body[a:b]
                    draft.occurrences.append(_Occurrence(a, b, text, tuple(text.split())))
            forms = {fold(w) for a, b in spans for w in body[a:b].split()}
            if draft.kind in (OTHER, PERSON) or forms & ORG_KEYWORDS:
                draft.kind = ORGANIZATION
            if start < occ.start:
                draft.name = body[start : occ.end]  # the name as first written in full
                draft.occurrences.remove(occ)  # its tail ("Personas Defensoras …") is no name
    return [d for d in drafts if id(d) not in gone]


def _abbreviates(letters: str, tokens: tuple[str, ...]) -> bool:
    """Capitals are an abbreviation whatever their letters ("Brigade (BAE)"); a word in
    title case ("Amusa", "Unicef") only when it spells the name's initials."""
    return letters.isupper() or _spells(letters, tokens) or _syllables(letters, tokens)


def _spells(letters: str, tokens: tuple[str, ...]) -> bool:
    """ "SPFL", "Amusa" (initials), "NGP" (Ntsoane-Govender Petroleum: hyphenated parts)."""
    content = [t for t in tokens if fold(t) not in _CONNECTORS]
    initials = "".join(t[0] for t in content)
    parts = "".join(p[0] for t in content for p in t.split("-") if p)
    # ("MoHRE": Ministry of Human Resources and Emiratisation; the small letters are the
    # small words')
    capitals = "".join(c for c in letters if c.isupper())
    mixed = len(capitals) >= 3 and capitals != letters and capitals == initials
    return mixed or (len(letters) > 2 and fold(letters) in (fold(initials), fold(parts)))


def _syllables(letters: str, tokens: tuple[str, ...]) -> bool:
    """ "Elcor" (Electricity Supply Corporation), "Unicef", "Ofcom": a word made of the
    starts of the name's words, in order, beginning with the first."""
    words = [fold(t) for t in tokens if fold(t) not in _CONNECTORS]
    target = fold(letters)

    def fits(i: int, j: int) -> bool:
        if i == len(target):
            return True
        for w in range(j, len(words)):
            k = 1
            while i + k <= len(target) and k <= len(words[w]) and words[w][:k] == target[i : i + k]:
                if fits(i + k, w + 1):
                    return True
                k += 1
            if w == 0:
                return False  # the first word always starts it
        return False

    return len(target) >= 4 and len(words) >= 2 and bool(words) and fits(0, 0)


def _unique_names(drafts: list[EntityDraft]) -> list[EntityDraft]:
    """One entity per canonical name (the importer keys entities by name)."""
    priority = {PERSON: 0, ORGANIZATION: 1, PLACE: 2, OTHER: 3}
    merged: dict[str, EntityDraft] = {}
    for draft in sorted(drafts, key=lambda d: (priority.get(d.kind, 9), -len(d.occurrences))):
        key = draft.name.casefold()
        if key in merged:
            merged[key].occurrences.extend(draft.occurrences)
        else:
            merged[key] = draft
    return sorted(merged.values(), key=lambda d: (-len(d.occurrences), d.name))


def can_speak(draft: EntityDraft) -> bool:
    """People, organisations ("the NDA said"), social-media handles, and unclassified full
    names (likely people). Places do not speak: "Caracas said" means its government; nor
    do platforms: "a WhatsApp message" is someone's message."""
    if any("platform" in occ.evidence for occ in draft.occurrences):
        return False
    return (
        draft.kind in (PERSON, ORGANIZATION)
        or draft.name.startswith("@")
        or (draft.kind == OTHER and len(draft.name.split()) > 1)
    )


def person_index(drafts: Iterable[EntityDraft]) -> list[tuple[int, int, EntityDraft]]:
    """Mentions of possible speakers, sorted by offset, for attribution and pronouns."""
    spans = [
        (occ.start, occ.end, draft)
        for draft in drafts
        if can_speak(draft)
        for occ in draft.occurrences
    ]
    return sorted(spans, key=lambda s: (s[0], s[1]))
