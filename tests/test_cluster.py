"""Automatic story clustering across languages."""

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.cluster import (
    HASH_MASK,
    ClusterConfig,
    _band_shape,
    _best_band_shape,
    _candidate_pairs,
    _new_permutations,
    anchors,
    capitalised_words,
    cluster,
    cluster_item,
    pairwise_scores,
    similarity,
)
from factcheck.model import Document

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "batch" / "three_stories.jsonl"


def _doc(doc_id, lang, text, published=date(2019, 1, 14)):
    return Document(doc_id, doc_id, lang, text, published=published)


def test_anchors_are_language_neutral():
    en = anchors(None, "The Pakistan Telecommunication Authority asked for 28,000 BES accounts.", "en")
    es = anchors(None, "La Autoridad de Telecomunicaciones de Pakistán pidió 28.000 cuentas BES.", "es")
    assert {"pakist", "bes", "#28000"} <= en & es


def test_sentence_initial_words_are_not_names():
    assert "the" not in anchors(None, "The company said so.", "en")


def test_a_word_after_a_sentence_end_line_break_or_quote_opens_a_sentence_however_many_spaces_before_it():
    text = "Merkel spoke.  \t Later she left.\n   Berlin was quiet; “Meanwhile Macron waited, with Scholz."
    found = capitalised_words(None, text)
    assert {"merkel", "later", "berlin", "meanwh"}.isdisjoint(found)
    assert {"macron", "scholz"} <= found


def _anchors_word_by_word(title, text, lang):
    """The reading `anchors` and `capitalised_words` must give, one occurrence at a time: every run
    of digits and separators is a number; every run of letters not preceded by a letter and not
    starting in lower case is an acronym (all upper case) or, when it is capitalised, at least three
    letters long and not opening a sentence, a name."""
    import re

    from factcheck.cluster import NOUN_CAPITALISING, SENTENCE_OPENERS, _fold

    found, names = set(), set()
    for body in (title or "", text):
        for match in re.finditer(r"\d+(?:[., ]\d{3})*(?:[.,]\d+)?", body):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) >= 2:
                found.add("#" + digits)
        for match in re.finditer(r"[^\W\d_]+", body):
            word, start = match.group(), match.start()
            if "a" <= word[0] <= "z" or "ß" <= word[0] <= "ÿ" or word[0].islower():
                continue
            if word.isupper():
                if len(word) >= 2:
                    found.add(_fold(word))
                continue
            before = body[:start].rstrip(" \t")
            opens = not before or before[-1] == "\n" or before[-1] in SENTENCE_OPENERS
            if word[0].isupper() and len(word) >= 3 and not opens:
                names.add(_fold(word)[:6])
    return (found if lang in NOUN_CAPITALISING else found | names), names


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("title, text", [
    (None, "Zaev met Tsipras in Prespa. Zaev said 1,500 people came; Tsipras spoke of 2 500 000 euros."),
    ("Berlin \u2013 Scholz", "Berlin meldet 3,5 Prozent. Die EU und die NATO schweigen.\n\n  Scholz in Berlin."),
    ("", "« Macron » a dit : Paris paiera 12.000,50 euros.\tParis\n\tLondres aussi (Londres)."),
    (None, "3Com and A320 and ÉU, Ørsted, łódź Łódź; İstanbul Σπάρτη 42\u202f000 ² ½ ٣٤."),
    ("Only Opening", "Only once. Hallo! Hallo Welt? Welt - Welt\u2014Welt 99 9 9.99"),
])
def test_anchors_and_names_are_those_read_word_by_word(title, text, lang):
    """The scan counts each distinct word once and tells numbers from words in one pass; what it
    finds is what reading each occurrence in its place finds."""
    assert (anchors(title, text, lang), capitalised_words(title, text)) == (
        _anchors_word_by_word(title, text, lang)[0], _anchors_word_by_word(title, text, "")[1])


def test_tiny_multilingual_set_clusters_by_event():
    docs = [
        _doc("venice-en", "en", "Floods covered Venice on Sunday, mayor Luigi Brugnaro said. The water reached 156 centimetres."),
        _doc("merger-fr", "fr", "Selon Joe Kaeser, Siemens et Alstom fusionnent: 62.300 salariés et 15,3 milliards d'euros."),
        _doc("venice-it", "it", "Secondo il sindaco Luigi Brugnaro, domenica l'acqua a Venezia ha raggiunto 156 centimetri."),
        _doc("merger-de", "de", "Laut Joe Kaeser schließen Siemens und Alstom ihre Bahnsparten zusammen: 62.300 Beschäftigte."),
    ]
    result = cluster([cluster_item(d) for d in docs], ClusterConfig(max_df=1.0))
    assert result.clusters == [[0, 2], [1, 3]]


def test_publication_dates_far_apart_are_never_one_story():
    text = "Mayor Luigi Brugnaro said Venice had 156 centimetres of water, as in 1966."
    docs = [_doc("a", "en", text, date(2019, 1, 14)), _doc("b", "en", text, date(2019, 3, 1))]
    assert cluster([cluster_item(d) for d in docs], ClusterConfig(max_df=1.0)).clusters == [[0], [1]]


def test_pairwise_scores():
    scores = pairwise_scores([[0, 1], [2], [3]], ["a", "a", "b", "b"])
    assert scores["precision"] == 1.0 and scores["recall"] == 0.5


def test_cluster_command_json_scores_against_labels():
    result = CliRunner().invoke(app, ["cluster", str(FIXTURE), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [[a["id"] for a in c["articles"]] for c in data["clusters"]] == [["bb-en", "bb-nl"], ["fl-en", "fl-nl"], ["ms-en", "ms-nl"]]
    assert data["evaluation"]["f1"] == 1.0


def test_cluster_command_text():
    result = CliRunner().invoke(app, ["cluster", str(FIXTURE)])
    assert result.exit_code == 0
    assert result.stdout.startswith("cluster-1  (2 articles: en, nl)")


def test_german_capitalised_nouns_count_only_when_another_language_has_them():
    """"Gebiet" joins no German articles of other stories; "Zaev" is confirmed by the English article."""
    docs = [
        _doc("mk-de", "de", "Laut Zoran Zaev stimmen am 30. September 1,8 Millionen Bürger im Gebiet über den Namen ab."),
        _doc("mk-en", "en", "According to Zoran Zaev, 1.8 million citizens vote on the name on 30 September."),
        _doc("quake-de", "de", "Im Gebiet um Palu stürzten Häuser ein, sagte Sutopo."),
    ]
    items = [cluster_item(d) for d in docs]
    assert "gebiet" in items[0].unconfirmed and "gebiet" not in items[0].anchors
    result = cluster(items, ClusterConfig(max_df=1.0))
    assert result.clusters == [[0, 1], [2]]


def test_a_german_only_feed_still_clusters_on_capitalised_words():
    docs = [
        _doc("a", "de", "Bürgermeister Luigi Brugnaro sagte, in Venedig stand das Wasser hoch."),
        _doc("b", "de", "In Venedig stand das Wasser laut Luigi Brugnaro so hoch wie nie."),
        _doc("c", "de", "Joe Kaeser sagte, Siemens und Alstom legen ihre Sparten zusammen."),
    ]
    assert cluster([cluster_item(d) for d in docs], ClusterConfig(max_df=1.0)).clusters == [[0, 1], [2]]


def test_rare_shared_anchors_weigh_more_than_common_ones():
    rare, common = frozenset({"zaev", "nato"}), frozenset({"zaev", "eu"})
    weights = {"zaev": 3.0, "nato": 1.0, "eu": 1.0}
    assert similarity(rare, common, weights) == 3.0 / 5.0
    assert similarity(rare, common) == 1 / 3


def test_anchors_no_other_article_has_do_not_dilute_the_similarity():
    text_en = "Mayor Luigi Brugnaro said Venice had 156 centimetres. Tourists from Osaka, Lima and Quebec waded."
    text_it = "Il sindaco Luigi Brugnaro ha detto che a Venezia l'acqua ha raggiunto 156 centimetri."
    items = [cluster_item(_doc("en", "en", text_en)), cluster_item(_doc("it", "it", text_it))]
    assert cluster(items, ClusterConfig(max_df=1.0, threshold=0.9)).clusters == [[0, 1]]


def test_lsh_proposes_similar_anchor_sets_and_not_disjoint_ones():
    base = frozenset(f"name{i}" for i in range(20))
    sets = [
        base,
        frozenset(list(base)[:14]) | {"other1", "other2"},  # Jaccard 14/22 with the first
        frozenset(f"unrelated{i}" for i in range(20)),
        base,
        frozenset({"a", "b"}),  # under min_anchors: never a candidate
    ]
    pairs = _candidate_pairs(sets, ClusterConfig())
    assert {(0, 1), (0, 3), (1, 3)} <= pairs
    assert not any(2 in pair or 4 in pair for pair in pairs)
    assert pairs == _candidate_pairs(sets, ClusterConfig())  # deterministic


def test_lsh_proposes_the_same_pairs_when_its_kept_anchor_values_are_dropped_on_the_way(monkeypatch):
    from factcheck import cluster as clustering

    sets = [frozenset(f"name{(i * 7 + j) % 40}" for j in range(12)) for i in range(30)]
    everything_kept = _candidate_pairs(sets, ClusterConfig())
    monkeypatch.setattr(clustering, "LANES_KEPT", 5)
    assert everything_kept and _candidate_pairs(sets, ClusterConfig()) == everything_kept


def test_lsh_band_shape_puts_the_s_curve_step_at_the_threshold():
    for threshold in (0.1, 0.3, 0.6):
        bands, rows = _band_shape(threshold, 128)
        assert bands * rows <= 128
        proposed = lambda jaccard: 1 - (1 - jaccard**rows) ** bands  # noqa: E731
        assert proposed(min(1.0, threshold * 1.6)) > 0.75 and proposed(threshold / 3) < 0.3


def test_lsh_constants_are_kept_in_the_cache_directory_as_computed(tmp_path, monkeypatch):
    from factcheck import cluster as clustering
    from factcheck.cachefile import COMPILED_CACHE_ENV

    def forget():
        for cached in (clustering._permutations, clustering._band_shape):
            cached.cache_clear()

    monkeypatch.setenv(COMPILED_CACHE_ENV, str(tmp_path))
    fresh_permutations, fresh_shape = clustering._new_permutations(16, 3), clustering._best_band_shape(0.3, 16)
    forget()
    try:
        first = clustering._permutations(16, 3), clustering._band_shape(0.3, 16)
        assert (tmp_path / f"{clustering.LSH_CONSTANTS}.marshal").is_file()
        forget()
        monkeypatch.setattr(clustering, "_new_permutations", None)  # a later run reads them back
        monkeypatch.setattr(clustering, "_best_band_shape", None)
        again = clustering._permutations(16, 3), clustering._band_shape(0.3, 16)
    finally:
        forget()
    for permutations, shape in (first, again):
        assert permutations == fresh_permutations and shape == fresh_shape


def test_minhash_values_are_the_universal_hash_mod_the_mersenne_prime_in_every_lane():
    """The big-integer lanes give (a·h + b) mod p & 0xFFFFFFFF as the formula does, where the fold
    modulo p is at its edges too (a·h + b equal to p, to 2p, just above p, the largest 64-bit
    value), and the signature is the smallest value per permutation."""
    import sys
    from array import array

    from factcheck import cluster as clustering

    def direct(anchor, multipliers, offsets):
        hashed = int.from_bytes(hashlib.sha1(anchor.encode("utf-8")).digest()[:4], "little")
        return tuple((a * hashed + b) % clustering.MERSENNE_PRIME & clustering.HASH_MASK for a, b in zip(multipliers, offsets))

    def values(lanes: int | bytes, count: int) -> tuple[int, ...]:
        data = lanes if isinstance(lanes, bytes) else lanes.to_bytes(8 * count, sys.byteorder)
        return tuple(array("Q", data))

    multipliers, offsets = (array("Q", stored).tolist() for stored in clustering._new_permutations(128, 1))
    permutations = clustering._Permutations(*clustering._new_permutations(128, 1))
    anchors_ = ("zaev", "#28000", "pakist", "nato", "ü")
    for anchor in anchors_:
        assert values(permutations.permuted(anchor), 128) == direct(anchor, multipliers, offsets)
    smallest = tuple(map(min, zip(*(direct(anchor, multipliers, offsets) for anchor in anchors_))))
    assert values(permutations.minhash(frozenset(anchors_)), 128) == smallest
    assert values(permutations.minhash(frozenset(anchors_[:1])), 128) == direct(anchors_[0], multipliers, offsets)

    hashed = int.from_bytes(hashlib.sha1(b"zaev").digest()[:4], "little")
    prime = clustering.MERSENNE_PRIME
    edges = [(1, prime - hashed), (2, 2 * prime - 2 * hashed), (1, prime + 5 - hashed), (0, 2**64 - 1), (3, 7)]
    multipliers, offsets = [a for a, _ in edges], [b for _, b in edges]
    edge_lanes = clustering._Permutations(array("Q", multipliers).tobytes(), array("Q", offsets).tobytes())
    assert values(edge_lanes.permuted("zaev"), 5) == direct("zaev", multipliers, offsets)
    assert values(edge_lanes.permuted("zaev"), 5)[:3] == (0, 0, 5)

    # the largest value (2^32 - 1) in a lane, alone and against an equal one; no anchor at all
    highest = clustering._Permutations(array("Q", [0, 0, 1]).tobytes(), array("Q", [HASH_MASK, 7, 0]).tobytes())
    assert values(highest.minhash(frozenset({"zaev"})), 3) == (HASH_MASK, 7, hashed)
    assert values(highest.minhash(frozenset({"zaev", "nato"})), 3)[:2] == (HASH_MASK, 7)
    assert values(highest.minhash(frozenset()), 3) == (0, 0, 0)


def test_a_few_six_language_stories_cluster_with_the_default_settings():
    """Each anchor of a six-language story is in six articles: in a small input that is more than
    max_df's share, and was dropped as too common, so every article stayed on its own."""
    fixtures = Path(__file__).resolve().parent / "fixtures"
    inputs = [fixtures / "six_languages", fixtures / "museum_six", Path(__file__).resolve().parents[1] / "seeds"]
    result = CliRunner().invoke(app, ["cluster", *map(str, inputs), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    stories = sorted(sorted({a["story"] for a in c["articles"]}) for c in data["clusters"])
    assert stories == [["museum_six"], ["seeds"], ["six_languages"]]
    assert data["evaluation"]["f1"] == 1.0


def test_pair_similarity_from_each_articles_total_weight_is_the_weighted_jaccard():
    from factcheck.cluster import _pair_similarity

    sets = [frozenset({"zaev", "nato", "#2019"}), frozenset({"zaev", "eu"}), frozenset({"palu"})]
    weights = {"zaev": 3.0, "nato": 1.0, "#2019": 0.5, "eu": 2.0, "palu": 4.0}
    totals = [sum(weights[anchor] for anchor in anchor_set) for anchor_set in sets]
    for a, b in ((0, 1), (0, 2), (1, 2)):
        assert abs(_pair_similarity(sets, weights, totals, a, b) - similarity(sets[a], sets[b], weights)) < 1e-12
    assert _pair_similarity(sets, weights, totals, 0, 1) == 3.0 / 6.5


def test_cluster_runs_without_numpy_or_the_aligner(tmp_path):
    """Clustering needs neither (numpy's import was ~15 % of a `cluster` run), not even in the first
    run, which computes the LSH constants into the cache directory."""
    import os
    import subprocess
    import sys

    from factcheck.cachefile import COMPILED_CACHE_ENV

    probe = ("import sys\nfrom factcheck.cli import app\n"
             "try:\n    app(['cluster', sys.argv[1], '-o', sys.argv[2]])\nexcept SystemExit:\n    pass\n"
             "print(sorted(name for name in ('numpy', 'factcheck.align') if name in sys.modules))")
    env = {**os.environ, COMPILED_CACHE_ENV: str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", probe, str(FIXTURE), str(tmp_path / "out.txt")],
                           env=env, capture_output=True, text=True, check=True) for _ in range(2)]
    assert [run.stdout.strip() for run in runs] == ["[]", "[]"], runs[0].stderr
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").count("cluster-") >= 2


def test_the_permutations_are_the_mersenne_twister_stream_numpy_draws():
    from factcheck.cluster import _legacy_mt19937

    # MT19937's reference output for init_genrand(5489), its default seed
    assert _legacy_mt19937(5489)() == 3499211612
    np = pytest.importorskip("numpy")
    for seed, count in ((1, 128), (2, 16), (12345, 256)):
        generator = np.random.RandomState(seed)
        multipliers = generator.randint(1, HASH_MASK, size=count, dtype=np.uint64)
        offsets = generator.randint(0, HASH_MASK, size=count, dtype=np.uint64)
        assert _new_permutations(count, seed) == (multipliers.tobytes(), offsets.tobytes())


def test_the_band_shape_is_the_one_numpys_curves_chose():
    np = pytest.importorskip("numpy")

    def with_numpy(threshold, num_perm):
        below, above = np.linspace(0.0, threshold, 257), np.linspace(threshold, 1.0, 257)
        area = lambda values, points: float(((values[1:] + values[:-1]) * (points[1:] - points[:-1])).sum() / 2)  # noqa: E731
        shapes = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
        return min(shapes, key=lambda s: area(1 - (1 - below ** s[1]) ** s[0], below) + area((1 - above ** s[1]) ** s[0], above))

    for threshold, num_perm in ((0.1, 128), (0.2, 128), (0.5, 64), (0.8, 32)):
        assert _best_band_shape(threshold, num_perm) == with_numpy(threshold, num_perm)
