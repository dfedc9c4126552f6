"""One-sided values: a figure, a date or time, or a name that a linked claim states and that no
article it was compared with states anywhere (issue 13, point 2: a value with no counterpart is an
omission, `info`, never a conflict). A claim linked for one fact may carry another fact only its
article gives ("Sale a 250 morti e a 365 feriti" linked to "At least 247 people were killed")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from rapidfuzz import fuzz

from ..claims.facets import is_sentence_start
from ..claims.roles import AGE, PART, UNNAMED, quantity_role, sentence_start
from ..model import (
    Claim,
    Entity,
    Finding,
    Pair,
    Quantity,
    TimeExpr,
    quoted_reading,
    readable_anchor,
    readable_quantity,
    readable_time_span,
)
from ..places import territory
from ..translate.lexicon import part_senses
from .common import CognateIndex, CognateIndexes, _name_words, _name_words_of
from .names import (
    DEMONYM_PLACES,
    NAME_MATCH,
    OtherSide,
    every_gloss,
    identifying_names,
    mentioned,
    names_glossed_elsewhere,
    proper_words,
    renderings,
)
from .numbers import AgreeingFigures
from .omissions import OMISSION_CONFIDENCE, _named, articles_named
from .role_match import role_match
from .times import TIME_AGREEMENT, _time_relation

ROMAN = re.compile(r"[IVXLCDM]+")
DIGIT = re.compile(r"\d")
SCORE = re.compile(r"(\d{1,3})\s*[-–:]\s*(\d{1,3})")  # "17:5", "17-5": two figures of a score
MIN_NAME_LETTERS = 4  # "Dhr", "Nr": abbreviations; acronyms are written in capitals
MIN_PART_LETTERS = 5  # a written word found inside a compound name ("oscar" in "oscarverleihung")
MIN_STEM_LETTERS = 4  # a sense found with an ending ("asia" in "asian")


def one_sided_values(pairs: list[Pair], findings: list[Finding], claims: dict[str, Claim],
                     compared_with: dict[str, list[str]]) -> list[Finding]:
    """One `omission` per linked claim whose values (a figure with its role, a date or time, a name)
    no article it was compared with states anywhere: a claim linked for one fact may carry another
    fact only its article gives. The whole other article is searched, not only the partner, so a
    value stated elsewhere there is not called missing; a value compared on a firm (not weak) link,
    which a finding names or whose kind and role the partner states, is compare's, not missing."""
    linked: dict[str, list[str]] = {}
    compared: dict[str, list[Claim]] = {}  # the partners on links that are not weak
    for pair in pairs:
        linked.setdefault(pair.left, []).append(pair.right)
        linked.setdefault(pair.right, []).append(pair.left)
        if pair.status != "weak":
            compared.setdefault(pair.left, []).append(claims[pair.right])
            compared.setdefault(pair.right, []).append(claims[pair.left])
    # A weak link is not one fact (compare._weak_link): what its findings compare stays open.
    firm = {(pair.left, pair.right) for pair in pairs if pair.status != "weak"}
    named = _compared_in_findings([f for f in findings if (f.left, f.right) in firm])
    articles = _Articles(claims)
    found = []
    for claim_id, partners in linked.items():
        claim = claims[claim_id]
        others = [doc for doc in compared_with.get(claim.doc, []) if doc in articles.docs]
        if not others:
            continue
        values = [value for value in _values(claim) if value.text not in named.get(claim_id, ())
                  and not any(_compared(value, claim, other) for other in compared.get(claim_id, ()))
                  and not any(articles.states(doc, claim, value) for doc in others)]
        if values:
            found.append(_value_omission(claim, values, partners, others))
    return found


def _compared_in_findings(findings: list[Finding]) -> dict[str, set[str]]:
    """The values each finding compares, as written, by claim: the two it names as differing
    (`evidence["differing"]`), else its side's values (`left_values` / `right_values`)."""
    compared: dict[str, set[str]] = {}
    for finding in findings:
        evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
        differing = evidence.get("differing")
        sides = differing if isinstance(differing, list) and len(differing) == 2 else \
            (evidence.get("left_values"), evidence.get("right_values"))
        for claim, values in zip((finding.left, finding.right), sides):
            if claim:
                compared.setdefault(claim, set()).update(_texts(values))
    return compared


def _texts(values) -> list[str]:
    """The texts of evidence values: a text, a value record ({"text": …}), or a list of them."""
    if isinstance(values, str):
        return [values]
    if isinstance(values, dict):
        return [values["text"]] if isinstance(values.get("text"), str) else []
    if isinstance(values, list):
        return [text for value in values for text in _texts(value)]
    return []


def _compared(value: Quantity | TimeExpr | Entity, claim: Claim, other: Claim) -> bool:
    """The linked claim states a value of the same kind and role: a figure of the same role or
    unit, a time of day against a time of day, a day against a day, a duration against a duration.
    The two values were compared: whether they differ is a conflict or a hint, not an omission."""
    if isinstance(value, Quantity):
        role = quantity_role(value, claim)
        return any(role_match(value, q, role, quantity_role(q, other), True) is not None for q in other.numbers)
    if isinstance(value, TimeExpr):
        return any(t.type == value.type and _day_or_finer(t) == _day_or_finer(value) for t in other.times)
    return False


def _day_or_finer(t: TimeExpr) -> bool:
    return t.granularity in ("day", "time")


def _values(claim: Claim) -> list[Quantity | TimeExpr | Entity]:
    """What a claim states that can be looked up in another language, read surely enough that its
    absence means something (on faithful translations, NTREX dev, the rest were reading slips)."""
    return [*_figures(claim), *_times(claim), *_identifying_names(claim)]


def _figures(claim: Claim) -> list[Quantity]:
    """Not those of a name ("AK-47"), nor a "one" in words (an article: "über eine", "meer dan
    een"), nor the figure of a duration or a century, which its time tells ("ocho minutos",
    PT8M; "siglo XX", the 1900s, which holds "the 1930s")."""
    told = [t for t in claim.times if t.type == "DURATION" or t.granularity == "century"]
    return [q for q in claim.numbers if not any(e.start <= q.start < e.end for e in claim.entities)
            and (q.value > 1 or DIGIT.search(q.text)) and not _overlapping(q, told)]


def _times(claim: Claim) -> list[TimeExpr]:
    """Not "now", a vague count ("plusieurs mois", PXM), a date counted from publication in words
    ("over vijf weken", "Sunday": each language's reading of those differs more than the articles
    do), nor a time of day read from a figure's digits, which the figure tells ("20:40"; "5.000"
    read as 05:00 is the figure 5,000)."""
    return [t for t in claim.times if t.granularity != "ref" and (t.value or t.anchor) and "X" not in (t.value or "")
            and not (t.relative and t.type == "DATE" and not DIGIT.search(t.text))
            and (t.type == "DURATION" or t.granularity == "century" or not _overlapping(t, claim.numbers))]


def _identifying_names(claim: Claim) -> list[Entity]:
    """Not descriptions, currencies, nationalities (`check_entities` compares those by country),
    Roman numerals ("XIX"), abbreviations ("Dhr"), a lone capitalised first word of a sentence
    ("Ironiquement"), or a name with a digit (a model or a date: "AK-47" / "kalachnikov", "Dec.1")."""
    return [e for e in identifying_names(claim) if not _one_word_slip(e, claim) and not DIGIT.search(e.text)]


def _overlapping(value: Quantity | TimeExpr, others: list) -> bool:
    return any(other.start < value.end and value.start < other.end for other in others)


def _one_word_slip(entity: Entity, claim: Claim) -> bool:
    """A one-word "name" that is a Roman numeral, an abbreviation, or capitalised only as the
    first word of its sentence."""
    if " " in entity.text.strip():
        return False
    short = len(entity.text) < MIN_NAME_LETTERS and not (entity.text.isupper() and len(entity.text) > 1)
    if ROMAN.fullmatch(entity.text) or short:
        return True
    at = entity.start - sentence_start(claim)
    return is_sentence_start(claim.sentence_text, at)


class _Articles:
    """Each article's figures, times and claims, to look a value up in the whole article."""

    def __init__(self, claims: dict[str, Claim]):
        self.claims: dict[str, list[Claim]] = {}
        for claim in claims.values():
            self.claims.setdefault(claim.doc, []).append(claim)
        self.docs = set(self.claims)
        self.sides: dict[str, OtherSide] = {}

    @cached_property
    def figures(self) -> dict[str, AgreeingFigures]:
        return {doc: AgreeingFigures([q for c in claims for q in c.numbers]) for doc, claims in self.claims.items()}

    @cached_property
    def times(self) -> dict[str, list[TimeExpr]]:
        return {doc: [t for c in claims for t in c.times] for doc, claims in self.claims.items()}

    def states(self, doc: str, claim: Claim, value: Quantity | TimeExpr | Entity) -> bool:
        if isinstance(value, Quantity):
            return self.figures[doc].states(value) or (value.unit == "score" and self._score_written(doc, value.text))
        if isinstance(value, TimeExpr):
            span = _span(value)
            return any(_time_relation(value, other) in TIME_AGREEMENT or (span and _spans_meet(span, _span(other)))
                       for other in self.times[doc]) or self._score_written(doc, value.text)
        written = self.written[doc]
        proper = proper_words(value.text, claim.lang)
        if proper and not territory(value.text, claim.lang):
            # A name's own words (no dictionary knows them) are written alike in the other
            # language: looked up as written. Cognates and the senses of every word of a whole
            # article would find most names somewhere ("Barcelonnette" in "Barcelona").
            return (any(_written_alike(_folded(word), written) for word in proper)
                    or any(self._said_in_parts(word, claim.lang, doc) for word in proper)
                    or any(all(word in written for word in _name_words(rendering))  # "Bruxelles" / "Brussels"
                           for rendering in renderings(value.text, claim.lang))
                    or any(all(word in written for word in _name_words(rendering))  # "Nizza" / "Nice"
                           for rendering in names_glossed_elsewhere(value.text, claim.lang)))
        if all(word in written for word in _name_words(value.text)):
            return True  # written alike: the slower search of names.OtherSide is not needed
        if doc not in self.sides:
            # One per article: its countries and acronyms are read once. (`own`, the first claim
            # looked up, only blanks the words of an acronym's expansion that it states itself.)
            self.sides[doc] = OtherSide(claim, tuple(self.claims[doc]))
        return mentioned(value, claim.lang, self.sides[doc], self.index[doc])

    def _score_written(self, doc: str, text: str) -> bool:
        """A score is written with a colon or a dash ("17:5" / "17-5"; the dash may be read as a
        day and month): two figures so joined are stated where the article joins them either way."""
        figures = SCORE.fullmatch(text.strip())
        if not figures:
            return False
        score = re.compile(rf"(?<![\d.,]){figures.group(1)}\s*[-–:]\s*{figures.group(2)}(?![.,]?\d)")
        return any(score.search(sentence) for sentence in self.sentences[doc])

    def _said_in_parts(self, word: str, lang: str, doc: str) -> bool:
        """A Dutch or German word the dictionary knows only in parts ("Beleidsonderzoek", the
        genitive "Unabhängigkeits") is a word of the language, not a name's own: found when a
        sense of each part is written in a row, in its order, in a sentence or a translation of
        the article ("Policy Research", "pro-independence")."""
        senses = part_senses(word, lang)
        if not senses or not all(senses):
            return False
        wanted = [{_folded(sense.split()[-1]) for sense in part} for part in senses]
        return any(_in_a_row(wanted, words) for words in self.texts[doc])

    @cached_property
    def sentences(self) -> dict[str, tuple[str, ...]]:
        return {doc: tuple(dict.fromkeys(c.sentence_text for c in claims)) for doc, claims in self.claims.items()}

    @cached_property
    def texts(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Each sentence and translation of an article as its folded words, in order."""
        return {doc: tuple(dict.fromkeys(_name_words_of(text) for c in claims for text in (c.sentence_text, c.translation or "")))
                for doc, claims in self.claims.items()}

    @cached_property
    def index(self) -> dict[str, CognateIndexes]:
        """`written` of each article as one index (one search per word, not one per claim), with
        every sense of its names' words: a name of common words is found in the other language's
        name of them ("Policy Research" in "Instituut voor Beleidsonderzoek": policy, research)."""
        return {doc: CognateIndexes([CognateIndex(words | self.glossed[doc])]) for doc, words in self.written.items()}

    @cached_property
    def glossed(self) -> dict[str, frozenset[str]]:
        return {doc: frozenset(word for c in claims for e in c.entities for word in _name_words_of(every_gloss(e.text, c.lang)))
                for doc, claims in self.claims.items()}

    @cached_property
    def written(self) -> dict[str, frozenset[str]]:
        """Each article's words as written, in its translation and its names, folded, with the
        places its English adjectives name ("a Welsh farmer": Wales, as `names` reads them)."""
        written = {doc: frozenset(word for c in claims for text in (c.sentence_text, c.translation or "", *_renderings_of(c))
                                  for word in _name_words_of(text)) for doc, claims in self.claims.items()}
        return {doc: words | {place for word in words for place in DEMONYM_PLACES.get(word, ())} for doc, words in written.items()}


def _renderings_of(claim: Claim) -> list[str]:
    """The English of the claim's names ("Bruxelles" -> "Brussels"), which a translation may not give."""
    return [rendering for e in claim.entities for rendering in renderings(e.text, claim.lang)]


def _folded(word: str) -> str:
    return "".join(_name_words(word))


def _in_a_row(wanted: list[set[str]], words: tuple[str, ...]) -> bool:
    """Some run of `words` whose k-th word is (or shares its first 4+ letters with) a k-th wanted word."""
    return any(all(_same_word(words[at + k], part) for k, part in enumerate(wanted))
               for at in range(len(words) - len(wanted) + 1))


def _same_word(word: str, senses: set[str]) -> bool:
    """As written, or one is the other with an ending ("Asia" / "Asian")."""
    return word in senses or any(min(len(word), len(sense)) >= MIN_STEM_LETTERS and (word.startswith(sense) or sense.startswith(word))
                                 for sense in senses)


# A duration or a date counted back: the amount and its unit ("P10Y" ten years, "-10y@previous" ten years before).
DURATION_SPAN = re.compile(r"P(T?)(\d+)([A-Z])")
OFFSET_SPAN = re.compile(r"[-+](\d+)([ymwd])(?:@.*)?")


def _span(t: TimeExpr) -> tuple[int, int, str] | None:
    """How long a duration lasts or how far back or ahead a counted date lies, as its lowest and
    highest count and its unit: "zehn Jahre" (P10Y) and "vor zehn Jahren" (10 years before) both
    span ten years, "two to three weeks" two or three. A duration told on one side as a date
    counted back on the other ("il y a 3 ans" / "three years", "ten years previously" / "tien jaar
    eerder") is one amount read two ways."""
    if t.type == "DURATION":
        low = DURATION_SPAN.fullmatch((t.earliest if t.latest else t.value) or "")
        high = DURATION_SPAN.fullmatch((t.latest or t.value) or "")
        if not (low and high) or low.group(1) + low.group(3) != high.group(1) + high.group(3):
            return None
        return int(low.group(2)), int(high.group(2)), high.group(1) + high.group(3)
    match = OFFSET_SPAN.fullmatch(t.anchor or "") if t.relative else None
    return (int(match.group(1)), int(match.group(1)), match.group(2).upper()) if match else None


def _spans_meet(a: tuple[int, int, str], b: tuple[int, int, str] | None) -> bool:
    """The same unit and a count in common."""
    return b is not None and a[2] == b[2] and a[0] <= b[1] and b[0] <= a[1]


def _written_alike(word: str, written: frozenset[str]) -> bool:
    """As written, transliterated ("Gökmen" / "Goekmen"), or a compound of a written word
    ("Oscarverleihung", "Pro-Unabhängigkeits": German and Dutch write a name into one word)."""
    return word in written or any(fuzz.ratio(word, other) >= NAME_MATCH for other in written if other[:1] == word[:1]) \
        or (len(word) > MIN_PART_LETTERS and any(len(other) >= MIN_PART_LETTERS and other in word for other in written))


def _value_omission(claim: Claim, values: list, partners: list[str], others: list[str]) -> Finding:
    shown = "; ".join(_described(value, claim) for value in values)
    message = (f"only article {claim.doc} states {shown} (claim {claim.id}, linked to {_named(partners)}); "
               f"not found anywhere in {articles_named(others)}")
    evidence = {"claims": [claim.id], "texts": [claim.text], "paragraph": claim.paragraph, "doc": claim.doc,
                "values": [{"kind": _kind(value), "text": value.text, "start": value.start, "end": value.end,
                            "reading": _described(value, claim)} for value in values],
                "linked": list(partners)}
    return Finding("omission", "info", claim.id, None, message, evidence, confidence=OMISSION_CONFIDENCE)


def _kind(value: Quantity | TimeExpr | Entity) -> str:
    return "number" if isinstance(value, Quantity) else "time" if isinstance(value, TimeExpr) else "name"


def _figure_in_role(figure: str, role: str) -> str:
    """“365 injured”; a part of a whole, “420 of the people” (it said "420 part of people"); an age,
    “age 42” ("42 age of jones")."""
    if role.startswith(PART):
        whole = role.removeprefix(PART)
        return f"{figure} of {whole}" if whole == UNNAMED else f"{figure} of the {whole}"
    if role.startswith(AGE):
        return f"age {figure}"
    return f"{figure} {role}"


def _described(value: Quantity | TimeExpr | Entity, claim: Claim) -> str:
    """“365” (365 injured), “lunedì” (2016-08-22), “Bernard Cazeneuve”."""
    if isinstance(value, Quantity):
        # The role's noun names a bare figure ("365 injured") or stands for "people" ("23 passengers",
        # not "23 people passengers" or "23 people people"); a measure is named by its unit ("10 km",
        # not "10 km quakes"; "20:40", not "20:40 hours").
        role = quantity_role(value, claim).concept if value.unit in (None, "people") else None
        if not role:
            return quoted_reading(value.text, readable_quantity(value))
        return quoted_reading(value.text, _figure_in_role(readable_quantity(replace(value, unit=None)), role))
    if isinstance(value, TimeExpr):
        return quoted_reading(value.text, readable_time_span(value) or (readable_anchor(value.anchor) if value.anchor else ""))
    return f"“{value.text}”"
