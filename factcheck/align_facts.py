"""Fact-level alignment for comparable text: articles written separately about one event.

Two outlets share facts, not sentences: order, grouping and wording differ, so neither the
monotone path of a translation nor one best partner per claim fits. What survives the rewrite
are anchors: names, numbers with their unit, dates resolved against each article's own
publication date, clock times. Here each anchor shared by the two articles forms a block (the
claims that state it on either side); within a block every claim is linked to its most similar
claim of the other side (translated lexical similarity), so one claim may be linked to several,
each for different anchors, in any order. Claims that share no anchor are linked by their words
alone, as before, at a stricter threshold. Every link carries its score and the anchors it rests
on (`evidence["anchors"]`), for explanations and for compare's confidence.

`align.align` calls `looks_comparable` to choose between this and the path of parallel text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .align_small import block_of, f32
from .claim_memo import per_claim
from .claims.titles import folded_name, office_title
from .model import Claim, Quantity, TimeExpr

EVENT_FAMILIES = Path(__file__).resolve().parent / "data" / "event_families.tsv"

if TYPE_CHECKING:  # numpy is imported only when a matrix is large enough to need it
    import numpy as np


@dataclass(frozen=True)
class FactConfig:
    # Parallel text keeps most sentences in a confident, ordered match; comparable text a few.
    parallel_coverage: float = 0.3  # share of the shorter side's claims in confident mutual-best matches
    # What one shared anchor of each kind is worth: a figure with a unit or a date is rarely shared
    # by chance, a bare small count ("two", "3") often is.
    weight_number: float = 1.0
    weight_small_number: float = 0.3
    weight_date: float = 0.8
    weight_period: float = 0.5  # a month, a year, a week: shared more often than a day
    weight_clock: float = 0.8
    weight_name: float = 0.8
    weight_role: float = 0.5  # a figure's role ("dead"): the same fact, perhaps another value
    small_number: float = 10.0  # bare counts below this are weak anchors
    clock_tolerance: float = 30.0  # minutes: "gegen 21.15 Uhr" / "at about 9 p.m." is one moment
    name_similarity: float = 0.85  # folded spelling ratio at which two names are one ("Gökmen"/"Gokmen")
    anchor_gain: float = 0.25  # how much a fully specific anchor adds to the lexical score
    block_floor: float = 0.05  # a link inside a small anchor block needs at least this lexical similarity
    common_floor: float = 0.1  # ... inside a block of a common anchor, this
    # An anchor in more than this share of one article's claims (the company of a story about a
    # company) says little: inside its block only mutual best partners link.
    everywhere: float = 0.2
    link_threshold: float = 0.15  # ... and this score (lexical + anchor gain)
    max_partners: int = 6  # links per claim, best first
    small_block: int = 4  # an anchor in at most this many claim pairs links all of them
    # A role links every claim stating it to every one on the other side, up to this many pairs (a
    # news article names its dead a few times); past it, as a common anchor: linear, not quadratic.
    role_block_pairs: int = 400
    # The figures two articles lead with for one role are one count told twice when neither is
    # more than this many times the other (`_lead_pairs`).
    lead_ratio: float = 2.0
    # A hedge with no anchor and no link looks for the word it bears on among this many of its
    # best-worded claims on the other side, each at least this similar (`_hedged_word_links`).
    hedge_candidates: int = 3
    hedge_floor: float = 0.1
    # A content word of this many letters or more that two claims alone use in their articles,
    # when they are each other's most similar claim, links them as an anchor of this worth would.
    rare_word_letters: int = 5
    weight_rare_word: float = 0.8
    weight_event: float = 0.8  # an event family both claims alone name with a value (`_event_pivot_pairs`)


@dataclass(frozen=True)
class Anchor:
    """A handle of a claim that survives translation. `kind`: number | clock | date | name."""

    kind: str
    key: str  # what is shown: "28 people", "2012-03-13", "Elsig"
    strength: float
    value: float | None = None  # numbers, clock minutes
    quantity: Quantity | None = None
    explicit: bool = True  # dates: written out ("im Dezember 2013"), not resolved from publication ("this year")


@dataclass(frozen=True)
class FactLink:
    left: int
    right: int
    score: float
    text: float
    anchors: tuple[str, ...]  # "number:28 people", ...
    # Those of `anchors` that say little about which fact (`_faint_anchors`): the story's subject,
    # a date of a statement. A link resting on them alone is weak (compare._weak_link).
    faint: tuple[str, ...] = ()


# --- which machinery: parallel or comparable --------------------------------------------------


_CONFIDENT = f32(0.22)  # as float32: numpy compares float32 values with a float32 constant


def looks_comparable(text: np.ndarray, config: FactConfig | None = None) -> bool:
    """Few confident mutual-best matches (relative to the shorter side) mean separately written
    articles, whatever their order: a translation matches most of its sentences confidently.
    (Whether the matches keep their order is `align._looks_parallel`.)"""
    config = config or FactConfig()
    if text.size == 0:
        return True
    best_right, best_left = text.argmax(axis=1), text.argmax(axis=0)
    mutual = sum(1 for i in range(text.shape[0]) if best_left[best_right[i]] == i and text[i, best_right[i]] >= _CONFIDENT)
    return mutual < config.parallel_coverage * min(text.shape)


# --- anchors ----------------------------------------------------------------------------------


@per_claim
def claim_fact_anchors(claim: Claim, config: FactConfig) -> list[Anchor]:
    anchors = [_number_anchor(q, config) for q in claim.numbers if not _order_of_magnitude(q)]
    anchors += [anchor for t in claim.times if (anchor := _date_anchor(t, config))]
    anchors += [Anchor("name", name, config.weight_name) for name in sorted(_names(claim))]
    anchors += [Anchor("role", role, config.weight_role) for role in sorted(_roles(claim))]
    return anchors


def _date_anchor(t: TimeExpr, config: FactConfig) -> Anchor | None:
    """The day or period a time expression dates: a DATE by its value, a time of day on a written
    day by that day ("9 p.m. on Tuesday" dates Tuesday). Durations, sets and vague references
    ("now", "recently") date nothing."""
    if t.type == "TIME" and t.earliest:
        return Anchor("date", t.earliest, config.weight_date, explicit=not t.relative)
    if t.type == "DATE" and t.value and t.granularity != "ref":
        return Anchor("date", t.value, config.weight_date if t.granularity == "day" else config.weight_period, explicit=not t.relative)
    return None


def _roles(claim: Claim) -> set[str]:
    """What the claim's figures count, when specific ("dead", "injured", "passengers"): two
    articles giving different tolls still state the same fact, which compare must then weigh."""
    from .claims.roles import GENERIC, PART, UNNAMED, quantity_role

    roles = [quantity_role(q, claim) for q in claim.numbers if q.unit != "clock"]
    # What happened to a group counted is a role too: "zeven inzittenden gewond" counts injured.
    found = {role.concept for role in roles} | {role.outcome for role in roles}
    return {concept for concept in found if concept and concept not in (GENERIC, PART + UNNAMED)}


def _order_of_magnitude(q: Quantity) -> bool:
    """A plural of a round number written in words ("hundreds of earthquakes", "Cientos de vecinos",
    "Tausende"): an order of magnitude, no figure; two of them meet by chance, not as one fact."""
    return q.approx == "range" and q.low is not None and q.high is not None and q.high >= 10 * q.low \
        and not any(ch.isdigit() for ch in q.text)


def _number_anchor(q: Quantity, config: FactConfig) -> Anchor:
    if q.unit == "clock":
        return Anchor("clock", f"{int(q.value) // 60:02d}:{int(q.value) % 60:02d}", config.weight_clock, q.value, q)
    strong = q.unit not in (None, "people") or q.value >= config.small_number
    label = f"{q.value:g} {q.unit}" if q.unit else f"{q.value:g}"
    return Anchor("number", label, config.weight_number if strong else config.weight_small_number, q.value, q)


def _names(claim: Claim) -> set[str]:
    from .align import capitalised_words, name_key
    from .places import english_place_name

    names = {name_key(e.text) for e in claim.entities} | capitalised_words(claim.text) | _attribution_words(claim)
    if claim.translation and claim.lang != "en":
        # Nationalities are lower case in most languages but capitalised in the English pivot
        # ("españoles", "toutes belges" -> "Spanish", "Belgian"), as the names the lexicon knows.
        names |= capitalised_words(claim.translation)
    # A country is one name in every language ("Zwitserland", "Suisse" -> "Switzerland").
    names = {english_place_name(n, claim.lang) or n for n in names}
    return {n for n in names if len(n) > 2 and not office_title(n, claim.lang)}


def _attribution_words(claim: Claim) -> set[str]:
    """Capitalised words of the description of who said it, set aside from the claim ("According to
    the French President, François Hollande, it is very likely …": French): the other outlet often
    writes the source into its own claim ("Las autoridades francesas han confirmado …"). The words
    of a speaker given by name are left out: their surname is already a name of the claim, and a
    speaker quoted in several claims links them all (`_person_words`)."""
    from .align import capitalised_words

    attribution = claim.attribution
    if not attribution or not attribution.text or attribution.text in claim.text:
        return set()
    speaker = _person_words(claim)
    words = capitalised_words(attribution.text) | _nationalities(attribution.text, claim.lang)
    return {word for word in words if folded_name(word) not in speaker}


def _nationalities(text: str, lang: str) -> set[str]:
    """Lower-case words the dictionary renders capitalised ("belge", "francesas" -> Belgian,
    French): nationalities, written in lower case in most languages, as the English pivot has them."""
    if lang == "en":
        return set()
    from .translate.lexicon import senses

    found = set()
    for word in re.findall(r"[^\W\d_]+", text):
        sense = next(iter(senses(word, lang)), "") if word.islower() else ""
        if sense[:1].isupper() and " " not in sense:
            found.add(sense)
    return found


def _same(a: Anchor, b: Anchor, config: FactConfig) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "number":
        from .claims.numbers import quantity_relation, same_kind

        if not same_kind(a.quantity, b.quantity):
            return False
        relation = quantity_relation(a.quantity, b.quantity)
        # The same stated figure anchors even under another bound ("mindestens 24" / "24 others");
        # a rounded one anchors the figures it covers ("rund 30" / "about 30", "about 50" / 47).
        same_figure = math.isclose(a.value, b.value) and relation != "incomparable"
        return same_figure or (_approximate(a.quantity, b.quantity) and relation in ("equal", "compatible")
                               and _rounding_covers(a.quantity, b.quantity))
    if a.kind == "clock":
        return abs(a.value - b.value) <= config.clock_tolerance
    if a.kind == "role":
        return a.key == b.key
    return a.key == b.key or _within(a, b) or _within(b, a)  # dates


def _within(day: Anchor, period: Anchor) -> bool:
    """A date inside a month or year written out ("Dezember 2013" / "in 2013"); a period read
    from the publication date ("at year's end", "this month") holds every date of a story."""
    return period.explicit and day.key.startswith(period.key)


def _approximate(a: Quantity, b: Quantity) -> bool:
    """A rounded figure anchors like the exact one ("rund 30", "about 30"); two different exact
    figures or two bounds do not."""
    return "about" in (a.approx, b.approx)


BOUNDS = ("more_than", "less_than", "at_least", "at_most")


def _rounding_covers(a: Quantity, b: Quantity) -> bool:
    """A bound states a figure of its own: it meets a rounded figure only where the rounding
    covers that figure ("rund 740.000" is no "minder dan een miljoen", though under it)."""
    rounded, other = (a, b) if a.approx == "about" else (b, a)
    if other.approx not in BOUNDS or rounded.low is None or rounded.high is None:
        return True
    return rounded.low <= other.value <= rounded.high


def _matching_names(left: list[Anchor], right: list[Anchor], config: FactConfig):
    """Names spelled alike once folded: identical, or (five letters and more) a spelling ratio of
    at least `name_similarity` ("Gökmen"/"Gokmen", "Duesseldorf"/"Düsseldorf")."""
    if not left or not right:
        return
    from rapidfuzz import fuzz

    folded_l, folded_r = [folded_name(a.key) for a in left], [folded_name(b.key) for b in right]
    cutoff = 100 * config.name_similarity
    for x, a in enumerate(folded_l):
        for y, b in enumerate(folded_r):
            if (a == b or min(len(a), len(b)) >= 5) and fuzz.ratio(a, b, score_cutoff=cutoff):
                yield left[x], right[y]


# --- linking ----------------------------------------------------------------------------------


def fact_links(left: list[Claim], right: list[Claim], text: np.ndarray, word_links: Iterable[tuple[int, int]] = (),
               config: FactConfig | None = None, whole_articles: bool = True,
               rare_words: dict[tuple[int, int], list[str]] | None = None) -> list[FactLink]:
    """Many-to-many, order-free links between the claims of two comparable articles: the links
    of anchor blocks, and `word_links` (made on wording alone, by the caller) where no anchor is shared.
    Without `whole_articles` (a block of two long articles) no figure is known to lead its article.
    `rare_words`: the content words only two claims use in their articles (`rare_shared_words`)."""
    config = config or FactConfig()
    anchors_l, anchors_r = [claim_fact_anchors(c, config) for c in left], [claim_fact_anchors(c, config) for c in right]
    blocks = _shared_anchors([_positionless(c, config) for c in left], [_positionless(c, config) for c in right], config)
    anchored_l, anchored_r = {i for i, found in enumerate(anchors_l) if found}, {j for j, found in enumerate(anchors_r) if found}
    blocks_of_left: dict[int, set[int]] = {}
    blocks_of_right: dict[int, set[int]] = {}
    candidates: set[tuple[int, int]] = set()
    role_links: set[tuple[int, int]] = set()
    for number, (block_l, block_r, worth, _label) in enumerate(blocks):
        for i in block_l:
            blocks_of_left.setdefault(i, set()).add(number)
        for j in block_r:
            blocks_of_right.setdefault(j, set()).add(number)
        found = _block_links(block_l, block_r, worth, text, config, role=_label.startswith("role:"))
        candidates |= found
        if _label.startswith("role:"):
            role_links |= found
    shared = {pair: blocks_of_left.get(pair[0], set()) & blocks_of_right.get(pair[1], set())
              for pair in candidates | set(word_links)}
    score = {pair: _link_score(float(text[pair]), [blocks[b] for b in found], config) for pair, found in shared.items()}
    links = [pair for pair in candidates if score[pair] >= config.link_threshold or pair in role_links] + list(word_links)
    worded = _rare_word_pairs(rare_words or {}, text, set(links), config)
    valued = _differing_value_pairs(left, right, text, set(links) | set(worded), config)
    evented = _event_pivot_pairs(left, right, set(links) | set(worded) | set(valued))
    for pair, words in worded.items():
        score[pair] = min(1.0, float(text[pair]) + config.anchor_gain * (1.0 - math.exp(-config.weight_rare_word * len(words))))
        shared[pair] = set()
        links.append(pair)
    for pair in valued:
        score[pair], shared[pair] = float(text[pair]), set()
        links.append(pair)
    for pair in evented:
        score[pair] = min(1.0, float(text[pair]) + config.anchor_gain * (1.0 - math.exp(-config.weight_event)))
        shared[pair] = set()
        links.append(pair)
    leads = _lead_pairs(left, right, config) if whole_articles else {}
    subjects = _subject_names(left, right, blocks, config) if whole_articles else set()
    found = []
    for i, j in _at_most(set(links), score, config.max_partners):
        labels = {blocks[b][3] for b in shared[(i, j)]} | {f"word:{word}" for word in worded.get((i, j), ())}
        labels |= {f"{DIFFERING}{kind}" for kind in valued.get((i, j), ())}
        labels |= {f"{EVENT}{family}{EVENT_KIND}{kind}" for family, kind in evented.get((i, j), ())}
        labels |= leads.get((i, j), set()) | _speakers(left[i], right[j], labels)
        faint = _faint_anchors(labels, subjects, left[i], right[j], config)
        found.append(FactLink(i, j, round(score[(i, j)], 3), round(float(text[i, j]), 3), tuple(sorted(labels)), faint))
    found = _same_role_passages(left, right, anchors_l, anchors_r, found, config)
    found = found + _continuation_links(left, right, found, text, anchored_l, anchored_r)
    return found + _hedged_word_links(left, right, found, text, anchored_l, anchored_r, config)


def _subject_names(left: list[Claim], right: list[Claim], blocks, config: FactConfig) -> set[str]:
    """The labels of the shared names that both articles state in their first sentence: what the
    story is about (the country of a story about an earthquake there, the club of a match report).
    Every fact of the story is about it, so two claims naming it need not state one fact ("Peru sits
    on the Pacific 'Ring of Fire'" / "El número de fallecidos … en el sur del Perú")."""
    lead_l, lead_r = _lead_names(left, config), _lead_names(right, config)
    return {label for _block_l, _block_r, _worth, label in blocks if label.startswith("name:")
            and all(any(_matching_names([Anchor("name", label[5:], config.weight_name)], lead, config)) for lead in (lead_l, lead_r))}


def _lead_names(claims: list[Claim], config: FactConfig) -> list[Anchor]:
    """The names of the article's first sentence, with every capitalised word of its text (an
    elided article is no part of a name: "l'Atalanta Bergame")."""
    from .places import english_place_name

    lead = [claims[index] for index in _first_sentence(claims)]
    words = {word for claim in lead for word in (*_names(claim), *CAPITALISED_WORD.findall(claim.sentence_text))}
    places = {english_place_name(word, claims[0].lang) for word in words} if lead else set()
    return [Anchor("name", word, config.weight_name) for word in sorted(words | places - {None})]


CAPITALISED_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]*\w")  # anywhere: after an elided article too ("l'Atalanta")


def _first_sentence(claims: list[Claim]) -> set[int]:
    """The claims of the article's first sentence (its lead)."""
    first = min((claim.sentence for claim in claims), default=None)
    return {index for index, claim in enumerate(claims) if claim.sentence == first}


def _faint_anchors(labels: set[str], subjects: set[str], left: Claim, right: Claim, config: FactConfig) -> tuple[str, ...]:
    """The link's anchors that say little about which fact the two claims state: a name the story
    is about (`_subject_names`), and a date one of them gives as the day something was said ("ha
    scritto la storia stasera" in a quote: the speaker's day, not the day of a fact; issue 13 point 5)."""
    said = _statement_dates(left, config) | _statement_dates(right, config)
    return tuple(sorted(label for label in labels if label in subjects or (label.startswith("date:") and label[5:] in said)))


@per_claim
def _statement_dates(claim: Claim, config: FactConfig) -> frozenset[str]:
    """The anchor keys of the claim's dates that date a statement, not a fact (claims.superseded)."""
    from .claims.superseded import is_statement_time

    return frozenset(anchor.key for t in claim.times if (anchor := _date_anchor(t, config)) and is_statement_time(t, claim))


def rare_shared_words(bags_l: list[dict[str, float]], bags_r: list[dict[str, float]], config: FactConfig | None = None
                      ) -> dict[tuple[int, int], list[str]]:
    """(left claim, right claim) -> the content words of their bags (`align.claim_bag`: the English
    pivot, and between two non-English articles their own longer words) that these two claims alone
    use in their articles: a word each outlet writes once ("cause",
    "threat level", "metres") names what the two sentences are about even where they share no name,
    figure or date ("Die Unfallursache ist weiter unklar" / "Les causes de l'accident ne sont pas
    encore connues"). Names, figures and dates are anchors of their own; short words are too common."""
    config = config or FactConfig()

    def once(bags: list[dict[str, float]]) -> dict[str, int]:
        seen = Counter(word for bag in bags for word in bag if _content_word(word, config))
        return {word: index for index, bag in enumerate(bags) for word in bag if seen.get(word) == 1}

    once_l, once_r = once(bags_l), once(bags_r)
    found: dict[tuple[int, int], list[str]] = {}
    for word in sorted(once_l.keys() & once_r.keys()):
        found.setdefault((once_l[word], once_r[word]), []).append(word)
    return found


def _content_word(word: str, config: FactConfig) -> bool:
    return len(word) >= config.rare_word_letters and word.isalpha() and word.islower()


def _rare_word_pairs(rare_words: dict[tuple[int, int], list[str]], text: np.ndarray, linked: set[tuple[int, int]],
                     config: FactConfig) -> dict[tuple[int, int], list[str]]:
    """The pairs of `rare_words` not linked otherwise that are each other's most similar claim
    (lexical similarity at least `common_floor`): one rare word alone is often shared by chance
    ("police", "first"); as the best match of both claims, it names their common fact."""
    if not rare_words:
        return {}
    best_r, best_l = text.argmax(axis=1), text.argmax(axis=0)
    return {(i, j): words for (i, j), words in rare_words.items()
            if (i, j) not in linked and best_r[i] == j and best_l[j] == i and text[i, j] >= f32(config.common_floor)}


DIFFERING = "differing:"  # anchor label of a link made for two differing values of one kind (`_differing_value_pairs`)


def event_pivot_only(labels: Iterable[str]) -> bool:
    """A link made on an event family alone (`_event_pivot_pairs`): the two claims tell one event with
    another value; nothing else they state is known to be shared, so neither is part of the other's
    sentence split in two (compare's siblings) nor says what the other's article states."""
    labels = list(labels)
    return bool(labels) and all(label.startswith(EVENT) for label in labels)


def differing_value_kinds(labels: Iterable[str]) -> set[str]:
    """The kinds of value a link was made for because the two claims state them differently: those
    of `DIFFERING` labels (wording) and of `EVENT` labels (an event family)."""
    kinds = {label[len(DIFFERING):] for label in labels if label.startswith(DIFFERING)}
    return kinds | {label.rpartition(EVENT_KIND)[2] for label in labels if label.startswith(EVENT)}


def _differing_value_pairs(left: list[Claim], right: list[Claim], text: np.ndarray, linked: set[tuple[int, int]],
                           config: FactConfig) -> dict[tuple[int, int], list[str]]:
    """Claims that no anchor or wording link has joined, each the other's most similar claim (lexical
    similarity at least `common_floor`), that state values of one kind which differ and which the
    other article states nowhere: "Unas 5.200 personas fueron evacuadas" / "Quelque 2 500 personnes
    ont été évacuées", "El fuego comenzó el jueves" / "Le feu s'est déclaré vendredi". The value is
    what would anchor them; told differently it anchors nothing, and their wording alone is below
    the competitive linking's threshold. -> pair: the kinds of value (a unit, `COUNT`, `LEFTOVER_DATE`)."""
    best_r, best_l = text.argmax(axis=1), text.argmax(axis=0)
    stated_l, stated_r = _Stated.of(left), _Stated.of(right)
    found = {}
    for i, j in enumerate(best_r):
        j = int(j)
        if best_l[j] != i or text[i, j] < f32(config.common_floor) or (i, j) in linked:
            continue
        kinds = _differing_kinds(left[i], right[j], stated_l, stated_r)
        if kinds:
            found[(i, j)] = kinds
    return found


@dataclass(frozen=True)
class _Stated:
    """The figures (sorted) and days an article states anywhere."""

    figures: list[float]
    days: frozenset[str]

    @classmethod
    def of(cls, claims: list[Claim]) -> _Stated:
        return cls(sorted(q.value for claim in claims for q in claim.numbers), frozenset(day for claim in claims for day in _days(claim)))


def _differing_kinds(a: Claim, b: Claim, stated_l: _Stated, stated_r: _Stated, clocks: bool = False) -> list[str]:
    """The kinds of value `a` (left) and `b` (right) both state (a figure's unit or a count, a day;
    with `clocks`, a time of day), with no value of either stated anywhere in the other article."""
    from .claims.numbers import same_kind

    alone_a = [q for q in a.numbers if (clocks or q.unit != "clock") and not _stated_among(q.value, stated_r.figures)]
    alone_b = [q for q in b.numbers if (clocks or q.unit != "clock") and not _stated_among(q.value, stated_l.figures)]
    kinds = {q.unit or COUNT for q in alone_a for r in alone_b if same_kind(q, r)}
    days_a, days_b = _days(a), _days(b)
    if days_a and days_b and not days_a & stated_r.days and not days_b & stated_l.days:
        kinds.add(LEFTOVER_DATE)
    return sorted(kinds)


EVENT = "event:"  # anchor label of a link made on one event family and a differing value: "event:arrest/count"
EVENT_KIND = "/"  # between the family and the kind of value in an `EVENT` label
CLOCK = "clock"  # the kind of a time of day, beside the figures' units and `LEFTOVER_DATE`


def _event_pivot_pairs(left: list[Claim], right: list[Claim], linked: set[tuple[int, int]]
                       ) -> dict[tuple[int, int], list[tuple[str, str]]]:
    """Claims not yet linked that name one event family (`claim_events`: "Die Carabinieri fanden
    die Statuette am Dienstag" / "Il ritrovamento è avvenuto mercoledì", "De politie hield veertien
    mensen aan" / "la polizia ha arrestato 17 persone") and state values of one kind that differ and
    that the other article states nowhere (a count, a unit, a day, a time of day): two outlets telling
    one event with other words and another value. Only where nothing else competes: each is the one
    claim of its article that names the family with a value of that kind (a story of two arrests
    or of a find and a later search says which is which by more than the event).
    -> pair: (family, kind of value) for each such family and kind."""
    by_event_l, by_event_r = _claims_by_event(left), _claims_by_event(right)
    stated_l, stated_r = _Stated.of(left), _Stated.of(right)
    found: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for (family, coarse) in sorted(by_event_l.keys() & by_event_r.keys()):
        if len(by_event_l[(family, coarse)]) != 1 or len(by_event_r[(family, coarse)]) != 1:
            continue
        i, j = by_event_l[(family, coarse)][0], by_event_r[(family, coarse)][0]
        if (i, j) in linked:
            continue
        kinds = [kind for kind in _differing_kinds(left[i], right[j], stated_l, stated_r, clocks=True) if _coarse_kind(kind) == coarse]
        for kind in kinds:
            found.setdefault((i, j), []).append((family, kind))
    return found


def _claims_by_event(claims: list[Claim]) -> dict[tuple[str, str], list[int]]:
    """(event family, coarse kind of value) -> the claims naming the family with a value of that kind."""
    found: dict[tuple[str, str], list[int]] = {}
    for index, claim in enumerate(claims):
        families = claim_events(claim)
        if not families:
            continue
        for coarse in _coarse_kinds(claim):
            for family in families:
                found.setdefault((family, coarse), []).append(index)
    return found


FIGURE = "figure"  # the coarse kind of every figure that is not a time of day


def _coarse_kind(kind: str) -> str:
    return kind if kind in (CLOCK, LEFTOVER_DATE) else FIGURE


def _coarse_kinds(claim: Claim) -> set[str]:
    """A figure, a time of day, a day: what competes for an event's value in one article."""
    kinds = {CLOCK if q.unit == "clock" else FIGURE for q in claim.numbers}
    return kinds | ({LEFTOVER_DATE} if _days(claim) else set())


@per_claim
def claim_events(claim: Claim) -> frozenset[str]:
    """The event families (factcheck/data/event_families.tsv) whose words the claim uses: every
    word of one of the family's forms in the claim, each whole or by the beginning a form gives.
    Accents are kept: they tell a participle from a present ("trouvé" / "se trouve")."""
    forms = _event_forms(claim.lang)
    present = set()
    for word in {_lowered(word) for word in WORD.findall(claim.text)}:
        present |= forms.parts & ({word} | {word[:length] + "*" for length in forms.stem_lengths})
    return frozenset(family for part in present for family, form in forms.by_part[part] if set(form) <= present)


WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _EventForms:
    """One language's event forms, looked up by their words (a final "*": a word's beginning), so a
    claim costs a few set lookups a word, not one pass over every form."""

    by_part: dict[str, list[tuple[str, tuple[str, ...]]]]  # a form's word -> (family, form) using it
    parts: frozenset[str]
    stem_lengths: frozenset[int]


@lru_cache(maxsize=None)
def _event_forms(lang: str) -> _EventForms:
    """`lang`'s event forms: (family, the form's words in lower case, a final "*" kept)."""
    by_part: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for line in EVENT_FAMILIES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        family, code, forms = line.split("\t")
        if code != lang:
            continue
        for form in (tuple(_lowered(word) for word in form.split()) for form in forms.split(";") if form.strip()):
            for part in form:
                by_part.setdefault(part, []).append((family, form))
    stems = frozenset(len(part) - 1 for part in by_part if part.endswith("*"))
    return _EventForms(by_part, frozenset(by_part), stems)


def _lowered(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def _days(claim: Claim) -> set[str]:
    """The days the claim's times date ("vendredi vers 14 heures" dates that Friday)."""
    return {t.earliest[:10] if t.type == "TIME" else t.value for t in claim.times
            if (t.type == "TIME" and t.earliest) or (t.type == "DATE" and t.granularity == "day" and t.value)}


def _same_role_passages(left: list[Claim], right: list[Claim], anchors_l: list[list[Anchor]], anchors_r: list[list[Anchor]],
                         links: list[FactLink], config: FactConfig) -> list[FactLink]:
    """`roles:<a>+<b>` on the role links between two passages that state the same two or more
    specific roles and are each other's only such passage ("le bilan ferait état d'une vingtaine de
    morts … et de 106 blessés" / "15 people were killed, and 55 wounded, in this blast"), once the
    passages tied to another one by a shared figure are set aside ("81 blessés" / "81 were
    injured": that sentence's toll is the other site's). A passage is a sentence, or two neighbouring
    sentences of a paragraph that each state part of the roles: one article's sentence says in one
    what the other splits over two ("… 14 morts à Zaventem." + "… 81 blessés à l'aéroport." / "…
    11 people died, and 81 were injured, at the airport."). Two outlets often give one toll per site
    or per update, dead and injured together; which passage answers which is what the figures cannot
    say, so it is read from the other passages that state the same roles."""
    roles_l, roles_r = _sentence_roles(left, anchors_l), _sentence_roles(right, anchors_r)
    tied_l: dict[tuple, set[tuple]] = {}
    tied_r: dict[tuple, set[tuple]] = {}
    for link in links:
        if _figures(link.anchors, config):
            tied_l.setdefault(_place(left[link.left]), set()).add(_place(right[link.right]))
            tied_r.setdefault(_place(right[link.right]), set()).add(_place(left[link.left]))
    # A set of roles stated in more than `small_block` passages of an article is no passage's own
    # (and comparing passages per set stays linear in the article).
    passages_l, passages_r = _by_roles(_passages(roles_l), config.small_block), _by_roles(_passages(roles_r), config.small_block)
    candidates = [(a, b, roles) for roles in passages_l.keys() & passages_r.keys() for a in passages_l[roles] for b in passages_r[roles]
                  if _tied_within(a, b, tied_l) and _tied_within(b, a, tied_r)]
    count_l, count_r = Counter(a for a, _, _ in candidates), Counter(b for _, b, _ in candidates)
    matched = [(a, b, roles) for a, b, roles in candidates if count_l[a] == 1 and count_r[b] == 1]
    if not matched:
        return links
    # per role, only the claims of the passage's first figure of it: "106 blessés" is the count,
    # "17 graves, … 66 plus légèrement blessées" after it are its parts
    counts_l, counts_r = _first_figures(left), _first_figures(right)
    labels: dict[tuple[int, int], set[str]] = {}
    for a, b, roles in matched:
        label = "roles:" + "+".join(sorted(roles))
        for role in roles:
            i, j = _first_in(a, role, counts_l), _first_in(b, role, counts_r)
            if i is not None and j is not None:
                labels.setdefault((i, j), set()).add(label)
    return [replace(link, anchors=tuple(sorted({*link.anchors, *labels[(link.left, link.right)]})))
            if (link.left, link.right) in labels and any(a.startswith("role:") for a in link.anchors) else link
            for link in links]


def _passages(roles: dict[tuple[str, int, int], frozenset[str]]) -> dict[tuple, frozenset[str]]:
    """Each sentence with its roles, and each two neighbouring sentences of a paragraph that state
    different roles (neither's roles a part of the other's), with the roles of both."""
    found: dict[tuple, frozenset[str]] = {(sentence,): of_sentence for sentence, of_sentence in roles.items()}
    for (doc, paragraph, sentence), of_sentence in roles.items():
        following = roles.get((doc, paragraph, sentence + 1))
        if of_sentence and following and of_sentence != following and not of_sentence < following and not following < of_sentence:
            found[((doc, paragraph, sentence), (doc, paragraph, sentence + 1))] = of_sentence | following
    return found


def _tied_within(passage: tuple, other: tuple, tied: dict[tuple, set[tuple]]) -> bool:
    """Whether every sentence the passage shares a figure with is in the other passage."""
    return all(sentence in other for own in passage for sentence in tied.get(own, ()))


def _by_roles(passages: dict[tuple, frozenset[str]], most: int) -> dict[frozenset[str], list[tuple]]:
    found: dict[frozenset[str], list[tuple]] = {}
    for passage, roles in passages.items():
        if len(roles) >= 2:
            found.setdefault(roles, []).append(passage)
    return {roles: passages for roles, passages in found.items() if len(passages) <= most}


def _sentence_roles(claims: list[Claim], anchors: list[list[Anchor]]) -> dict[tuple[str, int, int], frozenset[str]]:
    found: dict[tuple[str, int, int], set[str]] = {}
    for claim, of_claim in zip(claims, anchors):
        found.setdefault(_place(claim), set()).update(anchor.key for anchor in of_claim if anchor.kind == "role")
    return {place: frozenset(roles) for place, roles in found.items()}


def _first_figures(claims: list[Claim]) -> dict[tuple[tuple[str, int, int], str], int]:
    """For each sentence and role, the claim that states the sentence's first figure of that role."""
    first: dict[tuple[tuple[str, int, int], str], int] = {}
    for index in sorted(range(len(claims)), key=lambda k: claims[k].start):
        for role, _q in _role_figures(claims[index], True):
            first.setdefault((_place(claims[index]), role), index)
    return first


def _first_in(passage: tuple, role: str, first: dict[tuple[tuple[str, int, int], str], int]) -> int | None:
    return next((first[(sentence, role)] for sentence in passage if (sentence, role) in first), None)


def _figures(labels: Iterable[str], config: FactConfig) -> list[str]:
    return [label for label in labels if label.startswith("number:") and _specific_figure(label[7:], config)]


def _place(claim: Claim) -> tuple[str, int, int]:
    return claim.doc, claim.paragraph, claim.sentence


def _hedged_word_links(left: list[Claim], right: list[Claim], links: list[FactLink], text: np.ndarray,
                       anchored_l: set[int], anchored_r: set[int], config: FactConfig) -> list[FactLink]:
    """A hedge with no anchor and no link, not even its neighbour's ("Une kalashnikov et une
    ceinture d'explosifs auraient aussi été retrouvés." after an unlinked sentence), linked to a
    claim of the other article that states the word the hedge bears on ("An AK-47 was found":
    retrouvés / found, through the dictionaries): of the `hedge_candidates` best-worded claims of the
    other side (lexical similarity >= `hedge_floor`), the best-worded that does. Labelled
    `hedged:<word>`, so compare knows what both claims state (the event), whatever the stance."""
    linked_l, linked_r = {link.left for link in links}, {link.right for link in links}
    found = [FactLink(i, j, similarity, similarity, (f"hedged:{word}",))
             for i, j, similarity, word in _hedge_partners(left, right, text, linked_l, anchored_l, config)]
    return found + [FactLink(i, j, similarity, similarity, (f"hedged:{word}",))
                    for j, i, similarity, word in _hedge_partners(right, left, text.T, linked_r, anchored_r, config)]


def _hedge_partners(claims: list[Claim], others: list[Claim], text: np.ndarray, linked: set[int], anchored: set[int],
                    config: FactConfig):
    """(hedge, partner, similarity, word) for each unlinked hedge without anchors that finds one."""
    from .compare.stance import hedge_stated_by

    for index, claim in enumerate(claims):
        if index in linked or index in anchored or claim.modality == "asserted" or not text.shape[1]:
            continue
        best = [k for k in _best_worded(text[index], config.hedge_candidates) if text[index, k] >= f32(config.hedge_floor)]
        word = None
        partner = next((k for k in best if (word := hedge_stated_by(claim, others[k]))), None)
        if partner is not None:
            yield index, partner, round(float(text[index, partner]), 3), word


def _best_worded(row: np.ndarray, count: int) -> list[int]:
    """The `count` most similar claims of a row, best first (a partial sort: linear in the row)."""
    if isinstance(row, list):  # a Grid's row (align_small): short
        return sorted(range(len(row)), key=lambda k: (-row[k], k))[:count]
    import numpy as np

    if row.size > count:
        top = np.argpartition(-row, count - 1)[:count]
    else:
        top = np.arange(row.size)
    return [int(k) for k in sorted(top, key=lambda k: (-row[k], k))]


def _continuation_links(left: list[Claim], right: list[Claim], links: list[FactLink], text: np.ndarray,
                        anchored_l: set[int], anchored_r: set[int]) -> list[FactLink]:
    """Links for hedges and denials that share no anchor and little wording with anything ("Il
    bilancio non è ufficiale.", "ma la circostanza non è stata subito confermata"): such a claim
    comments on the claim before it in its sentence or paragraph, so it takes that claim's partners.
    Their wording hardly ever meets (lexical similarity 0 on comparable_news dev), so the link is
    labelled with the neighbour's anchors, `context:lead:dead`: compare weighs it by those."""
    partners_l: dict[int, list[FactLink]] = {}
    partners_r: dict[int, list[FactLink]] = {}
    for link in links:
        partners_l.setdefault(link.left, []).append(link)
        partners_r.setdefault(link.right, []).append(link)
    previous_l, previous_r = _previous_claims(left), _previous_claims(right)
    found = [_inherited(i, link.right, link, text) for i in _unlinked(left, partners_l, anchored_l)
             for link in _continued(left, i, partners_l, previous_l)]
    return found + [_inherited(link.left, j, link, text) for j in _unlinked(right, partners_r, anchored_r)
                    for link in _continued(right, j, partners_r, previous_r)]


def _inherited(i: int, j: int, continued: FactLink, text: np.ndarray) -> FactLink:
    """A link scored by its own wording, carrying the continued claim's anchors marked as its."""
    similarity = round(float(text[i, j]), 3)
    return FactLink(i, j, similarity, similarity, tuple(f"context:{anchor}" for anchor in continued.anchors) or ("context:words",))


def _unlinked(claims: list[Claim], partners: dict[int, list[FactLink]], anchored: set[int]) -> list[int]:
    """Hedges and denials with no link and no anchor of their own. A claim with a name, figure or
    date that the other article does not share states a fact of its own (an omission), not a comment
    on its neighbour's; a plain statement without anchors ("Dat maakte het bedrijf bekend via een
    blogpost.") may be anything, and a link would only make it a false agreement."""
    return [index for index in range(len(claims))
            if index not in partners and index not in anchored and (claims[index].negated or claims[index].modality != "asserted")]


def _continued(claims: list[Claim], index: int, partners: dict[int, list[FactLink]], previous: dict[int, int]) -> list[FactLink]:
    """The links of the claim that `index` continues (`previous`). None when that claim has no link
    itself ("une troisième bombe a été retrouvée" + "mais n'a pas été activée" is a fact the other
    article does not state, not a comment on an earlier one)."""
    return partners.get(previous[index], []) if index in previous else []


def _previous_claims(claims: list[Claim]) -> dict[int, int]:
    """Each claim's nearest claim before it in its own sentence, else in the sentence just before
    it in its paragraph (one sort: linear in the claims, not quadratic)."""
    ordered = sorted(range(len(claims)), key=lambda k: (claims[k].doc, claims[k].start))
    return {k: before for before, k in zip(ordered, ordered[1:])
            if claims[before].doc == claims[k].doc and claims[before].paragraph == claims[k].paragraph
            and claims[k].sentence - claims[before].sentence in (0, 1)}


def firmly_anchored(labels: Iterable[str], config: FactConfig | None = None) -> bool:
    """A link that shares a specific figure ("number:150", a figure with a unit or of at least
    `small_number`) and a name or a date: two anchors that rarely meet by chance, so the two claims
    state one fact however differently they are worded (compare need not cap what it finds there)."""
    config = config or FactConfig()
    labels = list(labels)
    return any(_specific_figure(label[7:], config) for label in labels if label.startswith("number:")) and \
        any(label.startswith(("name:", "date:")) for label in labels)


def _specific_figure(key: str, config: FactConfig) -> bool:
    """The label of a number anchor ("150", "12 EUR", "3 people"), as `_number_anchor` writes it, is a strong anchor."""
    value, _, unit = key.partition(" ")
    return unit not in ("", "people") or float(value) >= config.small_number


def _speakers(left: Claim, right: Claim, labels: set[str]) -> set[str]:
    """`speaker:<name>` for a shared name that both claims credit ("Marty Beard, directrice générale
    de BlackBerry, a indiqué" / "said Marty Beard, chief operating officer"): whatever fact the two
    claims state, they name one speaker, so how each article describes that speaker compares."""
    credited_l, credited_r = _person_words(left), _person_words(right)
    return {f"speaker:{label[5:]}" for label in labels
            if label.startswith("name:") and (key := folded_name(label[5:])) in credited_l and key in credited_r}


@per_claim
def _person_words(claim: Claim) -> set[str]:
    """The words of the name a claim is credited to when the speaker is given by name ("Marty
    Beard", "Rutger Jeuken"), folded; none for a description ("le maire de Bruxelles", "The PTA
    officials"), which may fit several people."""
    words = claim.attribution.source.split() if claim.attribution else []
    named = all(word[:1].isupper() or (0 < index < len(words) - 1 and len(word) <= 3) for index, word in enumerate(words))
    return {folded_name(word) for word in words} if named else set()


# --- the figure each article leads with ---------------------------------------------------------


def _lead_pairs(left: list[Claim], right: list[Claim], config: FactConfig) -> dict[tuple[int, int], set[str]]:
    """`lead:<role>` for the claims that state, on both sides, the figure their article gives first
    for a specific role ("250 morti" / "At least 247 people were killed"). A news article leads
    with its count for the event; its later figures of the same role are often parts (per town,
    per site) or background (an earlier attack), which a role anchor alone cannot tell apart.
    Repeated, the lead figures are paired in order (lead with lead, the next mention with the
    next): the same difference once per statement, not once per combination."""
    (lead_l, claims_l), (lead_r, claims_r) = _lead_claims(left), _lead_claims(right)
    found: dict[tuple[int, int], set[str]] = {}
    for role in lead_l.keys() & lead_r.keys():
        # Two reports of one count differ by a few (247 / 250, "más de 20" / 32); a figure more
        # than `lead_ratio` times the other is more often another count (14 at the airport / 34
        # in all, 18 in critical condition / about 100 injured).
        low, high = sorted((lead_l[role], lead_r[role]))
        if high > config.lead_ratio * max(low, 1e-9):
            continue
        for pair in _in_order(claims_l.get(role, []), claims_r.get(role, [])):
            found.setdefault(pair, set()).add(f"lead:{role}")
    return found


def _in_order(left: list[int], right: list[int]) -> list[tuple[int, int]]:
    """Each statement paired with the other side's statement of the same rank; the side that
    states the figure more often pairs its later statements with the other's last one."""
    if not left or not right:
        return []
    return [(left[min(k, len(left) - 1)], right[min(k, len(right) - 1)]) for k in range(max(len(left), len(right)))]


def _lead_claims(claims: list[Claim]) -> tuple[dict[str, float], dict[str, list[int]]]:
    """For each specific role, the article's first figure of it and the claims (in text order)
    stating it; a claim counts only when that is its one figure of the role, so what compare
    weighs on the link is that figure. Subgroups ("Zeven Lommelse kinderen") and vague figures
    ("decenas") lead nothing."""
    figures = [(index, role, q) for index in sorted(range(len(claims)), key=lambda i: claims[i].start)
               for role, q in _role_figures(claims[index])]
    lead: dict[str, float] = {}
    for _index, role, q in figures:
        if not _vague(q):
            lead.setdefault(role, q.value)
    per_claim: dict[tuple[int, str], list[Quantity]] = {}
    for index, role, q in figures:
        if not _vague(q):  # "Decenas de pasajeros (78, …) murieron": the vague figure is the 78
            per_claim.setdefault((index, role), []).append(q)
    found: dict[str, list[int]] = {}
    for (index, role), quantities in per_claim.items():
        if len(quantities) == 1 and role in lead and math.isclose(quantities[0].value, lead[role]):
            found.setdefault(role, []).append(index)
    return lead, found


@per_claim
def _role_figures(claim: Claim, qualified: bool = False) -> list[tuple[str, Quantity]]:
    """(role, figure) for each figure of a specific role, unqualified (unless `qualified`: "14 morts
    à Zaventem" too) and stated precisely enough to be a count ("dozens" is not). `qualified` is
    passed by position: the per-claim memo keys on positional arguments."""
    from .claims.roles import AGE, GENERIC, PART, quantity_role

    found = []
    for q in sorted(claim.numbers, key=lambda q: q.start):
        if q.unit == "clock":
            continue
        role = quantity_role(q, claim)
        if role.qualifiers and not qualified:
            continue
        # "78 pasajeros murieron": those of a group with an outcome are a part of the group, a count of the outcome only.
        for concept in (role.outcome or role.concept,):
            if concept and concept != GENERIC and not concept.startswith((PART, AGE)):
                found.append((concept, q))
    return found


def _vague(q: Quantity) -> bool:
    """A range wider than a doubling ("decenas", "hundreds of") counts no particular figure."""
    return q.approx == "range" and q.low is not None and q.high is not None and q.high > 2 * max(q.low, 1e-9)


def _link_score(text: float, blocks, config: FactConfig) -> float:
    """Lexical similarity plus what the shared anchors add: each by its kind's worth, less the
    more claims state it (divided by the square root of its block's size)."""
    gain = sum(worth / math.sqrt(len(block_l) * len(block_r)) for block_l, block_r, worth, _label in blocks)
    return min(1.0, text + config.anchor_gain * (1.0 - math.exp(-gain)))


def _shared_anchors(anchors_l: list[tuple[Anchor, ...]], anchors_r: list[tuple[Anchor, ...]], config: FactConfig):
    """(left claims, right claims, worth, label) for each anchor the two articles share: the
    claims on each side with an anchor that matches one on the other side. Distinct anchors are
    compared, not claims, so the work grows with the articles' vocabulary of names and figures."""
    distinct_l, distinct_r = _distinct(anchors_l), _distinct(anchors_r)
    blocks: dict[tuple[str, str], tuple[set[int], set[int], float]] = {}
    for a, b in _matching(list(distinct_l), list(distinct_r), config):
        claims_l, claims_r, worth = blocks.setdefault((a.kind, a.key), (set(), set(), 0.0))
        claims_l |= distinct_l[a]
        claims_r |= distinct_r[b]
        blocks[(a.kind, a.key)] = (claims_l, claims_r, max(worth, min(a.strength, b.strength)))
    return [(sorted(l), sorted(r), worth, f"{kind}:{key}") for (kind, key), (l, r, worth) in sorted(blocks.items())]


def _distinct(anchors: list[tuple[Anchor, ...]]) -> dict[Anchor, set[int]]:
    """Each distinct anchor (`_positionless`) with the claims that state it."""
    found: dict[Anchor, set[int]] = {}
    for index, of_claim in enumerate(anchors):
        for anchor in of_claim:
            found.setdefault(anchor, set()).add(index)
    return found


@per_claim
def _positionless(claim: Claim, config: FactConfig) -> tuple[Anchor, ...]:
    """The claim's anchors, their text positions aside: "28 people" is one figure wherever it is written."""
    return tuple(_without_position(anchor) for anchor in claim_fact_anchors(claim, config))


def _without_position(anchor: Anchor) -> Anchor:
    q = anchor.quantity
    return replace(anchor, quantity=replace(q, text="", start=0, end=0)) if q else anchor


def _matching(left: list[Anchor], right: list[Anchor], config: FactConfig):
    """Pairs of matching anchors: names through one fuzzy-matching call over the distinct names,
    figures and dates (few distinct values an article) pairwise."""
    names_l = [a for a in left if a.kind == "name"]
    names_r = [b for b in right if b.kind == "name"]
    yield from _matching_names(names_l, names_r, config)
    yield from _nearest_clocks([a for a in left if a.kind == "clock"], [b for b in right if b.kind == "clock"], config)
    yield from _matching_figures([a for a in left if a.kind == "number"], [b for b in right if b.kind == "number"], config)
    yield from _matching_keys([a for a in left if a.kind not in ("name", "clock", "number")],
                              [b for b in right if b.kind not in ("name", "clock", "number")], config)


def _matching_keys(left: list[Anchor], right: list[Anchor], config: FactConfig):
    """Pairs of matching dates (and roles), looked up by key: two match as the same key or as a
    day inside a period written out, whose key begins the day's (`_within`), so a table of dates
    is not compared pairwise (datetables9). `_same` still decides each pair it finds."""
    by_key: dict[tuple[str, str], list[Anchor]] = {}
    for b in right:
        by_key.setdefault((b.kind, b.key), []).append(b)
    keys = sorted(by_key)
    for a in left:
        found = {(a.kind, a.key[:end]) for end in range(len(a.key) + 1)}  # the same key, or a period holding it
        if a.explicit:  # a period written out holds the days whose keys begin with its own
            for key in keys[bisect_left(keys, (a.kind, a.key)):]:
                if key[0] != a.kind or not key[1].startswith(a.key):
                    break
                found.add(key)
        yield from ((a, b) for key in found for b in by_key.get(key, ()) if _same(a, b, config))


def _matching_figures(left: list[Anchor], right: list[Anchor], config: FactConfig):
    """Pairs of matching figures, looked up by value: two figures neither of which is rounded
    ("about") match only as the same figure (`_same`), so a table of figures is not compared pairwise."""
    rounded = [b for b in right if not _by_value(b)]
    stated = sorted((b for b in right if _by_value(b)), key=lambda b: b.value)
    values = [b.value for b in stated]
    for a in left:
        candidates = right
        if _by_value(a):
            margin = FIGURE_WINDOW * abs(a.value)
            candidates = stated[bisect_left(values, a.value - margin):bisect_right(values, a.value + margin)] + rounded
        yield from ((a, b) for b in candidates if _same(a, b, config))


FIGURE_WINDOW = 1e-6  # wider than math.isclose's default 1e-9: the window only chooses whom `_same` tries


def _by_value(figure: Anchor) -> bool:
    return figure.value is not None and math.isfinite(figure.value) and figure.quantity.approx != "about"  # `_approximate`


def _nearest_clocks(left: list[Anchor], right: list[Anchor], config: FactConfig):
    """Times of day within `clock_tolerance` that are each other's nearest in the two articles:
    "despegado a las 09.55" is "left the airport at 10.01", not "scheduled at 9.35am" of the same
    sentence; one moment told twice, not every moment of a morning."""
    near = [(a, b, abs(a.value - b.value)) for a in left for b in right if _same(a, b, config)]
    nearest_l: dict[Anchor, float] = {}
    nearest_r: dict[Anchor, float] = {}
    for a, b, gap in near:
        nearest_l[a] = min(gap, nearest_l.get(a, gap))
        nearest_r[b] = min(gap, nearest_r.get(b, gap))
    yield from ((a, b) for a, b, gap in near if gap == nearest_l[a] == nearest_r[b])


def _block_links(block_l: list[int], block_r: list[int], worth: float, text: np.ndarray, config: FactConfig, role: bool = False) -> set[tuple[int, int]]:
    """A rare, strong anchor links every claim that states it to every claim on the other side
    that does ("28 Menschen, darunter 22 Kinder" to "28 people" and to "Twenty-two of the
    fatalities"); a common one links each claim of the block to its most similar partner in it."""
    if role and len(block_l) * len(block_r) <= config.role_block_pairs:
        return {(i, j) for i in block_l for j in block_r}
    if worth >= config.weight_period and len(block_l) * len(block_r) <= config.small_block:
        return {(i, j) for i in block_l for j in block_r if text[i, j] >= f32(config.block_floor)}
    sub = block_of(text, block_l, block_r)
    best_r, best_l = sub.argmax(axis=1), sub.argmax(axis=0)
    rows = {(block_l[a], block_r[int(best_r[a])]) for a in range(len(block_l))}
    columns = {(block_l[int(best_l[b])], block_r[b]) for b in range(len(block_r))}
    everywhere = len(block_l) > config.everywhere * text.shape[0] or len(block_r) > config.everywhere * text.shape[1]
    found = rows & columns if everywhere else rows | columns
    return {(i, j) for i, j in found if text[i, j] >= f32(config.common_floor)}  # float32 values: compared in float32


def _at_most(links: Iterable[tuple[int, int]], score: dict[tuple[int, int], float], limit: int) -> list[tuple[int, int]]:
    """Keep each claim's `limit` best links: a headline that names everything is not every fact."""
    count_l: dict[int, int] = {}
    count_r: dict[int, int] = {}
    kept = []
    for i, j in sorted(links, key=lambda pair: (-score[pair], pair)):
        if count_l.get(i, 0) < limit and count_r.get(j, 0) < limit:
            kept.append((i, j))
            count_l[i] = count_l.get(i, 0) + 1
            count_r[j] = count_r.get(j, 0) + 1
    return sorted(kept)


# --- values each article states alone -------------------------------------------------------

LEFTOVER = "leftover:"  # anchor label of a link made for one value of a kind on each side
# Words of a claim's bag (align.claim_bag) that say only that it states a date or a figure, whichever:
# a hint that two claims tell one event, not wording they share.
WHEN_HINT, COUNT_HINT = "@when", "#count"
# Units whose figures state one specific amount or measure; not shares ("%": of many wholes), counts
# of people, times of day (many events a day), nor bare figures.
NO_LEFTOVER_UNITS = frozenset({None, "people", "clock", "%"})
SAME_FIGURE = 0.01  # relative difference within which two figures of a unit are one stated figure
COUNT = "count"  # the kind of a bare figure ("Zwei Männer"), beside the units
LEFTOVER_DATE = "date"  # the kind of a written-out day ("1 December 2030"), beside the figures' units
DIGIT = re.compile(r"\d")


def leftover_values(left: list[Claim], right: list[Claim]) -> list[tuple[int, int, str]]:
    """(left index, right index, kind) for each kind of value (a figure's unit, a written-out day) of
    which each article has exactly one value that the other article does not state anywhere: two
    articles telling one story give one fine, one price, one date of entry into force once each;
    told with two values, it is the same fact that differs."""
    alone_l, alone_r = _values_alone(left, right), _values_alone(right, left)
    return [(alone_l[kind][0], alone_r[kind][0], kind) for kind in sorted(alone_l.keys() & alone_r.keys())
            if len(alone_l[kind]) == len(alone_r[kind]) == 1]


def _values_alone(claims: list[Claim], other: list[Claim]) -> dict[str, list[int]]:
    """Per kind, the claims (indices) with a value of that kind no claim of `other` states."""
    figures: dict[str | None, list[float]] = {}
    days = {t.value for claim in other for t in claim.times}
    for claim in other:
        for q in claim.numbers:
            figures.setdefault(q.unit, []).append(q.value)
    for values in figures.values():
        values.sort()
    alone: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        for q in claim.numbers:
            if q.unit in NO_LEFTOVER_UNITS or q.ordinal:
                continue
            if not _stated_among(q.value, figures.get(q.unit, [])):
                alone.setdefault(q.unit, []).append(index)
        for t in claim.times:
            if _written_out_day(t) and t.value not in days:
                alone.setdefault(LEFTOVER_DATE, []).append(index)
    return alone


def _stated_among(value: float, ordered: list[float]) -> bool:
    """Whether a figure within `SAME_FIGURE` of `value` is in `ordered` (sorted): only the figures
    in the window that can be that close are tried, so an article of many figures costs n log n."""
    ends = (value * (1 - SAME_FIGURE), value / (1 - SAME_FIGURE))
    start = bisect_left(ordered, min(ends))
    stop = bisect_right(ordered, max(ends))
    return any(math.isclose(value, other, rel_tol=SAME_FIGURE) for other in ordered[start:stop])


def _written_out_day(time) -> bool:
    """A date to the day written out with its figure and year ("1 december 2030"): not a weekday or
    "yesterday", which each article reads from its own publication date, nor a day without its year
    (read as relative, the year taken from that date)."""
    return time.type == "DATE" and time.granularity == "day" and not time.relative and bool(DIGIT.search(time.text))
