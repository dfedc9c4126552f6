"""Segment: a document's text -> sentences with character offsets, boilerplate set aside.

Paragraphs come from line structure (news text puts one paragraph on a line; hard-wrapped
lines are joined back), sentences from simplemma's splitter, with a small abbreviation list
on top where it splits too eagerly ("Dhr.", "mln."). Boilerplate is never silently dropped:
each removed span is returned with its reason so the report can list it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Document, RemovedSpan, Sentence

# Lines that start the trailer of a scraped page: everything from here on is not article text.
TRAILER_MARKERS = re.compile(
    r"^\s*(leave a reply|leave a comment|check also|related( articles| posts| stories)?|read more|"
    r"share this( article)?|comments?|reacties?|plaats een reactie|lees ook|lees meer|gerelateerd|"
    r"kommentare?|kommentar schreiben|das könnte sie auch interessieren|mehr zum thema|"
    r"laisser un commentaire|lire aussi|à lire aussi|articles similaires|"
    r"deja una respuesta|deja un comentario|lee también|noticias relacionadas|"
    r"lascia un commento|leggi anche|articoli correlati)\s*:?\s*$",
    re.I,
)
BREADCRUMB = re.compile(r"^\s*\S[^.!?]*(\s(/|›|»|>|\|)\s[^.!?]*){2,}$")
SENTENCE_END = re.compile(r"[.!?…:;\"”’»)]\s*$")
ABBREVIATIONS = {
    "nl": {"dhr", "mevr", "mr", "dr", "prof", "mln", "mld", "ca", "blz", "nr", "o.a", "d.w.z", "bijv", "m.b.t", "i.p.v"},
    "en": {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "inc", "corp", "jr", "sr", "no", "vs"},
    "de": {"dr", "prof", "hr", "fr", "nr", "bzw", "ca", "mio", "mrd", "z.b", "u.a", "d.h", "vgl", "str"},
    "fr": {"m", "mm", "mme", "mlle", "dr", "pr", "st", "av", "env", "janv", "févr", "déc", "nov", "oct", "fr"},
    "es": {"sr", "sra", "srta", "dr", "dra", "ud", "uds", "núm", "av", "etc", "aprox"},
    "it": {"sig", "sigg", "dott", "prof", "ing", "avv", "on", "pag", "ecc", "fr"},
}
# Abbreviated months (the short forms of `claims/time_lang` MONTHS, which a test keeps in step): one
# before a figure, a day or a year, is no sentence end ("the recount on Nov. 10, as state law allows",
# "am 3. Okt. 2021", "le 3 sept. 2021", "el 5 dic. 2023"); before a word it ends one as any word does
# ("… in Nov. The next day …").
MONTH_ABBREVIATIONS = {
    "en": {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"},
    "nl": {"jan", "feb", "mrt", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"},
    "de": {"jan", "feb", "mär", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"},
    "fr": {"jan", "janv", "fév", "fev", "févr", "avr", "juil", "sep", "sept", "oct", "nov", "déc", "dec"},
    "es": {"ene", "feb", "mar", "abr", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic"},
    "it": {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "sett", "ott", "nov", "dic"},
    "pt": {"jan", "fev", "mar", "abr", "jun", "jul", "ago", "set", "out", "nov", "dez"},
}

# News agencies as they are cited in a dateline, the same names in every language.
NEWS_AGENCIES = ("Reuters", "AFP", "AP", "dpa", "DPA", "ANP", "Belga", "ANSA", "EFE", "APA", "SDA", "ATS",
                 "Keystone-ATS", "Keystone-SDA", "Europa Press", "PA", "Bloomberg", "Xinhua", "TASS", "Interfax",
                 "KNA", "epd", "AGI", "Adnkronos", "Lusa", "LUSA", "Kyodo", "Yonhap", "CNN", "NTB", "TT", "PAP",
                 "Agencia EFE", "Agence France-Presse", "Associated Press", "BBC")
# A dateline opening a paragraph: a capitalised place (perhaps its region or country and a date after
# commas), the agency in brackets and a dash or colon: "BERLIN (Reuters) -", "PARIS, 3 mars (AFP) —",
# "SEYNE, France (AFP) -", "Siders (dpa) -". It says where and by whom the report was filed: article
# metadata, set aside so it neither becomes a claim nor sticks to the first one.
# (its words capitalised, short particles between them: "Frankfurt am Main", "SANTIAGO DE COMPOSTELA")
_PLACE = r"[A-ZÀ-Ý][\w'’.-]*(?:[ -](?:[a-zà-ý]{1,3} )?[A-ZÀ-Ý][\w'’.-]*){0,3}"
_AGENCY = "|".join(sorted((re.escape(name) for name in NEWS_AGENCIES), key=len, reverse=True))
DATELINE = re.compile(
    rf"\W{{0,3}}{_PLACE}(?:,\s*[^\W_][^()\n,;:!?]{{0,30}}){{0,2}}\s*\((?:{_AGENCY})(?:\s*[/,]\s*[^()\n]{{1,20}})?\)"
    rf"\s*[-–—:]\s+(?=\S)")
DATELINE_REASON = "dateline: where and by which agency the report was filed (article metadata, not a claim)"


# Markdown (`.md` inputs only: elsewhere these characters are text). Its block syntax at a line's
# start was read as words: "# Election results" a claim beginning with "#", "- The Liberal party won
# 9 seats" one with "-". The marker is set aside and the line starts a paragraph of its own. Lines
# that are structure rather than sentences are set aside whole: a table row ("| Liberal | 9 |" was
# a claim linked as an agreement to another party's seats), a rule, an image alone on its line.
# Inline markup (emphasis, links) stays in the sentence, as its offsets are the file's.
MARKDOWN_SUFFIXES = (".md", ".markdown")
MARKDOWN_BLOCK_MARKER = re.compile(r"[ \t]{0,3}(?:(?P<heading>#{1,6})[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+|\d{1,3}[.)][ \t]+)(?=\S)")
MARKDOWN_STRUCTURE = (
    (re.compile(r"[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})"), "Markdown rule (a line, not text)"),
    (re.compile(r"[ \t]*\|.*\|[ \t]*|[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*"),
     "Markdown table (its cells are not sentences)"),
    (re.compile(r"[ \t]*(?:>[ \t]?)*!\[[^\]]*\]\([^)]*\)[ \t]*"), "Markdown image"),
)
MARKDOWN_MARKER_REASON = "Markdown markup (a heading, list or quote marker)"


@dataclass(frozen=True)
class Segmentation:
    sentences: list[Sentence]
    removed: list[RemovedSpan]


def segment(doc: Document) -> Segmentation:
    lines = list(_lines_with_offsets(doc.text))
    markup: list[RemovedSpan] = []
    if doc.path.lower().endswith(MARKDOWN_SUFFIXES):
        lines, markup = _without_markdown_blocks(lines)
    kept, removed = _set_aside_boilerplate(lines, doc.title)
    removed = sorted([*markup, *removed], key=lambda span: span.start)
    sentences: list[Sentence] = []
    for paragraph_index, (start, end) in enumerate(_paragraphs(kept, doc.text)):
        dateline = DATELINE.match(doc.text, start, end)
        if dateline:
            removed.append(RemovedSpan(start, dateline.end(), DATELINE_REASON, doc.text[start:dateline.end()]))
            start = dateline.end()
        for s_start, s_end in _sentence_spans(doc.text, start, end, doc.lang):
            sentences.append(Sentence(doc.id, len(sentences), paragraph_index, s_start, s_end, doc.text[s_start:s_end]))
    return Segmentation(sentences, removed)


def _lines_with_offsets(text: str):
    """(start, end, text, block) per line; `block` is "" for a plain line, else the Markdown block
    it opens: "heading" (the next line cannot continue it) or "item" (a list item or a quote)."""
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield offset, offset + len(body), body, ""
        offset += len(line)


def _without_markdown_blocks(lines):
    """The lines with Markdown's block markers cut off their start (each line so marked opens a
    paragraph), and the spans set aside: the markers, and whole lines of structure."""
    kept, removed = [], []
    for start, end, text, _ in lines:
        structure = next((reason for pattern, reason in MARKDOWN_STRUCTURE if pattern.fullmatch(text)), None)
        if structure:
            removed.append(RemovedSpan(start, end, structure, text))
            continue
        marker = MARKDOWN_BLOCK_MARKER.match(text)
        if not marker:
            kept.append((start, end, text, ""))
            continue
        cut, lead = marker.end(), _leading_space(text)
        shown = text[:cut].strip()
        removed.append(RemovedSpan(start + lead, start + lead + len(shown), MARKDOWN_MARKER_REASON, shown))
        kept.append((start + cut, end, text[cut:], "heading" if marker["heading"] else "item"))
    return kept, removed


def _set_aside_boilerplate(lines, title: str | None):
    kept, removed = [], []
    trailer_from = next((i for i, (_, _, text, _) in enumerate(lines) if TRAILER_MARKERS.match(text)), None)
    seen_content = False
    for index, (start, end, text, block) in enumerate(lines):
        reason = None
        if trailer_from is not None and index >= trailer_from and not text.strip() == "":
            reason = "page trailer (comments, related links)"
        elif not seen_content and text.strip():
            reason = _leading_boilerplate_reason(text, title)
        if reason:
            removed.append(RemovedSpan(start, end, reason, text))
            continue
        if text.strip():
            seen_content = True
        kept.append((start, end, text, block))
    return kept, removed


def _leading_boilerplate_reason(text: str, title: str | None) -> str | None:
    stripped = text.strip()
    if BREADCRUMB.match(stripped):
        return "breadcrumb navigation"
    is_title = title is not None and stripped.casefold() == title.strip().casefold()
    # A site or section name carries no figure; a short heading does ("Himalaya-Chronik 1956").
    if not is_title and len(stripped.split()) <= 2 and not SENTENCE_END.search(stripped) and not re.search(r"\d", stripped):
        return "site or section name before the headline"
    return None


def _paragraphs(lines, text: str):
    """Group kept lines into paragraphs: a blank line ends one, and so does a line that ends a
    sentence or a headline; a line ending mid-sentence followed by a lowercase start is a hard
    wrap and continues the paragraph."""
    current: list[tuple[int, int]] = []
    previous_end, after_heading = -1, False
    for start, end, line, block in lines:
        if not line.strip():
            if current:
                yield current[0][0], current[-1][1]
            current = []
            continue
        contiguous = previous_end >= 0 and text[previous_end:start].count("\n") <= 1 and not block and not after_heading
        if current and not (contiguous and _continues(current_line_text(text, current[-1]), line)):
            yield current[0][0], current[-1][1]
            current = []
        current.append((start + _leading_space(line), end))
        previous_end, after_heading = end, block == "heading"
    if current:
        yield current[0][0], current[-1][1]


def current_line_text(text: str, span: tuple[int, int]) -> str:
    return text[span[0]:span[1]]


def _continues(previous: str, line: str) -> bool:
    first = line.lstrip()[:1]
    return not SENTENCE_END.search(previous) and first.islower()


def _leading_space(line: str) -> int:
    return len(line) - len(line.lstrip())


def _sentence_spans(text: str, start: int, end: int, lang: str):
    """Split one paragraph into sentence spans, mapping splitter output back to offsets."""
    from .lemmas import split_sentences

    paragraph = text[start:end]
    pieces = split_sentences(paragraph, lang) or [paragraph]
    spans, cursor = [], 0
    for piece in pieces:
        found = paragraph.find(piece.strip(), cursor)
        if found < 0:
            continue
        spans.append([found, found + len(piece.strip())])
        cursor = spans[-1][1]
    if not spans:
        spans = [[0, len(paragraph)]]
    spans[0][0] = min(spans[0][0], _first_non_space(paragraph))
    gaps = [LOWERCASE_LETTER_END, CLOSING_QUOTE_END, *([NUMBER_END] if lang in SUFFIXED_ORDINALS else [])]
    for gap in gaps:
        spans = [piece for span in spans for piece in _split_at(paragraph, span, gap)]
    merged = _merge_abbreviation_splits(paragraph, _closing_quotes_back(paragraph, spans), lang)
    # Text the splitter skipped (never expected, but never lose it): extend to cover it.
    merged[-1][1] = max(merged[-1][1], len(paragraph.rstrip()))
    for span in merged:
        for s, e in _bounded(paragraph, span):
            yield start + s, start + e


# No sentence in news text comes near this (the longest in the NTREX and comparable-news dev
# sets: about 500 characters). A longer "sentence" (a list, a table flattened into a line, a
# hostile input) is cut into pieces of at most this size so that every later stage, which
# reads a claim's whole sentence, stays linear in the length of the article (see docs/errors.md).
MAX_SENTENCE_CHARS = 1000
PIECE_BREAK = re.compile(r"[;:,]\s|\s")


def _bounded(paragraph: str, span: list[int]) -> list[list[int]]:
    """Cut a span longer than MAX_SENTENCE_CHARS after the last ";", ":" or "," (else the last
    space) in the second half of each piece, else at the limit itself."""
    pieces, start, end = [], span[0], span[1]
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = _last_break(paragraph, start + MAX_SENTENCE_CHARS // 2, limit) or limit
        pieces.append([start, cut])
        start = cut + _leading_space(paragraph[cut:cut + MAX_SENTENCE_CHARS])
    pieces.append([start, end])
    return [piece for piece in pieces if piece[1] > piece[0]]


def _last_break(text: str, low: int, high: int) -> int | None:
    """End of the last clause punctuation in text[low:high] (just after it), else of the last space."""
    clause = space = None
    for match in PIECE_BREAK.finditer(text, low, high):
        if match.group(0)[0].isspace():
            space = match.start()
        else:
            clause = match.start() + 1
    return clause or space


# "the letter u. The Assembly": simplemma keeps any single letter + full stop together as an
# initial; a lowercase letter that is not part of an abbreviation chain ("u. a.", "e. g.")
# ends the sentence when a capitalised word follows.
# (Each gap pattern opens with the gap's first space and looks back from after it: a pattern that
# opens with a look-behind is tried at every position, one that opens with a character class only
# where the engine finds one; the same matches, the batch's scans 36 -> 12 ms.)
LOWERCASE_LETTER_END = re.compile(r"\s(?<=\s[a-z]\.\s)(?<![a-z]\.\s[a-z]\.\s)\s*(?=[A-ZÀ-Þ])")


# simplemma reads a number of one or two digits before a full stop as an ordinal ("am 30. Dezember")
# in every language. Languages that write ordinals with a suffix instead ("30th", "30e", "30º") end
# a sentence there when a capitalised word follows ("limitado a 80. Iban a bordo", "Europe 1.
# According to", "04 93 72 22 22. Le plan", the day after an abbreviated month: "on Aug. 4. The
# talks"); a number that opens its line is a list item.
SUFFIXED_ORDINALS = frozenset({"en", "nl", "fr", "es", "it", "pt"})
NUMBER_END = re.compile(r"\s(?:(?<=[\w.]\s\d\.\s)|(?<=[\w.]\s\d\d\.\s))\s*(?=[A-ZÀ-Þ])")


# „Ich habe es angenommen.“ Chelsea führte …: the splitter does not cut after a closing quote.
CLOSING_QUOTE_END = re.compile(r"(?<=[.!?…][“”»\"])\s+(?=[A-ZÀ-Þ„«“\"])")
CLOSING_QUOTE_START = re.compile(r"[“”»\"’]+(?=\s|$)")


def _split_at(paragraph: str, span: list[int], gap: re.Pattern[str]) -> list[list[int]]:
    """The span cut at each match of `gap` (the space between two sentences), the gap left out."""
    pieces, start = [], span[0]
    for match in gap.finditer(paragraph, span[0], span[1]):
        pieces.append([start, match.start()])
        start = match.end()
    pieces.append([start, span[1]])
    return pieces


def _closing_quotes_back(paragraph: str, spans: list[list[int]]) -> list[list[int]]:
    """"« C'est fini. | » Puis …": a closing quote belongs to the sentence it closes."""
    for previous, span in zip(spans, spans[1:]):
        quote = CLOSING_QUOTE_START.match(paragraph, span[0])
        if quote and span[1] > quote.end():
            rest = paragraph[quote.end():span[1]]
            previous[1], span[0] = quote.end(), span[1] - len(rest.lstrip())
    return spans


def _first_non_space(paragraph: str) -> int:
    return len(paragraph) - len(paragraph.lstrip())


DOTTED_PLACES = {"US", "UK", "UN", "EU", "DC", "USA"}
ABBREVIATION_REACH = 64  # characters before a full stop that can hold an abbreviation or initials


def _merge_abbreviation_splits(paragraph: str, spans: list[list[int]], lang: str) -> list[list[int]]:
    merged = [spans[0]]
    for span in spans[1:]:
        # Only the end of the sentence so far decides (a run of merges would re-read it whole).
        previous = paragraph[max(merged[-1][0], merged[-1][1] - ABBREVIATION_REACH):merged[-1][1]]
        current = paragraph[span[0]:span[1]]
        if (_ends_with_abbreviation(previous, lang) or _dotted_acronym_split(previous, current)
                or _month_before_figure(previous, current, lang)):
            merged[-1][1] = span[1]
        else:
            merged.append(span)
    return merged


def _dotted_acronym_split(previous: str, current: str) -> bool:
    """"EE. | UU. siguen": the splitter cut a spaced dotted acronym in two."""
    return re.search(r"\b[A-Z]{1,2}\.$", previous) is not None and re.match(r"[A-Z]{1,2}\.", current.lstrip()) is not None


MONTH_ABBREVIATION_END = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.$")
FIGURE_START = re.compile(r"\s*\d")


def _month_before_figure(previous: str, current: str, lang: str) -> bool:
    """"on Nov. | 10, as state law allows": the splitter ended a sentence at a month abbreviation
    before a day or a year."""
    match = MONTH_ABBREVIATION_END.search(previous)
    return (match is not None and match.group(1).lower() in MONTH_ABBREVIATIONS.get(lang, ())
            and FIGURE_START.match(current) is not None)


def _ends_with_abbreviation(sentence: str, lang: str) -> bool:
    match = re.search(r"(\S+)\.$", sentence)
    if not match:
        return False
    word = match.group(1).lstrip("(\"'“‘")
    # A capital letter and a full stop is an initial ("L. W. Davies", "D.K. Arya"); a lowercase
    # one ends a sentence as often as not ("the letter u. The Assembly..."), and so do the
    # dotted place acronyms ("... in the U.S. The next day").
    initials = re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word) is not None and word.replace(".", "") not in DOTTED_PLACES
    return word.lower() in ABBREVIATIONS.get(lang, set()) or initials
