"""Property-based tests (hypothesis) over ingest, segment, claims and compare.

The properties, precisely:
- ingest: any bytes, front matter or JSONL lines give Documents or Skipped entries, never an
  exception; a Document always has non-blank text and a supported language.
- segment: sentences are in order, do not overlap, and `doc.text[s.start:s.end] == s.text`;
  every non-space character of the body lies inside a sentence or a `removed` span (nothing
  is dropped silently).
- claims: `doc.text[c.start:c.end] == c.text`, each claim lies inside its sentence, and every
  sentence with a word character yields at least one claim; facet offsets point at their text.
- compare: any two documents, with any publication dates (year 1 to 9999), compare without an
  exception and pairs name existing claims.
- the CLI: random article text with random publication dates and random file names (any bytes
  but "/" and NUL) always gives exit 0 or 2 and a report that is valid UTF-8, valid JSON and
  valid against the report's schema.
- every format: random ids, titles, story names and text built from terminal escapes, bidi
  controls, forged runner commands and markup never put an unsafe character or a runner
  command (but the github format's own annotations) into any format's output.
"""

import json
import os
import re
import string
from datetime import date

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claims import extract_claims
from factcheck.ingest import IngestOptions, ingest
from factcheck.langid import SUPPORTED_LANGUAGES
from factcheck.model import Document
from factcheck.pipeline import Options, compare_story, extract
from factcheck.segment import segment

# Modest by default so the suite stays fast on 2 cores; FACTCHECK_FUZZ_EXAMPLES=2000 for a deep run.
EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORD_CHARACTER = re.compile(r"\w")

WORDS = st.sampled_from(
    "the bridge closed Monday 30 December 2015 € 2,5 millions Mr. Dr. z.B. said vandaag niet "
    "nicht ne pas no non BlackBerry Pakistan « » “ ” — – … ; : ! ? . , ( ) [ ] / › | - --- # * > "
    "15% 1.000 3,5 1st 2nd 12:30 déclaré Bürgermeister maire alcalde sindaco zei sagte dijo".split()
    # time phrases, with counts far beyond the calendar, in every language
    + ["2500 jaar geleden", "2100 years ago", "vor 2100 Jahren", "il y a 2100 ans", "hace 2100 años", "2100 anni fa",
       "in 9000 years", "over 9000 jaar", "in 3000000 days", "in 12345678901234567890 weeks", "in 99999 working days",
       "three Sundays from now", "tomorrow", "morgen", "demain", "mañana", "domani", "next year", "the next day",
       "the week of 31 December", "end of next month", "yesterday", "ayer", "gisteren"]
)
# Every day Python's date holds, the first and last ones included.
PUBLISHED = st.none() | st.dates() | st.sampled_from([date.min, date.max, date(9999, 12, 30), date(1, 1, 2)])
SPACES = st.sampled_from([" ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\x0c", "\u3000", "\x85"])
NEWS_LIKE = st.lists(st.one_of(WORDS, SPACES), max_size=80).map("".join)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
TEXT = st.one_of(NEWS_LIKE, ANY_TEXT, st.tuples(NEWS_LIKE, ANY_TEXT).map("".join))
LANGS = st.sampled_from(SUPPORTED_LANGUAGES)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
FIELDS = st.sampled_from(["id", "story", "lang", "published", "title", "url", "text", "extra"])


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("properties")


def assert_documents_are_usable(result):
    """Every document ingest lets through also goes through segment and claims intact."""
    for doc in result.documents:
        assert doc.text.strip() and doc.lang in SUPPORTED_LANGUAGES
        segmentation = segment(doc)
        assert_segmentation_covers_the_text(doc, segmentation)
        assert_claims_point_into_the_text(doc, segmentation.sentences, extract_claims(doc, segmentation.sentences))
    for skipped in result.skipped:
        assert skipped.reason and "\n" not in skipped.reason


# ---------------------------------------------------------------------------------- ingest


@SETTINGS
@given(raw=st.binary(max_size=2000), suffix=st.sampled_from([".md", ".txt", ".json", ".jsonl", ".html"]))
def test_ingest_never_raises_on_random_bytes(folder, raw, suffix):
    path = folder / f"random{suffix}"
    path.write_bytes(raw)
    result = ingest([str(path)], IngestOptions(lang="en"))
    assert len(result.documents) + len(result.skipped) >= 1
    assert_documents_are_usable(result)


@SETTINGS
@given(meta=st.dictionaries(FIELDS, JSON_VALUES, max_size=6), raw_front=TEXT, body=TEXT, use_raw=st.booleans())
def test_ingest_never_raises_on_random_front_matter(folder, meta, raw_front, body, use_raw):
    front = raw_front if use_raw else yaml.safe_dump(meta, allow_unicode=True)
    path = folder / "front.md"
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8", errors="surrogatepass")
    result = ingest([str(path)], IngestOptions(lang="nl"))
    assert len(result.documents) + len(result.skipped) == 1
    assert_documents_are_usable(result)


@SETTINGS
@given(
    lines=st.lists(
        st.one_of(
            st.dictionaries(FIELDS, JSON_VALUES, max_size=7).map(json.dumps),
            st.fixed_dictionaries({"text": TEXT, "lang": LANGS}, optional={"id": TEXT, "published": TEXT}).map(json.dumps),
            TEXT,
        ),
        max_size=6,
    )
)
def test_ingest_never_raises_on_random_jsonl(folder, lines):
    path = folder / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    result = ingest([str(path)])
    assert_documents_are_usable(result)
    assert len({doc.id for doc in result.documents}) == len(result.documents)


# ------------------------------------------------------------------------- segment, claims


def document(text: str, lang: str, title: str | None = None) -> Document:
    return Document(id="d", path="d.md", lang=lang, text=text, title=title)


def assert_segmentation_covers_the_text(doc, segmentation):
    previous_end = 0
    for sentence in segmentation.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(doc.text)
        assert doc.text[sentence.start:sentence.end] == sentence.text
        previous_end = sentence.end
    covered = [False] * len(doc.text)
    for span in [*segmentation.sentences, *segmentation.removed]:
        covered[span.start:span.end] = [True] * (span.end - span.start)
    lost = [i for i, ch in enumerate(doc.text) if not covered[i] and not ch.isspace()]
    assert not lost, f"characters in no sentence and not reported removed: {[doc.text[i] for i in lost]}"


def assert_claims_point_into_the_text(doc, sentences, claims):
    by_index = {s.index: s for s in sentences}
    for claim in claims:
        sentence = by_index[claim.sentence]
        assert doc.text[claim.start:claim.end] == claim.text
        assert sentence.start <= claim.start < claim.end <= sentence.end
        for facet in [*claim.times, *claim.numbers]:
            assert doc.text[facet.start:facet.end] == facet.text
    with_claims = {claim.sentence for claim in claims}
    for sentence in sentences:
        if WORD_CHARACTER.search(sentence.text):
            assert sentence.index in with_claims, f"sentence without a claim: {sentence.text!r}"


@SETTINGS
@given(text=TEXT, lang=LANGS, title=st.none() | WORDS)
def test_segment_offsets_and_coverage(text, lang, title):
    doc = document(text, lang, title)
    assert_segmentation_covers_the_text(doc, segment(doc))


@SETTINGS
@given(text=TEXT, lang=LANGS)
def test_claims_offsets_and_every_sentence_claimed(text, lang):
    doc = document(text, lang)
    sentences = segment(doc).sentences
    assert_claims_point_into_the_text(doc, sentences, extract_claims(doc, sentences))


# -------------------------------------------------------------------------------- compare


@SETTINGS
@given(left=TEXT, right=TEXT, langs=st.tuples(LANGS, LANGS), published=st.tuples(PUBLISHED, PUBLISHED))
def test_compare_never_raises(left, right, langs, published):
    docs = [Document(id="a", path="a.md", lang=langs[0], text=left or "x", published=published[0]),
            Document(id="b", path="b.md", lang=langs[1], text=right or "y", published=published[1])]
    story = compare_story([extract(doc) for doc in docs], Options(translator="none", use_cache=False), "s")
    claim_ids = {claim.id for claim in story.claims}
    assert all(pair.left in claim_ids and pair.right in claim_ids for pair in story.pairs)
    assert set(story.unmatched) <= claim_ids


def test_printable_ascii_alphabet_is_covered():
    """A fixed case the strategies may not hit: every printable ASCII character in one paragraph."""
    doc = document(string.printable, "en")
    segmentation = segment(doc)
    assert_segmentation_covers_the_text(doc, segmentation)
    assert_claims_point_into_the_text(doc, segmentation.sentences, extract_claims(doc, segmentation.sentences))


# ------------------------------------------------------------------------------ the CLI

# Any bytes a POSIX file name may hold (not "/" or NUL), undecodable ones included.
FILE_NAMES = st.binary(min_size=1, max_size=24).filter(lambda raw: b"/" not in raw and b"\x00" not in raw and raw not in (b".", b".."))


@settings(max_examples=max(10, EXAMPLES // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.tuples(TEXT, LANGS, PUBLISHED, FILE_NAMES), min_size=1, max_size=3, unique_by=lambda item: item[3]))
def test_cli_always_gives_valid_json(tmp_path_factory, texts):
    """Random text, publication dates and file names through the whole CLI: never a crash
    (exit 3), always a report that is valid UTF-8 JSON and matches the schema."""
    import jsonschema
    from typer.testing import CliRunner

    from factcheck import cli
    from factcheck.report.schema import report_schema

    folder = tmp_path_factory.mktemp("cli")
    paths = []
    for text, lang, published, name in texts:
        path = folder / os.fsdecode(name + b".md")
        front = f"lang: {lang}\n" + (f"published: {published.isoformat()}\n" if published else "")
        path.write_text(f"---\n{front}---\n{text}", encoding="utf-8", errors="surrogatepass")
        paths.append(str(path))
    result = CliRunner().invoke(cli.app, ["compare", *paths, "--format", "json", "--translator", "none", "--no-cache", "--jobs", "1"])
    assert result.exit_code in (cli.EXIT_OK, cli.EXIT_INPUT), (result.exit_code, result.stderr)
    report = json.loads(result.stdout_bytes.decode("utf-8"))
    jsonschema.validate(report, report_schema())
    assert len(report["skipped"]) + sum(len(story["documents"]) for story in report["stories"]) == len(paths)


# ------------------------------------------------------------------------ every format

# Pieces an attacker would write into a title, an id, a story name or the text.
HOSTILE_PIECES = st.sampled_from([
    "\x1b[2J", "\x1b]0;title\x07", "\x1b]8;;http://x\x1b\\", "\x9b31m", "\x7f", "\x00", "\x08", "\u202e", "\u2066",
    "\u200e", "\u061c", "\n::error::forged", "\n::add-mask::secret", "\n##[group]", "\r\n::warning::x", "%0A",
    "%25", "::", "\t", "\u2028", "\x85", "[bold red]", "[/]", "<script>alert(1)</script>", "| x |", "@user",
    "</details>", "&amp;", "`", "*", "$", "\U000e0041\U000e007f",  # tag characters: invisible letters
    "\u00ad", "\u200b", "\ufeff", "\udce9",  # an undecodable file-name byte, as surrogateescape reads it
])
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE_PIECES, WORDS), min_size=1, max_size=10).map(" ".join)


@settings(max_examples=max(10, EXAMPLES // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ids=st.tuples(HOSTILE_TEXT, HOSTILE_TEXT), titles=st.tuples(HOSTILE_TEXT, HOSTILE_TEXT),
       story=HOSTILE_TEXT, inserts=st.tuples(HOSTILE_TEXT, HOSTILE_TEXT))
def test_every_format_keeps_random_hostile_text_from_terminal_and_runner(ids, titles, story, inserts):
    """Random ids, titles, story names and text built from terminal escapes, bidi controls,
    forged runner commands and markup, compared and rendered in every format (side by side too):
    no unsafe character and no runner command but the github format's own annotations."""
    import io

    from factcheck import cli
    from factcheck.model import Report
    from tests.test_bad_inputs import OWN_ANNOTATION, RUNNER_COMMAND, UNSAFE_OUTPUT

    texts = (f"The bridge closed on Monday {inserts[0]}, 12 people said.", f"De brug ging dinsdag dicht {inserts[1]}, zeiden 15 mensen.")
    docs = [Document(id=doc_id or "x", path=f"<{n}>", lang=lang, text=text, title=title, story=story, published=date(2015, 11, 30))
            for n, (doc_id, lang, text, title) in enumerate(zip(ids if ids[0] != ids[1] else (ids[0], ids[1] + "2"), ("en", "nl"), texts, titles))]
    report = Report([compare_story([extract(d) for d in docs], Options(use_cache=False, translator="none"), story)])
    for fmt, side_by_side in [(f, False) for f in cli.Format] + [(cli.Format.text, True)]:
        stream = io.StringIO()
        cli._render(report, fmt, stream, side_by_side=side_by_side, colour=False)
        out = stream.getvalue()
        assert not UNSAFE_OUTPUT.search(out), (fmt, UNSAFE_OUTPUT.search(out))
        commands = [line for line in re.split(r"\r\n?|\n", out) if RUNNER_COMMAND.match(line)]  # lines as a runner reads them
        assert all(OWN_ANNOTATION.match(line) for line in commands) if fmt is cli.Format.github else not commands, (fmt, commands)
        if fmt in (cli.Format.json, cli.Format.sarif, cli.Format.rdjson, cli.Format.gitlab):
            json.loads(out)
