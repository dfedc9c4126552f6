"""Benchmark harness: perturbations, document building, Gale-Church and scoring on small inputs.

Nothing here needs ../shared/data; the one test that reads it skips when it is absent.
"""

from __future__ import annotations

import random

import pytest

from benchmarks import bench_align, gale_church
from benchmarks.datasets import (
    NtrexCorpus,
    build_document,
    changed_number,
    choose_dropped,
    data_root,
    date_candidates,
    detokenise,
    make_ntrex_pair,
    number_candidates,
    paragraph_groups,
    parse_beads,
    shared_names,
    write_section,
)

EN = [
    "Storm hits Wales",
    "The storm reached Cardiff on Sunday, the Met Office said.",
    "Some 48 homes lost power in June.",
    "Mayor Elin Jones said 12 schools were closed.",
    "The damage was estimated in 2018 at a few million.",
    "Repairs will start next week.",
]
NL = [
    "Storm treft Wales",
    "De storm bereikte Cardiff op zondag, zei de Met Office.",
    "Zo'n 48 woningen zaten in juni zonder stroom.",
    "Burgemeester Elin Jones zei dat 12 scholen dicht waren.",
    "De schade werd in 2018 geschat op enkele miljoenen.",
    "Volgende week beginnen de herstellingen.",
]
OTHER_EN = ["Markets fall", "Shares in Tokyo fell sharply.", "Traders in Osaka were worried."]
OTHER_NL = ["Beurzen dalen", "Aandelen in Tokio daalden fors.", "Handelaren in Osaka waren bezorgd."]


def tiny_corpus() -> NtrexCorpus:
    return NtrexCorpus(("storm", "markets"), {
        "storm": {"en": EN, "nl": NL},
        "markets": {"en": OTHER_EN, "nl": OTHER_NL},
    })


def test_paragraph_groups_cover_every_line_once_with_headline_alone():
    groups = paragraph_groups(17, random.Random(1))
    assert groups[0] == [0]
    assert [i for g in groups for i in g] == list(range(17))
    assert all(1 <= len(g) <= 4 for g in groups[1:])


def test_choose_dropped_keeps_headline_and_drops_ten_to_twenty_percent():
    for seed in range(20):
        dropped = choose_dropped(30, random.Random(seed))
        assert 0 not in dropped
        assert 3 <= len(dropped) <= 6


def test_number_candidates_need_the_same_number_in_english_and_skip_years_and_days():
    found = number_candidates("Zo'n 48 woningen, op 5 juni, in 2018", "Some 48 homes, on June 5, in 2018", "nl")
    assert [(old, new) for _s, _e, old, new, _d in found] == [("48", str(changed_number(48)))]
    assert number_candidates("Zo'n 48 woningen", "Some 50 homes", "nl") == []


def test_changed_number_is_clearly_different():
    for value in (0, 1, 2, 9, 10, 48, 832, 1000, 1200):
        assert changed_number(value) - value >= 2
        assert not 1000 <= changed_number(value) <= 2099  # would read as a year


def test_date_candidates_swap_month_weekday_and_year_keeping_case():
    found = date_candidates("Op zondag in juni 2018", "On Sunday in June 2018", "nl", random.Random(0))
    by_detail = {d: (old, new) for _s, _e, old, new, d in found}
    assert set(by_detail) == {"weekday", "month", "year"}
    assert by_detail["weekday"][0] == "zondag" and by_detail["weekday"][1] not in ("zondag", "Sunday")
    assert by_detail["weekday"][1].islower()
    assert by_detail["month"][0] == "juni" and by_detail["month"][1] != "juni"
    assert abs(int(by_detail["year"][1]) - 2018) in (1, 2, 3)
    german = date_candidates("Am Sonntag", "On Sunday", "de", random.Random(0))
    assert german[0][3][0].isupper()


def test_shared_names_take_whole_names_and_skip_sentence_starts_and_common_words():
    names = [w for _s, _e, w in shared_names("Burgemeester Elin Jones zei dat Cardiff. Wales", "Mayor Elin Jones of Cardiff in Wales")]
    assert names == ["Elin Jones", "Cardiff"]
    common = frozenset({"news", "channel"})
    assert shared_names("kijkers van Fox News Channel", "viewers of Fox News Channel", common) == []


def test_build_document_spans_and_line_lookup():
    doc = build_document("d", "en", [[("Title", 0)], [("One.", 1), ("Two.", 2)]])
    assert doc.text == "Title\n\nOne. Two."
    for line in doc.lines:
        assert doc.text[line.start:line.end] == line.text
    assert [line.paragraph for line in doc.lines] == [0, 1, 1]
    assert doc.line_at(0) == 0
    assert doc.line_at(doc.text.index("Two")) == 2
    assert doc.line_at(doc.text.index("\n")) == 1  # a gap belongs to the following line


def test_make_ntrex_pair_records_gold_insertion_and_edits():
    corpus = tiny_corpus()
    pool = ["Osaka", "Tokio"]
    pair = make_ntrex_pair(corpus, "storm", "nl", ["storm", "markets"], pool, seed=3)
    again = make_ntrex_pair(corpus, "storm", "nl", ["storm", "markets"], pool, seed=3)
    assert pair == again  # deterministic
    foreign = pair.foreign
    assert len(pair.inserted) == 1
    assert foreign.lines[pair.inserted[0]].text in OTHER_NL
    assert all(pair.english.lines[en].text == EN[en] for en, _xx in pair.gold)
    assert {en for en, _xx in pair.gold} | set(pair.dropped) == set(range(len(EN)))
    assert pair.edits
    for edit in pair.edits:
        assert foreign.text[edit.start:edit.end] == edit.new != edit.old
        assert (edit.source, edit.line) in pair.gold
        assert foreign.lines[edit.line].start <= edit.start < foreign.lines[edit.line].end
    assert len({e.line for e in pair.edits}) == len(pair.edits)


def test_parse_beads_and_detokenise():
    assert parse_beads("[0]:[0]\n[1, 2]:[3]\n[]:[4]\n[3]:[]\n") == [((0,), (0,)), ((1, 2), (3,)), ((), (4,)), ((3,), ())]
    assert detokenise("cotes d' altitude des sommets , ce qui ( pesanteur ) . ") == "cotes d'altitude des sommets, ce qui (pesanteur)."


def test_gale_church_aligns_equal_lengths_one_to_one_and_finds_a_merge():
    assert gale_church.align([10, 40, 25], [11, 39, 26]) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    beads = gale_church.align([50, 20, 22, 60], [52, 43, 61])
    assert ((1, 2), (1,)) in beads


def test_beads_from_pairs_and_strict_scoring():
    beads = bench_align.beads_from_pairs({(0, 0), (1, 1), (2, 1)}, 4, 3)
    assert beads == [((0,), (0,)), ((1, 2), (1,)), ((), (2,)), ((3,), ())]
    gold = [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((), (2,))]
    assert bench_align.score_beads([gold], [beads])["f1_strict"] == 1.0
    half = bench_align.score_beads([gold], [[((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), ()), ((), (2,))]])
    assert half["r_strict"] == 0.5  # of the two non-empty gold beads only 0-0 is found
    assert half["p_strict"] == 3 / 5
    assert half["f1_lax"] > half["f1_strict"]


def test_write_markdown_replaces_only_its_own_section_and_split(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\n## Other (issue 9)\n\nkeep me\n\n## Alignment (issue 3)\n\nold\n\n"
                    "### Failure analysis\n\nnotes\n\n## Later\n\ntoo\n")
    bench_align.write_markdown(path, "test", "### test split\n\nT1\n")
    bench_align.write_markdown(path, "dev", "### dev split\n\nD1\n")
    bench_align.write_markdown(path, "dev", "### dev split\n\nD2\n")
    text = path.read_text()
    assert "keep me" in text and "## Later\n\ntoo" in text
    assert "D2" in text and "D1" not in text and "T1" in text and "\nold\n" not in text
    assert text.index("### dev split") < text.index("### test split") < text.index("notes") < text.index("## Later")


def test_write_section_replaces_the_tables_and_keeps_the_hand_written_reading(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\n## Comparable (issue 13)\n\n| old table |\n\nReading (issue 13):\n\n"
                    "- a branch's bullet\n\n## Next\n\nstays\n")
    write_section(path, "## Comparable (issue 13)\n\n| new table |\n", "## Comparable (issue 13)")
    write_section(path, "## Fresh\n\nfirst run\n", "## Fresh")
    assert path.read_text() == ("# Benchmarks\n\n## Comparable (issue 13)\n\n| new table |\n\nReading (issue 13):\n\n"
                                "- a branch's bullet\n\n## Next\n\nstays\n\n## Fresh\n\nfirst run\n")


def test_real_ntrex_dev_pairs_are_consistent():
    root = data_root()
    if not (root / "ntrex128" / "DOCUMENT_IDS.tsv").exists():
        pytest.skip("shared evaluation data not available")
    from benchmarks.datasets import load_ntrex_pairs

    pairs = load_ntrex_pairs(root, "dev", ("de",), limit=5)
    assert len(pairs) == 5
    for pair in pairs:
        assert len(pair.inserted) == 1
        for edit in pair.edits:
            assert pair.foreign.text[edit.start:edit.end] == edit.new


def test_textberg_windows_join_a_beads_lines_and_cut_every_n_beads(tmp_path):
    from benchmarks.bench_faithful import textberg_windows

    folder = tmp_path / "textberg_bleualign_defr"
    folder.mkdir()
    (folder / "dev.de").write_text("Der Träger bekommt 3 Rupien ( Fr. 2.70 ) .\nDas Lager steht .\nEs schneit .\n",
                                   encoding="utf-8")
    (folder / "dev.fr").write_text("Le porteur reçoit 3 roupies ( 2 fr .\n70 ) .\nLe camp est monté .\nIl neige .\n",
                                   encoding="utf-8")
    (folder / "dev.defr").write_text("[0]:[0,1]\n[1]:[2]\n[2]:[3]\n", encoding="utf-8")
    first, second = textberg_windows(tmp_path, "dev", window=2)
    # the French bead of two corpus lines is one paragraph, so "2 fr. 70" is read as running text
    assert first.texts[1] == (("Le porteur reçoit 3 roupies (2 fr.", "70)."), ("Le camp est monté.",))
    assert first.texts[0] == (("Der Träger bekommt 3 Rupien (Fr. 2.70).",), ("Das Lager steht.",))
    assert second.id == "dev:2" and second.texts == ((("Es schneit.",),), (("Il neige.",),))
