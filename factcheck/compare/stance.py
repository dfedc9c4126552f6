"""Stance: negation and modality."""

from __future__ import annotations

import marshal
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from ..translate.english_words import ENGLISH_STOPWORDS
from ..claims.facets import (
    EPISTEMIC,
    MODALITY,
    NEGATION,
    SECOND_PARTICLE,
    ability_only,
    hearsay_conditional,
    evidential_hedge,
    hedged_by_form_only,
    lexical_negation_count,
    lexical_negation_cue,
    litotes,
    ease_word,
    possibility_word,
    reported_word,
    negated,
    negation_count,
    negation_cue,
    one_word_negation,
    seeming,
    stances,
    unconfirmed,
    unconfirmed_clause,
    unconfirmed_cue,
)
from ..claims.numbers import parse_words
from ..claims.roles import concept_of
from ..model import (
    Claim,
    Cue,
    Finding,
    Pair,
)
from .common import (
    STRONG_PAIR,
    Siblings,
    _cognate,
    _confident_one_to_one,
    _evidence,
    _finding,
    _lemma,
    _name_words,
    _senses,
    length_balance,
    written_separately,
)

# A hint whose own note gives a likelier innocent reading is never sure: a conditional against an
# assertion is as likely the future of reported speech ("said it would") as a hedge, and a negation
# the note explains away (a neighbouring sentence, a negating word, a rephrasing, a loose pair) is
# as likely no contradiction. Below the text report's note threshold, so it reads as a note.
DOUBTED_CONFIDENCE = 0.3

# Stances that commit to the claim vs those that hedge it: a change across the two is news.
# "would" (conditional) is left out of both: in reported speech it is the future seen from
# the past ("the government would require access"), so it is only worth a note.
CERTAIN = {"asserted", "future", "obligation"}


UNCERTAIN = {"possibility", "hedged"}
EXPLICIT_CERTAIN = CERTAIN - {"asserted"}  # stances a word marks (the future, an obligation)


# A hedged claim this much longer than its certain partner may carry the hedge in a part the
# partner does not cover.
PARTIAL_CLAIM = 1.8


# A word with its inner apostrophes and hyphens ("ngo’s", "l'avoir"), not a closing quote ("gebeuren’").
WORD = re.compile(r"\w(?:[\w'’-]*\w)?")
SCOPE_WORDS = 1  # content words after a negation that say what it denies
# Content words after a possibility that say what it bears on, for "rephrased": the verb and its
# object ("se produzcan inundaciones" / "Es gibt Überschwemmungen" stays a warning).
REPHRASED_HEDGE_SCOPE = 2
MIN_SENSES_TO_RULE_OUT = 2  # dictionary senses of a denied word before another language's silence rules it out


def check_polarity(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    """One side negates, the other does not. Not a contradiction when the plain side's sentence
    carries the negation in a clause this claim leaves out (clauses are split differently in
    each language); only a note when a translation more likely rephrased it (`_rephrased_negation`)
    or when the pair itself is loose."""
    if left.negated == right.negated:
        return []
    negated_claim, plain = (left, right) if left.negated else (right, left)
    if negated(plain.sentence_text, plain.lang):
        return []
    if written_separately(pair) and unconfirmed(negated_claim.text, negated_claim.lang):
        return _unconfirmed_statement(left, right, negated_claim, plain, pair)
    around = siblings.around_right if plain is right else siblings.around_left
    plain_cues: list[dict] = []
    if not _confident_one_to_one(pair):
        note = "; the claims may state different things"  # the likelier reading of a loose pair
    else:
        note, plain_cues = _rephrased_negation(negated_claim, plain, around, either_language=written_separately(pair))
    evidence = _evidence(left, right, "negated", left.negated, right.negated,
                         cues=_cue_records(left, negation=True) + _cue_records(right, negation=True) + plain_cues)
    message = f"{_negation_named(negated_claim)}; {plain.id} states it without a negation"
    confidence = length_balance(left, right)
    return [_finding("polarity_mismatch", "info" if note else "warning", left, right, message + (note or ""), evidence,
                     confidence=min(confidence, DOUBTED_CONFIDENCE) if note else confidence)]


def _unconfirmed_statement(left: Claim, right: Claim, unsure: Claim, plain: Claim, pair: Pair) -> list[Finding]:
    """One outlet says a statement is not (yet) known, confirmed or official ("on ne connaît pas
    l'identité du chauffeur", "Il bilancio non è ufficiale"), the other states it plainly: a
    difference of certainty (modality), not a denial. A warning only when the plain claim states
    what is unconfirmed (a word of the unsure claim, or a word of the same role: "bilancio" /
    "killed") and does not hedge it itself."""
    if stances(plain.sentence_text, plain.lang) & UNCERTAIN:
        return []
    span = unconfirmed_cue(unsure.text, unsure.lang)
    cue = Cue(unsure.text[span[0]:span[1]], unsure.start + span[0], unsure.start + span[1], "unconfirmed")
    evidence = _evidence(left, right, "modality", _certainty(left), _certainty(right), cues=[_cue_record(unsure, cue)])
    message = f"{_quoted(cue.text)} leaves {unsure.id} unconfirmed; {plain.id} states it"
    # Its sentence, not only the claim: "…colpi di fuoco sparati dalla Polizia…, ma la circostanza
    # non è stata confermata" leaves unconfirmed the clause before it; a noun of evidence, the clause
    # after it ("no evidence yet that the bus was speeding").
    clause = unconfirmed_clause(unsure.text, unsure.lang)
    unsure_words = clause or _without_epistemic_negation(unsure.sentence_text, unsure.lang)
    words = [w for w in WORD.findall(unsure_words) if _denied_word(w, unsure.lang, _NO_CUE)]
    if clause is None:
        in_claim = bool(words) and (_stated_in(words, unsure.lang, plain, strict=True) or _same_role_word(words, unsure.lang, plain))
    else:
        # A clause ("that the bus was speeding") is stated only by the claim itself and with all its
        # words: its subject alone ("bus") is no statement of it.
        in_claim = bool(words) and all(_stated_in([w], unsure.lang, plain, strict=True) for w in words)
    stated = in_claim or (clause is None and bool(words) and _stated_in(words, unsure.lang, plain))
    note = "" if stated else "; what is unconfirmed has no counterpart on the other side: the claims may state different things"
    evidence["stated_in_other"] = in_claim
    severity = "warning" if stated and _confident_one_to_one(pair) else "info"
    # Found in the plain claim itself, the unconfirmed statement is what both claims say, however
    # much more the longer claim says.
    return [_finding("modality_mismatch", severity, left, right, message + note, evidence,
                     confidence=1.0 if in_claim else length_balance(left, right))]


_NO_CUE = re.compile(r"(?!)")  # `_denied_word` with no cue of its own: the cues are already taken out


def _certainty(claim: Claim) -> str:
    return "unconfirmed" if claim.negated and unconfirmed(claim.text, claim.lang) else claim.modality


def _without_epistemic_negation(text: str, lang: str) -> str:
    """The text without its negation cues and words of knowing: what is left is what is unconfirmed."""
    text = _whole_words_of(_negation_cues(lang)).sub(" ", text)
    return _whole_words_of(EPISTEMIC[lang]).sub(" ", text)


@lru_cache(maxsize=None)
def _whole_words_of(alternatives: str) -> re.Pattern:
    """Any of the words (a regex alternation), not inside a longer word; compiled once, not per claim."""
    return re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])", re.I)


def _same_role_word(words: list[str], lang: str, other: Claim) -> bool:
    """A word that counts the same thing as a word of the other claim (role files: "bilancio",
    "killed": the dead), across languages."""
    concepts = {c for w in words if (c := concept_of(w, lang)) and not c.startswith("@")}
    return bool(concepts) and any(concept_of(w, other.lang) in concepts for w in re.findall(r"\w+", other.text))


def _rephrased_negation(negated_claim: Claim, plain: Claim, around: str,
                        either_language: bool = False) -> tuple[str | None, list[dict]]:
    """Why the plain side may say the same thing after all (or None), with the word it may
    negate with. Between separately written articles (`either_language`) a denied word the other
    claim does not state is looked for in any language: there it is most often another clause of
    a long claim ("would no longer operate" / "interdire"), not a rephrased translation."""
    if (span := lexical_negation_cue(plain.sentence_text, plain.lang)) and \
            lexical_negation_count(plain.sentence_text, plain.lang) >= negation_count(negated_claim.text, negated_claim.lang):
        # "unbeaten" / "nog geen nederlaag"; a word explains one negation, not two ("poco probabile" /
        # "the car that didn't hit him isn't likely to": DEMETR dev)
        cue = _sentence_cue(plain, *span)
        return f"; the other side may negate with a word ({_quoted(cue.text)})", [_cue_record(plain, cue)]
    if len(negated_claim.sentence_text) > len(plain.sentence_text) and (span := negation_cue(around, plain.lang)):
        # The neighbouring sentence is not shown with the finding: the word is named, not marked.
        cue = Cue(around[span[0]:span[1]], None, None, "negation")
        return (f"; the negation may sit in the neighbouring sentence ({_quoted(cue.text)}): the other article "
                "may have split one sentence in two",
                [_cue_record(plain, cue)])
    if span := one_word_negation(negated_claim.text, negated_claim.lang):
        # "produits non testés sur les animaux" / "productos respetuosos con los animales"
        return (f"; the negation bears on one word ({_quoted(negated_claim.text[span[0]:span[1]])}), which a "
                "translation may render by a prefix or a word of opposite meaning"), []
    if (span := litotes(negated_claim.text, negated_claim.lang)) and not ease_word(plain.sentence_text, plain.lang):
        # "niet makkelijk maken" / "das Spiel verderben": a negated word of ease says the opposite
        # quality, which the other side states plainly; a word of ease there ("easy") is a flip.
        return (f"; {_quoted(negated_claim.text[span[0]:span[1]])} is a litotes (= hard), which a translation "
                "may state by the opposite quality"), []
    denied = _scope_words(negated_claim.text, negated_claim.lang, _negation_cues(negated_claim.lang))
    if denied and (either_language or _dictionary_can_rule_out(denied, negated_claim, plain)) and not _stated_in(denied, negated_claim.lang, plain):
        # "L'intérêt n'a pas faibli" / "Interest remained high": what is denied is not said on
        # the other side, so the translation most likely rephrased the negation.
        why = "the claims may state different things" if either_language else "the negation may be rephrased"
        return f"; “{denied[0]}” has no counterpart on the other side: {why}", []
    return None, []


def _dictionary_can_rule_out(denied: list[str], negated_claim: Claim, plain: Claim) -> bool:
    """Whether "the plain side does not state the denied words" is as sure as the dictionaries allow.
    Against an English side, yes. Between two other languages both go through the dictionaries'
    English senses (NTREX dev, both sides negated: the denied word not found 39% of the time, 33%
    against English), so the denied words need more than one sense between them: a word with one
    ("consiguió" -> succeed) is more likely missing senses than rephrased. Not an English negation
    against another language: looking English words up backwards missed real flips (DEMETR dev
    negation recall 0.82 -> 0.62)."""
    if plain.lang == "en":
        return True
    return negated_claim.lang != "en" and len({s for w in denied for s in _senses(w, negated_claim.lang)}) >= MIN_SENSES_TO_RULE_OUT


# --- the words a stance rests on: named in the message, marked in the sentences -------------


def _cue_records(claim: Claim, negation: bool) -> list[dict]:
    """The claim's negation cue, or its modality cue, as evidence."""
    return [_cue_record(claim, cue) for cue in claim.cues if (cue.signals == "negation") == negation]


def _cue_record(claim: Claim, cue: Cue) -> dict:
    return {"claim": claim.id, "text": cue.text, "start": cue.start, "end": cue.end, "signals": cue.signals}


def _sentence_cue(claim: Claim, start: int, end: int) -> Cue:
    """A negation found in the claim's sentence (offsets into it), placed in the document."""
    at = claim.sentence_text.find(claim.text)
    place = (claim.start - at + start, claim.start - at + end) if at >= 0 else (None, None)
    return Cue(claim.sentence_text[start:end], *place, "negation")


def _quoted(text: str) -> str:
    return f"“{' '.join(text.split())}”"


def _negation_named(claim: Claim) -> str:
    """"“nooit” (never) negates nl:19": the word, with its English sense when written in another language."""
    cue = next((cue for cue in claim.cues if cue.signals == "negation"), None)
    if cue is None:
        return f"{claim.id} is read as negated (no single word to point at)"  # a claim built without cues
    senses = _senses(cue.text.lower(), claim.lang) if claim.lang != "en" else ()
    sense = f" ({senses[0]})" if senses and senses[0].lower() != cue.text.lower() else ""
    return f"{_quoted(cue.text)}{sense} negates {claim.id}"


def _stance_named(claim: Claim) -> str:
    """"“would” (conditional)", or the bare label where no word marks it ("asserted")."""
    cue = next((cue for cue in claim.cues if cue.signals == claim.modality), None)
    return f"{_quoted(cue.text)} ({claim.modality})" if cue else claim.modality


def check_modality(left: Claim, right: Claim, pair: Pair, siblings: Siblings) -> list[Finding]:
    labels = {left.modality, right.modality}
    if len(labels) == 1:
        return []
    evidence = _evidence(left, right, "modality", left.modality, right.modality,
                         cues=_cue_records(left, negation=False) + _cue_records(right, negation=False))
    message = f"{_stance_named(left)} vs {_stance_named(right)}"
    if labels & CERTAIN and labels & UNCERTAIN:
        hedged_claim, certain = (left, right) if left.modality in UNCERTAIN else (right, left)
        return _hedge_finding(left, right, hedged_claim, certain, pair, siblings, evidence, message)
    if "conditional" in labels and labels & CERTAIN:
        conditional, certain = (left, right) if left.modality == "conditional" else (right, left)
        if written_separately(pair) and hearsay_conditional(conditional.sentence_text, conditional.lang):
            # "según las primeras informaciones, habría dos víctimas" against the official toll
            return _hedge_finding(left, right, conditional, certain, pair, siblings, evidence,
                                  message + " (a conditional of hearsay)", _hearsay_words(conditional))
        if pair.score >= STRONG_PAIR:
            return [_finding("modality_mismatch", "info", left, right, message + " (may be reported speech)", evidence,
                             confidence=DOUBTED_CONFIDENCE)]
    return []


def _hedge_finding(left: Claim, right: Claim, hedged: Claim, certain: Claim, pair: Pair, siblings: Siblings,
                   evidence: dict, message: str, words: list[str] | None = None) -> list[Finding]:
    """`words`: what the hedge bears on (by default the first content word after a hedge cue)."""
    words = _hedged_words(hedged) if words is None else words
    around = siblings.around_right if certain is right else siblings.around_left
    judged = _hedge_severity(hedged, certain, around, pair, words)
    if judged is None:
        return []
    severity, note = judged
    # What a fact link may lift above info (compare/__init__.py): a hedge on words the other claim
    # states, with no doubt of its own (a note says why the hedge may not bear on them).
    evidence = {**evidence, "stated_in_other": not note and bool(words) and _stated_in(words, hedged.lang, certain, strict=True)}
    return [_finding("modality_mismatch", severity, left, right, message + note, evidence,
                     confidence=_hedge_confidence(hedged, certain, pair, words))]


def _hedged_word_stated(hedged: Claim, certain: Claim, words: list[str]) -> bool:
    """Whether what the hedge bears on is stated by the other claim, as a word or a word of the
    same role ("víctimas" / "mort"); true when there is no such word or the dictionaries cannot tell."""
    return not words or _stated_in(words, hedged.lang, certain) or _same_role_word(words, hedged.lang, certain)


HEARSAY_SCOPE = 2  # content words after a conditional of hearsay: what it reports ("dos víctimas mortales")


def _hearsay_words(claim: Claim) -> list[str]:
    """The content words after the conditional, figures left out: what the hearsay reports."""
    cue = _whole_words_of(MODALITY["conditional"][claim.lang]).search(claim.text)
    after = re.findall(r"[^\W\d][\w'’-]*", claim.text[cue.end():]) if cue else []
    return [w for w in after if parse_words(w, claim.lang) is None and _denied_word(w, claim.lang, _NO_CUE)][:HEARSAY_SCOPE]


def hedge_stated_by(hedged: Claim, other: Claim) -> str | None:
    """The word a hedge bears on ("auraient aussi été retrouvés": retrouvés) when the other claim
    itself states it ("An AK-47 was found"), through the dictionaries; else None."""
    words = _hedged_words(hedged)
    return words[0] if words and _stated_in(words, hedged.lang, other, strict=True) else None


def _hedged_words(hedged: Claim) -> list[str]:
    cues = _uncertain_cues(hedged.lang)
    return _scope_words(hedged.text, hedged.lang, cues) if cues else []


def _uncertain_cues(lang: str) -> str:
    return "|".join(MODALITY[stance][lang] for stance in UNCERTAIN if lang in MODALITY[stance])


def _hedge_confidence(hedged: Claim, certain: Claim, pair: Pair, words: list[str]) -> float:
    """The length balance of the two claims (a long claim may hedge a part the short one leaves
    out), unless, between separately written articles, the long claim is the hedged one and the
    short claim itself states the word its hedge bears on ("it is very likely that there will not
    be any survivors" / "no hay supervivientes"): then the hedge is on what both claims say.
    Translations keep the length balance: applied to them, NTREX test warnings rose 67 -> 75."""
    balance = length_balance(hedged, certain)
    if balance == 1.0 or len(hedged.text) <= len(certain.text) or not written_separately(pair):
        return balance
    return 1.0 if words and _stated_in(words, hedged.lang, certain, strict=True) else balance


def _negation_cues(lang: str) -> str:
    return NEGATION[lang] + (r"|\w+n['’]t" if lang == "en" else "")  # "didn't", "wasn't"


def _scope_words(text: str, lang: str, cue_pattern: str, count: int = SCOPE_WORDS) -> list[str]:
    """What a negation denies: the first content words after each cue ("did not
    *run*", "n'a pas *faibli*", "nicht *erreichen*"); when nothing follows ("de regering steunt
    het niet"), every content word before it, since the verb may be anywhere there."""
    cue, cues_in_text = _scope_patterns(lang, cue_pattern)
    scope: list[str] = []
    for match in cues_in_text.finditer(text):
        after = WORD.findall(text, match.end())
        before = WORD.findall(text, 0, match.start())
        following = [w for w in after if _denied_word(w, lang, cue)][:count]
        scope += following or [w for w in before if _denied_word(w, lang, cue)]
    return scope


@lru_cache(maxsize=None)
def _scope_patterns(lang: str, cue_pattern: str) -> tuple[re.Pattern, re.Pattern]:
    """The words a scope skips, and the cues as they stand in a text; compiled once, not per claim."""
    # Modal and auxiliary verbs are skipped with the cues: "no podía ser" denies "ser"; so is the
    # second particle of a negation ("n'était jamais réélu" denies "réélu").
    particles = [SECOND_PARTICLE[lang][1]] if lang in SECOND_PARTICLE else []
    skipped = re.compile(rf"(?:{'|'.join([cue_pattern, _modal_verbs(lang), *particles])})", re.I)
    # An elided cue ends in its apostrophe and runs into its verb ("n'avait été relevé").
    return skipped, re.compile(rf"(?<![\w'’])(?:{cue_pattern})(?:(?<=['’])|(?![\w'’]))", re.I)


@lru_cache(maxsize=None)
def _modal_verbs(lang: str) -> str:
    # Not the future or conditional: in French, Spanish and Italian those are verb endings.
    return "|".join(MODALITY[stance][lang] for stance in ("obligation", "possibility", "ability") if lang in MODALITY[stance])


def _denied_word(word: str, lang: str, cue: re.Pattern) -> bool:
    """Not a cue itself, nor a function word: in English not a stopword, elsewhere a word whose
    main (first) dictionary sense is not made of stopwords ("sie" -> she, "era" -> was)."""
    if cue.fullmatch(word) or len(word) < 3 or word.lower() in ENGLISH_STOPWORDS:
        return False
    senses = _senses(word, lang)
    return not senses or any(w not in ENGLISH_STOPWORDS for w in senses[0].lower().split())


def _stated_in(words: list[str], lang: str, other: Claim, strict: bool = False) -> bool:
    """Does the other claim's sentence say one of the words: as written, in a dictionary sense
    of its words, or by a word the dictionary translates so ("gespielt" for "played")? Also
    true when the dictionaries cannot tell (a word they do not know): then nothing is ruled out.
    `strict`: only the claim itself, and only what the dictionaries find."""
    forms = {form for word in words for form in _english_forms(word, lang)}
    by_source = _source_words_for(tuple(sorted(forms)), other.lang)
    if (lang != "en" and not any(_senses(word, lang) for word in words)) or (other.lang != "en" and not by_source):
        return not strict
    if strict:
        other = replace(other, sentence_text=other.text, translation=None)
    vocabulary = _sentence_vocabulary(other)
    if any(_cognate(form, candidate) for form in forms for candidate in vocabulary):
        return True
    written = {w for word in re.findall(r"\w+", other.sentence_text.lower()) for w in (word, _lemma(word, other.lang))}
    return bool(written & by_source)


@lru_cache(maxsize=20_000)
def _source_words_for(english: tuple[str, ...], lang: str) -> frozenset[str]:
    """Headwords of the language's dictionary with one of these English words in a sense."""
    if lang == "en":
        return frozenset()
    index = _reverse_lexicon(lang)
    return frozenset(word for form in english for word in _headwords(index.get(form)))


def _headwords(stored: bytes | None) -> tuple[str, ...]:
    return marshal.loads(stored) if stored is not None else ()


@lru_cache(maxsize=None)
def _reverse_lexicon(lang: str) -> Mapping[str, bytes]:
    """English word -> the headwords whose senses use it (marshalled). Built once per installed
    lexicon (German: ~0.3-0.5 s) and kept in the cache directory as a table that is asked one word
    at a time (factcheck/wordtable.py): the 246-article batch asks it 2-21 words per language,
    and reading the whole index back cost every process ~0.1 s for German alone."""
    from ..cachefile import compiled_cache_dir, prune_family
    from ..translate.lexicon import load_lexicon
    from ..wordtable import open_word_table

    lexicon = load_lexicon(lang)
    path = compiled_cache_dir() / f"reverse-lexicon-{lang}-{lexicon.data_hash}.sqlite"

    def built() -> dict[str, bytes]:
        prune_family(path, f"reverse-lexicon-{lang}-*.sqlite")
        return {english: marshal.dumps(words) for english, words in _reverse_lexicon_built(lexicon).items()}

    return open_word_table(path, built)


def _reverse_lexicon_built(lexicon) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word, senses in lexicon.entries.items():
        for english in {w for sense in senses for w in sense.lower().split()}:
            index.setdefault(english, []).append(word)
    return {english: tuple(words) for english, words in index.items()}


def _english_forms(word: str, lang: str) -> list[str]:
    senses = [w for sense in _senses(word, lang) for w in _name_words(sense) if w not in ENGLISH_STOPWORDS]
    forms = _name_words(word) + senses
    return forms + [_lemma(form, "en") for form in forms]


def _sentence_vocabulary(claim: Claim) -> list[str]:
    words = _name_words(f"{claim.sentence_text} {claim.translation or ''}")
    # Looked up as written: folding accents first would lose "kämpfen" -> fight.
    written = set(re.findall(r"\w+", claim.sentence_text.lower()))
    senses = [w for word in written for sense in _senses(word, claim.lang) for w in _name_words(sense)]
    return words + senses + [_lemma(word, "en") for word in words + senses]


def _hedge_severity(hedged: Claim, certain: Claim, around: str, pair: Pair, words: list[str]) -> tuple[str, str] | None:
    """(severity, note) of a hedge only one side has, or None when the other side hedges too."""
    if _ability_only(hedged):
        return None  # "can be heard" / "se oye": translators add and drop ability freely
    if _hedges(certain.sentence_text, certain.lang):
        return None  # the hedge sits in a clause of the other sentence this claim leaves out, or a verb of seeming renders it
    if hedged.modality == "possibility" and (word := possibility_word(certain.sentence_text, certain.lang)):
        return "info", f" (the other sentence names the possibility or a forecast: “{word}”)"
    if not written_separately(pair) and hedged.modality == "hedged" and (word := _reported_by(certain)):
        # "según medios locales" / "local press reported": two renderings of one source's report.
        # Not between separately written articles, where "offenbar" against what the authorities
        # said is a difference of sourcing (comparable news dev, Germanwings).
        return "info", f" (the other sentence reports it too: “{word}”)"
    if certain.modality in EXPLICIT_CERTAIN and certain.modality in stances(hedged.text, hedged.lang):
        # "zal … regen … en mogelijk aardverschuivingen veroorzaken" / "will cause … landslides":
        # both state the claim in the future; the hedge bears on a part ("possible landslides")
        return "info", f" (both state it as {certain.modality}; the hedge may bear on a part of it)"
    if len(hedged.sentence_text) > len(certain.sentence_text) and _hedges(around, certain.lang):
        return "info", " (the hedge may sit in the neighbouring sentence)"
    if not written_separately(pair) and (word := evidential_hedge(hedged.text, hedged.lang)):
        # "Blijkbaar is hij benoemd" / "he has been named": evident or seeming, the word reads both ways
        return "info", f" (hedged only by “{word}”, which also reads as “evidently”)"
    if not written_separately(pair) and hedged_by_form_only(hedged.text, hedged.lang):
        # One translation's conditional ("auraient aperçu") against another's plain past: the form
        # is read as hearsay, but a translator may use it for plain reported speech.
        return "info", " (hedged only by a conditional verb form)"
    if not written_separately(pair) and (word := _rephrased_possibility(hedged, certain)):
        # "podría tocar tierra" / "arriva sulla costa": the translator said it with other words, and
        # the modal may belong to that wording, as a negation may (`_rephrased_negation`).
        return "info", f" (“{word}” has no counterpart on the other side: the hedge may come with a rephrasing)"
    if written_separately(pair) and not _hedged_word_stated(hedged, certain, words):
        # Two outlets' claims around one fact: a hedge on something the other claim does not
        # state ("it is very likely that there will not be any survivors") hedges another statement.
        return "info", " (the hedged statement has no counterpart in the other claim)"
    # On a loose pair, or next to a much longer claim, a different stance is more likely a
    # different statement.
    partial = len(hedged.text) > PARTIAL_CLAIM * len(certain.text) and _hedge_confidence(hedged, certain, pair, words) < 1.0
    return ("warning" if _confident_one_to_one(pair) and not partial else "info"), ""


def _rephrased_possibility(hedged: Claim, certain: Claim) -> str | None:
    """Between translations, the word a possibility bears on when the other claim states none of
    what it bears on (its verb and the next content word: "podría *tocar* *tierra*"), as
    far as the dictionaries can rule that out (as for a rephrased negation); else None."""
    if hedged.modality != "possibility":
        return None
    words = _scope_words(hedged.text, hedged.lang, _uncertain_cues(hedged.lang), REPHRASED_HEDGE_SCOPE)
    if not words or not _dictionary_can_rule_out(words, hedged, certain) or _stated_in(words, hedged.lang, certain):
        return None
    return words[0]


def _reported_by(claim: Claim) -> str | None:
    """The speaker or the word by which the claim's sentence reports it ("meldde de lokale pers")."""
    if claim.attribution is not None:
        return claim.attribution.text or claim.attribution.source
    return reported_word(claim.sentence_text, claim.lang)


def _ability_only(claim: Claim) -> bool:
    """Is the claim's stance an ability ("can be heard")? Read on the word it was read from, which
    may sit in the attribution set before the claim ("Volgens de wet kunnen …, goederen …")."""
    cue = next((cue for cue in claim.cues if cue.signals == claim.modality), None)
    return ability_only(cue.text if cue else claim.text, claim.lang)


def _hedges(text: str, lang: str) -> bool:
    """Does the sentence itself not assert plainly: a hedge, a possibility or a verb of seeming?"""
    return bool(stances(text, lang) & UNCERTAIN) or seeming(text, lang)
