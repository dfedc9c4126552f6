"""Split a sentence into clause-level claims and set attribution ("X said") aside.

This is our own craft: no offline library does clause splitting for six languages. The rules
are deliberately conservative: a split happens only at a clear boundary (";", a colon between
two clauses, a coordinating or causal conjunction, the main verb after a fronted Dutch/German
subordinate clause) and only when both sides are long enough to stand as a claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..lazyre import compiled
from ._time_meanings import case_free, case_simple, lowered

MIN_CLAUSE_WORDS = 4
WORD = re.compile(r"\w+")
LEADING_SPACE = re.compile(r"\s*")

# Conjunctions that start a new clause. Those marked by a comma are safer, so a bare
# conjunction splits only for contrast/cause words (not "and", which joins noun phrases).
COMMA_CONJUNCTIONS = {
    "en": r"but|and|while|whereas|although|because|so",
    "nl": r"maar|en|terwijl|omdat|want|hoewel|nadat|zodat",
    "de": r"aber|und|doch|während|weil|denn|obwohl|nachdem|sodass",
    "fr": r"mais|et|tandis que|alors que|car|parce que|bien que",
    "es": r"pero|y|mientras|porque|aunque|ya que",
    "it": r"ma|e|mentre|perché|anche se|poiché",
}
BARE_CONJUNCTIONS = {
    "en": r"but|because|whereas",
    "nl": r"maar|omdat|nadat|terwijl",
    "de": r"aber|weil|nachdem|während",
    "fr": r"mais|parce que|tandis que",
    "es": r"pero|porque|mientras que",
    "it": r"ma|perché|mentre",
}
# "no choice but to leave": the conjunction is part of an idiom, not a clause boundary.
NO_SPLIT_BEFORE = re.compile(r"\b(?:no choice|no option|nothing|anything|niets anders|keine wahl|rien d'autre)$", re.I)
NO_SPLIT_REACH = 20  # characters before the conjunction that NO_SPLIT_BEFORE reads (its longest idiom, and more)
# Dutch/German: "Hoewel X ... heeft het land ..." - the fronted subordinate clause ends where
# the finite verb of the main clause is followed by its subject.
SUBORDINATORS = {
    "nl": r"hoewel|omdat|nadat|toen|terwijl|als|zodra|voordat|doordat",
    "de": r"obwohl|weil|nachdem|als|während|wenn|sobald|bevor|da",
}
FINITE_THEN_SUBJECT = {
    "nl": r"(?:heeft|hebben|had|hadden|is|zijn|was|waren|wordt|werd|zal|zullen|kan|kon|moet|moest|gaat|ging)"
    r"\s+(?:het|de|een|ze|hij|zij|we|wij|er|men|dit|dat)\b",
    "de": r"(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|wurde|kann|konnte|muss|musste)"
    r"\s+(?:das|der|die|ein|eine|er|sie|es|wir|man|dies)\b",
}

SAY = {
    "en": r"said|says|told|stated|has said|have said|has stated|have stated|added|announced|wrote|explained",
    "nl": r"zei|zegt|zeggen|zeiden|meldt|meldde|melden|liet weten|laat weten|stelt|stelde|schrijft|schreef|verklaarde",
    "de": r"sagte|sagt|sagten|erklärte|erklärt|erklärten|teilte mit|schrieb|betonte|berichtete",
    "fr": r"a déclaré|a dit|a affirmé|a indiqué|a expliqué|déclare|affirme|a annoncé|a écrit"
    r"|ont déclaré|ont dit|ont affirmé|ont indiqué|ont annoncé|a précisé|ont précisé|a assuré|ont assuré",
    "es": r"dijo|dijeron|afirmó|afirmaron|declaró|declararon|explicó|señaló|señalaron|anunció|aseguró|indicó|informó"
    r"|ha dicho|han dicho|ha afirmado|ha declarado",
    "it": r"ha detto|hanno detto|ha dichiarato|hanno dichiarato|ha affermato|hanno affermato|ha spiegato"
    r"|ha annunciato|ha scritto|ha riferito|hanno riferito|ha precisato|ha assicurato|hanno assicurato",
}
# The day a statement was made, between a verb of saying and the speaker who follows it ("…, a indiqué
# mardi l'Office fédéral …", "…, ha detto ieri la ministra …"): it dates the statement, it is no speaker.
SAY_WHEN = {
    "en": r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)",
    "nl": r"(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vandaag)",
    "de": r"(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute)",
    "fr": r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)(?:\s+(?:matin|soir))?",
    "es": r"(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy)",
    "it": r"(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi)(?:\s+(?:mattina|sera))?",
}
# "…, wie die WHO am Dienstag mitteilte.", "…, zoals de politie meldde.", "…, as the minister said.": a
# clause "as X said" credits the sentence to X; German and Dutch put the verb last there, a form the SAY
# lists (main clauses: "teilte mit") lack.
AS_SAID = {
    "en": (r"as", r"said|stated|told|explained|announced|reported|wrote"),
    "nl": (r"zoals", r"zei|zeiden|meldde|meldden|verklaarde|verklaarden|schreef|schreven|liet weten|lieten weten"),
    "de": (r"wie", r"sagte|sagten|mitteilte|mitteilten|erklärte|erklärten|erläuterte|erläuterten|betonte|berichtete"
           r"|berichteten|bekanntgab|bekanntgaben|schrieb|ergänzte"),
}
# Verbs of saying after which English drops "that" ("DGAC said air traffic controllers initiated …").
SAY_WITHOUT_THAT = {"en": r"said|says|stated|has said|has stated|added"}
# What opens the reported clause after a leading "X said": a complementizer ("dat", "que", Italian "di"
# before an infinitive), or a comma or colon.
REPORTED_CLAUSE = {
    "en": r"that", "nl": r"dat", "de": r"dass|daß", "fr": r"que|qu['’]", "es": r"que", "it": r"che|di",
}
# "Am Montag sagte der Sprecher, …": in Dutch and German a subject after the verb means the words before
# it were no speaker but a fronted adjunct.
INVERTED_SUBJECT = {
    "nl": r"de|het|een|hij|zij|ze|men|die|deze",
    "de": r"der|die|das|ein|eine|er|sie|man|dieser|diese",
}
# Adverbs between a leading speaker and the verb ("It also said …").
SAY_ADVERBS = {
    "en": r"also|later|earlier|previously|further", "nl": r"ook|later|eerder", "de": r"auch|später|zuvor|außerdem",
    "es": r"también|además", "it": r"anche|inoltre",
}
# Auxiliaries of a compound verb of saying the SAY lists give without them ("has announced").
SAY_AUXILIARIES = {"en": r"has|have|had"}
MAX_OBJECT_WORDS = 4  # "told reporters on Monday that"; more is a clause ("said the extremists opened fire … and that")
MAX_APPOSITION_WORDS = 8  # "chief operating officer at BlackBerry", "in a posting on the official BlackBerry site"
# Prepositions that open an adjunct after a trailing speaker ("…, a indiqué X, dans un communiqué"), as
# against an apposition that describes the speaker ("…, said John Smith, the firm's spokesman").
ADJUNCT_PREPOSITIONS = {
    "en": r"in|on|at|during|from|to|with|after|before|via",
    "nl": r"in|op|tijdens|aan|bij|na|voor|met|via|tegen",
    "de": r"in|im|am|auf|bei|beim|nach|vor|mit|während|gegenüber|laut",
    "fr": r"dans|à|au|aux|lors|en|sur|devant|après|avant|auprès|par",
    "es": r"en|a|al|durante|ante|tras|con|por",
    "it": r"in|a|al|alla|durante|nel|nella|davanti|dopo|con|da|su",
}
ACCORDING_TO = {
    "en": r"according to",
    "nl": r"volgens",
    "de": r"laut|nach angaben von|zufolge",
    "fr": r"selon|d'après",
    "es": r"según",
    "it": r"secondo",
}
# A speaker: up to six words, no clause punctuation ("Chief Operating Officer Marty Beard").
SPEAKER = r"[^,;:.!?“”\"]{2,80}?"
MAX_SPEAKER_WORDS = 6
# What may follow "said" in a trailing attribution: a time or place ("in a blog post Monday"),
# not a reported clause ("…, said he's 100 percent certain that it didn't happen").
MAX_ADJUNCT_WORDS = 6
COMPLEMENTIZERS = re.compile(r"(?:^|\s)(?:that|dat|dass|que|qu['’]|che)\b", re.I)
# A speaker without a comma after it: a capitalised name, optionally "van/von het bedrijf",
# or a determiner and a noun ("het bedrijf").
NAMED_SPEAKER = (
    r"(?:(?-i:[A-ZÀ-Ý][\w.'-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w.'-]+))*"
    r"(?:\s+(?:van|von)\s+(?:(?:het|de|der|die|dem|den)\s+)?\w+)?"
    r"|(?:het|de|der|die|das)\s+\w+)"
)


@dataclass(frozen=True)
class Clause:
    start: int  # offsets relative to the sentence
    end: int
    attribution_source: str | None = None
    attribution_text: str | None = None


def split_clauses(sentence: str, lang: str) -> list[Clause]:
    body_start, body_end, source, attribution_text = _strip_attribution(sentence, lang)
    spans = _split_span(sentence, body_start, body_end, lang)
    return [Clause(s, e, source, attribution_text) for s, e in spans]


def _split_span(sentence: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    cuts = sorted(set(_boundary_cuts(sentence[start:end], lang)))
    spans, cursor = [], 0
    segment = sentence[start:end]
    words = _WordIndex(segment)
    for cut, resume in cuts:
        if words.count(cursor, cut) >= MIN_CLAUSE_WORDS and words.count(resume, len(segment)) >= MIN_CLAUSE_WORDS:
            spans.append((cursor, cut))
            cursor = resume
    spans.append((cursor, len(segment)))
    trimmed = [_trim(sentence, start + s, start + e) for s, e in spans]
    # A claim needs a word: a lone ";" trims to nothing, and a "***" separator claims nothing
    # (it would only show up as a bogus omission).
    return [(s, e) for s, e in trimmed if re.search(r"\w", sentence[s:e])]


def _boundary_cuts(text: str, lang: str):
    """Yield (cut, resume): the left clause ends at `cut`, the right one starts at `resume`."""
    if ";" in text or ":" in text:  # most sentences have neither: the pattern, which opens with \s*, tries every position
        for match in re.finditer(r"\s*[;]\s+|\s*:\s+(?=\S)", text):
            yield match.start(), match.end()
    comma = COMMA_CONJUNCTIONS.get(lang)
    if comma:
        for match in compiled(rf",\s+(?:{comma})\s+", re.I).finditer(text):
            yield match.start(), match.start() + 1 + _leading_ws(text, match.start() + 1)
    bare = BARE_CONJUNCTIONS.get(lang)
    if bare:
        for match in compiled(rf"(?<=[\w”’\"])\s+(?:{bare})\s+", re.I).finditer(text):
            if NO_SPLIT_BEFORE.search(text, max(0, match.start() - NO_SPLIT_REACH), match.start()):
                continue
            yield match.start(), match.start() + _leading_ws(text, match.start())
    yield from _fronted_subordinate_cut(text, lang)


def _fronted_subordinate_cut(text: str, lang: str):
    subordinators, finite = SUBORDINATORS.get(lang), FINITE_THEN_SUBJECT.get(lang)
    if not subordinators or not compiled(rf"\s*(?:\w+\s+)?(?:{subordinators})\b", re.I).match(text):
        return
    match = compiled(rf"(?<=\w)[\s,]+(?={finite})", re.I).search(text[1:])
    if match:
        yield match.start() + 1, match.end() + 1


def _leading_ws(text: str, index: int) -> int:
    return LEADING_SPACE.match(text, index).end() - index


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


class _WordIndex:
    """Word counts of any slice of one text in O(log n): re-counting the rest of a long
    sentence at every candidate cut made clause splitting quadratic."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [match.start() for match in WORD.finditer(text)]

    def count(self, start: int, end: int) -> int:
        """Same as `_word_count(text[start:end])`: a word cut by `start` counts too."""
        if start >= end:
            return 0
        inside = start > 0 and _is_word_char(self.text[start - 1]) and _is_word_char(self.text[start])
        return bisect_left(self.starts, end) - bisect_left(self.starts, start) + inside


def _is_word_char(char: str) -> bool:
    return WORD.match(char) is not None


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and dangling punctuation, keep closing quotes balanced enough."""
    while start < end and (sentence[start].isspace() or sentence[start] in ",;:"):
        start += 1
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ",;:"):
        end -= 1
    return start, end


def _strip_attribution(sentence: str, lang: str) -> tuple[int, int, str | None, str | None]:
    """Find "…, X said (Monday)." / "…, said X(, role)." / "According to X, …" / "X(, role,) said
    (that) …" and cut it off the claim: the reported clause stays the claim's content."""
    say, according = SAY.get(lang), ACCORDING_TO.get(lang)
    if not say or not _may_hold_attribution(sentence, lang):
        return 0, len(sentence), None, None
    trailing = compiled(
        rf"[,”\"]\s*(?P<who>{SPEAKER})\s+(?:{say})\b(?P<rest>[^,;:]*?)[.!?]?[”\"]?\s*$"
        rf"|,\s*(?:{say})\s+(?:(?:{SAY_WHEN[lang]})\s+)?(?P<who2>{SPEAKER})(?P<tail>(?:,\s*{SPEAKER}){{0,2}})[.!?]?\s*$"
        rf"|,\s*(?:{according})\s+(?P<who3>{SPEAKER})[.!?]?\s*$"
        + (rf"|,\s*(?:{AS_SAID[lang][0]})\s+(?P<who4>{SPEAKER})\s+(?:{AS_SAID[lang][1]})[.!?]?\s*$" if lang in AS_SAID else ""),
        re.I,
    ).search(sentence)
    if (trailing and _word_count(sentence[: trailing.start()]) >= MIN_CLAUSE_WORDS and _plausible_attribution(trailing, lang)
            and not _starts_clause(trailing.group("who") or "", lang) and not _said_by_leading_speaker(trailing, sentence, lang)):
        who = _without_adjunct(_without_as((trailing.group("who") or trailing.group("who2") or trailing.group("who3")
                                            or trailing.groupdict().get("who4") or "").strip(" ”\""), lang), lang)
        # "…, wie die WHO am Dienstag mitteilte": read, not cut, as a leading speaker below (its words
        # "heute mitteilte" are what the other article's "said on Monday" meets).
        end = len(sentence) if trailing.groupdict().get("who4") else trailing.start() + (1 if sentence[trailing.start()] in "”\"" else 0)
        return 0, end, _speaker(who, _apposition(trailing.group("tail") or "", lang)), sentence[trailing.start():].strip(" ,.")
    leading = compiled(rf"\s*(?:{according})\s+(?P<who>{SPEAKER})\s*,\s*", re.I).match(sentence) if according else None
    if not leading and lang in ("nl", "de"):
        # No comma: "Volgens Marty Beard van het bedrijf zit er ..." (the verb follows the speaker).
        leading = compiled(rf"\s*(?:{according})\s+(?P<who>{NAMED_SPEAKER})\s+", re.I).match(sentence)
    if leading and _word_count(leading.group("who")) > MAX_SPEAKER_WORDS and lang in ("nl", "de"):
        # "Laut Giles gibt es … 203 Haiarten, die …": the comma closes a clause, not the speaker.
        leading = compiled(rf"\s*(?:{according})\s+(?P<who>{NAMED_SPEAKER})\s+", re.I).match(sentence)
    if leading and _word_count(leading.group("who")) <= MAX_SPEAKER_WORDS:
        name = _name_after_description(sentence, leading)
        end = name.end() if name else leading.end()
        return end, len(sentence), _speaker(leading.group("who"), name.group("name") if name else ""), sentence[:end].strip(" ,")
    speaker_first = _leading_speaker(sentence, lang)
    if speaker_first:
        appos = speaker_first.group("appos") or ""
        # Read, not cut: the aligner of separately written articles anchors on the claim's own words
        # ("Die Staatsanwältin Hanna Oberholzer sagte, …" / "Prosecutor Hanna Oberholzer said …").
        return 0, len(sentence), _speaker(speaker_first.group("who"), appos), sentence[: speaker_first.end()].strip(" ,:")
    return 0, len(sentence), None, None


# A person's name set off by commas: two to four capitalised words, short particles between them
# ("Marc Lejeune", "Jean de La Fontaine"); one word may be a place or the first of a list.
APPOSITIVE_NAME = re.compile(r"(?P<name>[A-ZÀ-Ý][\w.'’-]+(?:\s+(?:[a-zà-ý]{1,3}\s+)?[A-ZÀ-Ý][\w.'’-]+){1,3})\s*,\s*")


def _name_after_description(sentence: str, leading: re.Match) -> re.Match | None:
    """"Selon le bourgmestre de Visé, Marc Lejeune, aucun signe …", "According to the French President,
    François Hollande, it is …": a speaker described (lower case: an article, a title) and then named
    between commas; the name is the speaker's, not the reported clause's first words."""
    if not leading.group("who")[:1].islower():
        return None  # "Selon Nielsen, Fox News Channel, dont …": a named source, then the clause's subject
    return APPOSITIVE_NAME.match(sentence, leading.end())


def _may_hold_attribution(sentence: str, lang: str) -> bool:
    """Every attribution read above holds a verb of saying or an "according to" (`SAY`,
    `SAY_WITHOUT_THAT`, `ACCORDING_TO`): a sentence with none of them (~4 in 5) skips those
    searches, which try every length of speaker after every comma. The words are looked for in the
    lowercased sentence, several times faster than case-insensitively (see `case_simple`)."""
    return not case_simple(sentence) or _attribution_words(lang).search(lowered(sentence)) is not None


@lru_cache(maxsize=None)
def _attribution_words(lang: str) -> re.Pattern:
    words = (SAY[lang], SAY_WITHOUT_THAT.get(lang), ACCORDING_TO[lang], AS_SAID.get(lang, ("", ""))[1])
    return compiled(case_free("|".join(f"(?:{w})" for w in words if w)))


def _said_by_leading_speaker(trailing: re.Match, sentence: str, lang: str) -> bool:
    """"Marty Beard, chief operating officer at BlackBerry, said the demand was not about safety": the
    ", said X" a trailing attribution would read is the verb of a speaker who opens the sentence with an
    apposition, and X is the reported clause, not the speaker."""
    if not trailing.group("who2"):
        return False
    leading = _leading_speaker(sentence, lang)
    return leading is not None and leading.group("appos") is not None and leading.end() > trailing.start()


def _leading_speaker(sentence: str, lang: str) -> re.Match | None:
    """"The Belgian health minister stated that 11 people died", "Le porte-parole des pompiers, Pierre Meys, a
    annoncé que …", "Alcuni testimoni hanno detto di aver udito …": the speaker opens the sentence, the
    verb of saying and a complementizer, comma or colon (English: nothing) open the reported clause."""
    say, adverbs, auxiliaries = SAY[lang], SAY_ADVERBS.get(lang), SAY_AUXILIARIES.get(lang)
    head = (rf"\s*[-–—]?\s*(?P<who>{SPEAKER})(?:,\s*(?P<appos>{SPEAKER}),)?\s+"
            + (rf"(?:(?:{auxiliaries})\s+)?" if auxiliaries else "")
            + (rf"(?:(?:{adverbs})\s+)?" if adverbs else ""))
    openers = [rf"(?:{say})\b(?P<rest>[^,;:“”\"]*?)\s*,?\s*(?:{REPORTED_CLAUSE[lang]})\b\s*",
               rf"(?:{say})\b(?P<rest>[^,;:“”\"]*?)\s*[:,]\s*"]
    if lang in SAY_WITHOUT_THAT:
        openers.append(rf"(?:{SAY_WITHOUT_THAT[lang]})\s+(?P<rest>)(?=\w)")
    for opener in openers:
        match = compiled(head + opener, re.I).match(sentence)
        if match and _plausible_leading_speaker(match, sentence, lang, adjunct_only=opener is not openers[0]):
            return match
    return None


def _plausible_leading_speaker(match: re.Match, sentence: str, lang: str, adjunct_only: bool) -> bool:
    """A short speaker and adjunct without figures (a count is content: "Some 40 percent of residents said …"), at
    most a short object or adjunct after the verb ("told reporters", "am Montag"; before a bare comma or
    colon only one that opens with a preposition), and a whole clause after it."""
    who, appos, rest = match.group("who"), match.group("appos") or "", match.group("rest").strip()
    from .facets import negated

    if negated(who, lang):
        return False  # "Jersey Dairy has not announced that …": a denied statement is content
    if re.search(r"\d", who + appos + rest) or _word_count(who) > MAX_SPEAKER_WORDS or _word_count(appos) > MAX_APPOSITION_WORDS:
        return False
    if _word_count(rest) > (MAX_APPOSITION_WORDS if adjunct_only else MAX_OBJECT_WORDS) or _starts_clause(who, lang):
        return False
    first = rest.split()[0] if rest else ""
    if first and lang in INVERTED_SUBJECT and compiled(INVERTED_SUBJECT[lang], re.I).fullmatch(first):
        return False
    if first and adjunct_only and not compiled(ADJUNCT_PREPOSITIONS[lang], re.I).fullmatch(first):
        return False
    return _word_count(sentence[match.end():]) >= MIN_CLAUSE_WORDS


def _plausible_attribution(match: re.Match, lang: str) -> bool:
    """A short speaker, and after the verb at most a short adjunct, not the reported clause."""
    who = match.group("who") or match.group("who2") or match.group("who3") or match.groupdict().get("who4") or ""
    if match.group("who2"):
        # ", sagte Kantonsärztin Karin Meier am Dienstag vor den Medien": the speaker ends at its adjunct
        # (`_without_adjunct`), which may be as long as an apposition. A figure there is content, as it is
        # in a leading speaker and in the tail ("…, said the mayor on March 3": the date stays in the claim).
        speaker = _without_adjunct(who, lang)
        if _word_count(who[len(speaker):]) > MAX_APPOSITION_WORDS or re.search(r"\d", who):
            return False
        who = speaker
    rest = match.group("rest") or ""
    tail = [part for part in (match.group("tail") or "").split(",") if part.strip()]
    # ", said X, adding that …": a tail that reports a clause is content, not the speaker's title.
    # ", said Olivera Georgijevska, 79, in Skopje": an age is content too.
    short_tail = all(_word_count(part) <= MAX_APPOSITION_WORDS and not COMPLEMENTIZERS.search(part)
                     and not re.search(r"\d", part) for part in tail)
    # ", ha detto che il governo cadrà", ", dijo que …": a verb of saying that opens a reported clause
    # has its speaker before it; what follows is content.
    return (_word_count(who) <= MAX_SPEAKER_WORDS and _word_count(rest) <= MAX_ADJUNCT_WORDS
            and not COMPLEMENTIZERS.match(rest) and not COMPLEMENTIZERS.match(who) and short_tail)


def _starts_clause(who: str, lang: str) -> bool:
    """", while only 12 percent said the same about the mayor": a "speaker" that opens with a
    conjunction is a clause of its own, with its own content, not an attribution."""
    return compiled(rf"\s*(?:{COMMA_CONJUNCTIONS[lang]})\b", re.I).match(who) is not None


def _without_as(who: str, lang: str) -> str:
    """"…, as the minister said": the speaker is "the minister" (`AS_SAID`)."""
    opening = compiled(rf"(?:{AS_SAID[lang][0]})\s+", re.I).match(who) if lang in AS_SAID else None
    return who[opening.end():] if opening else who


def _without_adjunct(who: str, lang: str) -> str:
    """"sagte City-Manager X gegenüber Reportern", "informó X a la CNN": the speaker ends before a preposition."""
    match = compiled(rf"\s(?:{ADJUNCT_PREPOSITIONS[lang]})\s", re.I).search(who)
    return who[: match.start()] if match else who


def _apposition(tail: str, lang: str) -> str:
    """", directrice générale de BlackBerry, dans un communiqué": the first part after a trailing speaker
    describes the speaker unless it opens with a preposition (an adjunct)."""
    parts = [part.strip() for part in tail.split(",") if part.strip()]
    if parts and not compiled(rf"(?:{ADJUNCT_PREPOSITIONS[lang]})\b", re.I).match(parts[0]):
        return parts[0]
    return ""


def _speaker(who: str, apposition: str = "") -> str:
    """The speaker, with its apposition after a comma ("Le porte-parole des pompiers, Pierre Meys")."""
    clean = re.sub(r"\s+", " ", who).strip(" ,“”\"'")
    apposition = re.sub(r"\s+", " ", apposition).strip(" ,“”\"'")
    return f"{clean}, {apposition}" if apposition else clean
