"""Own-written article pairs (tests/fixtures/<set>/<event>_<lang>_<lang>/): invented events, each told by
two outlets in two languages, written independently, with a gold file per pair
(tests/fixtures/<set>/gold/<pair>.json: which sentences agree, which disagree and how, what only one side
says). The checks a fact-checker needs from each pair, shared by the sets of pairs (user13, user14):
no warning or error outside the planted discrepancies, each planted discrepancy reported with its type,
and what only one article states never shown as an agreement. Known failures are strict `xfail`s
with their reasons, kept by each set's test module. A story of three or more articles has one gold
file per pair of its articles, naming the story's folder (`"story"`); each pair is judged on the
findings and links between its two articles only."""

import json
from functools import lru_cache
from pathlib import Path

import pytest

from factcheck.ingest import ingest
from factcheck.pipeline import Options, compare_documents

ALARMS = ("warning", "error")


def on_fact(finding, left: set[str], right: set[str]) -> bool:
    ends = {finding.left, finding.right}
    return bool(ends & left) and bool(ends & right)


def xfail_if(reason: str | None) -> list:
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


class OwnPairs:
    """One set of own-written pairs and their gold."""

    def __init__(self, name: str):
        self.fixtures = Path(__file__).parent / "fixtures" / name
        self.pairs = sorted(path.stem for path in (self.fixtures / "gold").glob("*.json"))
        self._compared = lru_cache(maxsize=None)(self._compare)

    def _compare(self, folder: str):
        return compare_documents(ingest([str(self.fixtures / folder)]).documents, Options(use_cache=False))

    def story(self, pair: str):
        """The compared story the pair's two articles belong to (of these two, or of more)."""
        return self._compared(self.gold(pair).get("story", pair))

    def findings(self, pair: str) -> list:
        """The findings between the pair's two articles."""
        return self._between(pair, self.story(pair).findings)

    def links(self, pair: str) -> list:
        """The claim pairs between the pair's two articles."""
        return self._between(pair, self.story(pair).pairs)

    def _between(self, pair: str, items) -> list:
        gold, story = self.gold(pair), self.story(pair)
        lang = {c.id: c.lang for c in story.claims}
        return [i for i in items if {lang.get(i.left), lang.get(i.right)} == {gold["left"], gold["right"]}]

    def gold(self, pair: str) -> dict:
        return json.loads((self.fixtures / "gold" / f"{pair}.json").read_text(encoding="utf-8"))

    def claims_of(self, pair: str, lang: str, words: str) -> set[str]:
        """The claims of one article whose text (else sentence) holds the gold words."""
        claims = [c for c in self.story(pair).claims if c.lang == lang]
        found = {c.id for c in claims if words in c.text} or {c.id for c in claims if words in c.sentence_text}
        assert found, f"{pair}: no {lang} claim holds {words!r}"
        return found

    def facts(self, status: str):
        for pair in self.pairs:
            data = self.gold(pair)
            for fact in data["facts"]:
                if fact["status"] == status:
                    yield pair, data, fact

    def assert_well_formed(self, pairs: int, planted: int = 3, sentences: int = 12, distinct_types: bool = False):
        """`pairs` gold files, each naming two articles of its story and `planted` planted
        discrepancies (with `distinct_types`, each of another type), each article of at least
        `sentences` sentences."""
        assert len(self.pairs) == pairs
        for pair in self.pairs:
            gold, story = self.gold(pair), self.story(pair)
            assert {gold["left"], gold["right"]} <= {doc.lang for doc in story.documents}
            types = [fact["type"] for fact in gold["facts"] if fact["status"] == "disagree"]
            assert len(types) == planted and (not distinct_types or len(set(types)) == planted)
            for lang in (gold["left"], gold["right"]):
                assert len({c.sentence_text for c in story.claims if c.lang == lang}) >= sentences

    # ------------------------------------------------------------------ parameters of the three checks

    def planted_cases(self, not_found_yet: dict):
        """(pair, gold, fact) of each planted discrepancy; `not_found_yet`: (pair, left words) -> why."""
        for pair, data, fact in self.facts("disagree"):
            marks = xfail_if(not_found_yet.get((pair, fact["left"])))
            yield pytest.param(pair, data, fact, id=f"{pair}-{fact['type']}", marks=marks)

    def pair_cases(self, false_alarm_yet: dict):
        return [pytest.param(pair, marks=xfail_if(false_alarm_yet.get(pair))) for pair in self.pairs]

    def one_side_cases(self, shown_agreeing_yet: dict):
        for status in ("only_left", "only_right"):
            for pair, data, fact in self.facts(status):
                side = "left" if status == "only_left" else "right"
                marks = xfail_if(shown_agreeing_yet.get((pair, fact[side])))
                yield pytest.param(pair, data[side], fact[side], id=f"{pair}-{status}-{fact[side][:12]}", marks=marks)

    # ------------------------------------------------------------------ the three checks

    def assert_no_false_alarm(self, pair: str, severities: tuple[str, ...] = ALARMS):
        """Facts both articles agree on, or only one states, get no finding of these severities (a
        sentence that also holds a planted discrepancy may carry that one, and a fact the gold leaves
        unscored, such as a figure one article gives as since updated, may carry one)."""
        planted = [(self.claims_of(pair, d["left"], f["left"]), self.claims_of(pair, d["right"], f["right"]))
                   for status in ("disagree", "unscored") for p, d, f in self.facts(status) if p == pair]
        false = [f for f in self.findings(pair) if f.severity in severities
                 and not any(on_fact(f, left, right) for left, right in planted)]
        assert not false, [f"{f.severity} {f.type} {f.left}/{f.right}: {f.message}" for f in false]

    def assert_planted_found(self, pair: str, data: dict, fact: dict):
        left, right = self.claims_of(pair, data["left"], fact["left"]), self.claims_of(pair, data["right"], fact["right"])
        found = [f for f in self.findings(pair) if on_fact(f, left, right)]
        assert any(f.type == f"{fact['type']}_mismatch" and f.severity in ALARMS for f in found), \
            [f"{f.severity} {f.type}: {f.message}" for f in found]

    def assert_not_shown_agreeing(self, pair: str, lang: str, words: str):
        """A claim stating what the other article does not is at most weakly linked."""
        claims = self.claims_of(pair, lang, words)
        shown = [p for p in self.links(pair) if {p.left, p.right} & claims and p.status in ("agree", "partial")]
        assert not shown, [f"{p.status} {p.left}/{p.right} {p.evidence.get('method')}" for p in shown]


def checks_of(pairs: OwnPairs, not_found_yet: dict, false_alarm_yet: dict, shown_agreeing_yet: dict,
              false_error_yet: dict | None = None):
    """The four checks of one set of pairs as test functions, for its module to bind to `test_*` names:
    no error, then no warning or error, outside the planted discrepancies; what only one article states
    not shown as agreement; each planted discrepancy found with its type. The dicts name the known
    failures (strict `xfail`s) with their reasons."""

    @pytest.mark.parametrize("pair", pairs.pair_cases(false_error_yet or {}))
    def no_error(pair):
        """The worst outcome for a fact-checker, on no pair: an error on facts both articles agree on."""
        pairs.assert_no_false_alarm(pair, severities=("error",))

    @pytest.mark.parametrize("pair", pairs.pair_cases(false_alarm_yet))
    def no_alarm(pair):
        pairs.assert_no_false_alarm(pair)

    @pytest.mark.parametrize("pair, lang, words", list(pairs.one_side_cases(shown_agreeing_yet)))
    def not_shown_agreeing(pair, lang, words):
        pairs.assert_not_shown_agreeing(pair, lang, words)

    @pytest.mark.parametrize("pair, data, fact", list(pairs.planted_cases(not_found_yet)))
    def planted_found(pair, data, fact):
        pairs.assert_planted_found(pair, data, fact)

    return no_error, no_alarm, not_shown_agreeing, planted_found


def severities(kind: str, left_text: str, left_lang: str, right_text: str, right_lang: str,
               method: str = "path") -> set[str]:
    """The severities of one type of finding on a confident 1:1 pair of the two sentences, linked as
    translations (`method` "path") or as separately written articles ("facts")."""
    from .test_compare import claim

    from factcheck.compare import compare_pairs
    from factcheck.model import Pair

    left, right = claim(left_text, left_lang, "a"), claim(right_text, right_lang, "b")
    pair = Pair(left.id, right.id, 0.9, "agree", {"method": method, "text": 0.9, "one_to_one": True})
    _, found = compare_pairs([pair], {left.id: left, right.id: right})
    return {f.severity for f in found if f.type == kind}
