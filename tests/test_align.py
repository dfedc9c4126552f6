"""The aligner on small hand-made claim lists (English pivot text given directly)."""

import pytest

np = pytest.importorskip("numpy")  # the `fast` extra

from factcheck.align import AlignConfig, _longest_increasing, _window_sums, align
from factcheck.model import Claim, Quantity



def claims(doc: str, texts: list[str], one_sentence: bool = False) -> list[Claim]:
    return [
        Claim(id=f"{doc}:{n + 1}", doc=doc, lang="en", text=t, start=0, end=len(t), sentence=0 if one_sentence else n,
              paragraph=0 if one_sentence else n, sentence_text=t, translation=t)
        for n, t in enumerate(texts)
    ]


def links(pairs) -> set[tuple[str, str]]:
    return {(p.left, p.right) for p in pairs}


PARALLEL = [
    "The storm hit the northern coast on Sunday night",
    "Thousands of homes lost electricity across the region",
    "Rescue teams searched flooded villages for survivors",
    "The mayor asked residents to stay indoors",
    "Schools will remain closed until Wednesday",
]


def test_parallel_text_with_a_dropped_and_an_inserted_sentence_follows_the_path():
    # (An inserted sentence right where one was dropped is a gap of one against one: see the gap tests.)
    left = claims("en", PARALLEL)
    right = claims("xx", [PARALLEL[0], PARALLEL[1] + " yesterday", PARALLEL[3],
                          "Cheese prices rose sharply in Normandy markets", PARALLEL[4]])
    pairs = align(left, right)
    assert links(pairs) == {("en:1", "xx:1"), ("en:2", "xx:2"), ("en:4", "xx:3"), ("en:5", "xx:5")}
    assert {p.evidence["method"] for p in pairs} == {"path"}


def test_reordered_independent_articles_are_linked_freely():
    left = claims("en", PARALLEL)
    right = claims("xx", [PARALLEL[4], PARALLEL[2], PARALLEL[0]])
    assert links(align(left, right)) == {("en:5", "xx:1"), ("en:3", "xx:2"), ("en:1", "xx:3")}


def test_unrelated_claims_stay_unpaired():
    left = claims("en", ["The central bank raised interest rates again"])
    right = claims("xx", ["A new species of frog was found in the rainforest"])
    assert align(left, right) == []


def test_one_sentence_split_into_two_clauses_pairs_with_both():
    left = claims("en", ["The storm hit the northern coast on Sunday night and thousands of homes lost electricity"])
    right = claims("xx", ["The storm hit the northern coast on Sunday night", "thousands of homes lost electricity"], one_sentence=True)
    assert links(align(left, right)) == {("en:1", "xx:1"), ("en:1", "xx:2")}


def test_every_pair_carries_its_evidence():
    pairs = align(claims("en", PARALLEL[:2]), claims("xx", PARALLEL[:2]))
    for pair in pairs:
        assert 0 < pair.score <= 1 and pair.evidence["shared"] and "text" in pair.evidence


def test_config_threshold_is_respected():
    left, right = claims("en", ["Rescue teams searched villages"]), claims("xx", ["Rescue teams rested"])
    assert align(left, right, AlignConfig(threshold=0.99, path_threshold=0.99)) == []


def test_window_sums_and_order_helpers():
    assert _window_sums(np.array([1.0, 2.0, 3.0]), 2).tolist() == [3.0, 5.0]
    assert _window_sums(np.array([1.0]), 2).size == 0  # np.convolve alone would give 2 values
    assert _longest_increasing([3, 1, 2, 5, 4]) == 3


def test_capitalised_name_nouns_meet_the_same_word_in_lower_case_and_accents_fold():
    from factcheck.align import _word_similarity

    vocabulary = ["Judge", "Kavanaugh", "Kavanaugh's", "judge", "negociation", "négociation", "telecommunicatie",
                  "télécommunications"]
    similar = _word_similarity(vocabulary, AlignConfig())
    at = {w: k for k, w in enumerate(vocabulary)}
    assert similar[at["Judge"], at["judge"]] == 1.0  # "Judge Kavanaugh" vs the translation's "the judge"
    assert similar[at["Kavanaugh"], at["judge"]] == 0.0  # names still match words only when spelled alike
    assert similar[at["négociation"], at["negociation"]] == 1.0
    assert similar[at["télécommunications"], at["telecommunicatie"]] > 0.82


def with_entities(claim: Claim, *names: str) -> Claim:
    from dataclasses import replace

    from factcheck.model import Entity

    return replace(claim, entities=[Entity(name, "PLACE") for name in names])


# Same length as PARALLEL[2] and no word in common: what a freely worded translation looks like
# through a word lexicon.
REWORDED = "Helpers combed drowned hamlets hunting anyone alive"


def test_a_skipped_sentence_between_linked_neighbours_is_paired_when_its_length_fits():
    left = claims("en", PARALLEL)
    right = claims("xx", PARALLEL[:2] + [REWORDED] + PARALLEL[3:])
    pairs = align(left, right)
    assert ("en:3", "xx:3") in links(pairs)
    assert next(p for p in pairs if p.left == "en:3").evidence["method"] == "gap"


def test_a_skipped_sentence_of_the_wrong_length_stays_unpaired():
    left = claims("en", PARALLEL)
    right = claims("xx", PARALLEL[:2] + [REWORDED + ", and then they all went home again for dinner"] + PARALLEL[3:])
    assert ("en:3", "xx:3") not in links(align(left, right))


def test_a_skipped_sentence_with_other_names_and_numbers_stays_unpaired():
    left = claims("en", PARALLEL)
    right = claims("xx", PARALLEL[:2] + [REWORDED] + PARALLEL[3:])
    left[2] = with_entities(left[2], "Calais")
    right[2] = with_entities(right[2], "Hazard", "Liverpool")
    assert ("en:3", "xx:3") not in links(align(left, right))


def sentences(doc: str, texts: list[list[str]]) -> list[Claim]:
    """Claims of several clauses per sentence."""
    return [
        Claim(id=f"{doc}:{s + 1}.{k + 1}", doc=doc, lang="en", text=t, start=0, end=len(t), sentence=s, paragraph=s,
              sentence_text=" ".join(clauses), translation=t)
        for s, clauses in enumerate(texts) for k, t in enumerate(clauses)
    ]


def test_the_path_pairs_whole_sentences_and_every_clause_finds_its_partner_inside_its_sentence():
    left = sentences("en", [["The storm hit the northern coast on Sunday night", "and thousands of homes lost electricity"]]
                     + [[t] for t in PARALLEL[2:]])
    right = sentences("xx", [["The storm hit the northern coast", "on Sunday night thousands of homes", "lost electricity"]]
                      + [[t] for t in PARALLEL[2:]])
    pairs = links(align(left, right))
    first = {(a, b) for a, b in pairs if a.startswith("en:1.") or b.startswith("xx:1.")}
    assert {b for _, b in first} == {"xx:1.1", "xx:1.2", "xx:1.3"} and {a for a, _ in first} == {"en:1.1", "en:1.2"}
    assert all(a.startswith("en:1.") and b.startswith("xx:1.") for a, b in first)
    assert {("en:2.1", "xx:2.1"), ("en:3.1", "xx:3.1"), ("en:4.1", "xx:4.1")} <= pairs


def test_free_links_stay_near_the_path():
    left = claims("en", PARALLEL + ["Lhotse measures 8501 m officially"])
    right = claims("xx", ["Lhotse 8501 m"] + PARALLEL)
    pairs = links(align(left, right))
    assert {("en:1", "xx:2"), ("en:5", "xx:6")} <= pairs
    assert ("en:6", "xx:1") not in pairs  # a caption at the top shares a name and a number with the last line


def test_two_foreign_articles_also_match_by_their_own_words():
    from dataclasses import replace

    from factcheck.align import _Similarity, claim_bag

    # The lexicon translated "expédition" as "delivery": only the source words still agree.
    de = replace(claims("de", ["the expedition had to turn around"])[0], lang="de", text="Die Expedition musste umkehren.")
    fr = replace(claims("fr", ["the delivery have to do half tower"])[0], lang="fr", text="L'expédition dut faire demi-tour.")
    config = AlignConfig()

    def similarity(source_words: bool) -> float:
        bags = [claim_bag(de, config, source_words)], [claim_bag(fr, config, source_words)]
        return _Similarity(*bags, config).matrix()[0, 0]

    assert similarity(False) == 0.0
    assert similarity(True) > 0.1


def test_two_skipped_sentences_facing_one_of_their_joint_length_form_a_2_1_bead():
    left = claims("en", PARALLEL[:2] + ["Helpers combed drowned hamlets", "hunting anyone alive"] + PARALLEL[3:])
    right = claims("xx", PARALLEL[:2] + ["Volunteers walked through every wet lane, calling"] + PARALLEL[3:])
    pairs = links(align(left, right))
    assert {("en:3", "xx:3"), ("en:4", "xx:3")} <= pairs


def test_a_short_unmatched_sentence_merged_into_its_neighbours_bead_moves_to_its_lone_partner():
    from factcheck.align import _Gaps, _Sentences

    left = claims("en", PARALLEL[:2] + ["Onward!", "The long climb up to the edge of the south-east ridge was hard"])
    right = claims("xx", PARALLEL[:2] + ["Forward!", "Reaching the ridge was very hard"])
    text = np.eye(4)
    text[3, 3] = 0.3  # "ridge", "hard"; "Forward!" shares nothing with the climb
    path = [(0, 0), (1, 1), (3, 2), (3, 3)]  # the path merged "Forward!" into the climb's bead
    refined = _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path)
    assert refined == [(0, 0), (1, 1), (2, 2), (3, 3)]
    text[3, 2] = 0.1  # shared words: it stays
    assert _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path) == path


def test_a_lone_sentence_joins_the_neighbouring_bead_whose_lengths_it_completes():
    from factcheck.align import _Gaps, _Sentences

    left = claims("en", ["The storm hit the coast", "Homes lost power", "The roads were flooded", "Schools stay shut"])
    path = [(0, 0), (1, 1), (3, 2)]
    text = np.eye(4, 3)
    right = claims("xx", ["The storm hit the coast", "Homes lost power and the roads were flooded", "Schools stay shut"])
    assert _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path) == [(0, 0), (1, 1), (2, 1), (3, 2)]
    right = claims("xx", ["The storm hit the coast", "Homes lost power", "Schools stay shut"])  # it was dropped
    assert _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path) == path


def test_a_3_1_bead_is_traced_as_a_bead_not_as_a_skip():
    from factcheck.align import _BEADS, _trace_path

    move = np.zeros((4, 2), dtype=np.int8)
    move[3, 1] = _BEADS.index((3, 1)) + 1  # code 4, which used to mean "skip right" as well
    assert _trace_path(move, 3, 1) == [(0, 0), (1, 0), (2, 0)]


def test_two_neighbouring_beads_whose_lengths_fit_only_together_become_one_2_2_bead():
    from dataclasses import replace

    from factcheck.align import _Gaps, _Sentences

    left = claims("en", PARALLEL[:2] + [
        "Rescue teams searched flooded villages for survivors while helicopters circled above the valley and volunteers"
        " carried food, blankets and medicine to the families cut off by the water overnight",
        "The mayor asked residents to stay indoors"])
    right = claims("xx", PARALLEL[:2] + [
        "Rescue teams searched flooded villages",
        "The mayor asked residents to stay indoors because more rain was forecast, bridges were closed and power lines"
        " had fallen across several of the main roads into the town centre"])
    path = [(0, 0), (1, 1), (2, 2), (3, 3)]  # each long sentence faces a short one
    text = np.eye(4)
    text[2, 3] = 0.05  # the volunteers and the closed roads
    assert _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path) == sorted(path + [(2, 3)])
    plain = left[3].text  # the rest of the long sentence was dropped: the lengths do not fit together either
    right[3] = replace(right[3], text=plain, sentence_text=plain, translation=plain)
    assert _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path) == path


def test_a_lone_sentence_behind_a_colon_joins_its_neighbours_bead():
    from factcheck.align import _Gaps, _Sentences, _weak_boundary

    left = claims("en", ["The storm hit the coast", "At dawn the sky cleared", "Schools stay shut"])
    right = claims("xx", ["The storm hit the coast", "At dawn the sky cleared:", "we had to hurry.", "Schools stay shut"])
    path = [(0, 0), (1, 1), (2, 3)]
    text = np.eye(3, 4)
    # "we had to hurry." shares no word and makes the lengths fit worse, but it follows a colon
    assert _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path) == sorted(path + [(1, 2)])
    right = claims("xx", ["The storm hit the coast", "At dawn the sky cleared.", "We had to hurry.", "Schools stay shut"])
    assert _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path) == path  # maybe inserted
    right = claims("xx", ["The storm hit the coast", "At dawn the sky cleared:", "- _-", "Schools stay shut"])
    assert _Gaps(_Sentences.of(left), _Sentences.of(right), text, AlignConfig()).refine(path) == path  # scan debris
    assert _weak_boundary("Literatur:", "G.O.Dyhrenfurth") and _weak_boundary("Il pleut.", "- et il vente")
    assert not _weak_boundary("Il pleut.", "Il vente.") and not _weak_boundary("Il pleut.", "«Il vente.")


def test_a_skipped_sentence_whose_name_is_spelled_into_a_longer_one_is_still_paired():
    left = claims("en", PARALLEL)
    right = claims("xx", PARALLEL[:2] + [REWORDED] + PARALLEL[3:])
    left[2] = with_entities(left[2], "Black Tooth")  # keyed by its last word, "Tooth"
    right[2] = with_entities(right[2], "BlackTooth", "Chagaran")  # the scan lost the space
    assert ("en:3", "xx:3") in links(align(left, right))


# A long parallel pair: every sentence names its own town and figure (rare words on both sides),
# the right side drops every seventh sentence and rewords every fifth.
TOWNS = ["Aberdeen", "Bruges", "Cadiz", "Dresden", "Exeter", "Florence", "Ghent", "Hamburg", "Innsbruck", "Jena",
         "Kassel", "Lyon", "Malaga", "Nantes", "Oporto", "Padua", "Quimper", "Rouen", "Siena", "Toledo"]
LONG = [f"Officials in {TOWNS[n % 20]} counted {1000 + 37 * n} visitors during the {['spring', 'summer', 'autumn'][n % 3]} festival"
        for n in range(60)]


def long_pair():
    right = [text.replace("counted", "recorded") if n % 5 == 0 else text for n, text in enumerate(LONG) if n % 7 != 3]
    left, right = claims("en", LONG), claims("xx", right)
    for claim in left + right:  # names and numbers as the claim extractor would find them
        figure = claim.text.split()[4]
        claim.numbers.append(Quantity(figure, 0, len(figure), float(figure)))
    return left, right


def test_a_long_parallel_pair_is_aligned_block_by_block_as_a_whole(monkeypatch):
    import factcheck.align as aligner

    left, right = long_pair()
    dense = align(left, right)
    whole = links(dense)
    assert aligner._anchored_blocks([aligner.claim_bag(c, AlignConfig()) for c in left],
                                    [aligner.claim_bag(c, AlignConfig()) for c in right], left, right, AlignConfig()) is None
    monkeypatch.setattr(aligner, "BLOCK_CLAIMS", 10)
    monkeypatch.setattr(aligner, "BLOCK_MARGIN", 4)
    bags_l = [aligner.claim_bag(c, AlignConfig()) for c in left]
    bags_r = [aligner.claim_bag(c, AlignConfig()) for c in right]
    blocks = aligner._anchored_blocks(bags_l, bags_r, left, right, AlignConfig())
    assert blocks is not None and len(blocks) >= 3
    assert [block[0] for block in blocks] == sorted(block[0] for block in blocks)  # in order, no overlap of cores
    assert blocks[0][0][0] == 0 and blocks[-1][0][1] == len(left) and blocks[-1][1][1] == len(right)
    blocked = align(left, right)
    assert [(p.left, p.right, p.score, p.evidence) for p in blocked] == [(p.left, p.right, p.score, p.evidence) for p in dense]
    assert len(whole) == len(right)  # every kept sentence found its original


def test_a_long_pair_out_of_order_is_not_cut_into_blocks(monkeypatch):
    import factcheck.align as aligner

    left, right = long_pair()
    right = right[::2] + right[1::2]  # the same sentences, shuffled halves: not a translation's order
    monkeypatch.setattr(aligner, "BLOCK_CLAIMS", 10)
    bags_l = [aligner.claim_bag(c, AlignConfig()) for c in left]
    bags_r = [aligner.claim_bag(c, AlignConfig()) for c in right]
    assert aligner._anchored_blocks(bags_l, bags_r, left, right, AlignConfig()) is None


@pytest.mark.parametrize("cutoff", [82.0, 60.0, 95.0])
def test_fuzzy_ratios_by_length_blocks_are_the_whole_matrix(cutoff):
    """Scoring each block of words only against the lengths that can reach the cutoff gives
    the matrix of every word scored against every other (empty words included)."""
    import random

    from rapidfuzz import fuzz, process

    from factcheck.align import RATIO_BLOCK, _fuzzy_ratios

    rng = random.Random(7)
    stems = ["telecommunicatie", "telecommunications", "syria", "siria", "deadline", "ab", "a", ""]
    forms = [rng.choice(stems)[: rng.randint(0, 18)] + "".join(rng.choice("aeiklnorst") for _ in range(rng.randint(0, 12)))
             for _ in range(3 * RATIO_BLOCK + 5)]
    whole = process.cdist(forms, forms, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.float32)
    assert np.count_nonzero(whole) > len(forms)  # some words alike besides each with itself
    assert np.array_equal(_fuzzy_ratios(forms, cutoff), whole)
