"""Polarity and modality findings name the word they rest on (the cue), in the message, in the
JSON evidence and marked in both sentences, like the values of a date or number finding."""

import json
import re

import jsonschema
import pytest

from factcheck.claims import extract_claims
from factcheck.claims.facets import modality_cue, negation_cue
from factcheck.model import Document
from factcheck.report.schema import report_schema
from factcheck.segment import segment

from .test_cli import invoke
from .test_compare import findings


def only_claim(text: str, lang: str):
    document = Document(id=lang, path=f"<{lang}>", lang=lang, text=text)
    (claim, *_) = extract_claims(document, segment(document).sentences)
    return claim, document


@pytest.mark.parametrize("text, lang, cue, signals", [
    ("Het bedrijf heeft de servers nooit geopend.", "nl", "nooit", "negation"),
    ("Die Firma hat keine Daten geliefert.", "de", "keine", "negation"),
    ("La compagnie ne livre pas les données.", "fr", "ne livre pas", "negation"),  # both particles
    ("The company didn't hand over the data.", "en", "didn't", "negation"),
    ("Die Regierung könnte die Steuer erhöhen.", "de", "könnte", "possibility"),
    ("Le gouvernement exigerait un accès total.", "fr", "exigerait", "conditional"),
    ("The minister reportedly resigned on Monday.", "en", "reportedly", "hedged"),
    ("La empresa tiene que cerrar la fábrica.", "es", "tiene que", "obligation"),
])
def test_a_negated_or_modal_claim_records_its_cue_where_it_stands(text, lang, cue, signals):
    claim, document = only_claim(text, lang)
    (found,) = claim.cues
    assert (found.text, found.signals) == (cue, signals)
    assert document.text[found.start:found.end] == cue
    assert claim.negated is (signals == "negation")
    assert claim.modality == ("asserted" if signals == "negation" else signals)


def test_a_plain_assertion_has_no_cue():
    claim, _ = only_claim("De regering verhoogt de belasting.", "nl")
    assert claim.cues == [] and not claim.negated and claim.modality == "asserted"


def test_a_cue_after_words_set_aside_keeps_its_place():
    # An idiom ("no choice but") and a phrase that hedges nothing ("as soon as possible") are taken
    # out before the cue is looked for: the cue found after them must point at its own words.
    text = "It had no choice but to wait and did not come."
    start, end = negation_cue(text, "en")
    assert text[start:end] == "not" and start == text.index(" not ") + 1
    text = "They will leave as soon as possible and may return."
    stance, start, end = modality_cue(text, "en")
    assert (stance, text[start:end]) == ("possibility", "may")


def test_a_flipped_negation_names_the_word_and_its_sense():
    _, found = findings("Het bedrijf heeft nooit toegang gegeven.", "nl", "The company gave access.")
    (finding,) = [f for f in found if f.type == "polarity_mismatch"]
    assert finding.message.startswith("“nooit” (never) negates a:1; b:1 states it without a negation")
    assert [(cue["claim"], cue["text"], cue["signals"]) for cue in finding.evidence["cues"]] == [("a:1", "nooit", "negation")]


def test_a_changed_modality_names_both_words_and_their_classes():
    _, found = findings("Het bedrijf moet stoppen.", "nl", "The company may stop.")
    (finding,) = [f for f in found if f.type == "modality_mismatch"]
    assert finding.message.startswith("“moet” (obligation) vs “may” (possibility)")
    assert {(cue["claim"], cue["text"]) for cue in finding.evidence["cues"]} == {("a:1", "moet"), ("b:1", "may")}


def test_a_conditional_against_an_assertion_names_the_conditional_only():
    _, found = findings("The government would require full access.", "en", "De regering eist volledige toegang.", "nl", score=0.9)
    (finding,) = [f for f in found if f.type == "modality_mismatch"]
    assert finding.message.startswith("“would” (conditional) vs asserted")
    assert [cue["text"] for cue in finding.evidence["cues"]] == ["would"]


NEGATION_PAIR = {
    "en.md": "---\nlang: en\npublished: 2020-03-02\n---\nThe company opened its servers to the police in March.\n",
    "de.md": "---\nlang: de\npublished: 2020-03-02\n---\nDas Unternehmen hat seine Server im März nicht für die Polizei geöffnet.\n",
}


@pytest.fixture
def negation_story(tmp_path):
    for name, text in NEGATION_PAIR.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return str(tmp_path)


def test_every_reading_format_marks_the_cue_in_its_sentence(negation_story):
    text = invoke("compare", negation_story).stdout
    assert "«nicht»" in text
    assert "«nicht»" in invoke("compare", negation_story, "--side-by-side").stdout
    assert "**nicht**" in invoke("compare", negation_story, "--format", "markdown").stdout
    assert '<mark class="facet">nicht</mark>' in invoke("compare", negation_story, "--format", "html").stdout


def test_the_cues_validate_against_the_schema(negation_story):
    report = json.loads(invoke("compare", negation_story, "--format", "json").stdout)
    jsonschema.validate(report, report_schema())
    (finding,) = [f for f in report["stories"][0]["findings"] if f["type"] == "polarity_mismatch"]
    (cue,) = finding["evidence"]["cues"]
    german = next(d for d in report["stories"][0]["claims"] if d["id"] == cue["claim"])
    assert cue["text"] == "nicht" and german["lang"] == "de"
    body = NEGATION_PAIR["de.md"].split("---\n")[2]
    assert body[cue["start"]:cue["end"]] == "nicht"


def test_a_cue_with_no_place_fails_the_schema_only_when_malformed():
    schema = report_schema()
    report = json.loads(json.dumps({"schema_version": "1.3", "tool": {"name": "factcheck", "version": "0"}, "stories": []}))
    jsonschema.validate(report, schema)
    finding = schema["$defs"]["finding"]["properties"]["evidence"]["properties"]["cues"]["items"]
    jsonschema.validate({"claim": "en:3", "text": "not", "start": None, "end": None, "signals": "negation"}, finding)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"claim": "en:3", "text": "not", "signals": "negation"}, finding)


def test_an_unconfirmed_statement_names_the_words_that_leave_it_unconfirmed():
    from factcheck.compare.common import Siblings
    from factcheck.compare.stance import check_polarity
    from factcheck.model import Pair

    from .test_comparable import findings as story_findings

    _, story = story_findings(("it", "Il bilancio delle vittime non è ufficiale."),
                              ("en", "The attacks killed at least 31 people at the airport."), "x")
    italian, english = story.claims
    link = Pair(italian.id, english.id, 0.5, "agree", {"method": "facts", "text": 1.0, "one_to_one": True})
    (finding,) = check_polarity(italian, english, link, Siblings())
    assert finding.message.startswith(f"“non è ufficiale” leaves {italian.id} unconfirmed; {english.id} states it")
    (cue,) = finding.evidence["cues"]
    assert (cue["claim"], cue["signals"]) == (italian.id, "unconfirmed")
    assert italian.sentence_text[cue["start"] - italian.start:cue["end"] - italian.start] == "non è ufficiale"


@pytest.mark.parametrize("negated_text, lang, plain_text, word", [
    ("Die Mannschaft hat das Spiel nicht verloren.", "de", "The team was unable to lose the match.", "unable"),
    ("De ploeg heeft de wedstrijd niet verloren.", "nl", "The team remained unbeaten in the match.", "unbeaten"),
])
def test_a_plain_side_that_negates_with_a_word_names_and_places_it(negated_text, lang, plain_text, word):
    _, found = findings(negated_text, lang, plain_text, score=0.9)
    (finding,) = [f for f in found if f.type == "polarity_mismatch"]
    assert finding.severity == "info" and f"the other side may negate with a word (“{word}”)" in finding.message
    plain = next(cue for cue in finding.evidence["cues"] if cue["claim"] == "b:1")
    assert plain_text[plain["start"]:plain["end"]] == word


def test_a_negated_claim_without_a_recorded_cue_says_so_rather_than_guess():
    from dataclasses import replace

    from factcheck.compare.common import Siblings
    from factcheck.compare.stance import check_polarity
    from factcheck.model import Pair

    from .test_compare import claim

    negated = replace(claim("Het bedrijf heeft nooit toegang gegeven.", "nl", "a"), cues=[])
    plain = claim("The company gave access.", "en", "b")
    (finding,) = check_polarity(negated, plain, Pair("a:1", "b:1", 0.9, "agree"), Siblings())
    assert finding.message.startswith("a:1 is read as negated (no single word to point at); b:1 states it")
    assert finding.evidence["cues"] == []


def test_the_claims_listing_names_the_word_each_stance_was_read_from():
    # `factcheck claims` said "[negated]" or "[conditional]" without the word it rests on.
    from factcheck.pipeline import Options, extract_only

    from .conftest import SEEDS

    claims = extract_only([str(SEEDS)], Options()).stories[0].claims
    lines = {line.split()[0]: line for line in invoke("claims", str(SEEDS)).stdout.splitlines() if line[:3] in ("en:", "nl:")}
    stances = [claim for claim in claims if claim.negated or claim.modality != "asserted"]
    assert any(claim.negated for claim in stances) and any(claim.modality != "asserted" for claim in stances)
    for claim in stances:
        for cue in claim.cues:
            label = "negated" if cue.signals == "negation" else cue.signals
            assert f"{label}: “{cue.text}”" in lines[claim.id], lines[claim.id]


def test_the_json_claims_carry_their_cues_and_validate():
    # Schema 1.4: a claim's cues were only in the evidence of findings, never on the claim itself.
    from factcheck.pipeline import Options, extract_only

    from .conftest import SEEDS

    claims = extract_only([str(SEEDS)], Options()).stories[0].claims
    report = json.loads(invoke("claims", str(SEEDS), "--format", "json").stdout)
    jsonschema.validate(report, report_schema())
    listed = {claim["id"]: claim["cues"] for claim in report["stories"][0]["claims"]}
    assert any(listed.values())
    assert listed == {claim.id: [{"text": c.text, "start": c.start, "end": c.end, "signals": c.signals} for c in claim.cues] for claim in claims}


# Own sentences: a word of each stance, several at once, and none (most claims), in each language.
STANCE_SENTENCES = {
    "en": ["The bridge must close, and it may reopen in May.", "Prices will probably rise next year.",
           "The council approved the plan on Tuesday.", "She can swim and could win if it rains.",
           "It is possible to visit the tower.", "Reportedly the mayor resigned."],
    "nl": ["De brug moet dicht en gaat mogelijk in mei weer open.", "De raad keurde het plan dinsdag goed.",
           "Zij kan zwemmen en zou kunnen winnen.", "Naar verluidt is de burgemeester opgestapt."],
    "de": ["Die Brücke muss schließen und könnte im Mai wieder öffnen.", "Der Rat billigte den Plan am Dienstag.",
           "Sie kann schwimmen und wird wohl gewinnen.", "Angeblich trat der Bürgermeister zurück."],
    "fr": ["Le pont doit fermer et pourrait rouvrir en mai.", "Le conseil a approuvé le plan mardi.",
           "Elle peut nager et va sans doute gagner.", "Le maire aurait démissionné."],
    "es": ["El puente debe cerrar y podría reabrir en mayo.", "El consejo aprobó el plan el martes.",
           "Ella puede nadar y probablemente ganará.", "Al parecer, el alcalde dimitió."],
    "it": ["Il ponte deve chiudere e potrebbe riaprire a maggio.", "Il consiglio ha approvato il piano martedì.",
           "Lei può nuotare e probabilmente vincerà.", "Il sindaco si sarebbe dimesso."],
}


@pytest.mark.parametrize("lang", sorted(STANCE_SENTENCES))
def test_one_search_for_any_stance_word_changes_no_stance_found(lang, monkeypatch):
    """`_stance_match` first looks for a word of any stance in one search and returns at once
    when there is none: the stances, words and places found are those of the search per stance."""
    from factcheck.claims import facets

    def found(text):
        result = facets._stance_match(text, lang)
        return result and (result[0], result[1].span())

    texts = STANCE_SENTENCES[lang] + [sentence.upper() for sentence in STANCE_SENTENCES[lang]]
    with_pre_check = [found(text) for text in texts]
    monkeypatch.setattr(facets, "_any_stance_words", lambda lang: re.compile(""))  # finds something anywhere
    assert with_pre_check == [found(text) for text in texts]
    assert None in with_pre_check and len({stance for stance, _ in filter(None, with_pre_check)}) >= 2
