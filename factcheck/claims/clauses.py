"""Split a sentence into clause-level claims and set attribution ("X said") aside.

This is our own craft: no offline library does clause splitting for six languages. The rules
are deliberately conservative: a split happens only at a clear boundary (";", a colon between
two clauses, a coordinating or causal conjunction, the main verb after a fronted Dutch/German
subordinate clause) and only when both sides are long enough to stand as a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_CLAUSE_WORDS = 4

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
    "en": r"said|says|told|stated|added|announced|wrote|explained",
    "nl": r"zei|zegt|zeggen|zeiden|meldt|meldde|liet weten|laat weten|stelt|stelde|schrijft|schreef",
    "de": r"sagte|sagt|erklärte|erklärt|teilte mit|schrieb|betonte",
    "fr": r"a déclaré|a dit|a affirmé|a indiqué|a expliqué|déclare|affirme|a annoncé|a écrit",
    "es": r"dijo|afirmó|declaró|explicó|señaló|anunció|aseguró|indicó",
    "it": r"ha detto|ha dichiarato|ha affermato|ha spiegato|ha annunciato|ha scritto",
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
COMPLEMENTIZERS = re.compile(r"^\s*(?:that|dat|dass|que|qu['’]|che)\b", re.I)
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
    for cut, resume in cuts:
        left = segment[cursor:cut]
        if _word_count(left) >= MIN_CLAUSE_WORDS and _word_count(segment[resume:]) >= MIN_CLAUSE_WORDS:
            spans.append((cursor, cut))
            cursor = resume
    spans.append((cursor, len(segment)))
    trimmed = [_trim(sentence, start + s, start + e) for s, e in spans]
    # A claim needs a word: a lone ";" trims to nothing, and a "***" separator claims nothing
    # (it would only show up as a bogus omission).
    return [(s, e) for s, e in trimmed if re.search(r"\w", sentence[s:e])]


def _boundary_cuts(text: str, lang: str):
    """Yield (cut, resume): the left clause ends at `cut`, the right one starts at `resume`."""
    for match in re.finditer(r"\s*[;]\s+|\s*:\s+(?=\S)", text):
        yield match.start(), match.end()
    comma = COMMA_CONJUNCTIONS.get(lang)
    if comma:
        for match in re.finditer(rf",\s+(?:{comma})\s+", text, re.I):
            yield match.start(), match.start() + 1 + _leading_ws(text, match.start() + 1)
    bare = BARE_CONJUNCTIONS.get(lang)
    if bare:
        for match in re.finditer(rf"(?<=[\w”’\"])\s+(?:{bare})\s+", text, re.I):
            if NO_SPLIT_BEFORE.search(text[: match.start()]):
                continue
            yield match.start(), match.start() + _leading_ws(text, match.start())
    yield from _fronted_subordinate_cut(text, lang)


def _fronted_subordinate_cut(text: str, lang: str):
    subordinators, finite = SUBORDINATORS.get(lang), FINITE_THEN_SUBJECT.get(lang)
    if not subordinators or not re.match(rf"\s*(?:\w+\s+)?(?:{subordinators})\b", text, re.I):
        return
    match = re.search(rf"(?<=\w)[\s,]+(?={finite})", text[1:], re.I)
    if match:
        yield match.start() + 1, match.end() + 1


def _leading_ws(text: str, index: int) -> int:
    return len(text[index:]) - len(text[index:].lstrip())


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and dangling punctuation, keep closing quotes balanced enough."""
    while start < end and (sentence[start].isspace() or sentence[start] in ",;:"):
        start += 1
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ",;:"):
        end -= 1
    return start, end


def _strip_attribution(sentence: str, lang: str) -> tuple[int, int, str | None, str | None]:
    """Find "…, X said (Monday)." / "…, said X." / "According to X, …" and cut it off the claim."""
    say, according = SAY.get(lang), ACCORDING_TO.get(lang)
    if not say:
        return 0, len(sentence), None, None
    trailing = re.search(
        rf"[,”\"]\s*(?P<who>{SPEAKER})\s+(?:{say})\b(?P<rest>[^,;:]*?)[.!?]?[”\"]?\s*$"
        rf"|,\s*(?:{say})\s+(?P<who2>{SPEAKER})[.!?]?\s*$",
        sentence,
        re.I,
    )
    if (trailing and _word_count(sentence[: trailing.start()]) >= MIN_CLAUSE_WORDS and _plausible_attribution(trailing)
            and not _starts_clause(trailing.group("who") or "", lang)):
        who = (trailing.group("who") or trailing.group("who2") or "").strip(" ”\"")
        end = trailing.start() + (1 if sentence[trailing.start()] in "”\"" else 0)
        return 0, end, _speaker(who), sentence[trailing.start():].strip(" ,.")
    leading = re.match(rf"\s*(?:{according})\s+(?P<who>{SPEAKER})\s*,\s*", sentence, re.I) if according else None
    if not leading and lang in ("nl", "de"):
        # No comma: "Volgens Marty Beard van het bedrijf zit er ..." (the verb follows the speaker).
        leading = re.match(rf"\s*(?:{according})\s+(?P<who>{NAMED_SPEAKER})\s+", sentence, re.I)
    if leading and _word_count(leading.group("who")) > MAX_SPEAKER_WORDS and lang in ("nl", "de"):
        # "Laut Giles gibt es … 203 Haiarten, die …": the comma closes a clause, not the speaker.
        leading = re.match(rf"\s*(?:{according})\s+(?P<who>{NAMED_SPEAKER})\s+", sentence, re.I)
    if leading and _word_count(leading.group("who")) <= MAX_SPEAKER_WORDS:
        return leading.end(), len(sentence), _speaker(leading.group("who")), leading.group(0).strip(" ,")
    return 0, len(sentence), None, None


def _plausible_attribution(match: re.Match) -> bool:
    """A short speaker, and after the verb at most a short adjunct, not the reported clause."""
    who = match.group("who") or match.group("who2") or ""
    rest = match.group("rest") or ""
    return (_word_count(who) <= MAX_SPEAKER_WORDS and _word_count(rest) <= MAX_ADJUNCT_WORDS
            and not COMPLEMENTIZERS.match(rest))


def _starts_clause(who: str, lang: str) -> bool:
    """", while only 12 percent said the same about the mayor": a "speaker" that opens with a
    conjunction is a clause of its own, with its own content, not an attribution."""
    return re.match(rf"\s*(?:{COMMA_CONJUNCTIONS[lang]})\b", who, re.I) is not None


def _speaker(who: str) -> str:
    return re.sub(r"\s+", " ", who).strip(" ,“”\"'")
