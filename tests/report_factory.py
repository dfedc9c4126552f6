"""Reports built straight from the dataclasses, so renderer tests do not depend on the pipeline.

Two articles (English and Dutch) of one story, with front matter so that line numbers in the
original files differ from line numbers in the body, and hostile text ("[Reuters]", a
<script> tag, %, :, ,) where renderers must escape.
"""

from __future__ import annotations

from datetime import date

from factcheck.model import Claim, Document, Finding, Pair, Quantity, Report, Sentence, StoryReport, TimeExpr

EN_FRONT = '---\nlang: en\ntitle: "BlackBerry to leave Pakistan"\npublished: 2015-11-30\n---\n'
EN_BODY = (
    "BlackBerry will leave Pakistan on December 30, the company said Monday.\n"
    "\n"
    "Marty Beard said 5,000 customers are affected.\n"
    "\n"
    '[Reuters] <script>alert("x")</script> 100% sure: yes, really.\n'
    "\n"
    "The company agrees to give access.\n"
)
NL_FRONT = "---\nlang: nl\npublished: 2015-11-30\n---\n"
NL_BODY = (
    "BlackBerry vertrekt op 31 december uit Pakistan, zei het bedrijf maandag.\n"
    "\n"
    "Volgens Marty Beard zijn 6.000 klanten getroffen.\n"
    "\n"
    "Het bedrijf weigert niet om toegang te geven.\n"
)


def write_articles(folder) -> tuple:
    """The two articles as files (for tests that check line numbers against real files)."""
    folder.mkdir(parents=True, exist_ok=True)
    en, nl = folder / "en.md", folder / "nl.md"
    en.write_text(EN_FRONT + EN_BODY, encoding="utf-8")
    nl.write_text(NL_FRONT + NL_BODY, encoding="utf-8")
    return en, nl


def _document(doc_id: str, path: str, lang: str, front: str, body: str) -> Document:
    return Document(
        id=doc_id, path=path, lang=lang, text=body, published=date(2015, 11, 30), story="blackberry",
        body_line_offset=front.count("\n"),
    )


def _sentences(doc: Document) -> list[Sentence]:
    sentences, start = [], 0
    for paragraph, line in enumerate(line for line in doc.text.split("\n") if line):
        start = doc.text.index(line, start)
        sentences.append(Sentence(doc.id, paragraph, paragraph, start, start + len(line), line))
        start += len(line)
    return sentences


def _claim(doc: Document, sentences: list[Sentence], index: int, text: str, **facets) -> Claim:
    sentence = sentences[index]
    start = doc.text.index(text, sentence.start)
    return Claim(
        id=f"{doc.id}:{index + 1}", doc=doc.id, lang=doc.lang, text=text, start=start, end=start + len(text),
        sentence=index, paragraph=index, sentence_text=sentence.text, **facets,
    )


def _time(doc: Document, text: str, value: str) -> TimeExpr:
    start = doc.text.index(text)
    return TimeExpr(text, start, start + len(text), value, "day", False, value, value)


def _number(doc: Document, text: str, value: float) -> Quantity:
    start = doc.text.index(text)
    return Quantity(text, start, start + len(text), value, "people")


def story_report(en_path: str = "articles/blackberry/en.md", nl_path: str = "articles/blackberry/nl.md") -> StoryReport:
    en = _document("en", en_path, "en", EN_FRONT, EN_BODY)
    nl = _document("nl", nl_path, "nl", NL_FRONT, NL_BODY)
    en_s, nl_s = _sentences(en), _sentences(nl)
    claims = [
        _claim(en, en_s, 0, "BlackBerry will leave Pakistan on December 30", times=[_time(en, "December 30", "2015-12-30")]),
        _claim(en, en_s, 1, "Marty Beard said 5,000 customers are affected", numbers=[_number(en, "5,000", 5000)]),
        _claim(en, en_s, 2, '[Reuters] <script>alert("x")</script> 100% sure: yes, really.'),
        _claim(en, en_s, 3, "The company agrees to give access."),
        _claim(nl, nl_s, 0, "BlackBerry vertrekt op 31 december uit Pakistan", times=[_time(nl, "31 december", "2015-12-31")], translation="BlackBerry leaves Pakistan on 31 December"),
        _claim(nl, nl_s, 1, "Volgens Marty Beard zijn 6.000 klanten getroffen.", numbers=[_number(nl, "6.000", 6000)], translation="According to Marty Beard 6,000 customers are affected."),
        _claim(nl, nl_s, 2, "Het bedrijf weigert niet om toegang te geven.", negated=True, translation="The company does not refuse to give access."),
    ]
    by_id = {c.id: c for c in claims}
    findings = [
        _pair_finding("time_mismatch", "error", by_id["en:1"], by_id["nl:1"], "time differs: “December 30” (2015-12-30) vs “31 december” (2015-12-31)", "times"),
        _pair_finding("number_mismatch", "error", by_id["en:2"], by_id["nl:2"], "number differs: “5,000” vs “6.000”", "numbers"),
        _pair_finding("polarity_mismatch", "warning", by_id["en:4"], by_id["nl:3"], "one side negates the claim (nl:3), the other does not (en:4)", "negated"),
        Finding("omission", "info", "en:3", None, "only article en says this (paragraph 3, 1 claim); not found in article nl",
                {"claims": ["en:3"], "texts": [by_id["en:3"].text], "paragraph": 2, "doc": "en"}),
    ]
    pairs = [
        Pair("en:1", "nl:1", 0.8, "conflict"),
        Pair("en:2", "nl:2", 0.7, "conflict"),
        Pair("en:4", "nl:3", 0.6, "conflict"),
    ]
    return StoryReport(
        id="blackberry", documents=[en, nl], claims=claims, pairs=pairs, findings=findings, unmatched=["en:3"],
        sentences={"en": en_s, "nl": nl_s},
    )


def _pair_finding(kind: str, severity: str, left: Claim, right: Claim, message: str, facet: str) -> Finding:
    evidence = {"facet": facet, "left_text": left.text, "right_text": right.text}
    return Finding(kind, severity, left.id, right.id, message, evidence)


def sample_report(**paths) -> Report:
    return Report(stories=[story_report(**paths)], options={"translator": "none"})


def many_findings_report(errors: int = 12, warnings: int = 12, infos: int = 6) -> Report:
    """One story with many findings (for GitHub's annotation limits), least severe listed first
    so that ordering by severity is the renderer's job."""
    story = story_report()
    template = {f.severity: f for f in story.findings if f.type != "omission"}
    findings = []
    for severity, count in (("info", infos), ("warning", warnings), ("error", errors)):
        base = template.get(severity) or template["warning"]
        for number in range(count):
            findings.append(Finding(base.type, severity, base.left, base.right, f"{severity} finding {number}", base.evidence))
    story.findings = findings
    return Report(stories=[story])
