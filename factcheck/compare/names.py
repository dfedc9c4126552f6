"""Names: a different actor in the same role."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain

from rapidfuzz import fuzz

from ..translate.english_words import ENGLISH_STOPWORDS
from ..claim_memo import per_claim
from ..claims import designations
from ..claims.facets import (
    DOTTED_ACRONYM,
    demonym_country,
    entities,
    is_sentence_start,
    lemma_list_knows,
)
from ..lazyre import compiled
from ..model import (
    Claim,
    Entity,
    Finding,
    Pair,
)
from ..places import CASE_ENDINGS, english_place_name, territories_in, territory
from ..segment import ABBREVIATIONS
from ..translate.english_words import common_english_words
from .common import (
    CAPITALISED_RUN,
    EVERY_GLOSS,
    MAX_SPELLED_ACRONYM,
    NAME_FILLERS,
    CognateIndex,
    CognateIndexes,
    FullNames,
    UNDECIDED,
    Siblings,
    _confident,
    _evidence,
    _finding,
    _lemma,
    _name_words,
    _name_words_of,
    _senses,
    written_separately,
)

MAX_SPEAKER_WORDS = 5  # "Deputy Inspector General D.K. Arya"; longer is a clause, not a speaker


NAME_MATCH = 85  # rapidfuzz ratio at which two spellings are the same name (transliteration)


# English adjectives of places whose spelling does not share a stem with the place ("Welsh
# assembly" = "Nationale Vergadering van Wales"); regular ones (German/Germany, Chinese/China)
# are found as cognates, and the dictionaries render foreign adjectives into these.
DEMONYM_PLACES = {
    "welsh": ("wales",), "british": ("britain", "uk"), "briton": ("britain",), "scottish": ("scotland",),
    "scots": ("scotland",), "english": ("england",), "irish": ("ireland",), "dutch": ("netherlands", "holland"),
    "french": ("france",), "swiss": ("switzerland",), "greek": ("greece",), "danish": ("denmark",),
    "swedish": ("sweden",), "finnish": ("finland",), "polish": ("poland",), "turkish": ("turkey",),
    "spanish": ("spain",), "portuguese": ("portugal",), "norwegian": ("norway",), "belgian": ("belgium",),
    "flemish": ("flanders",), "catalan": ("catalonia",), "basque": ("basque",), "kurdish": ("kurdistan",),
    "filipino": ("philippines",), "peruvian": ("peru",), "thai": ("thailand",), "icelandic": ("iceland",),
}


STATE_ACRONYMS = frozenset("US USA UK GB EU UN VS VK VN EEUU UE ONU UAE VAE EAU RU".split())


ACRONYM_LETTERS = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


def check_entities(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """A different actor in the same role: each side names someone the other side does not
    mention at all (not as a name, not in its text, its English rendering or the dictionary
    rendering of its names), while the rest of the claims aligned. A name only one side gives
    is detail, not a conflict. Acronyms are compared only with acronyms: "NATO"/"OTAN"/"NAVO",
    "US"/"VS"/"EE.UU." are one name in several languages, and an expansion is no swap."""
    if renumbered := _designation_clash(left, right, pair):
        return renumbered
    # A claim of a third article linked to one side only states what its own article says, nothing of
    # the other side: the English "Munich to Verona", linked to the German claim and not to the Italian
    # "diretto a Bologna", must not make Verona "mentioned" on the Italian side.
    clash = _reported(left, right, _clashes(left, right, pair, siblings.linked_to_both(left, right)), siblings)
    if clash is None:
        # In a story of three or more articles, the other articles may state the very name
        # this partner changed: look again in the partner's own article, for a clean swap only.
        # Not between separately written articles, where a name one side lacks is a detail (info).
        own = siblings.in_partner_articles(left, right)
        if (own.of_left, own.of_right) != (siblings.of_left, siblings.of_right) and not written_separately(pair):
            clash, siblings = _reported(left, right, _clashes(left, right, pair, own, story=siblings), own), own
    if clash is None:
        return _given_name_clash(left, right, pair, siblings) or _nationality_clash(left, right, pair, siblings)
    a, b = clash
    evidence = _evidence(left, right, "entities", [e.text for e in left.entities], [e.text for e in right.entities], differing=[a.text, b.text])
    message = f"different name: “{a.text}” vs “{b.text}”"
    if _spelled_alike(a.text, b.text):
        # "Palu" / "Paul", "Jeff Flake" / "Jeff Blake": one name transliterated or mistyped more
        # often than another actor (NTREX, two at a time: 14 of 97 dev entity warnings, all false).
        return [_finding("entity_mismatch", "info", left, right, message + " (spelled alike: perhaps one name written two ways)", evidence)]
    if _named_by_both(left, right, a, b, siblings):
        # Undecided, as below: triangulation still counts it as a clash.
        evidence[UNDECIDED] = f"{a.text} / {b.text}"
        return [_finding("entity_mismatch", "info", left, right, message + " (each article names both elsewhere: "
                         "perhaps one side calls one of them by a pronoun or a description here)", evidence)]
    if demonym := _demonym_for_a_name_it_writes(left, right, a, b, siblings):
        evidence[UNDECIDED] = f"{a.text} / {b.text}"
        return [_finding("entity_mismatch", "info", left, right, message + f" (“{demonym}” says only which country, and "
                         "its article names the other elsewhere: perhaps one place or body told two ways)", evidence)]
    if not written_separately(pair) and (described := _described_rendering(left, right, a, b, siblings)):
        # Undecided, not agreement: triangulation still counts it as a clash (`triangulate.UNDECIDED`),
        # so the article that describes the actor never witnesses for a swapped name elsewhere.
        evidence[UNDECIDED] = described
        return [_finding("entity_mismatch", "info", left, right, message + f" (“{described}” names it by what it is, "
                         "and its article names the other elsewhere: perhaps one institution or thing named two ways)",
                         evidence)]
    return _graded_clash(left, right, pair, siblings, message, evidence)


def _designation_clash(left: Claim, right: Claim, pair: Pair) -> list[Finding]:
    """One name with another figure on each side ("Apollo 11" / "Apollo 12", "G20" / "G7", "Boeing 737" /
    "Boeing 747"): the figure is part of the name (`claims/designations.py`), so the two name different
    things. The shared name word is strong evidence that both sides speak of one kind of thing: a warning on
    a confident link, separately written articles included; a note on a loose one. Never an error: the two
    may be two things of one series that both articles name elsewhere."""
    mine, theirs = _designations_by_name(left), _designations_by_name(right)
    for key, a, b in _renumbered(mine, theirs, left, right):
        message = f"different designation: “{a}” vs “{b}” (the figure is part of the name)"
        evidence = _evidence(left, right, "entities", [d.text for d in chain(*mine.values())],
                             [d.text for d in chain(*theirs.values())], differing=[a, b])
        if _confident(pair):
            return [_finding("entity_mismatch", "warning", left, right, message, evidence)]
        return [_finding("entity_mismatch", "info", left, right, message + " (the claims may be about different things)", evidence)]
    return []


def designated_figures(claim: Claim, partner: Claim) -> set[int]:
    """Document offsets of the figures of `claim`'s designations whose name `partner` writes with a figure
    too: compared as names (`_designation_clash`), not as counts."""
    mine, theirs = _designations_by_name(claim), _designations_by_name(partner)
    shared = [d for key, found in mine.items() if _figures_named(key, theirs, partner) for d in found]
    sentence_start = claim.start - max(claim.sentence_text.find(claim.text), 0)
    offsets = {sentence_start + d.figure_start for d in shared}
    # A name the partner designates and this claim writes as a common word ("categoria 3"): its bare
    # figure of the same value.
    written = {figure for key in theirs.keys() - mine.keys() for figure in _figures_named(key, mine, claim)}
    return offsets | {q.start for q in claim.numbers if q.unit is None and q.approx == "exact" and _written_as(q.value, written)}


def _written_as(value: float, figures: set[str]) -> bool:
    return value == int(value) and str(int(value)) in figures


def _renumbered(mine: Designations, theirs: Designations, left: Claim, right: Claim) -> Iterator[tuple[str, str, str]]:
    """(name, left text, right text) of each name whose figures differ: designated on both sides, or
    on one side and written with a figure in the other side's text or English rendering, where the other
    language writes the name as a common word ("a Category 1 hurricane" / "un uragano di categoria 3")."""
    for key in mine.keys() | theirs.keys():
        left_figures = _figures_named(key, mine, left)
        right_figures = _figures_named(key, theirs, right)
        if left_figures and right_figures and not left_figures.keys() & right_figures.keys():
            yield key, next(iter(left_figures.values())), next(iter(right_figures.values()))


def _figures_named(key: str, designated: Designations, claim: Claim) -> dict[str, str]:
    """Figure -> how it is written, for the name `key` in a claim: its designations, else the name with a
    figure in its text (a figure the claims reader kept as a count: "die Boeing 737 Maschine") or its
    English rendering."""
    if key in designated:
        return {d.figure.casefold(): d.text for d in designated[key]}
    rendering = f"{claim.text}\n{claim.translation or ''}"
    pattern = rf"(?<![\w-]){re.escape(key)}[ -](\d{{1,4}}[a-z]{{0,3}})(?![\w'’%-]|[.,:]\d)"
    return {m.group(1).casefold(): m.group(0) for m in re.finditer(pattern, rendering, re.IGNORECASE)}


Designations = dict[str, list[designations.Designation]]


def _designations_by_name(claim: Claim) -> dict[str, list[designations.Designation]]:
    found: dict[str, list[designations.Designation]] = {}
    for designation in designations.in_claim(claim.text, claim.sentence_text, claim.lang):
        found.setdefault(designation.key, []).append(designation)
    return found


def _reported(left: Claim, right: Claim, clashes: Iterator[tuple[Entity, Entity]], siblings: Siblings) -> tuple[Entity, Entity] | None:
    """The first clash, but two names both articles write elsewhere are the weakest: another pair
    is reported first ("Kim" / "Trump" where "He" stands for Trump, beside "Kim" / a name swapped in).
    The pairs are made one at a time, as they are needed."""
    first = None
    for clash in clashes:
        if not (_named_by_both(left, right, *clash, siblings) or _demonym_for_a_name_it_writes(left, right, *clash, siblings)):
            return clash
        first = first or clash
    return first


def _named_by_both(left: Claim, right: Claim, a: Entity, b: Entity, siblings: Siblings) -> bool:
    """Each article writes the other side's name in another of its sentences (`_written_in`): both
    translators name both actors, and in this sentence one wrote one of them where the other used a
    pronoun, a description or another clause ("Truly" / "Het bedrijf", "Willoughby" /
    "l'animatrice"; "Brexit" / "Theresa May" where the other says "her"). A name swapped in from
    outside the story is written in neither other article, so it stays a clash. Between
    separately written articles the clash is a note anyway."""
    return _written_in(a, left.lang, right.doc, siblings) and _written_in(b, right.lang, left.doc, siblings)


def _demonym_for_a_name_it_writes(left: Claim, right: Claim, a: Entity, b: Entity, siblings: Siblings) -> str | None:
    """The demonym or the country, when one name is only a demonym ("A French court", "the Dutch
    parliament") or a country against a name of another kind ("Malmedy, en el este de Bélgica" /
    "Parc animalier des Hautes-Fagnes, à Malmedy"), and its own article writes the other name in
    another sentence ("Montclar", "Kamer", "el parque de Hautes-Fagnes"): one article tells its
    readers the country, the other the place or body, which the first names elsewhere. A name
    swapped in for the country's place ("the Welsh assembly" / "Vergadering van Ayr") is written
    nowhere in the country's article, so it stays a clash; so does one country for another."""
    for country, own, name, other in ((a, left, b, right), (b, right, a, left)):
        if _only_which_country(country, own.lang, name, other.lang) and _written_in(name, other.lang, own.doc, siblings):
            return country.text
    return None


def _only_which_country(country: Entity, lang: str, name: Entity, name_lang: str) -> bool:
    """A demonym, or a country by its name against a name that names no country."""
    if _nationality(country.text, lang):
        return True
    return territory(country.text, lang) is not None and territory(name.text, name_lang) is None


def _described_rendering(left: Claim, right: Claim, a: Entity, b: Entity, siblings: Siblings) -> str | None:
    """The description, when one name is a description (`_says_what_it_is`: "Commissione",
    "Asamblea", "Parti", "Juzgado de Instrucción"), the other a name, neither side English, and the
    describing article writes that name in another sentence (spelled alike or as a cognate, in its
    sentences or their lexicon translation, `OtherSide.written_words`: "Parlamento de Gales" for
    "Welsh Parliament", "Estados Unidos"). Translators name an institution in one sentence and
    describe it by its kind in another: the description most likely stands for that name. A name
    the describing article never writes (an actor swapped in) stays a clash; so does any clash
    against an English name (the lookup runs one way there, and treating English names alike cost
    DEMETR named entities). NTREX dev, two at a time: 16 of 80 entity warnings, 8 documents."""
    if "en" in (left.lang, right.lang):
        return None
    a_names, b_names = _identifying(a, left.lang), _identifying(b, right.lang)
    if a_names == b_names:
        return None
    (name, named_in), (description, describing) = ((a, left), (b, right)) if a_names else ((b, right), (a, left))
    if not _says_what_it_is(description.text, describing.lang):
        return None
    side = _article_side(named_in, describing.doc, siblings)
    return description.text if mentioned(name, named_in.lang, side, side.written_words) else None


def _says_what_it_is(text: str, lang: str) -> bool:
    """Every word of the name has a common sense in its language's dictionary ("Comisión" ->
    commission, "Juzgado de Instrucción" -> tribunal, instruction): a description in words. A word the
    lemma list knows but the dictionary does not render ("Brexit", "Homewear") is a name kept as
    written, not a description."""
    tokens = [token for token in _name_tokens(text) if _name_words(token)]
    return bool(tokens) and all(any(sense == sense.lower() for sense in _senses(token, lang)) for token in tokens)


def _article_side(own: Claim, doc: str, siblings: Siblings) -> OtherSide:
    """Every claim of an article as the other side of `own`: where else the article names something."""
    key = ("article side", own.id, doc)
    if key not in siblings.sides:
        siblings.sides[key] = OtherSide(own, tuple(siblings.articles.get(doc, ())))
    return siblings.sides[key]


def _graded_clash(left: Claim, right: Claim, pair: Pair, siblings: Siblings, message: str, evidence: dict) -> list[Finding]:
    """A warning only on a confident link of one sentence (split in two at most) between translations."""
    if _confident(pair) and siblings.split_sentence(left, right) and not written_separately(pair):
        return [_finding("entity_mismatch", "warning", left, right, message, evidence)]
    if written_separately(pair):
        # Two outlets name different actors, places and sources around one fact ("Mossos" /
        # "selon l'AFP"): on comparable_news dev none of 7 such warnings was a real discrepancy.
        return [_finding("entity_mismatch", "info", left, right, message + " (separately written articles name other details)", evidence)]
    # A loose link: more likely two statements than one name swapped.
    return [_finding("entity_mismatch", "info", left, right, message + " (the claims may be about different things)", evidence)]


# A given name: a capitalised word of letters (a hyphen inside: "Jean-Pierre"), no initial ("R.").
GIVEN_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?")
GIVEN_NAME_CONFIDENCE = 0.8  # as for one speaker named two ways (`attribution._speaker_named_wrongly`)


def _given_name_clash(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """One surname with two given names ("Maxime Laurent" / "Mathieu Laurent", "Peter Lehnert" /
    "Markus Lehnert", "Hubert" / "Herbert Senoner"): the head of each name is found on the other side,
    so neither is "unmentioned", yet one article names another person or names the person wrongly, a
    name finding either way. Only where neither article writes the other's given name anywhere (two
    people of one family both named in the story are no clash), and no transliteration or dictionary
    rendering joins the two given names ("Wladimir" / "Vladimir", "Guillermo" / "William"). Between
    separately written articles only, a warning as for one speaker named two ways (on a loose fact link,
    only where the link rests on the shared surname: `compare._surname_anchored`). Between translations
    it raised the NTREX test alarms two languages at a time (916 -> 923, entity; dev 111 unchanged, dev
    injected name edits 0.84 -> 0.86): a translator's given name is left to the names check as before."""
    if not written_separately(pair):
        return []
    for a in _names(left):
        for b in _names(right):
            given = _given_names_apart(a, left, b, right, siblings)
            if given is None:
                continue
            evidence = _evidence(left, right, "entities", [e.text for e in left.entities], [e.text for e in right.entities],
                                 differing=list(given), surname=a.text.split()[-1])
            message = (f"different name: “{a.text}” vs “{b.text}” (one surname, another given name: “{given[0]}” / "
                       f"“{given[1]}”; another person, or one person named wrongly)")
            return [_finding("entity_mismatch", "warning", left, right, message, evidence, confidence=GIVEN_NAME_CONFIDENCE)]
    return []


def _given_names_apart(a: Entity, left: Claim, b: Entity, right: Claim, siblings: Siblings) -> tuple[str, str] | None:
    """The given names of two names ending in one surname, a word only a name uses (their last two
    words, a title before them left out), when they differ and only one side writes each of them; else None."""
    words_a, words_b = a.text.split(), b.text.split()
    if min(len(words_a), len(words_b)) < 2 or _fold(words_a[-1]) != _fold(words_b[-1]):
        return None
    if any(claim.attribution and words[-1] in claim.attribution.source for words, claim in ((words_a, left), (words_b, right))):
        return None  # a speaker's name: two given names of two speakers are two people, `check_attribution`'s
    if not (_proper_word(words_a[-1], left.lang) and _proper_word(words_b[-1], right.lang)):
        return None  # a surname no dictionary knows: "Procuraduría General" / "Attorney General's" name a body
    x, y = words_a[-2], words_b[-2]
    if not all(GIVEN_NAME.fullmatch(name) and name[0].isupper() and not name.isupper() for name in (x, y)):
        return None  # an acronym ("INF Clairefontaine") is no given name
    if _fold(x) == _fold(y) or (_consonants(x) & _consonants(y)):
        return None  # one given name, or one transliterated ("Wladimir" / "Vladimir")
    for name, own, other_doc in ((x, left, right.doc), (y, right, left.doc)):
        if _sentences_writing(name, other_doc, siblings) or _article_side(own, other_doc, siblings).mentions(
                Entity(name, "PERSON")):
            return None
    return x, y


def _nationality_clash(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """People or things of another country: each claim names a country by its demonym (French and
    Spanish write them in lower case, so they are no names: "une fille pakistanaise" / "a Chinese
    girl", "niederländischer Staatsangehörigkeit" / "toutes belges") that the other side does not
    name in any form (CLDR name, alias, demonym)."""
    own_left = _nationalities(left)
    if not own_left:
        return []  # most claims name no nationality: the other side's words are not looked up
    own_right = _nationalities(right)
    if not own_right:
        return []
    left_only = [c for c in own_left if c not in _other_side(left, (right, *siblings.of_left), siblings).countries]
    right_only = [c for c in own_right if c not in _other_side(right, (left, *siblings.of_right), siblings).countries]
    if not left_only or not right_only:
        return []
    a, b = left_only[0], right_only[0]
    evidence = _evidence(left, right, "entities", list(own_left.values()), list(own_right.values()),
                         differing=[own_left[a], own_right[b]])
    message = f"different nationality: “{own_left[a]}” ({a}) vs “{own_right[b]}” ({b})"
    return _graded_clash(left, right, pair, siblings, message, evidence)


LETTER_RUN = re.compile(r"[^\W\d_]+")  # a word of letters, as a demonym is written


@per_claim
def _nationalities(claim: Claim) -> dict[str, str]:
    """The countries the claim names by a demonym, each with the word that names it."""
    return _demonyms_in(claim.text, claim.lang)


def _demonyms_in(text: str, lang: str) -> dict[str, str]:
    """The countries a text names by a demonym, each with the first word that names it."""
    found: dict[str, str] = {}
    for word in LETTER_RUN.findall(text):
        if country := demonym_country(word, lang):
            found.setdefault(country, word)
    return found


def _clashes(left: Claim, right: Claim, pair: Pair, siblings: Siblings, story: Siblings | None = None) -> Iterator[tuple[Entity, Entity]]:
    """Pairs of a name of each claim that the other side does not mention, of the same kind. With
    `story` (the siblings in every article, `siblings` being the partners' own articles' only), only
    a clean swap (`_swapped`) or a name that one article alone writes (`_odd_name`)."""
    left_speaker, right_speaker = _unmatched_speaker(left, right, pair), _unmatched_speaker(right, left, pair)
    speakers = left_speaker + right_speaker
    # A name of one claim may sit in the other half of a split bead, on the other side.
    left_only = _unmentioned(_names(left) + left_speaker, _other_side(left, (right, *siblings.of_left), siblings))
    if not left_only:
        # No name of the left to clash with (nine pairs in ten): the other side's lookup is not
        # needed (it doubles the names check's cost)
        return iter(())
    right_only = _unmentioned(_names(right) + right_speaker, _other_side(right, (left, *siblings.of_right), siblings))
    clashes = ((a, b) for a in left_only for b in right_only
               if _same_kind_of_name(a, b) and (a.type == b.type or not {a, b} & set(speakers))
               and not _one_full_name(a, b, siblings.full_names)
               and (_identifying(a, left.lang) or _identifying(b, right.lang))
               and not _institution_by_its_kind(a, left, b, right, siblings))
    if story is None:
        return clashes
    swapped = set(map(id, chain(*_swapped(left, right, siblings, left_only, right_only))))
    return ((a, b) for a, b in clashes
            if {id(a), id(b)} <= swapped or _odd_name(a, left, b, right, story.of_left, story) or _odd_name(b, right, a, left, story.of_right, story))


ODD_NAME_WITNESSES = 2  # other articles (besides the partner's) that must name what the partner names


def _odd_name(odd: Entity, own: Claim, name: Entity, partner: Claim, partners: tuple[Claim, ...], story: Siblings) -> bool:
    """One edition wrote another name where all the others agree on one: `odd`, a name of `own` and
    no description ("la Comisión"), is mentioned by none of the claims paired with `own` (`partners`:
    its other partners, in every article; in any form the names lookup knows) and written nowhere else
    in the story, while the partner's `name` is mentioned, and written alike, by the partners of `own`
    in every other article (two at least)."""
    if _says_what_it_is(odd.text, own.lang) or not _full_enough(odd, name) or _named_in_story(odd, own, story):
        return False
    if _other_side(own, (partner, *partners), story).mentions(odd):
        return False
    by_article: dict[str, list[Claim]] = {}
    for claim in partners:
        if claim.doc not in (own.doc, partner.doc):
            by_article.setdefault(claim.doc, []).append(claim)
    return len(by_article) >= ODD_NAME_WITNESSES and all(
        _other_side(partner, tuple(claims), story).mentions(name) and _written_alike(name, partner.lang, doc, story)
        for doc, claims in by_article.items())


def _written_alike(name: Entity, lang: str, doc: str, story: Siblings) -> bool:
    """The article writes the name's proper words (all its words if it has none) as the name does,
    accents folded, a case ending off: a name that travels between languages unchanged. Where the
    articles write a name in several forms (an exonym: "Macedonia", "Macedonië", "Mazedonien"), one
    more form in one article is more likely another rendering than another name."""
    words = _article_names(doc, story, "words")
    return all(any(form and set(form) <= words for form in map(_name_words, _case_forms(word, lang)))
               for word in proper_words(name.text, lang) or [name.text])


def _full_enough(odd: Entity, name: Entity) -> bool:
    """Two written-out names, one of two words or more. An acronym against a name is one body
    written out or abbreviated as often as two ("XV" of "rugby à XV" against "Tennent's"); one word
    against one word, with nothing else alike, is the shape of a place's exonym ("Célèbes" /
    "Sulawesi"), which no data of ours lists."""
    if _acronym(odd.text) or _acronym(name.text):
        return False
    return max(len(_name_words(odd.text)), len(_name_words(name.text))) >= 2


def _named_in_story(name: Entity, own: Claim, story: Siblings) -> bool:
    """The name is a name of the story: its own article writes it in another sentence (a translator
    renders a name the same way throughout, so it stands for what the others write there too), or
    another article writes it anywhere."""
    form = set(_name_words(name.text))
    in_own = sum(form <= set(_name_words(text)) for text in {c.sentence_text for c in story.articles.get(own.doc, ())})
    return in_own >= 2 or any(_written_in(name, own.lang, doc, story) for doc in story.articles if doc != own.doc)


TRANSLITERATION = 70  # rapidfuzz ratio of the differing words at which two names may be one spelled twice ("Palu" / "Paul")


def _swapped(left: Claim, right: Claim, siblings: Siblings, left_only: list[Entity], right_only: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """One name in each claim replaced by another: a single proper name the other side lacks
    on each side (a word no dictionary translates; a description such as "the company" or
    "Presiding Officer" does not count), not one name spelled or transliterated two ways
    ("Palu" / "Paul"), a figure in common when both state figures, and one of the two names
    written elsewhere in the other claim's article. That last one tells a changed name from a rendering: a
    translator renders a name the same way throughout ("Célèbes" for Sulawesi), an article that
    writes "Kavanaugh" in other sentences and "Zaev" in this one has changed it here. Those two
    names, or none."""
    left_proper = [e for e in left_only if _proper_name(e.text, left.lang)]
    right_proper = [e for e in right_only if _proper_name(e.text, right.lang)]
    if len(left_proper) != 1 or len(right_proper) != 1:
        return [], []
    (a,), (b,) = left_proper, right_proper
    if _spelled_alike(a.text, b.text) or not _share_a_figure(left, right, siblings):
        return [], []
    if not (_written_in(b, right.lang, left.doc, siblings) or _written_in(a, left.lang, right.doc, siblings)):
        return [], []
    return left_proper, right_proper


def _written_in(entity: Entity, lang: str, doc: str, siblings: Siblings) -> bool:
    """The article writes every word of the name, spelled alike (accents folded, a case ending of
    the name's language off: German "Kavanaughs"), or names the same country ("Macedonia" /
    "Macedonië")."""
    words = _article_names(doc, siblings, "words")
    if any(form and set(form) <= words for form in map(_name_words, _case_forms(entity.text, lang))):
        return True
    place = territory(entity.text, lang)
    return place is not None and place in _article_names(doc, siblings, "countries")


def _article_names(doc: str, siblings: Siblings, kind: str) -> frozenset[str]:
    """The words or the countries of an article's sentences, each once per story
    (`siblings.sides`), the countries only when a country is asked about."""
    key = ("article", doc, kind)
    if key not in siblings.sides:
        sentences = {(claim.sentence_text, claim.lang) for claim in siblings.articles.get(doc, ())}
        siblings.sides[key] = (frozenset(word for text, _lang in sentences for word in _name_words(text)) if kind == "words"
                               else frozenset().union(*(territories_in(text, lang) for text, lang in sentences)))
    return siblings.sides[key]


def _case_forms(name: str, lang: str) -> tuple[str, ...]:
    return (name, *(name[: -len(end)] for end in CASE_ENDINGS.get(lang, ()) if name.endswith(end)))


@lru_cache(maxsize=50_000)
def _proper_name(text: str, lang: str) -> bool:
    """A word of the name is proper (`_proper_word`), or the dictionary knows it only as a name
    ("Arizona" -> Arizona, though the Spanish lemma list has it too)."""
    tokens = [token for token in _name_tokens(text) if _name_words(token)]
    return any(_acronym(token) or _proper_word(token, lang) or _only_a_name(token, lang) for token in tokens)


def _only_a_name(token: str, lang: str) -> bool:
    senses = _senses(token, lang)
    return bool(senses) and all(sense == sense.capitalize() for sense in senses) and not _common_word_of_english(token)


def _spelled_alike(x: str, y: str) -> bool:
    """The words the two names do not share, compared as spellings ("Jeff Flake" / "Jeff Blake")."""
    x_words, y_words = set(_name_words(x)), set(_name_words(y))
    x_rest, y_rest = " ".join(sorted(x_words - y_words)), " ".join(sorted(y_words - x_words))
    return _same_name(x, y) or fuzz.ratio(x_rest, y_rest) >= TRANSLITERATION


# Letters the spelling conventions of our languages write for one another in a person's name
# ("Wladimir" / "Vladimir", "Sergej" / "Serguei" / "Sergei", "Mouammar" / "Muammar", "Mijaíl" /
# "Mikhail", "Sascha" / "Sasha" / "Natacha", "Dschochar" / "Djokhar"), in the order they are replaced; vowels, "h", "j" and "y" are left out and doubled letters
# merged, so two names that differ only in these are one name transliterated two ways.
SAME_SOUND = (("dzh", "j"), ("dsch", "j"), ("dj", "j"), ("tsch", "ch"), ("tch", "ch"), ("sch", "ch"), ("sh", "ch"),
              ("kh", "ch"), ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"), ("c", "k"), ("z", "s"), ("gu", "g"))
SILENT_IN_SPELLINGS = frozenset("aeiouyhj")


def spelled_otherwise(a: str, b: str) -> tuple[str, str] | None:
    """The given name of one person written two ways that no transliteration explains ("Rutker" /
    "Rutger" Jeuken): names of as many words, the same surname, one other word differing, spelled
    alike (so not two people of one family) but with other consonants. The two words, or None. A
    title read as part of one name ("Presidente Gjorge Ivanov" / "Gjorge Ivanov") is no spelling."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 2 or len(words_a) != len(words_b):
        return None
    differing = [(x, y) for x, y in zip(words_a, words_b) if _name_words(x) != _name_words(y)]
    if len(differing) != 1 or differing[0] == (words_a[-1], words_b[-1]):
        return None
    ((x, y),) = differing
    if "." in x + y or min(len(x), len(y)) <= 2:
        return None  # an initial ("R. Jeuken") is a shortening, not a spelling
    if fuzz.ratio("".join(_name_words(x)), "".join(_name_words(y))) < TRANSLITERATION or _consonants(x) & _consonants(y):
        return None
    return x, y


def _consonants(name: str) -> set[str]:
    """The name's consonants, with "j" silent ("Sergej") and as the Spanish jota ("Mijaíl" = Mikhail)."""
    spelled = "".join(_name_words(name))
    return {_consonants_of(spelled), _consonants_of(spelled.replace("j", "k"))}


def _consonants_of(spelled: str) -> str:
    for letters, sound in SAME_SOUND:
        spelled = spelled.replace(letters, sound)
    kept = [letter for letter in spelled if letter not in SILENT_IN_SPELLINGS]
    return "".join(letter for i, letter in enumerate(kept) if i == 0 or letter != kept[i - 1])


def _share_a_figure(left: Claim, right: Claim, siblings: Siblings) -> bool:
    """When both sides state figures, they share one (with the partner's siblings): the claims
    state one fact, one side may add a detail."""
    def values(*claims: Claim) -> set[float]:
        return {q.value for claim in claims for q in claim.numbers}

    own, other = values(left, *siblings.of_right), values(right, *siblings.of_left)
    return not own or not other or bool(own & other)


def _identifying(entity: Entity, lang: str) -> bool:
    """Not a description: an acronym, a country, or a name with a word the dictionary of its
    language and its lemma list do not know ("Hiroshima"). Two descriptions ("Justitie" /
    "Comisión Judicial", "Bijbel" / "Biblia") are more often one institution or thing rendered
    in two ways than two actors: no clash between them. English names are always identifying:
    no dictionary glosses English words, so a description cannot be told from a name there."""
    tokens = [token for token in _name_tokens(entity.text) if _name_words(token)]
    if lang == "en" or not tokens or _acronym(entity.text) or territory(entity.text, lang):
        return True
    return any(_acronym(token) or _proper_word(token, lang) for token in tokens)


def _institution_by_its_kind(a: Entity, left: Claim, b: Entity, right: Claim, siblings: Siblings) -> bool:
    """An English name of common words ("Judiciary Committee", "State Council", "Presiding Officer")
    against one word of another language that its dictionary renders as a common word and its
    article writes in other sentences too ("Commissie", "Asamblea", `_says_what_it_is`): the
    translator calls the institution by its kind throughout. English names are otherwise
    identifying (no dictionary glosses English); a one-sentence document (DEMETR) or a longer
    description on the other side still clashes."""
    return any(own.lang == "en" and kind.lang != "en" and _english_description(english.text)
               and len(_name_tokens(word.text)) == 1 and _says_what_it_is(word.text, kind.lang)
               and _sentences_writing(word.text, kind.doc, siblings) >= 2
               for english, own, word, kind in ((a, left, b, right), (b, right, a, left)))


def _english_description(text: str) -> bool:
    """Two or more words, each a common English word ("Select Committee"); one word may be a
    surname ("Ford", "May", "Trump" are common words too)."""
    tokens = [token for token in _name_tokens(text) if _name_words(token)]
    return (len(tokens) >= 2 and not territory(text, "en")
            and all(not _acronym(token) and _common_word_of_english(token) for token in tokens))


def _sentences_writing(word: str, doc: str, siblings: Siblings) -> int:
    """How many sentences of the article write the word (folded), as a word of their own."""
    folded = _fold(word)
    sentences = {claim.sentence_text for claim in siblings.articles.get(doc, ())}
    return sum(folded in _name_words(text) for text in sentences)


def identifying_names(claim: Claim) -> list[Entity]:
    """The claim's names that identify someone or something (`_names`, `_identifying`), for
    one-sided values: not descriptions, nor nationalities, which `check_entities` compares by country."""
    return [e for e in _names(claim) if _identifying(e, claim.lang) and not _nationality(e.text, claim.lang)]


def _nationality(text: str, lang: str) -> bool:
    return bool(demonym_country(text, lang)) or text.lower() in DEMONYM_PLACES


def proper_words(name: str, lang: str) -> list[str]:
    """The words of a name that only a name uses (`_proper_word`), as written; acronyms left out."""
    return [token for token in _name_tokens(name) if _name_words(token) and not _acronym(token) and _proper_word(token, lang)]


def _full_names(claims: Iterable[Claim]) -> FullNames:
    """Two or three capitalised words in a row ("Chad Hammel", "Elin Jones"); longer runs are
    headlines or institutions ("Hurricane Rosa Threatening Phoenix"), not one person. Indexed by
    each of their words, so that a pair looks only at the names sharing a word with its own, not
    at every name of the story."""
    sentences = {claim.sentence_text for claim in claims}
    runs = (match.group(0).split() for sentence in sentences for match in CAPITALISED_RUN.finditer(sentence))
    names = {frozenset(map(str.lower, run)) for run in runs if 2 <= len(run) <= 3}
    by_word: dict[str, list[frozenset[str]]] = {}
    for name in names:
        for word in name:
            by_word.setdefault(word, []).append(name)
    return {word: tuple(found) for word, found in by_word.items()}


def _one_full_name(a: Entity, b: Entity, full_names: FullNames) -> bool:
    words = frozenset(word.lower() for word in (*a.text.split(), *b.text.split()))
    return any(words <= name for name in full_names.get(min(words), ())) if words else bool(full_names)


@per_claim
def _names(claim: Claim) -> list[Entity]:
    """The claim's names that carry identity: titles alone ("Mr", "Sen.") and capitalised
    common words ("Het", "Commissione", which the dictionary renders as "the", "commission")
    and currencies of amounts ("26.750 US-Dollar", "26 750 USD") are left out. A speaker is
    compared by `check_attribution`, in its own role."""
    return [e for e in claim.entities if _name_words(e.text) and not _common_word_in(e.text, claim)
            and not _in_amount(e, claim) and not _function_words_only(e.text, claim.lang)
            and not _abbreviation(e, claim)]


def _abbreviation(entity: Entity, claim: Claim) -> bool:
    """A word its language writes as an abbreviation (the segmenter's list), with its full stop:
    "Nr. 292" (number), "Vgl." (compare), "bzw." name nothing; the dictionary knows them without it."""
    at = entity.end - claim.start
    return entity.text.lower() in ABBREVIATIONS.get(claim.lang, ()) and claim.text[at:at + 1] == "."


def _function_words_only(text: str, lang: str) -> bool:
    """"That", "Questo" (this) capitalised where the segmenter joined two lines: no name."""
    words = re.findall(r"\w+", text)
    return not _acronym(text) and all(
        all(gloss.lower() in ENGLISH_STOPWORDS for gloss in _senses(word, lang) or (word,)) for word in words)


def _in_amount(entity: Entity, claim: Claim) -> bool:
    return any(q.start <= entity.start < q.end for q in claim.numbers)


def _common_word_in(text: str, claim: Claim) -> bool:
    """Only German capitalises common nouns: elsewhere a capital inside a sentence marks a name
    even when the dictionary knows a homonym ("Mangola", "Labour" -> "tillage")."""
    inside = claim.lang != "de" and not is_sentence_start(claim.sentence_text, max(claim.sentence_text.find(text), 0))
    return not inside and _common_word(text, claim.lang)


def _unmatched_speaker(claim: Claim, other: Claim, pair: Pair) -> list[Entity]:
    """The names in the claim's speaker when the other claim has none: one language reports
    "said Formula 1 boss Chase Carey", the other keeps the name inside the clause, so the
    speaker is compared as a name of the claim (`check_attribution` needs both speakers).
    Only on an exclusive 1:1 pair: with a claim split in two, the speaker may sit elsewhere."""
    if not claim.attribution or other.attribution or not pair.evidence.get("one_to_one"):
        return []
    source = claim.attribution.source
    at = max(claim.sentence_text.find(source), 0)
    return [e for e in entities(source, at, claim.sentence_text, claim.lang, set()) if not _common_word(e.text, claim.lang)]


def _common_word(text: str, lang: str) -> bool:
    if lang == "en" or _acronym(text) or len(text.split()) > 1:
        return False
    translation = next(iter(renderings(text, lang)), text)
    return translation == translation.lower()


@lru_cache(maxsize=50_000)
def _acronym(text: str) -> str | None:
    """"U.S." -> "US", "AMs" -> "AM", "EE. UU." -> "EEUU", "I. A." -> "IA"; None for other names."""
    letters = re.sub(r"['’]s$|(?<=[A-Z])s$", "", re.sub(r"\.\s*", "", text))
    return letters if ACRONYM_LETTERS.fullmatch(letters) else None


def one_body_acronyms(acronym_a: str, acronym_b: str) -> bool:
    """Two acronyms that may name one body in two languages: as long as each other, of three letters
    or more, sharing at least half their letters ("NATO" / "OTAN", "NMBS" / "SNCB", "STIB" / "MIVB").
    Shorter or unequal ones share letters too easily ("PS" / "SP", "CGT" / "CFDT"); "FBI" / "CIA"
    share one letter of three. Letters cannot tell two bodies named alike apart ("CDU" / "CSU")."""
    if len(acronym_a) != len(acronym_b) or len(acronym_a) < 3:
        return False
    return 2 * sum((Counter(acronym_a) & Counter(acronym_b)).values()) >= len(acronym_a)


def _same_kind_of_name(a: Entity, b: Entity) -> bool:
    acronym_a, acronym_b = _acronym(a.text), _acronym(b.text)
    if acronym_a and acronym_b:
        return not set(acronym_a) & set(acronym_b)  # "EU"/"UE", "NATO"/"NAVO": one name
    if acronym_a or acronym_b:
        # An acronym against a written-out name: a swap only when the name's initials share no
        # letter with it ("US" / "France"); "OTAN" / "Atlantic Alliance" may be an expansion,
        # and the countries and unions below are often written as an adjective ("Amerikaanse",
        # "British", "européen") that shares no initial with them.
        acronym, name = (acronym_a, b.text) if acronym_a else (acronym_b, a.text)
        initials = {word[0].upper() for word in re.findall(r"\w+", name)}
        return acronym not in STATE_ACRONYMS and not initials & set(acronym)
    return True


@lru_cache(maxsize=50_000)
def renderings(text: str, lang: str) -> tuple[str, ...]:
    """The English a whole name may take: the CLDR country name, the dictionary's translation
    of the name and of each of its words ("Neapel" -> "Naples", "Rode Kruis" -> "Red Cross")."""
    if lang == "en":
        return ()
    from ..translate.lexicon import LexiconTranslator

    translator = LexiconTranslator()
    (phrase,) = translator.translate([text], lang)
    words = " ".join(translator.translate(text.split(), lang)) if " " in text else ""
    return tuple(r for r in (english_place_name(text, lang), phrase, words) if r)


@lru_cache(maxsize=50_000)
def every_gloss(text: str, lang: str) -> str:
    """The name translated with every gloss of each word, parts of compounds included: a name
    may use another sense of a part ("Beleidsonderzoek": policy investigation / research)."""
    if lang == "en":
        return ""
    from ..translate.lexicon import LexiconTranslator

    (glosses,) = LexiconTranslator(glosses=EVERY_GLOSS).translate([text], lang)
    return glosses


@dataclass
class OtherSide:
    """What the other claims (a partner and its siblings) offer to find a name of `own` in:
    their words (`_vocabulary`), their acronyms, and their runs of content words."""

    own: Claim
    others: tuple[Claim, ...]
    mentioned: dict[str, bool] = field(default_factory=dict)  # name -> found, by `mentions`
    _expressed: dict[tuple[str, str], bool] = field(default_factory=dict)  # by `expressed`

    def mentions(self, entity: Entity) -> bool:
        if entity.text not in self.mentioned:
            # Most names are written alike on the other side, and its own words find them: the
            # renderings and senses of its names are looked up only for the rest. The same answer,
            # as a name found among some words is found among more.
            self.mentioned[entity.text] = (mentioned(entity, self.own.lang, self, self.written_words)
                                           or mentioned(entity, self.own.lang, self, self.vocabulary))
        return self.mentioned[entity.text]

    @cached_property
    def vocabulary(self) -> CognateIndexes:
        return CognateIndexes(_cognate_index(_vocabulary(other)) for other in self.others)

    @cached_property
    def written_words(self) -> CognateIndexes:
        """The part of `vocabulary` the other claims write: their sentences, translations and names."""
        return CognateIndexes(_cognate_index(_written_words(other)) for other in self.others)

    @cached_property
    def territories(self) -> frozenset[str]:
        """The countries and unions the other claims' sentences name, in any of their forms."""
        return frozenset().union(*(territories_in(text, lang) for text, lang in self._sentences))

    def names_territory(self, place: str) -> bool:
        """`place in self.territories`, reading the sentences only up to the first that names it
        (a whole article's, for `one_sided`, where most names asked are written early)."""
        if "territories" in self.__dict__:
            return place in self.territories
        return any(place in territories_in(text, lang) for text, lang in self._sentences)

    @cached_property
    def _sentences(self) -> tuple[tuple[str, str], ...]:
        return tuple(dict.fromkeys((other.sentence_text, other.lang) for other in self.others))  # one per clause

    @cached_property
    def countries(self) -> frozenset[str]:
        """The countries the other claims' sentences and translations name, by name or demonym."""
        translations = [o.translation for o in self.others if o.translation]
        texts = dict.fromkeys([(o.sentence_text, o.lang) for o in self.others] + [(t, "en") for t in translations])
        by_demonym = frozenset(country for text, lang in texts for country in _demonyms_in(text, lang))
        by_name_in_translation = frozenset().union(*(territories_in(t, "en") for t in translations))
        return self.territories | by_demonym | by_name_in_translation

    @cached_property
    def acronyms(self) -> set[str]:
        return {acronym for other in self.others for e in _names(other) if (acronym := _acronym(e.text))}

    def initial_runs(self, acronym: str) -> Iterator[list[set[str]]]:
        """Runs of the other side's words as initials, where a word the own claim already
        expresses is blank: it translates a word of its own, not an acronym ("Fronteras" is
        the "Frontières" of "Médecins Sans Frontières", not the F of a swapped "FIFA").
        Only a word with a letter of `acronym` among its initials is looked up in the own claim
        (the slow part): any other spells nothing of it, blank or not."""
        letters = set(acronym)
        for run in self.word_runs:
            yield [initials if letters.isdisjoint(initials) or not self.expressed(word, lang) else set()
                   for word, lang, initials in run]

    @cached_property
    def word_runs(self) -> list[tuple[tuple[str, str, frozenset[str]], ...]]:
        sentences = {(o.sentence_text, o.translation, o.lang): o for o in self.others}.values()
        return [run for other in sentences for run in _word_runs(other)]

    def expressed(self, word: str, lang: str) -> bool:
        """Does the own claim express `word`? Remembered: an article repeats its words, and its sentences per clause."""
        if (word, lang) not in self._expressed:
            self._expressed[(word, lang)] = _word_found(word, lang, self._own_index)
        return self._expressed[(word, lang)]

    @cached_property
    def _own_index(self) -> CognateIndex:
        return _cognate_index(_vocabulary(self.own))


def _other_side(own: Claim, others: tuple[Claim, ...], siblings: Siblings) -> OtherSide:
    """A claim's partner and siblings are the same claims, in another order, in each of the
    claim's pairs: the story's `siblings.sides` keeps one OtherSide (and what it found) for them
    all, instead of searching the same names in the same claims once per pair."""
    key = (own.id, frozenset(other.id for other in others))
    if key not in siblings.sides:
        siblings.sides[key] = OtherSide(own, others)
    return siblings.sides[key]


def _unmentioned(names: list[Entity], side: OtherSide) -> list[Entity]:
    return [e for e in names if not side.mentions(e)]


def mentioned(entity: Entity, lang: str, side: OtherSide, vocabulary: CognateIndexes) -> bool:
    """Is the name in the other claims, spelled alike (transliteration, translation of its
    words: "Stati Uniti" / "United States", "Operación Dragón" / "Operation Dragon")? The head
    (last word) must be found, or two thirds of the name's words; the name as written or its
    dictionary rendering. An acronym, alone or in a name ("Labour MP"), by `_acronym_found`.
    A country by what it names, whatever the form ("VS" / "EE. UU.", "Britain" / "Regno Unito").
    Words are searched in `vocabulary` (the side's, or a part of it)."""
    place = territory(entity.text, lang)
    if place and side.names_territory(place):
        return True
    acronym = _acronym(entity.text)
    if acronym:
        return _acronym_found(acronym, side)
    tokens = [token for token in _name_tokens(entity.text) if _name_words(token)]
    found = [_token_found(token, lang, side, vocabulary, in_phrase=len(tokens) > 1) for token in tokens]
    if tokens and all(found):
        return True  # every word as written: identified whichever of them are proper words
    proper = {_fold(token) for token in tokens if not _acronym(token) and _proper_word(token, lang)}
    if tokens and _identified([_fold(token) for token in tokens], found, proper):
        return True  # as written: the dictionary's rendering of the name is not needed
    readings = (_name_words(r) for r in chain(renderings(entity.text, lang), _glossed_elsewhere(entity.text, lang)))
    return any(reading and _identified(reading, [_words_found([word], vocabulary) for word in reading], proper)
               for reading in readings)


def _glossed_elsewhere(text: str, lang: str) -> Iterator[str]:
    """Looked up only when the name's own renderings are not found (a generator: nothing is read
    before then): `names_glossed_elsewhere`."""
    yield from names_glossed_elsewhere(text, lang)


@lru_cache(maxsize=50_000)
def names_glossed_elsewhere(text: str, lang: str) -> tuple[str, ...]:
    """The English names that the other languages' dictionaries give a name its own dictionary does
    not know: names travel between languages spelled alike, and each dictionary lists other ones
    ("Oscar" -> Academy Award in the French, Spanish and German ones, not the Italian; Italian
    "Napoli" -> Naples for a Spanish text, or for an English one that calls the club by its own name).
    Only a name every gloss of which is a name (capitalised): a common word of another language
    (German "Pain": French bread) is no gloss of a name."""
    from ..translate.lexicon import LANGUAGES, load_lexicon

    if lang not in (*LANGUAGES, "en") or _senses(text, lang):
        return ()
    spellings = dict.fromkeys((text.lower(), " ".join(_name_words(text))))
    found: dict[str, None] = {}
    for other in LANGUAGES:
        if other == lang:
            continue
        entries = load_lexicon(other).entries
        for spelling in spellings:
            glosses = entries.get(spelling, ())
            if glosses and all(gloss[:1].isupper() for gloss in glosses):
                found.update(dict.fromkeys(glosses))
    return tuple(found)


def _token_found(token: str, lang: str, side: OtherSide, vocabulary: CognateIndexes, in_phrase: bool) -> bool:
    """A word of a name: by `_word_found`, an acronym by `_acronym_found`, and a demonym before
    a noun by its place ("Welsh Parliament" / "Parlamento de Gales"; a bare "Welsh" stands for
    something unnamed, "the Welsh assembly", whose swap it must not hide)."""
    if _word_found(token, lang, vocabulary):
        return True
    if (acronym := _acronym(token)) and _acronym_found(acronym, side):
        return True
    places = DEMONYM_PLACES.get(token.lower(), ()) if in_phrase and lang == "en" else ()
    return any(_words_found(_name_words(place), vocabulary) for place in places)


NAME_TOKEN_WORDS = rf"{DOTTED_ACRONYM.pattern}|\w+"  # compiled when first used (lazyre)


def _name_tokens(text: str) -> list[str]:
    """Words of a name, a dotted acronym as one ("U.S. Defense Department": "U.S.", ...)."""
    return compiled(NAME_TOKEN_WORDS).findall(text)


def _acronym_found(acronym: str, side: OtherSide) -> bool:
    """Any acronym of the other side sharing a letter ("NATO" / "OTAN"), or words of the other
    side whose initials spell it, in any order ("AM" / "Miembro de la Asamblea", "AI" /
    "inteligencia artificial", German compounds through their translation: "national assembly member")."""
    if any(set(acronym) & set(other) for other in side.acronyms):
        return True
    return len(acronym) <= MAX_SPELLED_ACRONYM and any(_spells(acronym, run) for run in side.initial_runs(acronym))


def _spells(acronym: str, run: list[set[str]]) -> bool:
    """Some window of the run, one word per letter and at most one word more ("leden van de
    Nationale Vergadering" for "AM"), has a distinct word for each letter of the acronym."""
    return any(_assign(acronym, run[start:start + size])
               for size in (len(acronym), len(acronym) + 1) for start in range(len(run) - size + 1))


def _assign(letters: str, words: list[set[str]]) -> bool:
    if not letters:
        return True
    return any(letters[0] in initials and _assign(letters[1:], words[:i] + words[i + 1:])
               for i, initials in enumerate(words))


def _word_runs(claim: Claim) -> tuple[tuple[tuple[str, str, frozenset[str]], ...], ...]:
    """The claim's sentence and its translation as runs of content words (word, language,
    initials in upper case); a word of the sentence has the initials of its dictionary senses
    too ("Asamblea": A for assembly)."""
    return _word_runs_of(claim.sentence_text, claim.translation or "", claim.lang)


@lru_cache(maxsize=100_000)
def _word_runs_of(sentence: str, translation: str, lang: str) -> tuple[tuple[tuple[str, str, frozenset[str]], ...], ...]:
    """Once per sentence and translation, not once for every side (partner and siblings) the claim is on."""
    texts = [(sentence, lang)] + ([(translation, "en")] if lang != "en" else [])
    return tuple(tuple((word, lang, frozenset(_initials(word, lang))) for word in _content_words(text, lang)) for text, lang in texts)


def _content_words(text: str, lang: str) -> list[str]:
    """Function words ("that", Dutch "die" for "that") spell no acronym."""
    return [word for word in re.findall(r"\w+", text) if all(map(_content_word, (word, *_senses(word, lang))))]


def _content_word(word: str) -> bool:
    return len(word) >= 3 and word.lower() not in NAME_FILLERS and word.lower() not in ENGLISH_STOPWORDS


def _initials(word: str, lang: str) -> set[str]:
    return {w[0].upper() for w in (word, *_senses(word, lang))}


def _identified(words: list[str], found: list[bool], proper: set[str]) -> bool:
    """Enough of the name is found (its head, or two thirds of its words), and one of its
    proper words, which no dictionary translates, if it has any: common words alone ("Show"
    in "The Tracy Ullman Show", "Adjunct Professor" before "Marco") do not identify a name."""
    proper_found = [hit for word, hit in zip(words, found) if word in proper]
    return _enough_found(found) and (not proper_found or any(proper_found))


@lru_cache(maxsize=50_000)
def _proper_word(token: str, lang: str) -> bool:
    """A word only a name uses: no common English word, the dictionary has no common sense for
    it ("Taipei" -> "Taipei"), and the language's lemma list does not know it either (our
    Italian dictionary lacks "Giustizia")."""
    common_senses = [sense for sense in _senses(token, lang) if sense != sense.capitalize()]
    return not _common_word_of_english(token) and not common_senses and not _word_of(token, lang)


def _word_of(token: str, lang: str) -> bool:
    """simplemma knows the word in this language (English is judged by `common_english_words`)."""
    return lang != "en" and bool(lemma_list_knows(token.lower(), lang))


def _fold(token: str) -> str:
    return "".join(_name_words(token))


def _word_found(token: str, lang: str, vocabulary: CognateIndex | CognateIndexes) -> bool:
    """One word of a name, as written or in any of its senses ("Hermanas" -> sisters)."""
    forms = (_name_words(form) for form in (token, *_senses(token, lang)))
    return any(_words_found(words, vocabulary) for words in forms if words)


def _vocabulary(claim: Claim) -> tuple[str, ...]:
    return _vocabulary_of(claim.sentence_text, claim.translation or "", tuple(e.text for e in claim.entities), claim.lang)


@lru_cache(maxsize=100_000)
def _cognate_index(words: tuple[str, ...]) -> CognateIndex:
    """One index per claim's vocabulary, shared by every pair the claim takes part in."""
    return CognateIndex(words)


@lru_cache(maxsize=100_000)
def _vocabulary_of(sentence: str, translation: str, names: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """Computed once per claim, not once for every pair and sibling the claim is compared with."""
    # The whole sentence counts: a clause split can leave the name in the neighbouring clause.
    rendered = [r for name in names for r in renderings(name, lang)]
    senses = [sense for name in names for token in name.split() for sense in _senses(token, lang)]
    senses += [every_gloss(name, lang) for name in names]
    # Piece by piece (the same words as of the pieces joined by spaces): the sentence's words are
    # split once for all its claims, a name's once for all its mentions (`_name_words_of` caches).
    words = [*_written_words_of(sentence, translation, names), *chain.from_iterable(map(_name_words_of, (*rendered, *senses)))]
    words += [place for word in words for place in DEMONYM_PLACES.get(word, ())]
    return tuple(words + _english_lemmas(tuple(words)) if lang == "en" else words)


def _written_words(claim: Claim) -> tuple[str, ...]:
    return _written_words_of(claim.sentence_text, claim.translation or "", tuple(e.text for e in claim.entities))


@lru_cache(maxsize=100_000)
def _written_words_of(sentence: str, translation: str, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(chain.from_iterable(map(_name_words_of, (sentence, translation, *names))))


@lru_cache(maxsize=100_000)
def _english_lemmas(words: tuple[str, ...]) -> list[str]:
    """"Allies" -> "ally": the dictionary renders a foreign name in the singular."""
    return [lemma for word in words if (lemma := _lemma(word, "en")) != word]


def _words_found(words: list[str], vocabulary: CognateIndex | CognateIndexes) -> bool:
    return _enough_found([vocabulary.has_cognate(word) for word in words])


def _enough_found(found: list[bool]) -> bool:
    """The head (last word) of a name, or two thirds of its words."""
    return found[-1] or sum(found) * 3 >= len(found) * 2


def _common_word_of_english(token: str) -> bool:
    return token.lower() in common_english_words()


def _same_name(x: str, y: str) -> bool:
    return fuzz.token_set_ratio(x.lower(), y.lower()) >= NAME_MATCH or fuzz.partial_ratio(x.lower(), y.lower()) >= 95
