"""The per-claim memo: one computation per claim and arguments, never a result of another claim."""

import pytest

from factcheck.align import AlignConfig, _Similarity, _SmallSimilarity, claim_bag, numpy_installed
from factcheck.claim_memo import per_claim
from factcheck.model import Claim


def claim(text: str, translation: str | None = None, number: int = 1) -> Claim:
    return Claim(id=f"d:{number}", doc="d", lang="nl", text=text, start=0, end=len(text), sentence=0, paragraph=0,
                 sentence_text=text, translation=translation)


def counting():
    calls = []

    @per_claim
    def words(c: Claim, upper: bool = False) -> tuple[str, ...]:
        calls.append(c.id)
        text = c.translation or c.text
        return tuple((text.upper() if upper else text).split())

    return words, calls


def test_a_claim_is_read_once_per_argument():
    words, calls = counting()
    c = claim("de brug is dicht")
    assert words(c) == words(c) == ("de", "brug", "is", "dicht")
    assert words(c, True) == ("DE", "BRUG", "IS", "DICHT")
    assert calls == ["d:1", "d:1"]


def test_equal_claims_are_different_keys_and_get_their_own_results():
    words, calls = counting()
    a, b = claim("de brug is dicht"), claim("het station is open")  # same id, other text
    assert words(a) == ("de", "brug", "is", "dicht")
    assert words(b) == ("het", "station", "is", "open")
    assert len(calls) == 2


def test_a_translation_filled_in_later_is_read_again():
    words, _ = counting()
    c = claim("de brug is dicht")
    assert words(c) == ("de", "brug", "is", "dicht")
    c.translation = "the bridge is closed"
    assert words(c) == ("the", "bridge", "is", "closed")


def test_a_gone_claim_leaves_no_result_for_a_new_one_at_its_address():
    words, _ = counting()
    for n in range(200):  # addresses are reused once a claim is gone
        text = f"zin {n} met woorden"
        assert words(claim(text, number=n)) == tuple(text.split())


def test_the_memo_is_bounded():
    calls = []
    size = per_claim(lambda c: calls.append(c.id) or len(c.text), maxsize=2)
    kept = [claim("een", number=n) for n in range(3)]
    for c in kept:
        size(c)
    size(kept[0])  # the third entry made the memo forget its older half: read again
    size(kept[2])  # the newest is kept
    assert calls == ["d:0", "d:1", "d:2", "d:0"]


@pytest.mark.parametrize("kind", [_SmallSimilarity] + ([_Similarity] if numpy_installed() else []), ids=lambda kind: kind.__name__)
def test_shared_words_are_exact_or_fuzzy_and_never_numbers_alike(kind):
    config = AlignConfig()
    left = Claim(id="l:1", doc="l", lang="en", text="x", start=0, end=1, sentence=0, paragraph=0, sentence_text="x")
    right = Claim(id="r:1", doc="r", lang="en", text="x", start=0, end=1, sentence=0, paragraph=0, sentence_text="x")
    bags_l = [{"telecommunications": 1.0, "bridge": 1.0, "#12": 2.0, "river": 1.0}]
    bags_r = [{"telecommunicatie": 1.0, "bridge": 1.0, "#13": 2.0, "mountain": 1.0}]
    similarity = kind(bags_l, bags_r, config)
    assert set(similarity.shared(0, 0)) == {"telecommunications", "bridge"}
    assert claim_bag(left, config) is claim_bag(left, config)
    assert claim_bag(right, config) is not claim_bag(left, config)
