"""Near-linear stages (issue 17, item 2): the structures that replaced quadratic scans give the
same answers as the scans, no sentence outgrows the cap, and a story of many articles compares
each with a bounded set of partners. Speed itself is measured in benchmarks/bench_scale.py."""

import logging
import random
import re

import pytest

from factcheck import blocking
from factcheck.claims import extract_claims
from factcheck.claims._spans import TakenSpans
from factcheck.claims.clauses import _word_count, _WordIndex
from factcheck.claims.facets import is_sentence_start
from factcheck.compare.omissions import omissions
from factcheck.model import Claim, Document
from factcheck.segment import MAX_SENTENCE_CHARS, segment

EN_WORDS = ("the mayor of Amsterdam said on Tuesday that 1,200 people , including Jan de Vries and the Red Cross , "
            "had been evacuated from 15 % of the homes in March 2019 while the police , who arrived at 9 p.m. , "
            "reported that about 300 cars were damaged and \"it was worse\" ; but officials : no").split()
NL_WORDS = ("de burgemeester van Amsterdam zei dinsdag dat 1.200 mensen , onder wie Jan de Vries , uit 15 procent "
            "van de woningen waren geëvacueerd in maart 2019 terwijl de politie , die om 21 uur arriveerde , "
            "meldde dat ongeveer 300 auto's beschadigd waren ; maar volgens ambtenaren : niets").split()


def one_long_sentence(words, size: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        parts.append(rng.choice(words))
        length += len(parts[-1]) + 1
    return " ".join(parts) + "."


def test_taken_spans_answer_like_the_linear_scan():
    rng = random.Random(17)
    for _ in range(2000):
        spans, taken = [], TakenSpans()
        for _ in range(rng.randint(0, 10)):
            start = rng.randint(0, 40)
            spans.append((start, start + rng.randint(0, 6)))
            taken.add(*spans[-1])
            for _ in range(8):
                q = rng.randint(0, 45)
                q_end = q + rng.randint(0, 6)
                assert taken.overlaps(q, q_end) == any(q < end and start < q_end for start, end in spans)


def test_word_index_counts_like_findall_on_the_slice():
    rng = random.Random(17)
    for _ in range(5000):
        text = "".join(rng.choice("ab1 ,.é_") for _ in range(rng.randint(0, 15)))
        a, b = rng.randint(0, len(text)), rng.randint(0, len(text))
        assert _WordIndex(text).count(a, b) == _word_count(text[a:b])


def test_sentence_start_reads_only_the_end_of_the_prefix_yet_answers_as_before():
    def whole_prefix(sentence, index):
        before = sentence[:index]
        return not re.search(r"\w", before) or re.search(r"(?:[:;«“„\"‹‘]|(?<!\w)['‚]|[—–-]\s)\s*$", before) is not None

    rng = random.Random(17)
    for _ in range(20000):
        sentence = "".join(rng.choice("ab :;«“„\"‹‘'‚—–- \n.,") for _ in range(rng.randint(0, 10)))
        index = rng.randint(0, len(sentence))
        assert bool(is_sentence_start(sentence, index)) == bool(whole_prefix(sentence, index))


@pytest.mark.parametrize(("lang", "words"), [("en", EN_WORDS), ("nl", NL_WORDS)])
def test_one_long_sentence_is_cut_into_bounded_pieces_that_keep_every_character(lang, words):
    text = one_long_sentence(words, 20_000)
    doc = Document("long", "", lang, text)
    sentences = segment(doc).sentences
    assert len(sentences) >= len(text) // MAX_SENTENCE_CHARS
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    covered = "".join(text[s.start:s.end] for s in sentences)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)
    claims = extract_claims(doc, sentences)
    assert sum(len(c.numbers) for c in claims) >= text.count("300")  # values are still found in every piece


def _claim(doc: str, number: int, text: str) -> Claim:
    return Claim(id=f"{doc}:{number}", doc=doc, lang="en", text=text, start=0, end=len(text), sentence=number,
                 paragraph=number, sentence_text=text, translation=text)


def _story(events: int, per_event: int) -> dict[str, list[Claim]]:
    """Articles on `events` events: the articles of one event share a name and a figure."""
    story = {}
    for article in range(events * per_event):
        event = article % events
        text = f"Officials in Town{event}ville counted {1000 + event} people on Monday."
        story[f"a{article:03d}"] = [_claim(f"a{article:03d}", 1, text)]
    return story


def test_a_small_story_compares_every_pair_and_says_nothing(caplog):
    story = _story(4, 3)
    with caplog.at_level(logging.WARNING, logger="factcheck"):
        pairs = blocking.article_pairs(story, "small")
    assert len(pairs) == 12 * 11 // 2 and not caplog.records


def test_one_article_more_than_a_complete_story_is_blocked(caplog):
    story = _story(13, 1)
    with caplog.at_level(logging.WARNING, logger="factcheck"):
        pairs = blocking.article_pairs(story, "thirteen")
    assert len(pairs) < 13 * 12 // 2 and len(caplog.records) == 1


def test_a_large_story_compares_each_article_with_a_bounded_set_of_partners(caplog):
    story = _story(20, 3)
    with caplog.at_level(logging.WARNING, logger="factcheck"):
        pairs = blocking.article_pairs(story, "big")
    partners = blocking.compared_with(pairs)
    assert len(pairs) <= len(story) * blocking.MAX_PARTNERS
    assert all(len(p) <= blocking.MAX_PARTNERS for p in partners.values())
    for article in story:  # the articles of the same event are among the partners
        event = int(article[1:]) % 20
        siblings = {f"a{other:03d}" for other in range(event, 60, 20)} - {article}
        assert siblings <= set(partners[article])
    (record,) = caplog.records
    assert "story big has 60 articles" in record.getMessage()
    assert f"{len(pairs)} of {60 * 59 // 2} article pairs compared" in record.getMessage()


def test_long_articles_are_aligned_block_by_block(monkeypatch, caplog):
    monkeypatch.setattr(blocking, "MAX_ALIGN_CLAIMS", 4)
    left = [_claim("l", i, f"claim {i}") for i in range(10)]
    right = [_claim("r", i, f"claim {i}") for i in range(7)]
    seen = []

    def fake_align(a, b, config, embeddings):
        seen.append(([c.id for c in a], [c.id for c in b]))
        return []

    with caplog.at_level(logging.WARNING, logger="factcheck"):
        blocking.align_bounded(fake_align, left, right, None)
    assert [len(a) for a, _ in seen] == [3, 3, 4] and [len(b) for _, b in seen] == [2, 2, 3]
    assert [c for a, _ in seen for c in a] == [c.id for c in left]
    assert [c for _, b in seen for c in b] == [c.id for c in right]
    assert "aligned in 3 blocks of at most 4 claims" in caplog.records[0].getMessage()


def test_an_omission_names_a_bounded_number_of_articles():
    documents = [Document(f"d{i}", "", "en", "x") for i in range(30)]
    (finding,) = omissions([_claim("d0", 1, "only here")], documents)
    assert finding.message.endswith("d1, d2, d3, d4, d5, d6, d7, d8 and 21 more")


@pytest.mark.parametrize("count, words", [(1, "1 claim)"), (3, "3 claims)")])
def test_an_omission_counts_its_claims_in_plain_words(count, words):
    documents = [Document(f"d{i}", "", "en", "x") for i in range(2)]
    (finding,) = omissions([_claim("d0", 1, f"only here {i}") for i in range(count)], documents)
    assert words in finding.message and "(s)" not in finding.message


def test_full_names_index_answers_like_the_scan_over_every_name():
    from factcheck.compare.names import _full_names, _one_full_name
    from factcheck.model import Entity

    rng = random.Random(5)
    words = ["Jan", "Vries", "Elin", "Jones", "Chad", "Hammel", "Red", "Cross"]
    sentences = [" ".join(rng.choice(words + ["said", "and"]) for _ in range(12)) for _ in range(40)]
    claims = [Claim(f"c{i}", "d", "en", s, 0, len(s), i, 0, s) for i, s in enumerate(sentences)]
    index = _full_names(claims)
    every = {name for names in index.values() for name in names}
    assert len(every) > 5
    for _ in range(300):
        a, b = (Entity(" ".join(rng.sample(words, rng.randint(1, 2))), "PERSON", 0, 1) for _ in range(2))
        pair_words = frozenset(w.lower() for w in (*a.text.split(), *b.text.split()))
        assert _one_full_name(a, b, index) == any(pair_words <= name for name in every)
