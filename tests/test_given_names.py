"""One surname with two given names (compare/names.py `_given_name_clash`): "Maxime Laurent" against
"Mathieu Laurent" is another person or one person named wrongly, a name finding either way; a
transliteration, or a given name the other article also writes, is none. Triangulation judges a name
clash by the name it reads (compare/triangulate.py)."""

from __future__ import annotations

from dataclasses import replace

from factcheck.compare import compare_pairs
from factcheck.compare.triangulate import triangulate
from factcheck.model import Entity, Finding, Pair

from .test_compare import claim
from .test_triangulate import _story


def _entity_findings(left, right, pair_evidence: dict, score: float = 0.42, others: tuple = ()) -> list[Finding]:
    pair = Pair(left.id, right.id, score, "agree", pair_evidence)
    claims = {c.id: c for c in (left, right, *others)}
    _, found = compare_pairs([pair], claims)
    return [f for f in found if f.type == "entity_mismatch"]


FACT_LINK = {"method": "facts", "text": 0.2, "anchors": ["name:Laurent"], "one_to_one": True}
FRENCH = "Le Français Maxime Laurent a pris la troisième place."
ENGLISH = "France's Mathieu Laurent was third on 5.5 points."


def test_one_surname_with_two_given_names_on_a_link_anchored_on_it_is_a_name_warning():
    (found,) = _entity_findings(claim(FRENCH, "fr", "a"), claim(ENGLISH, "en", "b"), FACT_LINK)
    assert found.severity == "warning"
    assert found.evidence["differing"] == ["Maxime", "Mathieu"]
    assert "one surname, another given name" in found.message


def test_the_other_given_name_written_elsewhere_in_the_article_is_no_clash():
    # Both Laurents are in the English article: the claims may name two people of one family.
    english = claim(ENGLISH, "en", "b")
    brother = claim("His brother Maxime Laurent finished fifth.", "en", "b")
    brother = replace(brother, id="b:2", sentence=english.sentence + 1)
    assert not _entity_findings(claim(FRENCH, "fr", "a"), english, FACT_LINK, others=(brother,))


def test_a_transliterated_given_name_is_no_clash():
    left = claim("Wladimir Putin besuchte Berlin.", "de", "a")
    right = claim("Vladimir Putin visited Berlin.", "en", "b")
    evidence = {**FACT_LINK, "anchors": ["name:Putin"]}
    assert not _entity_findings(left, right, evidence)


def test_between_translations_the_given_name_is_left_to_the_names_check():
    # A translation pair whose given names differ: no "one surname, another given name" finding (it
    # raised the NTREX test alarms two languages at a time); the names check's own reading stands.
    left = claim("Den Einsatz leitete Hubert Senoner.", "de", "a")
    right = claim("The operation was led by Herbert Senoner.", "en", "b")
    whole = {"method": "path", "text": 0.3, "one_to_one": True}
    assert not [f for f in _entity_findings(left, right, whole, score=0.3) if "given name" in f.message]
    evidence = {**FACT_LINK, "anchors": ["name:Senoner"]}
    assert [f.severity for f in _entity_findings(left, right, evidence)] == ["warning"]


def test_a_link_that_does_not_rest_on_the_surname_leaves_the_clash_a_note():
    evidence = {**FACT_LINK, "anchors": ["word:third"]}
    assert [f.severity for f in _entity_findings(claim(FRENCH, "fr", "a"), claim(ENGLISH, "en", "b"), evidence)] == ["info"]


def _name_clash(left: str, right: str, names: tuple[str, str], severity: str = "warning") -> Finding:
    return Finding(type="entity_mismatch", severity=severity, left=f"{left}:1", right=f"{right}:1", message="differs",
                   evidence={"differing": list(names)})


def test_a_claim_clashing_on_two_different_names_is_no_odd_one_out_and_a_witness_still_counts():
    # de:1 names "Hubert Senoner" of "Bergrettung Gröden": nl writes another given name, it calls the
    # body by a description. Two clashes of two names, not one name against every article: nl, which
    # clashes with de only on the given name, still witnesses on "Gröden" / "Soccorso".
    claims, pairs = _story("de", "it", "nl")
    for c in claims.values():
        c.entities.append(Entity("Senoner", "PERSON"))
    found = triangulate(pairs, [_name_clash("de", "nl", ("Hubert", "Herbert")), _name_clash("de", "it", ("Gröden", "Soccorso"))],
                        claims)
    by_names = {tuple(f.evidence["differing"]): f for f in found}
    assert by_names[("Gröden", "Soccorso")].severity == "info"
    assert "odd_one_out" not in by_names[("Hubert", "Herbert")].evidence


def test_one_name_against_every_other_article_still_names_the_odd_one_out():
    claims, pairs = _story("de", "it", "nl")
    for c in claims.values():
        c.entities.append(Entity("Senoner", "PERSON"))
    found = triangulate(pairs, [_name_clash("de", "nl", ("Hubert Senoner", "Herbert Senoner")),
                                _name_clash("de", "it", ("Hubert Senoner", "Herbert Senoner"))], claims)
    assert {f.evidence.get("odd_one_out") for f in found} == {"de:1"}


def test_a_body_named_by_common_words_has_no_given_name():
    # "General" is a word of the dictionary, no surname: two titles of one office, not two people.
    left = claim("La Procuraduría General anunció el juicio.", "es", "a")
    right = claim("The Attorney General's office announced the trial.", "en", "b")
    evidence = {**FACT_LINK, "anchors": ["name:General"]}
    assert not [f for f in _entity_findings(left, right, evidence) if "given name" in f.message]
