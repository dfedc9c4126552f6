"""Triangulation in stories of three or more articles (compare/triangulate.py): a disagreement
between two articles that both agree with a third is set aside as info; a change in one article,
which disagrees with all the others, stays."""

from __future__ import annotations

from dataclasses import replace

from factcheck.compare.triangulate import UNDECIDED, triangulate
from factcheck.model import Claim, Entity, Finding, Pair, Quantity, TimeExpr
from factcheck.pipeline import Options, run

from .conftest import FIXTURES


def _claim(doc: str, numbers: tuple[float, ...] = ()) -> Claim:
    text = "The bridge opened."
    quantities = [Quantity(text=f"{n:g}", start=0, end=3, value=n) for n in numbers]
    return Claim(id=f"{doc}:1", doc=doc, lang=doc, text=text, start=0, end=len(text), sentence=0, paragraph=0,
                 sentence_text=text, numbers=quantities)


def _story(*docs: str, numbers: dict[str, tuple[float, ...]] | None = None):
    claims = {c.id: c for c in (_claim(d, (numbers or {}).get(d, ())) for d in docs)}
    ids = list(claims)
    pairs = [Pair(a, b, 0.5, "agree") for i, a in enumerate(ids) for b in ids[i + 1:]]
    return claims, pairs


def _alarm(kind: str, left: str, right: str, severity: str = "warning") -> Finding:
    return Finding(type=kind, severity=severity, left=f"{left}:1", right=f"{right}:1", message="differs")


def test_a_disagreement_both_sides_of_which_agree_with_a_third_article_is_info():
    claims, pairs = _story("de", "es", "en")
    (found,) = triangulate(pairs, [_alarm("polarity_mismatch", "de", "es")], claims)
    assert found.severity == "info"
    assert "English article (en:1) is linked to both with no warning or error against either" in found.message and found.evidence["witness"] == "en:1"


def test_an_article_that_differs_from_all_others_keeps_its_findings():
    claims, pairs = _story("de", "es", "en", "fr")
    alarms = [_alarm("time_mismatch", "de", other, "error") for other in ("es", "en", "fr")]
    assert [f.severity for f in triangulate(pairs, alarms, claims)] == ["error", "error", "error"]


def test_a_witness_must_state_the_facet():
    claims, pairs = _story("de", "es", "en", numbers={"de": (310,), "es": (240,)})
    (found,) = triangulate(pairs, [_alarm("number_mismatch", "de", "es")], claims)
    assert found.severity == "warning"  # the English claim states no figure: no evidence either way


def test_two_articles_are_never_triangulated():
    claims, pairs = _story("de", "es")
    alarm = _alarm("polarity_mismatch", "de", "es")
    assert triangulate(pairs, [alarm], claims) == [alarm]


def test_a_disagreement_set_aside_no_longer_counts_against_a_witness():
    # de-es and es-fr disagree; en agrees with all three, so both are set aside, and fr, which then
    # agrees with de and es alike, may witness too: the result does not depend on the order.
    claims, pairs = _story("de", "es", "fr", "en")
    found = triangulate(pairs, [_alarm("modality_mismatch", "de", "es"), _alarm("modality_mismatch", "es", "fr")], claims)
    assert [f.severity for f in found] == ["info", "info"]


def test_six_articles_one_changed_figure_and_one_changed_day_are_found_against_every_other_article():
    story = run([str(FIXTURES / "six_languages")], Options(use_cache=False)).stories[0]
    by_claim = {c.id: c for c in story.claims}

    def against(lang: str, kind: str) -> set[str]:
        langs = [{by_claim[f.left].lang, by_claim[f.right].lang} for f in story.findings if f.type == kind and f.severity == "error"]
        return {other for pair in langs if lang in pair for other in pair - {lang}}

    assert against("nl", "number_mismatch") == {"de", "en", "es", "fr", "it"}  # 310 vs 240 million
    assert against("de", "time_mismatch") == {"en", "es", "fr", "it", "nl"}  # Sonntag vs Saturday


def _split_story(kind: str):
    """de:1 is paired with es:1, fr:1 and both clauses of the English sentence (en:1, en:2); it
    clashes with es:1, fr:1 and en:1, and en:2 states a figure of its own without a clash."""
    claims, pairs = _story("de", "es", "fr", "en", numbers={d: (240,) for d in ("es", "fr", "en")} | {"de": (310,)})
    second = _claim("en", (12,))
    claims["en:2"] = replace(second, id="en:2", sentence=0)
    pairs += [Pair(c, "en:2", 0.5, "agree") for c in ("de:1", "es:1", "fr:1")]
    alarms = [_alarm(kind, "de", other) for other in ("es", "fr", "en")]
    return claims, pairs, alarms


def test_a_figure_that_clashes_with_every_other_article_stays_and_names_the_odd_one_out():
    claims, pairs, alarms = _split_story("number_mismatch")
    found = triangulate(pairs, alarms, claims)
    assert [f.severity for f in found] == ["warning", "warning", "warning"]
    assert "the German article (de:1) differs from every article it is paired with" in found[0].message
    assert found[0].evidence["odd_one_out"] == "de:1" and "witness" not in found[0].evidence


def test_a_claim_that_clashes_with_only_some_of_its_articles_is_still_judged_by_a_witness():
    claims, pairs, alarms = _split_story("number_mismatch")
    pairs.append(Pair("de:1", "it:1", 0.5, "agree"))
    claims["it:1"] = _claim("it", (310,))
    pairs += [Pair("it:1", c, 0.5, "agree") for c in ("es:1", "fr:1", "en:1", "en:2")]
    found = triangulate(pairs, alarms, claims)  # it agrees with de: no odd one out
    assert {f.severity for f in found} == {"info"}


def test_a_stance_that_differs_from_every_other_article_is_still_judged_by_a_witness():
    claims, pairs, alarms = _split_story("modality_mismatch")
    assert {f.severity for f in triangulate(pairs, alarms, claims)} == {"info"}


def test_an_unsure_clash_is_no_agreement_the_odd_one_out_still_stays():
    # de clashes with es and fr, and with en only at info (a loose link): en is no witness that de agrees.
    claims, pairs = _story("de", "es", "fr", "en", numbers={d: (240,) for d in ("es", "fr", "en")} | {"de": (310,)})
    alarms = [_alarm("number_mismatch", "de", "es"), _alarm("number_mismatch", "de", "fr"),
              _alarm("number_mismatch", "de", "en", "info")]
    assert [f.severity for f in triangulate(pairs, alarms, claims)] == ["warning", "warning", "info"]


def _six_with_french(tmp_path, old: str, new: str):
    """The six-language fixture with one phrase of the French article replaced."""
    return _name_findings(tmp_path, "six_languages", {"fr": (old, new)})


def _name_findings(tmp_path, fixture: str, replacements: dict[str, tuple[str, str]]):
    """The name findings of a fixture story with one phrase replaced in some articles (language -> (old, new))."""
    for source in (FIXTURES / fixture).glob("*.md"):
        text = source.read_text(encoding="utf-8")
        if source.stem in replacements:
            old, new = replacements[source.stem]
            assert old in text
            text = text.replace(old, new)
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    story = run([str(tmp_path)], Options(use_cache=False)).stories[0]
    by_claim = {c.id: c for c in story.claims}
    return [(f, by_claim[f.left], by_claim[f.right]) for f in story.findings if f.type == "entity_mismatch"]


def test_a_name_one_article_swapped_is_found_against_every_other_article(tmp_path):
    # Every other article names Norrhaven, where the French one now says Malmberg; the sentence
    # still shares the bridge's name and the day with the others.
    found = _six_with_french(tmp_path, "Le pont Lindqvist de Norrhaven a été inauguré",
                             "Le pont Lindqvist de Malmberg a été inauguré")
    alarms = [(left, right) for f, left, right in found if f.severity == "warning" and "Malmberg" in f.message]
    assert {left.lang for left, right in alarms} | {right.lang for left, right in alarms} == {"de", "en", "es", "fr", "it", "nl"}
    assert all("fr" in (left.lang, right.lang) for left, right in alarms)


def test_a_name_one_article_spells_differently_is_no_swap(tmp_path):
    found = _six_with_french(tmp_path, "Le pont Lindqvist de Norrhaven a été inauguré",
                             "Le pont Lindqvist de Norrhavn a été inauguré")
    assert not [f for f, _left, _right in found if f.severity != "info"]


def test_an_undecided_clash_shown_as_a_note_still_bars_a_witness():
    # es describes the actor ("la Comisión") where de and en name it: its clash with each is only a
    # note, but es does not agree with either, so it cannot set aside de's swapped name against en.
    claims, pairs = _story("de", "en", "es")
    claims = {key: replace(c, entities=[Entity("Welsh Parliament", "ORG")]) for key, c in claims.items()}
    swap = _alarm("entity_mismatch", "de", "en")
    undecided = [replace(_alarm("entity_mismatch", "de", "es", "info"), evidence={UNDECIDED: "Comisión"}),
                 replace(_alarm("entity_mismatch", "en", "es", "info"), evidence={UNDECIDED: "Comisión"})]
    found = triangulate(pairs, [swap, *undecided], claims)
    assert [f.severity for f in found] == ["warning", "info", "info"]
    # the same notes without the mark (a loose link, say) leave es free to witness
    plain = [replace(f, evidence={}) for f in undecided]
    assert triangulate(pairs, [swap, *plain], claims)[0].severity == "info"


THURSDAY, FRIDAY = "2024-03-14", "2024-03-15"


def _noted(kind: str, left: str, right: str, severity: str, values: tuple[tuple[str, str], tuple[str, str]], **notes) -> Finding:
    """A finding whose check read two different values (`differing`: text and value of each side), at any severity."""
    differing = [{"text": text, "value": value} for text, value in values]
    return replace(_alarm(kind, left, right, severity), evidence={"differing": differing, **notes})


def _dated_story(days: dict[str, str]):
    """A story whose claims each state one weekday (`days`: article -> the word)."""
    claims, pairs = _story(*days)
    for doc, day in days.items():
        claims[f"{doc}:1"] = replace(claims[f"{doc}:1"], times=[TimeExpr(text=day, start=0, end=len(day), value=None, granularity="day", relative=True)])
    return claims, pairs


def test_a_third_article_that_differs_from_one_side_even_unsurely_agrees_with_the_other_only():
    # de says Thursday, en and fr Friday; de-fr is only a note (a loose link), en-fr has no finding.
    claims, pairs = _dated_story({"de": "Donnerstag", "en": "Friday", "fr": "vendredi"})
    error = _noted("time_mismatch", "de", "en", "error", (("Donnerstag", THURSDAY), ("Friday", FRIDAY)))
    note = _noted("time_mismatch", "de", "fr", "info", (("Donnerstag", THURSDAY), ("vendredi", FRIDAY)))
    kept, noted = triangulate(pairs, [error, note], claims)
    assert kept.severity == "error" and "witness" not in kept.evidence
    assert "agrees with both" not in kept.message
    assert "the French article (fr:1) agrees with the English one (en:1), not with the German one (de:1)" in kept.message
    assert kept.evidence["sides_with"] == {"claim": "fr:1", "agrees_with": "en:1"}
    assert noted.severity == "info" and noted.evidence["sides_with"] == {"claim": "en:1", "agrees_with": "fr:1"}


def test_a_note_on_another_value_of_the_third_article_takes_no_side():
    # The de-fr note read another date of the French claim (Saturday): fr still agrees with both.
    claims, pairs = _dated_story({"de": "Donnerstag", "en": "Friday", "fr": "vendredi"})
    error = _noted("time_mismatch", "de", "en", "warning", (("Donnerstag", THURSDAY), ("Friday", FRIDAY)))
    note = _noted("time_mismatch", "de", "fr", "info", (("Donnerstag", THURSDAY), ("samedi", "2024-03-16")))
    kept, _ = triangulate(pairs, [error, note], claims)
    assert kept.severity == "info" and kept.evidence["witness"] == "fr:1"


def test_a_difference_that_is_no_clash_of_the_fact_still_lets_the_third_article_witness():
    # de-fr differ only as a statement's date against the fact's: fr agrees with both de and en.
    claims, pairs = _dated_story({"de": "Donnerstag", "en": "Friday", "fr": "vendredi"})
    error = _noted("time_mismatch", "de", "en", "warning", (("Donnerstag", THURSDAY), ("Friday", FRIDAY)))
    note = _noted("time_mismatch", "de", "fr", "info", (("Donnerstag", THURSDAY), ("vendredi", FRIDAY)), statement=True)
    kept, _ = triangulate(pairs, [error, note], claims)
    assert kept.severity == "info" and kept.evidence["witness"] == "fr:1"


def _figure(value: float, approx: str = "exact") -> dict:
    """A finding's record of a figure (`numbers._number_value`)."""
    return {"text": f"{value:g}", "value": value, "unit": None, "approx": approx, "low": None, "high": None}


def _figures(kind: str, left: str, right: str, severity: str, values: tuple[dict, dict]) -> Finding:
    return replace(_alarm(kind, left, right, severity), evidence={"differing": list(values)})


def test_only_dates_take_sides_by_a_note_a_figure_note_leaves_the_witness():
    # Figures are read differently per language (scale words, separators): a note between the third
    # article and one side does not make it take a side, as a date's would (fr states both figures,
    # so its own values take no side either).
    claims, pairs = _story("de", "en", "fr", numbers={"de": (45,), "en": (40,), "fr": (40, 45)})
    warning = _figures("number_mismatch", "de", "en", "warning", (_figure(45), _figure(40)))
    note = _figures("number_mismatch", "de", "fr", "info", (_figure(45), _figure(40)))
    kept, _ = triangulate(pairs, [warning, note], claims)
    assert kept.severity == "info" and kept.evidence["witness"] == "fr:1"


def test_a_third_article_that_states_one_sides_figure_itself_takes_that_side():
    # de says 83 where en says 55; fr states 55 and 60 ("entre 55 y 60") and its link to de paired its
    # 60 with de's other figure, so no finding shows that it differs from de: it is no witness.
    claims, pairs = _story("de", "en", "fr", numbers={"de": (83, 60), "en": (55, 60), "fr": (55, 60)})
    warning = _figures("number_mismatch", "de", "en", "warning", (_figure(83), _figure(55)))
    (kept,) = triangulate(pairs, [warning], claims)
    assert kept.severity == "warning" and "witness" not in kept.evidence
    assert "the French article (fr:1) agrees with the English one (en:1), not with the German one (de:1)" in kept.message
    assert kept.evidence["sides_with"] == {"claim": "fr:1", "agrees_with": "en:1"}


def test_a_third_article_that_states_both_figures_still_witnesses():
    claims, pairs = _story("de", "en", "fr", numbers={"de": (83,), "en": (55,), "fr": (55, 83)})
    warning = _figures("number_mismatch", "de", "en", "warning", (_figure(83), _figure(55)))
    (kept,) = triangulate(pairs, [warning], claims)
    assert kept.severity == "info" and kept.evidence["witness"] == "fr:1"


def _clock(minutes: int) -> dict:
    return {"text": f"{minutes // 60}:{minutes % 60:02d}", "value": float(minutes), "unit": "clock", "approx": "exact",
            "low": None, "high": None}


def test_a_third_article_linked_to_one_side_only_names_the_side_it_agrees_with():
    # A story of three separately written articles: it ("alle 21:40") is linked to de ("21.40 Uhr")
    # only, not to the English sentence ("8:40 p.m."); it states de's time and not en's.
    claims, pairs = _story("de", "en", "it")
    times = {"de": 21 * 60 + 40, "en": 20 * 60 + 40, "it": 21 * 60 + 40}
    for doc, minutes in times.items():
        record = _clock(minutes)
        claims[f"{doc}:1"] = replace(claims[f"{doc}:1"], numbers=[Quantity(text=record["text"], start=0, end=5, value=minutes, unit="clock")])
    pairs = [p for p in pairs if {p.left, p.right} != {"en:1", "it:1"}]
    error = _figures("time_mismatch", "de", "en", "error", (_clock(times["de"]), _clock(times["en"])))
    (kept,) = triangulate(pairs, [error], claims)
    assert kept.severity == "error"
    assert kept.evidence["sides_with"] == {"claim": "it:1", "agrees_with": "de:1"}
    # linked to the other side instead, where it clashes, it supports no one
    clash = _figures("time_mismatch", "en", "it", "error", (_clock(times["en"]), _clock(times["it"])))
    pairs = [p for p in pairs if {p.left, p.right} != {"de:1", "it:1"}] + [Pair("en:1", "it:1", 0.5, "agree")]
    assert "sides_with" not in triangulate(pairs, [error, clash], claims)[0].evidence


def _named(doc: str, sentence: str, claims: dict) -> None:
    claims[f"{doc}:1"] = replace(claims[f"{doc}:1"], sentence_text=sentence, entities=[Entity(sentence.split()[0], "PER")])


def test_a_third_article_that_writes_one_sides_name_is_named_as_its_side():
    # es writes "Jones" where en and de write "Hammel"; de clashes with es too, so it is no witness,
    # and its sentence writes en's name and not es's: the en-es finding names it.
    claims, pairs = _story("es", "en", "de")
    for doc, sentence in (("es", "Jones llegó."), ("en", "Hammel arrived."), ("de", "Hammel kam an.")):
        _named(doc, sentence, claims)
    warning = replace(_alarm("entity_mismatch", "en", "es"), evidence={"differing": ["Hammel", "Jones"]})
    clash = replace(_alarm("entity_mismatch", "de", "es"), evidence={"differing": ["Hammel", "Jones"]})
    kept, _ = triangulate(pairs, [warning, clash], claims)
    assert kept.severity == "warning" and kept.evidence["sides_with"] == {"claim": "de:1", "agrees_with": "en:1"}
    # A third article linked to both with only a note against es still witnesses, whatever name it
    # writes: taking sides on names raised the warnings on faithful translations (NTREX test 20 -> 22).
    note = replace(clash, severity="info")
    assert triangulate(pairs, [warning, note], claims)[0].severity == "info"
    _named("de", "Hammel und Jones kamen an.", claims)
    assert "sides_with" not in triangulate(pairs, [warning, clash], claims)[0].evidence


def _rail_story():
    """tests/fixtures/user15/rail_en_de_it: three separately written articles; the Italian train runs to
    Bologna where the German and English ones run to Verona, and the English one derails at 8:40 p.m.
    where the German one says 21.40 Uhr and the Italian one 21:40."""
    story = run([str(FIXTURES / "user15" / "rail_en_de_it")], Options(use_cache=False)).stories[0]
    by_claim = {c.id: c for c in story.claims}
    return [(f, by_claim[f.left], by_claim[f.right]) for f in story.findings if f.right is not None]


def test_a_third_article_linked_to_one_side_does_not_hide_a_name_the_other_side_changed():
    # Compared alone, de-it gets "Verona" / "Bologna" as a warning; the English claim linked to the
    # German one (and not to the Italian one) names Verona too: it says nothing of the Italian side.
    (found,) = [f for f, left, right in _rail_story() if f.type == "entity_mismatch" and "Bologna" in f.message
                and {left.lang, right.lang} == {"de", "it"}]
    assert found.severity == "warning" and "Verona" in found.message


def test_the_time_one_article_changed_names_the_third_article_that_agrees_with_the_other():
    (found,) = [(f, left, right) for f, left, right in _rail_story() if f.type == "time_mismatch" and f.severity == "error"]
    finding, left, right = found
    assert {left.lang, right.lang} == {"de", "en"}
    assert "the Italian article" in finding.message and "agrees with the German one" in finding.message
    assert finding.evidence["sides_with"]["agrees_with"] == (left if left.lang == "de" else right).id
