"""The numpy-free path of the aligner (factcheck/align_small.py) against the numpy path it stands in for."""

import random
import subprocess
import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")  # the numpy path to compare with is the `fast` extra's

from factcheck import align as aligner
from factcheck import align_small
from factcheck.align import AlignConfig, align

from .test_align import PARALLEL, claims, links


def _row_sum(row: dict[int, float], width: int) -> float:
    """numpy's pairwise float32 sum of a row of `width` values, of which `row` holds the non-zero."""
    return align_small._pairwise(sorted(row.items()), 0, width)


def both_ways(left, right):
    """align() through the numpy path and through align_small."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(aligner, "SMALL_PAIRS", -1)
        with_numpy = align(left, right)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(aligner, "_numpy_loaded", lambda: False)
        calls = []
        patch.setattr(align_small, "dice", lambda *a, _dice=align_small.dice: calls.append(1) or _dice(*a))
        without = align(left, right)
    assert calls, "align_small was not used"
    return with_numpy, without


STORIES = {
    "parallel, one dropped and one inserted": (PARALLEL, [PARALLEL[0], PARALLEL[1] + " yesterday", PARALLEL[3],
                                                          "Cheese prices rose sharply in Normandy markets", PARALLEL[4]]),
    "reordered": (PARALLEL, [PARALLEL[4], PARALLEL[2], PARALLEL[0]]),
    "cognates and names": (["Telecommunications minister Merkel visited Leiden on Monday",
                            "The expedition reached the summit of Kangchenjunga",
                            "Prices of electricity rose by a tenth"],
                           ["Telecommunicatie minister Merkl visited Leyden on Monday",
                            "The expeditie reached the summit of Kangchendzönga",
                            "Electricity prices went up by a tenth"]),
    "unrelated": (["The central bank raised interest rates again"], ["A new species of frog was found in the rainforest"]),
}


@pytest.mark.parametrize("name", STORIES)
def test_align_small_pairs_as_the_numpy_path(name):
    left_texts, right_texts = STORIES[name]
    with_numpy, without = both_ways(claims("en", left_texts), claims("xx", right_texts))
    assert without == with_numpy


def test_one_sentence_against_two_clauses_pairs_as_the_numpy_path():
    left = claims("en", ["The storm hit the northern coast on Sunday night and thousands of homes lost electricity"])
    right = claims("xx", ["The storm hit the northern coast on Sunday night", "thousands of homes lost electricity"], one_sentence=True)
    with_numpy, without = both_ways(left, right)
    assert without == with_numpy and links(without) == {("en:1", "xx:1"), ("en:1", "xx:2")}


def test_the_seed_story_pairs_as_the_numpy_path(seed_story_claims):
    left, right = seed_story_claims
    with_numpy, without = both_ways(left, right)
    assert without == with_numpy and len(without) > 5


TOWNS = ["Arnhem", "Brugge", "Colmar", "Dover", "Esbjerg", "Faro", "Gent", "Hull", "Ilfov", "Jena", "Kiel", "Lille"]


def long_parallel_story(sentences: int) -> tuple[list, list]:
    """Two long articles, one a rewording of the other sentence by sentence (names and numbers kept),
    with a sentence dropped and one inserted: long enough to be aligned block by block."""
    left, right = [], []
    for k in range(sentences):
        town, boats = TOWNS[k % len(TOWNS)] + ("ville" * (k // len(TOWNS) % 3)), 7 * k + 3
        left.append(f"Harbour master Pieters{k} counted {boats} fishing boats near {town} on day {k}")
        if k != sentences // 3:  # dropped on the right
            right.append(f"On day {k} Pieters{k}, the harbour master, saw {boats} boats for fishing by {town}")
        if k == 2 * sentences // 3:
            right.append("A brass band played in the square while the ferry was delayed")
    return claims("en", left), claims("xx", right)


def test_a_long_article_pair_is_aligned_block_by_block_without_numpy_as_with_it(monkeypatch):
    """Without numpy installed (the default install) long articles are aligned in plain Python too,
    block by block with the whole articles' word weights and positions: the same pairs."""
    left, right = long_parallel_story(340)
    blocks = aligner._anchored_blocks([aligner.claim_bag(c, AlignConfig()) for c in left],
                                      [aligner.claim_bag(c, AlignConfig()) for c in right], left, right, AlignConfig())
    assert blocks is not None and len(blocks) >= 2
    with_numpy = align(left, right)
    monkeypatch.setattr(aligner, "numpy_installed", lambda: False)
    calls = []
    monkeypatch.setattr(align_small, "dice", lambda *a, _dice=align_small.dice: calls.append(1) or _dice(*a))
    without = align(left, right)
    assert calls, "align_small was not used"
    assert [(p.left, p.right, p.score, p.evidence) for p in without] == [(p.left, p.right, p.score, p.evidence) for p in with_numpy]
    assert len(without) >= 330


def test_idf_over_the_whole_articles_without_numpy_equals_numpys(monkeypatch):
    bags = random_bags(random.Random(5), 40, WORDS)
    expected = aligner._idf_by_word(bags)
    monkeypatch.setattr(aligner, "numpy_installed", lambda: False)
    assert aligner._idf_by_word(bags) == pytest.approx(expected, rel=1e-6)


@pytest.fixture
def seed_story_claims(monkeypatch):
    """The claims the pipeline hands the aligner for the seed story (translated)."""
    from factcheck.pipeline import Options, run

    from .conftest import SEEDS

    seen, original = [], aligner.align
    monkeypatch.setattr(aligner, "align", lambda left, right, *rest: seen.append((left, right)) or original(left, right, *rest))
    run([str(SEEDS)], Options(use_cache=False))
    assert len(seen) == 1
    return seen[0]


def random_bags(rng: random.Random, count: int, words: list[str]) -> list[dict[str, float]]:
    return [{w: rng.choice([1.0, 1.5, 0.3]) for w in rng.sample(words, rng.randint(1, 9))} for _ in range(count)]


WORDS = ["storm", "storms", "coast", "Merkel", "Merkl", "merkel", "#12", "#120", "@2015-11-30", "@when", "#count",
         "telecommunication", "telecommunicatie", "expedition", "expeditie", "summit", "village", "villages", "Leiden",
         "Leyden", "rescue", "survivor", "survivors", "mayor", "school", "closed", "wednesday"] + [f"word{k}" for k in range(60)]


@pytest.mark.parametrize("seed", range(6))
def test_small_similarity_matches_numpy_to_float32_rounding(seed):
    rng = random.Random(seed)
    bags_l, bags_r = random_bags(rng, rng.randint(1, 25), WORDS), random_bags(rng, rng.randint(1, 25), WORDS)
    config = AlignConfig()
    dense, sparse = aligner._Similarity(bags_l, bags_r, config), aligner._SmallSimilarity(bags_l, bags_r, config)
    assert sparse.alike == dense.alike
    assert sparse.idf == pytest.approx(dense.idf.tolist(), rel=1e-6)
    for shape in ((1, 1), (2, 1), (1, 3), (2, 2)):
        expected, got = dense.bead(*shape), sparse.bead(*shape)
        assert got.shape == expected.shape
        assert np.array(got.rows, dtype=np.float64).reshape(expected.shape) == pytest.approx(expected, rel=1e-6, abs=1e-7)
    assert [sparse.shared(i, j) for i in range(len(bags_l)) for j in range(len(bags_r))] == \
        [dense.shared(i, j) for i in range(len(bags_l)) for j in range(len(bags_r))]


def random_rows(rng: random.Random, count: int, width: int) -> tuple[list[dict[int, float]], list[dict[int, float]]]:
    """Sparse weight and cover rows as the aligner makes them (float32 values; an empty bag has none)."""
    f32 = align_small.f32
    weights = [{k: f32(rng.uniform(0.2, 9.0)) for k in rng.sample(range(width), rng.randint(0, min(width, 6)))} for _ in range(count)]
    cover = [{k: 1.0 for k in row} | {k: f32(rng.uniform(0.7, 1.0)) for k in rng.sample(range(width), rng.randint(0, 2)) if k not in row}
             for row in weights]
    return weights, cover


def dice_one_term_at_a_time(left: tuple, right: tuple, width: int) -> list[list[float]]:
    """The Dice matrix written out cell by cell, each operation rounded to float32 by `f32`: dot
    products over the columns in order, one rounding per term."""
    f32 = align_small.f32

    def dot(weights: dict[int, float], cover: dict[int, float]) -> float:
        total = 0.0
        for k, weight in sorted(weights.items()):
            if k in cover:
                total = f32(weight * cover[k] + total)
        return total

    (weights_l, cover_l), (weights_r, cover_r) = left, right
    rows = []
    for wl, cl in zip(weights_l, cover_l):
        row = []
        for wr, cr in zip(weights_r, cover_r):
            total = f32(_row_sum(wl, width) + _row_sum(wr, width))
            row.append(f32(f32(dot(wl, cr) + dot(wr, cl)) / total) if total > 0 else 0.0)
        rows.append(row)
    return rows


@pytest.mark.parametrize("seed", range(8))
def test_dice_over_float32_arrays_rounds_every_term_as_f32(seed):
    rng = random.Random(seed)
    width = rng.choice([5, 40, 300])
    left, right = random_rows(rng, rng.randint(0, 12), width), random_rows(rng, rng.randint(0, 12), width)
    got = align_small.dice(align_small.Rows(*left, width), align_small.Rows(*right, width))
    expected = dice_one_term_at_a_time(left, right, width)
    assert got.rows == expected and got.shape == (len(left[0]), len(right[0]))


@pytest.mark.parametrize("seed", range(6))
def test_the_monotone_path_filled_in_plain_python_takes_numpys_moves(seed, monkeypatch):
    """`align._monotone_path` over numpy's bead similarities: the plain-Python table of moves (a
    few sentences a side) and numpy's give one path, ties and skips included."""
    rng = random.Random(seed)
    bags_l, bags_r = random_bags(rng, rng.randint(1, 30), WORDS[:30]), random_bags(rng, rng.randint(1, 30), WORDS[:30])
    similarity = aligner._Similarity(bags_l, bags_r, AlignConfig())
    lengths_l = np.array([rng.uniform(20, 200) for _ in bags_l])
    lengths_r = np.array([rng.uniform(20, 200) for _ in bags_r])
    in_python = aligner._monotone_path(similarity, lengths_l, lengths_r, 1.1, AlignConfig())
    monkeypatch.setattr(aligner, "SMALL_PATH_CELLS", -1)
    with_numpy = aligner._monotone_path(similarity, lengths_l, lengths_r, 1.1, AlignConfig())
    assert in_python == with_numpy and len(with_numpy) >= 1


@pytest.mark.parametrize("width", [1, 7, 8, 9, 100, 128, 129, 300, 777])
def test_row_sums_follow_numpys_pairwise_float32_summation_exactly(width):
    rng = random.Random(width)
    for _ in range(50):
        row = np.zeros(width, dtype=np.float32)
        for k in rng.sample(range(width), min(width, rng.randint(1, 40))):
            row[k] = np.float32(rng.uniform(0.1, 9.0))
        sparse = {k: v for k, v in enumerate(row.tolist()) if v}
        assert _row_sum(sparse, width) == float(row.sum())


def test_f32_rounds_like_numpy_float32():
    rng = random.Random(1)
    values = [rng.uniform(-1e6, 1e6) for _ in range(500)] + [0.1, 0.22, 1 / 3]
    assert [align_small.f32(v) for v in values] == np.array(values, dtype=np.float32).tolist()


@pytest.mark.parametrize("seed", range(4))
def test_link_candidates_equal_numpys_exactly(seed):
    rng = np.random.default_rng(seed)
    scores = (rng.random((rng.integers(1, 20), rng.integers(1, 20))) * (rng.random((1, 1)) + 0.3)).astype(np.float32)
    scores[scores < 0.3] = 0.0
    expected = [(float(g), i, j) for g, i, j in aligner._link_candidates(scores, AlignConfig())]
    got = aligner._link_candidates(align_small.Grid(scores.tolist(), scores.shape[1]), AlignConfig())
    assert got == expected


def test_positions_and_scores_equal_numpys_exactly():
    left = claims("en", PARALLEL) + claims("en", PARALLEL[:2])
    right = claims("xx", PARALLEL[:3])
    expected = aligner._position_closeness(left, right)
    rows = align_small.positions(align_small.relative_positions([c.sentence for c in left], aligner._last_sentence(left)),
                                 align_small.relative_positions([c.sentence for c in right], aligner._last_sentence(right)))
    assert rows.rows == expected.tolist()
    text = np.random.default_rng(3).random(expected.shape).astype(np.float32)
    scores = align_small.position_scores(align_small.Grid(text.tolist(), text.shape[1]), rows, 0.25)
    assert scores.rows == (text * (1.0 - 0.25 * (1.0 - expected))).tolist()


def test_grid_argmax_takes_the_first_largest_as_numpy():
    values = [[0.5, 0.7, 0.7], [0.9, 0.1, 0.9]]
    grid = align_small.Grid(values, 3)
    assert grid.argmax(axis=1) == np.array(values).argmax(axis=1).tolist()
    assert grid.argmax(axis=0) == np.array(values).argmax(axis=0).tolist()
    assert grid.T.rows == np.array(values).T.tolist() and grid.block([1], [0, 2]).rows == [[0.9, 0.9]]


def test_a_one_story_run_does_not_import_numpy():
    root = Path(__file__).resolve().parents[1]
    code = ("import sys, runpy; sys.argv = ['factcheck', 'compare', 'seeds', '--no-cache', '-o', '/dev/null']\n"
            "try:\n    runpy.run_module('factcheck', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('numpy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr[-2000:]
