"""Claims stage: sentences -> atomic clause-level claims with facets.

Facets are extracted once per sentence (time expressions need the whole sentence for context)
and then handed to the clause that contains them; text set aside as attribution ("…, Beard
said Monday") is not part of any claim, so "Monday" there is not taken as the claim's time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..model import Attribution, Claim, Cue, Document, Entity, Quantity, Sentence, TimeExpr
from . import facets
from .addresses import hidden
from .clauses import split_clauses
from .numbers import clock_readings, extract_numbers
from .titles import office_title
from .times import calendar_spans, extract_times


def extract_claims(doc: Document, sentences: list[Sentence]) -> list[Claim]:
    doc_names = facets.names_in_document([hidden(s.text) for s in sentences], doc.lang)
    claims: list[Claim] = []
    for sentence in sentences:
        claims.extend(_claims_of_sentence(doc, sentence, doc_names, first_number=len(claims) + 1))
    return claims


def _claims_of_sentence(doc: Document, sentence: Sentence, doc_names: set[str], first_number: int) -> list[Claim]:
    # Times, figures and names are read with web and e-mail addresses blanked out (addresses.py):
    # "…/2024/03/fire-45-boats" states no value. Same length, so every offset holds.
    scanned = replace(sentence, text=hidden(sentence.text))
    local_times = extract_times(scanned.text, doc.lang, doc.published)
    local_numbers = clock_readings(extract_numbers(scanned.text, doc.lang, exclude=calendar_spans(local_times)), local_times,
                                   scanned.text, doc.lang)
    times = [_shift(t, sentence.start) for t in local_times]
    numbers = [_shift(n, sentence.start) for n in local_numbers]
    claims = []
    for offset, clause in enumerate(split_clauses(sentence.text, doc.lang)):
        start, end = sentence.start + clause.start, sentence.start + clause.end
        text = doc.text[start:end]
        negation, stance = _stance_cues(text, start, clause, sentence, doc.lang)
        claims.append(
            Claim(
                id=f"{doc.id}:{first_number + offset}",
                doc=doc.id,
                lang=doc.lang,
                text=text,
                start=start,
                end=end,
                sentence=sentence.index,
                paragraph=sentence.paragraph,
                sentence_text=sentence.text,
                times=_starting_within(times, _leading_attribution_start(clause, sentence, start), end),
                numbers=_starting_within(numbers, start, end),
                entities=(_speaker_entities(clause, sentence, scanned, doc, doc_names)
                          + _entities(scanned.text[clause.start:clause.end], clause.start, scanned, doc, doc_names)),
                negated=negation is not None,
                modality=stance.signals if stance else "asserted",
                attribution=_attribution(clause.attribution_source, clause.attribution_text),
                cues=[cue for cue in (negation, stance) if cue],
            )
        )
    return claims


def _entities(text: str, offset_in_sentence: int, sentence: Sentence, doc: Document, doc_names: set[str]) -> list[Entity]:
    found = facets.entities(text, offset_in_sentence, sentence.text, doc.lang, doc_names)
    return [replace(e, start=e.start + sentence.start, end=e.end + sentence.start) for e in found]


def _speaker_entities(clause, sentence: Sentence, scanned: Sentence, doc: Document, doc_names: set[str]) -> list[Entity]:
    """The names of a speaker cut off the claim ("…, said Swiss prosecutor Olivier Elsig", "According to
    Olivier Elsig, …"): who said it stays a name of the claim, for alignment and the name check. Read
    from `scanned`, the sentence with its addresses blanked out."""
    at = sentence.text.find(clause.attribution_text) if clause.attribution_text else -1
    if at < 0 or clause.start <= at < clause.end:
        return []  # inside the claim: its names are the claim's already
    return _entities(scanned.text[at:at + len(clause.attribution_text)], at, scanned, doc, doc_names)


def _stance_cues(text: str, start: int, clause, sentence: Sentence, lang: str) -> tuple[Cue | None, Cue | None]:
    """The words the claim's negation and its modality are read from, placed in the document. A
    modal word in the attribution set before the claim ("Según parece, …") is placed there."""
    negation = facets.negation_cue(text, lang)
    negation_cue = Cue(text[negation[0]:negation[1]], start + negation[0], start + negation[1], "negation") if negation else None
    with_source = _with_attribution(text, clause)
    found = facets.modality_cue(with_source, lang)
    if found is None:
        return negation_cue, None
    label, cue_start, cue_end = found
    source_length = len(with_source) - len(text)  # the attribution and its space, when prefixed
    if cue_start >= source_length:
        where = start - source_length
    else:
        at = sentence.text.find(clause.attribution_text)
        where = sentence.start + at if at >= 0 else None
    place = (where + cue_start, where + cue_end) if where is not None else (None, None)
    return negation_cue, Cue(with_source[cue_start:cue_end], *place, label)


def _with_attribution(text: str, clause) -> str:
    """The claim with the words set aside as its attribution: a source that is a hedge ("Según
    parece, viajó…", "Berichten zufolge") hedges the claim, as "reportedly" does in its translation."""
    return f"{clause.attribution_text} {text}" if clause.attribution_text and clause.attribution_text not in text else text


def _leading_attribution_start(clause, sentence: Sentence, start: int) -> int:
    """Where the claim's times begin: a time in an attribution cut off before the claim dates the
    statement, which is compared with the other side's statement time (claims/superseded.py), so it stays."""
    at = sentence.text.find(clause.attribution_text) if clause.attribution_text else -1
    return sentence.start + at if 0 <= at < clause.start else start


def _attribution(source: str | None, text: str | None) -> Attribution | None:
    if not source:
        return None
    role, name = _split_role(source)
    return Attribution(source=name, role=role, text=text or "")


# Articles of the six languages: a speaker that opens with one is described, not named ("the company").
DETERMINER = re.compile(r"(?i)(?:the|a|an|de|het|een|der|die|das|ein|eine|le|la|les|l['’]|un|une|el|los|las|il|lo|gli|i|uno)\b")


def _split_role(source: str) -> tuple[str | None, str]:
    """'Chief Operating Officer Marty Beard' -> ('Chief Operating Officer', 'Marty Beard');
    'Marty Beard van het bedrijf' -> ('van het bedrijf', 'Marty Beard')."""
    if ", " in source:
        # "Le porte-parole des pompiers, Pierre Meys": the part written as a name is the speaker.
        first, second = source.split(", ", 1)
        return (first, second) if _written_as_name(second) and not _written_as_name(first) else (second, first)
    words = source.split()
    named_of = NAMED_OF.match(source)
    if named_of and not _opens_with_title(named_of.group("name")):
        # "Jan Bosman van Farmers Defence Force": a person named in full, then the body they speak for.
        return source[named_of.end("name"):].strip(), named_of.group("name")
    # "the Civil Protection Department": after a determiner the capitals are one name, no title.
    for size in (2, 3) if not DETERMINER.match(source) else ():
        if len(words) > size and all(w[:1].isupper() for w in words[-size:]) and words[-size - 1][:1].isupper():
            return " ".join(words[:-size]), " ".join(words[-size:])
    for marker in (" van ", " von ", " vom ", " de ", " du ", " des ", " del ", " della ", " di ", " of ", " at "):
        if marker in source:
            name, role = source.split(marker, 1)
            if name[:1].isupper():
                return marker.strip() + " " + role, name
    return None, source


# Two or three capitalised words, then "van/von/of/de…" and a capitalised body: the person comes first.
NAMED_OF = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\s+(?:van|von|vom|of|at|de|du|des|del|della|di)\s+(?=[A-ZÀ-Ý])")


def _opens_with_title(name: str) -> bool:
    """"Secretary General of NATO Jens Stoltenberg": an office title opens a description, not a name."""
    return any(office_title(name.split()[0], lang) for lang in ("en", "nl", "de", "fr", "es", "it"))


def _written_as_name(text: str) -> bool:
    """Every word capitalised, particles aside ("Rutger Jeuken", "Marty Beard", "Jean de La Fontaine")."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or len(w) <= 3 for w in words) and words[0][:1].isupper()


def _starting_within(items: list, start: int, end: int) -> list:
    """Items (sorted by start) that start in [start, end): a bisection, not a scan per clause."""
    return items[bisect_left(items, start, key=_start):bisect_left(items, end, key=_start)]


def _start(item: TimeExpr | Quantity) -> int:
    return item.start


def _shift(item: TimeExpr | Quantity, by: int):
    return replace(item, start=item.start + by, end=item.end + by)

