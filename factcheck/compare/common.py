"""What every facet check shares: the pair's context (`Siblings`), evidence and findings, how
confident the aligner is, and the word helpers of names and stance (dictionary senses, lemmas,
cognates)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..align_facts import COUNT_HINT, WHEN_HINT
from ..model import (
    Claim,
    Finding,
    Pair,
)

# The lexicon's senses of a word (translate owns the dictionary). Imported with the module: `compare`
# imports the lexicon anyway (one_sided), and an import statement in a function ran in each of the
# ~63,000 calls of a 246-article batch (~1 us each, ten times the remembered answer).
from ..translate.lexicon import senses

_senses = senses  # names and attribution import it from here

# Below this alignment score a pair is related but not the same statement, so a flipped
# negation there is more likely two different propositions than a contradiction.
STRONG_PAIR = 0.35


# An exclusive 1:1 link needs less: dictionary translation keeps the scores of one and the same
# sentence near 0.25-0.35, and a negation word or a swapped name is too small to move them.
NEGATION_PAIR = 0.25


# Words that carry no identity in a name ("Cabo de Europa", "The Seven Sisters").
NAME_FILLERS = frozenset("the of de del di da la le les los las el il lo der die das von van du des and y e et und s".split())


# Titles and forms of address: they say how a person is named, not who ("Father Johnson" /
# "Eerwaarde Johnson", "St" / "Saint" / "San", "Sen." / "Sénateur").
TITLES = frozenset(
    "mr mrs ms dr st sen rep gov gen prof saint san santa sankt sint herr frau meneer mevrouw dhr mevr monsieur madame mme "
    "senor senora sr sra signor signora sig father pater padre pere eerwaarde reverend rev senator senateur "
    "senador senatore det insp sgt lt col capt cpl supt".split()
)


CAPITALISED_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)+")


# Longer acronyms are too rarely spelled out word for word in a translation to be worth trying.
MAX_SPELLED_ACRONYM = 5


EVERY_GLOSS = 5  # glosses per word when every sense of a name's words is wanted (`every_gloss`)


# Full names of a story by each of their words (names._full_names).
FullNames = dict[str, tuple[frozenset[str], ...]]


# Evidence key of a clash a check could not decide and reports as a note ("Commissione" / "Welsh
# Parliament": one side names the actor by a description). It is no agreement: triangulation counts
# it as the clash it is, so the describing article witnesses for no one and a real swap it also
# meets keeps its clashes (an edition that changed the name is still the odd one out).
UNDECIDED = "undecided"


@dataclass(frozen=True)
class Siblings:
    """The other partners of each claim of a pair: when one side splits a sentence into two
    claims, a figure of the unsplit claim is stated by one of them, not missing. Times are
    left out on purpose: "was to stop today, now moved to 30 December" against "will shut
    down at year's end" must still show the changed deadline (the seed case)."""

    of_left: tuple[Claim, ...] = ()  # right-side claims also paired with the left claim
    of_right: tuple[Claim, ...] = ()
    # Words written together as one full name somewhere in the documents ("Chad Hammel"): one
    # side may call the person by the first name, the other by the surname.
    full_names: FullNames = field(default_factory=dict)
    # The sentences just before and after each claim's own, in its paragraph: a translator may
    # make two sentences of one ("… didn't come by itself, it dragged cars" / "no llegó solo. …").
    around_left: str = ""
    around_right: str = ""
    # Every time and figure of each claim's sentence, whichever clause holds it: an earlier
    # value may be in one clause and its replacement in the next (`superseded.py`).
    sentence_values_left: tuple = ()
    sentence_values_right: tuple = ()
    # What each claim's other side mentions (names.OtherSide), shared by the pairs of one story:
    # a claim meets the same partners in each of its pairs; and each article's names (names._article_names).
    sides: dict = field(default_factory=dict, compare=False, repr=False)
    # Every claim of each article, by document id: where else an article uses a name.
    articles: dict = field(default_factory=dict, compare=False, repr=False)
    # The ids of the articles that have a publication date (None: not known to the caller): says
    # why a time is not on the calendar, the date missing or the time outside years 1-9999.
    dated: frozenset | None = field(default=None, compare=False, repr=False)

    def in_partner_articles(self, left: Claim, right: Claim) -> "Siblings":
        """Only the siblings in the partner's own article: in a story of three or more
        articles, the others may state what this partner changed."""
        of_left = tuple(c for c in self.of_left if c.doc == right.doc)
        of_right = tuple(c for c in self.of_right if c.doc == left.doc)
        if len(of_left) == len(self.of_left) and len(of_right) == len(self.of_right):
            return self  # all in the partners' articles (every pair of a two-article story): no copy
        return replace(self, of_left=of_left, of_right=of_right)

    def linked_to_both(self, left: Claim, right: Claim) -> "Siblings":
        """The siblings in the partner's own article, and those of a third article linked to both claims:
        a claim of a third article linked to one claim only says what that article states, nothing
        of the other side."""
        left_ids, right_ids = {c.id for c in self.of_left}, {c.id for c in self.of_right}
        of_left = tuple(c for c in self.of_left if c.doc == right.doc or c.id in right_ids)
        of_right = tuple(c for c in self.of_right if c.doc == left.doc or c.id in left_ids)
        if len(of_left) == len(self.of_left) and len(of_right) == len(self.of_right):
            return self
        return replace(self, of_left=of_left, of_right=of_right)

    def split_sentence(self, left: Claim, right: Claim) -> bool:
        """No siblings in the partner's own article, or only the other clauses of its sentence: one
        sentence split in two, not a bead across sentences, where a name may well be another actor.
        A third article's claims have sentences of their own numbering, and say nothing of this."""
        return (all(c.sentence == right.sentence for c in self.of_left if c.doc == right.doc)
                and all(c.sentence == left.sentence for c in self.of_right if c.doc == left.doc))


def _evidence(left: Claim, right: Claim, facet: str, left_values, right_values, **extra) -> dict:
    return {
        "facet": facet,
        "left_values": left_values,
        "right_values": right_values,
        "left_text": left.text,
        "right_text": right.text,
        "left_sentence": left.sentence_text,
        "right_sentence": right.sentence_text,
        **extra,
    }


def _finding(kind: str, severity: str, left: Claim, right: Claim, message: str, evidence: dict,
             confidence: float = 1.0) -> Finding:
    """`confidence`: how sure the check is that the two values describe one fact (a role match);
    `compare_pairs` multiplies it by the alignment's confidence."""
    return Finding(type=kind, severity=severity, left=left.id, right=right.id, message=message, evidence=evidence,
                   confidence=confidence)


def _confident(pair: Pair) -> bool:
    """The aligner is sure both claims state the same thing: a strong score, an exclusive 1:1
    link that is not a marginal one, or a bead of the monotone path of a parallel text, 1:1 or
    one claim split in two on one side (dictionary translation keeps the similarity of a
    faithful translation low). Names, dates and figures are looked for in the whole bead."""
    return pair.evidence.get("method") == "path" or _confident_one_to_one(pair)


# Confidence (0-1) of a pair and of each finding; the figures are calibrated on comparable_news dev
# and NTREX dev (docs/discrepancies.md, "Confidence, then severity").
PATH_CONFIDENCE = 0.9  # a bead of the monotone path through a parallel text, scoring >= 0.1
PATH_FLOOR, PATH_SLOPE = 0.5, 4.0
STRONG_CONFIDENCE = 0.8  # a strong score
EXCLUSIVE_CONFIDENCE = 0.7  # an exclusive 1:1 link of moderate score
CONFIDENT_ALIGNMENT = 0.7  # an `error` needs at least this alignment ...
CONFIDENT_FACET = 0.8  # ... and at least this confidence of the check itself (a role match)
WARNING_CONFIDENCE = 0.4  # below this a warning is only a hint (info): a role or an alignment in doubt


def alignment_confidence(pair: Pair) -> float:
    """How sure the aligner is that the two claims state one fact."""
    if pair.evidence.get("method") == "path":
        # A bead of the path is only as sure as its words: a tenth of NTREX beads and most beads
        # found in separately written articles score near 0.
        return round(min(PATH_CONFIDENCE, PATH_FLOOR + PATH_SLOPE * pair.score), 3)
    if pair.score >= STRONG_PAIR:
        return round(min(1.0, STRONG_CONFIDENCE + (pair.score - STRONG_PAIR)), 3)
    if pair.evidence.get("one_to_one") and pair.score >= NEGATION_PAIR:
        return EXCLUSIVE_CONFIDENCE
    return round(EXCLUSIVE_CONFIDENCE * pair.score / STRONG_PAIR, 3)


# A link that fills a gap of the sentence path by the sentences' lengths (align.py, method "gap") with
# less wording in common than this confidence says is placed by position alone: nothing the two
# claims state was seen to agree ("Der dritte wurde … nach Visp geflogen" / "Un des skieurs est décédé",
# confidence 0). On NTREX dev (faithful translations) 227 of 235 gap links at confidence 0 join
# translations of one line, but only 14 of the 35 with some wording below this confidence do.
POSITIONAL_CONFIDENCE = 0.5


def positional_link(pair: Pair) -> bool:
    """Two claims linked because they sit between the same linked neighbours, not by what they say:
    a gap link with little wording in common, or two claims of a bead of the sentence path that
    share nothing at all (score 0: no word, name, figure or date; the bead was placed by its
    other claims or by its place between linked beads). Separately written articles taken for
    translations end in such claim pairs ("Auch in Genf und Freiburg steigen die Zahlen" / "un
    malade peut infecter jusqu'à dix-huit personnes", the last sentences of each)."""
    method = pair.evidence.get("method")
    return (method == "gap" and pair.confidence < POSITIONAL_CONFIDENCE) or (method == "path" and _path_wording(pair) <= 0)


HINTS = frozenset({WHEN_HINT, COUNT_HINT})


def _path_wording(pair: Pair) -> float:
    """A bead's score, or 0 when its two claims share only that both state a date or a figure (the
    hints of `align.claim_bag`) and digits of two different figures ("2.000" / "180 000": "000"): the
    bead was placed by position, nothing either claim states was seen in the other ("Le chantier, où
    doivent s'élever 64 logements, a été immédiatement interrompu" / "Den Materialwert schätzte die
    Kantonsarchäologie zunächst auf 80'000 Franken"). Its findings keep the bead's confidence: on the
    six-language edits a changed date sat in such a bead (its floor of 0.5 hid one)."""
    shared = pair.evidence.get("shared")
    if shared is None or any(word not in HINTS and not word.isdigit() for word in shared):
        return pair.score
    return 0.0


BALANCED_CLAIMS = 0.7  # shorter/longer claim length at which two claims can state the same thing
UNBALANCED_CONFIDENCE = 0.35  # at most half as long: the value may sit in the part the other leaves out


def length_balance(left: Claim, right: Claim) -> float:
    """How sure we are that a sentence-wide facet (negation, hedge) of one claim has its place in
    the other: claims of similar length (in English words) state the same span; a clause paired
    with a whole sentence may carry the negation or hedge in what the clause leaves out."""
    lengths = sorted(len((c.translation if c.lang != "en" and c.translation else c.text).split()) for c in (left, right))
    ratio = lengths[0] / max(lengths[1], 1)
    if ratio >= BALANCED_CLAIMS:
        return 1.0
    return round(max(UNBALANCED_CONFIDENCE, ratio / BALANCED_CLAIMS), 3)


def graded(finding: Finding, aligned: float) -> Finding:
    """Confidence, then severity: the finding's confidence is the alignment's times the check's
    own; an `error` needs both to be confident, a warning below `WARNING_CONFIDENCE` is info."""
    confidence = round(aligned * finding.confidence, 3)
    severity = finding.severity
    if severity == "error" and (aligned < CONFIDENT_ALIGNMENT or finding.confidence < CONFIDENT_FACET):
        severity = "warning"
    if severity == "warning" and confidence < WARNING_CONFIDENCE:
        severity = "info"
    return replace(finding, severity=severity, confidence=confidence)


def written_separately(pair: Pair) -> bool:
    """A link between separately written articles (align_facts.py): it says the two claims share a
    fact, not that one renders the other, so it does not vouch for the role of a lone figure."""
    return pair.evidence.get("method") == "facts"


def _confident_one_to_one(pair: Pair) -> bool:
    """As `_confident`, but a split bead does not count: a negation or a hedge of the unsplit
    sentence may sit in the other half, so stance is only compared between whole partners."""
    if pair.score >= STRONG_PAIR:
        return True
    exclusive = bool(pair.evidence.get("one_to_one"))
    return exclusive and (pair.score >= NEGATION_PAIR or pair.evidence.get("method") == "path")


@lru_cache(maxsize=50_000)
def _lemma(word: str, lang: str) -> str:
    from ..lemmas import lemmatize

    try:
        return lemmatize(word, lang)
    except ValueError:  # a language simplemma does not know
        return word


def _cognate(a: str, b: str) -> bool:
    """Same name across languages: close spelling ("Siria"/"Syria"), a shared stem
    ("Argentinien"/"Argentina", "Stati"/"States") or one inside the other ("Südkorea"/"Korea")."""
    if min(len(a), len(b)) < 5:
        # Short words differ by one letter too easily ("est"/"west", "ira"/"iran"): only an
        # identical word or, below, a stem shared with a longer one.
        if a == b:
            return True
    elif _same_initial(a, b) and _spelling_distance(a, b) <= min(len(a), len(b)) // 5:
        # One changed letter in five ("Siria"/"Syria"); a moved letter is two changes
        # ("uniti"/"until"), another initial another word ("saving"/"having").
        return True
    shorter, longer = sorted((a, b), key=len)
    stem = _common_prefix_length(a, b)
    # A plural inside a compound keeps its own ending ("Turks" in "Deutschtürken").
    inside = shorter in longer or (len(shorter) > 4 and shorter.removesuffix("s") in longer)
    return len(shorter) >= 4 and (stem >= max(4, 0.6 * len(shorter)) or inside)


def _common_prefix_length(a: str, b: str) -> int:
    """`len(os.path.commonprefix([a, b]))`, without its min, max and enumerate of every call."""
    length, shortest = 0, min(len(a), len(b))
    while length < shortest and a[length] == b[length]:
        length += 1
    return length


class CognateIndex:
    """Words to find cognates of a word among, indexed so that `_cognate` runs only on words that
    can pass it: an identical word is found by set membership, and otherwise `_cognate` needs the
    same initial (its close spelling and shared stem) or one word inside the other."""

    def __init__(self, words) -> None:
        self.words = frozenset(words)
        # (words by initial, words joined): built on the first fuzzy search, as most indexes answer
        # every word they are asked by set membership (`CognateIndexes` asks them all that first)
        self._fuzzy_tables: tuple[dict[str, list[str]], str] | None = None

    def has_cognate(self, word: str) -> bool:
        return word in self.words or self.has_fuzzy_cognate(word)

    def has_fuzzy_cognate(self, word: str) -> bool:
        """`has_cognate` past set membership."""
        by_initial, joined = self._fuzzy_tables or self._tables()
        initial = _initial_class(word)
        if any(_cognate(word, other) for other in by_initial.get(initial, ())):
            return True
        # Across initials only `_cognate`'s "one inside the other" can hold, and its shorter word
        # has at least four letters: the other word is a piece of this one, or contains it.
        pieces = {word[start:end] + tail for start in range(len(word)) for end in range(start + 4, len(word) + 1)
                  for tail in ("", "s")}
        around = [other for other in self.words if word in other or word.removesuffix("s") in other] \
            if len(word) >= 4 and word.removesuffix("s") in joined else []
        return any(_cognate(word, other) for other in [*(pieces & self.words), *around] if _initial_class(other) != initial)

    def _tables(self) -> tuple[dict[str, list[str]], str]:
        ordered = sorted(self.words)
        by_initial: dict[str, list[str]] = {}
        for word in ordered:
            by_initial.setdefault(_initial_class(word), []).append(word)
        self._fuzzy_tables = by_initial, "\n".join(ordered)  # joined: one C-speed scan for "is it inside any word?"
        return self._fuzzy_tables


class CognateIndexes:
    """Several indexes searched as one: every test of `CognateIndex.has_cognate` asks whether
    some word passes, so the union of word sets is the union of answers. Lets each claim keep
    its own index (built once) instead of one index built for every pair of claims."""

    def __init__(self, indexes: Iterable[CognateIndex]) -> None:
        self.indexes = tuple(indexes)

    def has_cognate(self, word: str) -> bool:
        # the same answer as asking each index in turn, with every set looked in before any fuzzy search
        return any(word in index.words for index in self.indexes) or any(index.has_fuzzy_cognate(word) for index in self.indexes)


def _initial_class(word: str) -> str:
    return "k" if word[:1] in ("c", "k", "q") else word[:1]


def _spelling_distance(a: str, b: str) -> int:
    # A genitive or plural "s" is no other name ("Bischkeks"/"Bishkek").
    return min(Levenshtein.distance(x, y) for x in (a, a.removesuffix("s")) for y in (b, b.removesuffix("s")))


def _same_initial(a: str, b: str) -> bool:
    # c, k and q spell one sound across our languages: "Corea"/"Korea", "Katar"/"Qatar".
    return a[0] == b[0] or {a[0], b[0]} <= set("ckq")


def _name_words(text: str) -> list[str]:
    return list(_name_words_of(text))


# the dot first: a pattern that opens with a look-behind is tried at every position of the text
INITIAL_DOT = re.compile(r"\.(?<=\b\w\.)(?=\w\b)")
WORD = re.compile(r"\w+")


@lru_cache(maxsize=50_000)
def _name_words_of(text: str) -> tuple[str, ...]:
    if "." in text:
        text = INITIAL_DOT.sub("", text)  # "U.S" -> "US", "K.o." -> "Ko."
    folded = text.lower()
    if not folded.isascii():  # ASCII has no accents to fold (and the character loop is slow)
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    return tuple(w for w in WORD.findall(folded) if w not in NAME_FILLERS and w not in TITLES)
