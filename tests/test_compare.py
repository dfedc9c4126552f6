"""Compare: one hand-written claim pair per finding type and per tolerance rule, in several languages."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.claims import extract_claims
from factcheck.claims.facets import litotes, negated, one_word_negation
from factcheck.compare import compare_pairs
from factcheck.compare.common import CognateIndex, CognateIndexes, _cognate
from factcheck.model import Document, Pair
from factcheck.segment import segment

PUBLISHED = date(2015, 11, 30)


def claim(text: str, lang: str, doc: str, translation: str | None = None):
    document = Document(id=doc, path=f"<test>/{doc}", lang=lang, text=text, published=PUBLISHED)
    (first, *_) = extract_claims(document, segment(document).sentences)
    first.translation = translation or text
    return first


def claim_beside(text: str, lang: str, of, sentence_step: int = 0):
    """Another claim of `of`'s article (a clause of its sentence, or the next sentence): the
    other half of a bead that one sentence of the other article makes two."""
    return replace(claim(text, lang, of.doc), id=f"{of.id}+{sentence_step}", sentence=of.sentence + sentence_step)


def findings(left_text, left_lang, right_text, right_lang="en", score=0.5, translation=None, right_translation=None):
    left = claim(left_text, left_lang, "a", translation)
    right = claim(right_text, right_lang, "b", right_translation)
    pair = Pair(left.id, right.id, score, "agree")
    _, found = compare_pairs([pair], {left.id: left, right.id: right})
    return {(f.type, f.severity) for f in found}, found


def severity_of(kind, found_set):
    return {severity for t, severity in found_set if t == kind}


def polarity_note(negating, lang, plain, plain_lang="en"):
    """The pair's one polarity finding, which must be a note (info)."""
    found, all_findings = findings(negating, lang, plain, plain_lang)
    assert severity_of("polarity_mismatch", found) == {"info"}
    (finding,) = [f for f in all_findings if f.type == "polarity_mismatch"]
    return finding


@pytest.mark.parametrize(
    "left, lang, right, severity",
    [
        ("Drei Personen wurden am Samstag verletzt.", "de", "Five people were injured on Saturday.", "error"),
        ("Je vis à Dublin depuis 14 ans.", "fr", "I have lived in Dublin for 15 years.", "error"),  # touching rounding intervals
        ("El coste fue de 8 millones de euros.", "es", "The cost was around 9 million euros.", "warning"),  # exact outside "around"
        ("Il corso dura tra 2 e 5 giorni.", "it", "The course lasts between 3 and 5 days.", "warning"),  # ranges with other bounds
    ],
)
def test_changed_number(left, lang, right, severity):
    found, _ = findings(left, lang, right)
    assert severity_of("number_mismatch", found) == {severity}


def test_number_messages_write_large_figures_out_not_in_exponent_notation():
    _, found = findings("De renovatie kostte 28 miljoen euro.", "nl", "The renovation cost 35 million euros.")
    (message,) = [f.message for f in found if f.type == "number_mismatch"]
    assert "28,000,000" in message and "35,000,000" in message
    assert "e+07" not in message


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("Bijna 300 mensen werden geëvacueerd.", "nl", "297 people were evacuated."),  # rounding
        ("Es kamen rund 400 Besucher.", "de", "About 400 visitors came."),
        ("L'iPhone 6 et 6 Plus sont sortis.", "fr", "The iPhone 6 Plus and 6 came out."),  # one-to-one pairing
        ("Ze verkochten 85.000 tickets.", "nl", "They sold 85,000 tickets for 12 euros."),  # extra detail
    ],
)
def test_numbers_within_tolerance(left, lang, right):
    found, _ = findings(left, lang, right)
    assert not severity_of("number_mismatch", found)


def test_changed_date_is_an_error_and_granularity_is_tolerated():
    found, _ = findings("BlackBerry stopt op 30 december.", "nl", "BlackBerry stops on December 18.")
    assert severity_of("time_mismatch", found) == {"error"}
    found, _ = findings("BlackBerry stopt in december.", "nl", "BlackBerry stops on December 30.")
    assert not severity_of("time_mismatch", found)


def _undated_claim(text: str, lang: str, doc: str):
    document = Document(id=doc, path=f"<test>/{doc}", lang=lang, text=text, published=None)
    (first,) = extract_claims(document, segment(document).sentences)
    return first


@pytest.mark.parametrize("placed, unplaced, expected", [
    ("De brug gaat morgen dicht.", "The bridge closes tomorrow.", set()),  # the same reference to each one's day
    ("De brug gaat vandaag dicht.", "The bridge closes at the end of the year.", {"info"}),  # could be one day
])
def test_a_time_that_cannot_be_placed_is_no_evidence_of_a_changed_date(placed, unplaced, expected):
    """One article dated, the other not: "tomorrow" has no calendar value, so only a difference that
    holds whatever its publication date may be a warning; the rest is a low-confidence note."""
    left, right = claim(placed, "nl", "a"), _undated_claim(unplaced, "en", "b")
    assert left.times[0].value and right.times[0].value is None
    _, found = compare_pairs([Pair(left.id, right.id, 0.6, "agree")], {left.id: left, right.id: right})
    times = [f for f in found if f.type == "time_mismatch"]
    assert {f.severity for f in times} == expected
    assert all(f.confidence < 0.5 and "cannot be placed" in f.message for f in times)


def test_unresolved_dates_that_differ_whatever_the_publication_date_are_an_error():
    left = Document("a", "a", "fr", "Les résultats sont publiés le 15 octobre.")
    right = Document("b", "b", "en", "The results are published on 18 October.")
    (l_claim,) = extract_claims(left, segment(left).sentences)
    (r_claim,) = extract_claims(right, segment(right).sentences)
    _, found = compare_pairs([Pair(l_claim.id, r_claim.id, 0.5, "agree")], {l_claim.id: l_claim, r_claim.id: r_claim})
    (finding,) = [f for f in found if f.type == "time_mismatch"]
    assert finding.severity == "error" and "no publication date" in finding.message


@pytest.mark.parametrize(
    "left, lang, right, translation",
    [
        ("US-Präsident Donald Trump schrieb auf Twitter.", "de", "US President Erwin Huber wrote on Twitter.", None),
        ("Gli Stati Uniti hanno firmato con Parigi.", "it", "The United States signed with Berlin.", "the United States have sign with Paris"),
    ],
)
def test_different_name_in_the_same_role(left, lang, right, translation):
    found, all_findings = findings(left, lang, right, translation=translation)
    assert severity_of("entity_mismatch", found) == {"warning"}
    (finding,) = [f for f in all_findings if f.type == "entity_mismatch"]
    assert finding.evidence["left_sentence"] and finding.evidence["right_sentence"] and finding.evidence["differing"]


@pytest.mark.parametrize(
    "left, lang, right, translation",
    [
        ("Argentinien zahlte nicht.", "de", "Argentina did not pay.", None),  # shared stem
        ("Los Estados Unidos y Siria firmaron.", "es", "The United States and Syria signed.", "the United States and Siria sign"),
        ("Der Bub ist in Graz.", "de", "The boy is in Graz.", None),  # German common noun is no name
        ("Marty Beard bevestigde het.", "nl", "Chief Operating Officer Marty Beard confirmed it.", None),  # elaboration
    ],
)
def test_transliterated_translated_or_extra_names_are_no_conflict(left, lang, right, translation):
    found, _ = findings(left, lang, right, translation=translation)
    assert not severity_of("entity_mismatch", found) - {"info"}


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("Die Saison wurde zu Ende gespielt.", "de", "The season was not played to the end."),
        ("Le ciel sera sombre toute la journée.", "fr", "The sky will not be dark all day."),
        ("El votante firma el registro.", "es", "The voter does not sign the register."),
    ],
)
def test_flipped_negation_is_a_warning(left, lang, right):
    found, _ = findings(left, lang, right)
    assert severity_of("polarity_mismatch", found) == {"warning"}


def test_flipped_negation_on_a_loose_link_is_only_info():
    found, _ = findings("Die Saison wurde gespielt.", "de", "The season was not played.", score=0.2)
    assert severity_of("polarity_mismatch", found) == {"info"}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("It has no choice but to leave Pakistan.", "en", False),  # idiom
        ("Er zit niets anders op dan te stoppen.", "nl", False),
        ("Argentina had failed to pay the interest.", "en", True),  # negative verb
        ("Argentina had not failed to pay the interest.", "en", False),  # double negation
        ("The match was played without spectators.", "en", False),  # "without" negates a phrase only
        ("Il ne viendra jamais.", "fr", True),  # ne ... jamais is one negation
        ("It didn't open to traffic until March.", "en", False),  # = opened only in March
        ("Non solo Roma ma anche Milano.", "it", False),
        ("Das Unternehmen hat keine Daten geliefert.", "de", True),
        ("Das ist nicht unmöglich.", "de", False),  # "un-" + a word: double negation
        ("Sie hatten nicht bezahlt und waren zahlungsunfähig.", "de", True),  # "und" is no "un-" word
        ("I do not understand the motion.", "en", True),  # nor is "understand"
        ("It was not unlike the others.", "en", False),
        ("qu’aucune irrégularité n’avait été détectée", "fr", True),  # elided, curly apostrophe
        ("Il n’y en a plus du tout aujourd’hui.", "fr", True),
        ("Communications were crippled with no information.", "en", False),  # "with no" = "without"
        ("Whether that is accurate or not is debated.", "en", False),
        ("We want to join with our heads up, not through the service door.", "en", False),  # a phrase
        ("Le fait que cette représentation soit précise ou non est débattu.", "fr", False),
        ("Wir möchten erhobenen Hauptes beitreten, nicht durch den Hintereingang.", "de", False),
        ("Vogliamo entrare a testa alta, non per la porta di servizio.", "it", False),
    ],
)
def test_negation_words_idioms_and_double_negation(text, lang, expected):
    assert negated(text, lang) is expected


def test_changed_modality_is_a_warning():
    found, _ = findings("Het bedrijf moet stoppen.", "nl", "The company may stop.")
    assert severity_of("modality_mismatch", found) == {"warning"}
    found, _ = findings("Am Ende des Mai wurde gezahlt.", "de", "At the end of May it was paid.")
    assert not severity_of("modality_mismatch", found)  # "May" is a month


def test_role_given_on_one_side_only_is_missing_detail():
    found, _ = findings(
        "Volgens Marty Beard van het bedrijf zit er niets anders op dan te stoppen met alle activiteiten.", "nl",
        "The company has to stop all operations in the country, Chief Operating Officer Marty Beard said.",
    )
    assert severity_of("attribution_mismatch", found) == {"info"}


def test_different_speaker_is_a_warning():
    found, _ = findings(
        "Het bedrijf stopt met alle activiteiten in het land, zei Marty Beard.", "nl",
        "The company stops all operations in the country, John Chen said.",
    )
    assert severity_of("attribution_mismatch", found) == {"warning"}


# --- fewer false conflicts, more edits caught -------------------------------------------------


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("De storm bereikte 140 km/h.", "nl", "The storm reached 85 mph."),  # converted units
        ("Er viel 5 tot 10 centimeter regen.", "nl", "There was 2 to 4 inches of rain."),
        ("De vergadering begint om 15.00 uur.", "nl", "The meeting starts at 3 p.m."),  # clock notations
    ],
)
def test_converted_measures_agree(left, lang, right):
    found, _ = findings(left, lang, right)
    assert not severity_of("number_mismatch", found)


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("De storm bereikte 200 km/h.", "nl", "The storm reached 85 mph."),
        ("La historia data del siglo XV.", "es", "The history dates back to the 14th century."),
        ("Elles payent moins de 5% en France.", "fr", "They pay less than 3% in France."),  # same kind of bound
        ("El accidente dejó 17 muertos.", "es", "The crash killed 28 people."),  # people left implicit
    ],
)
def test_changed_measures_centuries_and_bounds(left, lang, right):
    found, _ = findings(left, lang, right)
    assert severity_of("number_mismatch", found)


@pytest.mark.parametrize(
    "left, lang, right, right_lang, source",
    [
        ("Der Wind erreichte 136 km/h.", "de", "Le vent a atteint 135 km/h.", "fr", "85 mph"),
        ("Het varken woog 300 kg.", "nl", "El cerdo pesaba 295 kg.", "es", "650 lb"),
        ("Er stand ca. 27 Meter vom Tor entfernt.", "de", "Il était à 30 mètres du but.", "fr", "ft"),
        ("Er viel 2 tot 10 cm regen.", "nl", "Es fielen 2,5 bis 10 Zentimeter Regen.", "de", "1 in"),
    ],
)
def test_two_roundings_of_one_converted_measure_are_a_note(left, lang, right, right_lang, source):
    """Two translations of "85 mph" or "650 pounds", each rounded its own way: a note naming the
    customary figure both may render, not a changed number."""
    found, details = findings(left, lang, right, right_lang)
    assert severity_of("number_mismatch", found) == {"info"}
    (message,) = [f.message for f in details if f.type == "number_mismatch"]
    assert "converted figures may differ by rounding" in message and source in message


@pytest.mark.parametrize(
    "left, lang, right, right_lang",
    [
        ("Rosa bringt bis zu 25 Zentimeter Regen.", "de", "Rosa dejará más de 25 centímetros de lluvia.", "es"),  # opposite bounds
        ("Rosa brengt 10 centimeter regen.", "nl", "Rosa apportera jusqu'à 25 cm de pluie.", "fr"),  # 4 against 10 inches
        ("Der Wind erreichte 136 km/h.", "de", "Le vent a atteint 150 km/h.", "fr"),  # beyond any rounding
        ("Es regnete 5 bis 8 Zentimeter pro Stunde.", "de", "Il pleuvait de 2,5 à 7,5 cm par heure.", "fr"),  # 2 vs 1 inch
        ("Die Strecke ist 300 km lang.", "de", "La route fait 340 km.", "fr"),  # two round figures
    ],
)
def test_converted_roundings_do_not_hide_changed_measures(left, lang, right, right_lang):
    found, _ = findings(left, lang, right, right_lang)
    assert severity_of("number_mismatch", found) - {"info"}


def test_a_changed_time_of_day_is_a_time_finding():
    found, details = findings("Il programma è iniziato alle 20:30.", "it", "The programme started at 21:30.")
    assert severity_of("time_mismatch", found) and not severity_of("number_mismatch", found)
    (message,) = [f.message for f in details if f.type == "time_mismatch"]
    assert message.startswith("time of day differs")


def test_parts_of_day_pair_one_to_one_before_a_clash():
    # Published on a Monday: the German present tense reads "Montagabend" as today, the French future
    # "lundi matin" as today too; "plus tard lundi" has no part of day, so the Monday mornings pair and
    # the German evening has nothing left to clash with.
    found, _ = findings("Die Schauer erreichen Arizona am Sonntagabend und Montagmorgen, am Montagabend regnet es.", "de",
                        "Des averses atteindront l'Arizona tôt lundi matin et s'intensifieront plus tard lundi.", "fr")
    assert not severity_of("time_mismatch", found)


def test_times_pair_one_to_one_so_an_agreeing_today_does_not_hide_a_changed_date():
    found, _ = findings("Allez voir aujourd'hui mardi 15 octobre les résultats.", "fr",
                        "Go and see the results today, Tuesday 18 October.")
    assert severity_of("time_mismatch", found) == {"error"}


def test_a_year_outside_any_time_expression_is_compared():
    found, _ = findings("1956 ging Słania nach Schweden.", "de", "In 1960 Słania went to Sweden.")
    assert severity_of("time_mismatch", found) == {"error"}


def test_bare_weekdays_compare_by_name_whatever_the_tense():
    found, _ = findings("Ze stemmen op zondag.", "nl", "They will vote next Sunday.")
    assert not severity_of("time_mismatch", found)
    found, _ = findings("Ze stemmen op zaterdag.", "nl", "They will vote next Sunday.")
    assert severity_of("time_mismatch", found) == {"error"}


@pytest.mark.parametrize(
    "left, lang, right",
    [
        # "the past week" is read as last week but also holds the days of this one
        ("Il a ouvert cette semaine à Croydon.", "fr", "It opened in the past week in Croydon."),
        ("De winkel opende afgelopen week.", "nl", "The shop opened this week."),
        # a weekend without a shift word, or "this weekend", placed by tense against the one next to it
        ("Das Turnier findet am Wochenende statt.", "de", "The tournament takes place next weekend."),
        ("Ils se sont rencontrés ce week-end.", "fr", "They will meet next weekend."),
        # a season without a year against the same season shifted by one ("last spring")
        ("La mostra, aperta in primavera, chiude a marzo.", "it", "The exhibition, opened last spring, closes in March."),
    ],
)
def test_periods_counted_differently_are_no_changed_date(left, lang, right):
    found, _ = findings(left, lang, right)
    assert not severity_of("time_mismatch", found)


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("De winkel opende vorige maand.", "nl", "The shop opened this week."),  # a month is not a week
        ("Ils se sont rencontrés le week-end dernier.", "fr", "They will meet next weekend."),  # two weeks apart
        ("La tienda abrió en otoño.", "es", "The shop opened last spring."),  # another season
        ("La tienda abrirá la primavera próxima.", "es", "The shop opened last spring."),  # both shifted, apart
    ],
)
def test_periods_counted_apart_still_clash(left, lang, right):
    found, _ = findings(left, lang, right)
    assert severity_of("time_mismatch", found) == {"error"}


@pytest.mark.parametrize(
    "left, lang, right, agrees",
    [
        ("Das Feuer brach um 19.30 Uhr aus.", "de", "The fire started at 7.30.", True),  # no a.m./p.m.: either half
        ("Il fuoco è scoppiato alle 8.15.", "it", "The fire started at 8.15 p.m.", True),
        ("Das Feuer brach um 19.30 Uhr aus.", "de", "The fire started at 7.30 a.m.", False),  # a half written
        ("Das Feuer brach um 19.30 Uhr aus.", "de", "The fire started at 17.30.", False),  # another hour
    ],
)
def test_a_clock_time_without_its_half_of_day_may_be_either(left, lang, right, agrees):
    found, notes = findings(left, lang, right)
    assert (not severity_of("time_mismatch", found)) == agrees
    if agrees:
        assert any("other half of the day" in f.message for f in notes)


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("De NAVO en de VS steunen het plan.", "nl", "NATO and the US support the plan."),  # acronyms translate
        ("Das Rote Kreuz half in Neapel.", "de", "The Red Cross helped in Naples."),  # dictionary renderings
        ("Eerwaarde Johnson sprak.", "nl", "Father Johnson spoke."),  # titles
        ("Los Países Bajos y Suecia votaron en contra.", "es", "The Netherlands and Sweden voted against."),  # CLDR names
        ("Il Regno Unito e la Spagna hanno firmato.", "it", "The United Kingdom and Spain signed."),
        # another sense of a word ("Comercio": business, trade) and a plural ("Aliados" -> ally)
        ("El Ministerio de Economía, Comercio e Industria informó.", "es", "The Ministry of Economy, Trade and Industry said."),
        ("Los Aliados invadieron el sur de Francia.", "es", "The Allies invaded southern France."),
        ("Le Parti Travailliste a gagné.", "fr", "The Labour Party won."),
        ("De Nationale Vergadering van Wales stemde.", "nl", "The Welsh assembly voted."),  # demonym
        ("La Commissione Giustizia del Senato ha votato.", "it", "The Senate Judiciary Committee voted."),
        ("Manche Deutschtürken jubelten ihm zu.", "de", "Some German Turks cheered him."),  # a plural in a compound
        # another sense of a compound's part ("onderzoek": investigation, research)
        ("Uit een peiling die maandag is gepubliceerd door het Macedonische Instituut voor Beleidsonderzoek bleek dat 30 procent zou deelnemen.",
         "nl", "A poll published Monday by Macedonia's Institute for Policy Research said 30 percent would take part."),
        # the lemma's sense ("Schotse" -> "schots": Scottish) names the place by its demonym
        ("Een gele kaart voor Rory Hughes van de Schotse ploeg.", "nl", "A yellow card for Scotland cap Rory Hughes."),
        # a demonym before a noun names its place ("Welsh Parliament" / "Parlamento de Gales")
        ("Sobre el título de los Miembros de la Asamblea, la Comisión prefirió Miembros del Parlamento de Gales.", "es",
         "On the matter of the AMs' title, the Commission favoured Welsh Parliament Members."),
        # a capitalised function word where two lines were joined is no name
        ("Il portiere Liam Kelly non aveva dovuto preoccuparsi troppo, Questo schema si è mantenuto.", "it",
         "Goalkeeper Liam Kelly was largely untroubled, That pattern continued."),
    ],
)
def test_translated_names_are_no_entity_mismatch(left, lang, right):
    found, _ = findings(left, lang, right)
    assert not severity_of("entity_mismatch", found)


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("De tsunami trof Hiroshima.", "nl", "The tsunami hit Palu."),
        # "Labour" is also French for ploughing, but a capital inside the sentence marks the party.
        ("Mais si le Labour accepte notre budget, nous partirons.", "fr", "But if Hunan TV accepts our budget, we will leave."),
        # French "est" must not pass for "West": Melbourne was swapped for another place.
        ("J'ai regardé l'éclipse depuis Melbourne, la lune est rouge.", "fr", "I watched the eclipse from FIC West, the moon is red."),
        # A bare demonym stands for something unnamed (the Welsh assembly): the "Wales" of
        # another name does not hide its swap.
        ("Met de Government of Wales Act 2017 kregen de leden van de Nationale Vergadering van Ayr het recht om de naam te wijzigen.",
         "nl", "The Government of Wales Act 2017 gave the Welsh assembly the power to change its name."),
        # An acronym swapped for another name is still a swap ...
        ("La NASA investigará las acusaciones.", "es", "The FBI will investigate the charges."),
        # ... and the Spanish words that could spell "LPG" translate names the English side keeps.
        ("La asociación benéfica Mangola, Médicos Sin Fronteras y la Organización Mundial de la Salud lo califican como el peor brote.",
         "es", "The medical charity LPG, Médecins Sans Frontières and the World Health Organization call it the worst outbreak."),
    ],
)
def test_a_swapped_name_is_an_entity_mismatch(left, lang, right):
    found, _ = findings(left, lang, right)
    assert severity_of("entity_mismatch", found) == {"warning"}


@pytest.mark.parametrize(
    "left, lang, right, right_lang",
    [
        ("De tsunami trof de VS.", "nl", "El tsunami golpeó EE.\u00a0UU.", "es"),
        ("Der Premier Großbritanniens schweigt.", "de", "Il premier del Regno Unito tace.", "it"),  # a case ending
        ("De Britse premier zwijgt.", "nl", "El primer ministro del Reino Unido calla.", "es"),  # an adjective
        ("Gran Bretaña espera.", "es", "Il Regno Unito aspetta.", "it"),  # an everyday name
        # two names made of common words only: one institution or thing described in two ways
        ("De Commissie voor Justitie stemde gisteren.", "nl", "La Comisión Judicial votó ayer.", "es"),
        ("Dat staat in de Bijbel.", "nl", "Eso está en la Biblia.", "es"),
    ],
)
def test_one_territory_or_description_in_two_forms_is_no_entity_mismatch(left, lang, right, right_lang):
    found, _ = findings(left, lang, right, right_lang)
    assert not severity_of("entity_mismatch", found)


def _story_names(left: tuple[str, str], right: tuple[str, str]) -> list:
    """The entity findings of two whole articles compared as a story (the names check looks in
    each article's other sentences)."""
    from factcheck.pipeline import Options, compare_documents

    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=PUBLISHED) for lang, text in (left, right)]
    return [f for f in compare_documents(docs, Options(use_cache=False)).findings if f.type == "entity_mismatch"]


GERMAN_CONSULTATION = ("de", "Im Juni veröffentlichte das Welsh Parliament die Ergebnisse einer öffentlichen Anhörung zu den "
                             "Vorschlägen. Die Abstimmung findet im März statt.")


def test_a_description_whose_article_names_the_other_name_elsewhere_is_a_note():
    # The Spanish translator calls it "la Comisión" here and names the Welsh Parliament in the next
    # sentence: the description most likely stands for that name.
    spanish = ("es", "En junio, la Comisión publicó los resultados de una consulta pública sobre las propuestas. "
                     "El Welsh Parliament votará en marzo.")
    (finding,) = _story_names(GERMAN_CONSULTATION, spanish)
    assert finding.severity == "info"
    assert finding.evidence["undecided"] == "Comisión"
    assert "“Comisión” names it by what it is" in finding.message


def test_a_description_against_a_name_its_article_never_writes_stays_a_clash():
    spanish = ("es", "En junio, la Comisión publicó los resultados de una consulta pública sobre las propuestas. "
                     "La votación será en marzo.")
    (finding,) = _story_names(GERMAN_CONSULTATION, spanish)
    assert finding.severity == "warning" and "undecided" not in finding.evidence


def test_a_word_kept_as_written_is_no_description_even_if_the_other_name_is_written_elsewhere():
    # German "Brexit" is in the lemma list but no dictionary renders it: a name swapped in, not a
    # description of Theresa May, whom the German article names in its next sentence.
    german = ("de", "Am Montag sprach der Brexit im Parlament über den Plan. Theresa May stimmt im März ab.")
    spanish = ("es", "El lunes, Theresa May habló en el Parlamento sobre el plan. La votación será en marzo.")
    (finding,) = _story_names(german, spanish)
    assert finding.severity == "warning" and "undecided" not in finding.evidence


def test_a_description_against_an_english_name_stays_a_clash_even_if_named_elsewhere():
    english = ("en", "In June the Commission published the results of a public consultation on the proposals. "
                     "The Welsh Parliament will vote in March.")
    spanish = ("es", "En junio, el Welsh Parliament publicó los resultados de una consulta pública sobre las propuestas. "
                     "La votación será en marzo.")
    (finding,) = _story_names(spanish, english)
    assert finding.severity == "warning" and "undecided" not in finding.evidence


def test_two_territories_are_still_a_swap():
    found, _ = findings("Der Tsunami traf Großbritannien.", "de", "Le tsunami a frappé le Japon.", "fr")
    assert severity_of("entity_mismatch", found) == {"warning"}


def test_a_name_only_names_use_still_clashes_between_two_translations():
    found, _ = findings("De tsunami trof Hiroshima.", "nl", "Lo tsunami ha colpito Palu.", "it")
    assert severity_of("entity_mismatch", found) == {"warning"}


def test_a_common_head_word_does_not_make_two_names_one():
    found, _ = findings("Il a travaillé sur The Tracy Ullman Show.", "fr", "He worked on The Oprah Winfrey Show.")
    assert severity_of("entity_mismatch", found) == {"warning"}
    found, _ = findings("Il a travaillé sur The Tracy Ullman Show.", "fr", "He worked on The Tracy Ullman Show.")
    assert not severity_of("entity_mismatch", found)


def test_a_negation_in_a_split_bead_is_only_a_note():
    # The Dutch sentence is one claim; the English one is two, and the negation may sit in
    # either half: the stance is compared at warning only between whole partners.
    whole = claim("De regering steunt de toetreding tot de EU niet.", "nl", "a")
    half = claim("The government supports the accession to the EU.", "en", "b")
    other = claim_beside("Relations are tense.", "en", half, 1)
    pairs = [Pair(whole.id, half.id, 0.3, "agree", {"method": "path"}), Pair(whole.id, other.id, 0.2, "agree", {"method": "path"})]
    _, found = compare_pairs(pairs, {c.id: c for c in (whole, half, other)})
    assert {f.severity for f in found if f.type == "polarity_mismatch"} <= {"info"}
    _, found = compare_pairs(pairs[:1], {c.id: c for c in (whole, half)})
    assert {f.severity for f in found if f.type == "polarity_mismatch"} == {"warning"}


def test_a_speaker_named_on_one_side_only_is_compared_with_the_other_sides_names():
    left = "„Wir machen große Fortschritte“, sagte Formel-1-Boss Chase Carey."
    found, _ = findings(left, "de", "“We are making great progress,” said Formula 1 boss Rembrandt Scholz.")
    assert severity_of("entity_mismatch", found) == {"warning"}
    found, _ = findings(left, "de", "“We are making great progress,” said Formula 1 boss Chase Carey.")
    assert not severity_of("entity_mismatch", found)


def test_a_figure_stated_by_the_other_half_of_a_split_sentence_is_no_conflict():
    whole = claim("El sismo se localizó a 20 km de Dillon y a 65 km de Butte.", "es", "a")
    first = claim("The quake was 20 km from Dillon, at a depth of 8 km.", "en", "b")
    second = claim_beside("The quake was 65 km from Butte.", "en", first, 1)
    pairs = [Pair(whole.id, first.id, 0.5, "agree"), Pair(whole.id, second.id, 0.5, "agree")]
    _, found = compare_pairs(pairs, {c.id: c for c in (whole, first, second)})
    assert not [f for f in found if f.type == "number_mismatch"]
    changed = claim_beside("The quake was 95 km from Butte.", "en", first, 1)
    pairs = [Pair(whole.id, first.id, 0.5, "agree"), Pair(whole.id, changed.id, 0.5, "agree")]
    _, found = compare_pairs(pairs, {c.id: c for c in (whole, first, changed)})
    assert changed.id in {f.right for f in found if f.type == "number_mismatch"}


def test_a_name_swapped_in_a_two_to_one_bead_of_the_path_is_a_warning():
    whole = claim("Sie spielten ohne Zuschauer, wie in Deutschland.", "de", "a")
    part = claim("They played without spectators, as in Brazil.", "en", "b")
    loose = Pair(whole.id, part.id, 0.2, "agree", {"method": "linking"})
    on_path = Pair(whole.id, part.id, 0.2, "agree", {"method": "path"})
    extra = claim_beside("It was a good season.", "en", part)
    for pair, expected in ((loose, {"info"}), (on_path, {"warning"})):
        pairs = [pair, Pair(whole.id, extra.id, 0.2, "agree", dict(pair.evidence))]
        _, found = compare_pairs(pairs, {c.id: c for c in (whole, part, extra)})
        assert {f.severity for f in found if f.type == "entity_mismatch"} == expected
    # The same bead across two English sentences: the other sentence may name another actor.
    next_sentence = replace(extra, sentence=extra.sentence + 1)
    pairs = [on_path, Pair(whole.id, extra.id, 0.2, "agree", {"method": "path"})]
    _, found = compare_pairs(pairs, {c.id: c for c in (whole, part, next_sentence)})
    assert {f.severity for f in found if f.type == "entity_mismatch"} == {"info"}


@pytest.mark.parametrize(
    "with_word, without, lang, english",
    [
        ("Hij was ontevreden over de uitslag.", "Hij was tevreden over de uitslag.", "nl", "He was not happy with the result."),
        # a small degree ("wenig Grund" = not much reason), unless "ein" makes it a small amount
        ("Es gab wenig Grund, ihn aufzustellen.", "Es gab ein wenig Grund, ihn aufzustellen.", "de",
         "There wasn't much reason to start him."),
        ("Langs andere kusten zie je ze maar zelden.", "Langs andere kusten zie je ze vaak.", "nl",
         "They are not a common sight on other coastlines."),
    ],
)
def test_lexical_negation_is_not_a_polarity_conflict(with_word, without, lang, english):
    found, _ = findings(with_word, lang, english)
    assert severity_of("polarity_mismatch", found) <= {"info"}
    found, _ = findings(without, lang, english)
    assert severity_of("polarity_mismatch", found) == {"warning"}


def test_ability_is_no_hedge():
    found, _ = findings("Se oye a un hombre gritando.", "es", "A man can be heard shouting.")
    assert not severity_of("modality_mismatch", found)


@pytest.mark.parametrize("able, hedged, lang", [
    ("Lo staff straniero potrà lavorare sul terreno.", "Lo staff straniero potrebbe lavorare sul terreno.", "it"),
    ("Le personnel étranger pourra travailler sur le terrain.", "Le personnel étranger pourrait travailler sur le terrain.", "fr"),
    ("El personal extranjero podrá trabajar sobre el terreno.", "El personal extranjero podría trabajar sobre el terreno.", "es"),
])
def test_the_future_of_can_is_an_ability_not_a_hedge(able, hedged, lang):
    # "will be able to": an ability to come; the conditional ("could") is the writer's doubt.
    found, _ = findings(able, lang, "Foreign staff will work on the ground.")
    assert not severity_of("modality_mismatch", found)
    found, _ = findings(hedged, lang, "Foreign staff will work on the ground.")
    assert severity_of("modality_mismatch", found) == {"warning"}


def test_an_ability_set_aside_with_the_attribution_is_no_hedge():
    # The stance is read on the attribution ("Volgens de wet kunnen"), not in the claim's own words.
    ability = "Volgens de Indonesische wet kunnen goederen uit het buitenland pas worden toegelaten als de regering dat beslist."
    hedge = "Volgens de Indonesische wet worden goederen uit het buitenland misschien pas toegelaten als de regering dat beslist."
    plain = "Under Indonesian law, goods from abroad are only admitted once the government decides so."
    found, _ = findings(ability, "nl", plain)
    assert not severity_of("modality_mismatch", found)
    found, _ = findings(hedge, "nl", plain)
    assert severity_of("modality_mismatch", found) == {"warning"}


def test_time_message_shows_the_narrow_interval_not_the_whole_year():
    from factcheck.compare.times import _describe_time
    from factcheck.model import TimeExpr

    year_end = TimeExpr("at year’s end", 0, 13, "2015", "year", True, "2015-12-01", "2015-12-31", "end_of_year")
    july = TimeExpr("juli", 0, 4, "2015-07", "month", True, "2015-07-01", "2015-07-31", "month:7")
    assert _describe_time(year_end) == "“at year’s end” (= 2015-12-01 to 2015-12-31)"
    assert _describe_time(july) == "“juli” (= 2015-07)"


@pytest.mark.parametrize(
    "left, lang, right, translation",
    [
        # an acronym spelled out by the other side's words, in another order (Assembly Member)
        ("Un Miembro de la Asamblea del Partido de Gales dijo que el grupo no estaba contento.", "es",
         "A Plaid AM said the group was not happy.", None),
        # ... or by the translation of a German compound
        ("Die Nationalversammlungsmitglieder der Partei Plaid Cymru stimmen ab.", "de", "Plaid AMs vote.",
         "the national assembly member the party Plaid Cymru vote"),
        # dotted acronyms with a space ("EE. UU.", "I. A." for AI)
        ("EE. UU. carece de una estrategia de I. A. oficial.", "es", "The U.S. lacks a formal AI strategy.", None),
        ("El Departamento de Defensa de EE. UU. creó un centro.", "es", "The U.S. Defense Department created a centre.", None),
        # the currency of an amount is no name ("US-Dollar", "USD")
        ("Diebe stehlen 26.750 US-Dollar beim Auffüllen eines Geldautomaten.", "de", "Thieves take $26,750 during ATM refill.", None),
    ],
)
def test_acronyms_spelled_out_or_dotted_are_no_entity_mismatch(left, lang, right, translation):
    found, _ = findings(left, lang, right, translation=translation)
    assert not severity_of("entity_mismatch", found)


def test_first_name_and_surname_of_one_full_name_are_one_person():
    french = claim("Chad pensait que le garçon criait de joie.", "fr", "a")
    english = claim("Hammel said he thought the boy was shouting for joy.", "en", "b")
    elsewhere = claim("Chad Hammel told KSWB-TV he had been diving.", "en", "c")
    pair = Pair(french.id, english.id, 0.5, "agree")
    _, found = compare_pairs([pair], {c.id: c for c in (french, english)})
    assert {f.severity for f in found if f.type == "entity_mismatch"} == {"warning"}
    _, found = compare_pairs([pair], {c.id: c for c in (french, english, elsewhere)})
    assert not [f for f in found if f.type == "entity_mismatch"]


@pytest.mark.parametrize(
    "negating, lang, plain",
    [
        ("L'intérêt n'a pas faibli après l'audition.", "fr", "Interest remained high after the hearing."),
        ("Ze zijn het niet eens over de toetreding tot de EU.", "nl", "They have fallen out over the accession to the EU."),
    ],
)
def test_a_rephrased_negation_is_only_a_note(negating, lang, plain):
    # What the foreign side denies ("faibli", "eens") is not said in the English sentence: the
    # translator turned "did not weaken" into "remained high".
    finding = polarity_note(negating, lang, plain)
    assert "rephrased" in finding.message
    # The note is the likelier reading, so the hint is not confident (the claims are of equal
    # length, which alone would make it 1.0).
    assert finding.confidence <= 0.3


@pytest.mark.parametrize("negating, lang, plain, plain_lang, flip", [
    ("L'intérêt du public n'a pas faibli.", "fr", "Das Interesse des Publikums blieb groß.", "de",
     ("L'intérêt du public a faibli.", "Das Interesse des Publikums hat nicht nachgelassen.")),
    ("De spelers wisten de keeper niet te verslaan.", "nl", "I giocatori furono fermati dal portiere.", "it",
     ("De regering steunt het plan.", "Il governo non sostiene il piano.")),
])
def test_a_rephrased_negation_between_two_translations_is_a_note(negating, lang, plain, plain_lang, flip):
    # Neither side is English: what the negation denies ("faibli", "verslaan") is in no dictionary
    # sense of the other sentence's words, so the translator most likely rephrased it.
    assert "rephrased" in polarity_note(negating, lang, plain, plain_lang).message
    # A negation of what the other sentence states ("nachgelassen" / "faibli") is a flip: a warning.
    found, _ = findings(flip[0], lang, flip[1], plain_lang)
    assert severity_of("polarity_mismatch", found) == {"warning"}


def test_an_english_negation_against_another_language_stays_a_warning():
    # Looking English words up backwards misses real flips, so "not weakened" against a German
    # sentence that says nothing of weakening is still a warning.
    found, _ = findings("Das Interesse des Publikums blieb groß.", "de", "The public's interest has not weakened.")
    assert severity_of("polarity_mismatch", found) == {"warning"}


@pytest.mark.parametrize("negating, lang, plain, plain_lang, why", [
    ("Ze zijn het niet eens met de leiders.", "nl", "Estaban en desacuerdo con los líderes.", "es", "may negate with a word"),
    ("Por eso no se recomienda aventurarse en el desierto.", "es", "Il est fortement déconseillé de s'aventurer dans le désert.", "fr", "may negate with a word"),
    # falling short of something is not reaching it
    ("Deze keer bereikten ze hun gebruikelijke niveau niet.", "nl", "Esta vez se quedaron cortos.", "es", "may negate with a word"),
    ("Cette fois, ils n'ont pas atteint leur niveau habituel.", "fr", "This time they fell well short of their usual level.", "en", "may negate with a word"),
    ("Questa volta non hanno raggiunto il loro livello.", "it", "Diesmal blieben sie weit hinter ihrem Niveau zurück.", "de", "may negate with a word"),
    # privative adjectives: deprived of, foreign to, unworthy of, free of
    ("Viele Frauen haben keine Macht.", "de", "Tant de femmes sont démunies.", "fr", "may negate with a word"),
    ("Las regiones que no corren riesgo recibirán lluvia.", "es", "Le regioni estranee al rischio riceveranno pioggia.", "it", "may negate with a word"),
    ("Ein Kommentar, den einige als nicht präsidentiell betrachten.", "de", "Un commentaire jugé indigne d'un président.", "fr", "may negate with a word"),
    # litotes: "not easy" says "hard", which the other translation may state plainly
    ("Het is niet makkelijk om de trein te halen.", "nl", "Catching the train is a real challenge.", "en", "litotes"),
    ("Passer la frontière n'est pas chose simple.", "fr", "Cruzar la frontera supone todo un reto.", "es", "litotes"),
    ("Den Zug zu erreichen ist nicht leicht.", "de", "Prendere il treno è un'impresa.", "it", "litotes"),
    ("No es fácil cruzar la frontera.", "es", "De grens oversteken is een hele opgave.", "nl", "litotes"),
])
def test_a_negation_the_other_translation_carries_in_a_word_is_a_note(negating, lang, plain, plain_lang, why):
    # The plain sentence negates with a word of its own ("desacuerdo", "déconseillé", "fell short",
    # "démunies"), or the negation is a litotes: most likely rephrased, not dropped.
    assert why in polarity_note(negating, lang, plain, plain_lang).message


@pytest.mark.parametrize("negating, lang, plain, plain_lang", [
    ("La marque propose des produits non testés sur les animaux.", "fr", "Het merk biedt veganistische producten aan.", "nl"),
    ("Jason Baggot consiguió un ensayo no convertido.", "es", "Jason Baggot hat einen Versuch gelegt.", "de"),
    ("Jason Baggot ha segnato una meta non convertita.", "it", "Jason Baggot a marqué un essai.", "fr"),
])
def test_a_negation_of_one_word_is_a_note(negating, lang, plain, plain_lang):
    # "non testés" negates one participle, as a prefix would: the other translation may say it
    # with a word of opposite meaning ("veganistische").
    assert "bears on one word" in polarity_note(negating, lang, plain, plain_lang).message
    # The same sentence with the verb negated denies the claim: a warning.
    verb_negated = {"fr": "La marque ne propose pas de produits testés sur les animaux.",
                    "es": "Jason Baggot no consiguió un ensayo.", "it": "Jason Baggot non ha segnato una meta."}[lang]
    found, _ = findings(verb_negated, lang, plain, plain_lang)
    assert severity_of("polarity_mismatch", found) == {"warning"}


@pytest.mark.parametrize("reading, text, lang, negated_words", [
    (one_word_negation, "Pour les lecteurs non originaires du Pays de Galles", "fr", "non originaires"),
    (one_word_negation, "Le prix est allé à Lyon et non Paris.", "fr", None),  # a name denied, not a quality
    (one_word_negation, "Le prix n'est pas allé aux produits non testés.", "fr", None),  # the verb is negated too
    (one_word_negation, "Las organizaciones no gubernamentales no pudieron entrar.", "es", None),
    (one_word_negation, "Il giocatore non ha segnato.", "it", None),
    # litotes: every negation bears on a word of ease
    (litotes, "Het is niet zo makkelijk.", "nl", "niet zo makkelijk"),
    (litotes, "It was not an easy decision.", "en", "not an easy"),
    (litotes, "Das ist nicht einfach.", "de", "nicht einfach"),
    (litotes, "Er hat nicht einfach aufgegeben.", "de", None),  # "simply": the adverb, not the quality
    (litotes, "Non è semplice, e non lo faranno.", "it", None),  # the second negation denies more
    (litotes, "Il ne viendra pas demain.", "fr", None),
])
def test_which_negations_bear_on_one_word_or_are_litotes(reading, text, lang, negated_words):
    span = reading(text, lang)
    assert (text[span[0]:span[1]] if span else None) == negated_words


@pytest.mark.parametrize("negating, lang, plain, plain_lang", [
    ("Het is niet makkelijk om de trein te halen.", "nl", "Catching the train is easy.", "en"),
    ("No es fácil cruzar la frontera.", "es", "Passer la frontière est facile.", "fr"),
])
def test_a_litotes_against_the_word_of_ease_itself_is_a_flip(negating, lang, plain, plain_lang):
    found, _ = findings(negating, lang, plain, plain_lang)
    assert severity_of("polarity_mismatch", found) == {"warning"}


@pytest.mark.parametrize("seeming, lang", [
    ("Kiernan scheint ein Leben nach der Sendung zu planen.", "de"),
    ("Kiernan semble préparer sa vie après l'émission.", "fr"),
    ("Het lijkt erop dat Kiernan zijn leven na de show plant.", "nl"),
])
def test_a_verb_of_seeming_renders_a_hedge(seeming, lang):
    # "it appears" / "scheint": the translation hedges with a verb, not with a hedge word.
    hedged = "It appears Kiernan is planning for life after the show."
    found, _ = findings(seeming, lang, hedged)
    assert not severity_of("modality_mismatch", found)
    # The same sentence without the verb of seeming asserts it: the hedge is a change of stance.
    found, _ = findings("Kiernan plant ein Leben nach der Sendung.", "de", hedged)
    assert severity_of("modality_mismatch", found) == {"warning"}


def test_a_negation_explained_by_the_neighbouring_sentence_is_not_confident():
    # The English side split the sentence, and its negation went to the sentence before; the
    # plain half also states another predicate (demanding vs permitting access).
    whole = claim("We willen meewerken, maar we hebben nooit onbeperkte toegang tot de servers toegestaan.", "nl", "a")
    before = claim("The demand was not about public safety at all.", "en", "b")
    plain = claim_beside("Rather, the government was demanding unfettered access to the servers.", "en", before, 1)
    pairs = [Pair(whole.id, plain.id, 0.6, "agree", {"method": "path"})]
    _, found = compare_pairs(pairs, {c.id: c for c in (whole, before, plain)})
    polarity = [f for f in found if f.type == "polarity_mismatch"]
    assert polarity and all(f.severity == "info" and f.confidence <= 0.3 for f in polarity)


def test_a_negated_word_the_english_side_states_is_still_a_flip():
    found, _ = findings("L'intérêt n'a pas faibli après l'audition.", "fr", "Interest weakened after the hearing.")
    assert severity_of("polarity_mismatch", found) == {"warning"}
    # The other direction is not judged so: a foreign sentence is searched only through the
    # dictionary, whose few senses cannot rule a word out.
    found, _ = findings("Interest did not remain high after the hearing.", "en", "L'intérêt est resté élevé après l'audition.", "fr")
    assert severity_of("polarity_mismatch", found) == {"warning"}


def test_french_ne_que_is_a_restriction_not_a_negation():
    found, _ = findings("« La tension ne fait que monter », dit-il.", "fr", "\u201cThe tension keeps rising,\u201d he said.")
    assert not severity_of("polarity_mismatch", found)
    assert negated("Il ne pense pas que ce soit vrai.", "fr")


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("Spelers als Shaq spelen altijd zoveel mogelijk naar voren.", "nl", "Players like Shaq always play it forward as much as possible."),
        ("Nous formons le personnel pour qu'il puisse offrir des conseils.", "fr", "We train staff who offer advice."),
        ("Personne n'a pu être perturbé par mes positions.", "fr", "No one could have been confused about my positions."),
        ("Des pluies risquent de provoquer des inondations.", "fr", "Rain could cause flooding."),
        ("Orkaan Rosa bedreigt Phoenix (met mogelijk positieve gevolgen)", "nl", "Hurricane Rosa Threatening Phoenix (Drought Areas May Benefit)"),
    ],
)
def test_degree_purpose_and_negated_could_are_no_change_of_stance(left, lang, right):
    found, _ = findings(left, lang, right)
    assert not severity_of("modality_mismatch", found) - {"info"}


@pytest.mark.parametrize(
    "hedged, lang, plain, plain_lang",
    [
        # the plain side names the possibility with a noun
        ("Es posible que se produzcan inundaciones.", "es", "Es besteht die Möglichkeit von Überschwemmungen.", "de"),
        ("Up to 25 centimetres are possible.", "en", "Se esperan lluvias, con posibilidad de llegar a 25 centímetros.", "es"),
        # ... with an adjective on what may happen, or as a forecast
        ("Möglicherweise gibt es Erdrutsche in der Wüste.", "de",
         "Il y aura des crues et de potentiels glissements de terrain dans le désert.", "fr"),
        ("Up to 25 centimetres are possible.", "en", "Si prevedono precipitazioni con un massimo di 25 cm.", "it"),
        # both state it in the future; the hedge bears on a part ("possibly landslides")
        ("De regen zal overstromingen en mogelijk aardverschuivingen veroorzaken.", "nl",
         "The rain will cause flooding and landslides.", "en"),
    ],
)
def test_a_hedge_the_other_sentence_also_states_is_a_note(hedged, lang, plain, plain_lang):
    found, notes = findings(hedged, lang, plain, plain_lang)
    assert severity_of("modality_mismatch", found) == {"info"}


@pytest.mark.parametrize(
    "hedged, lang, plain, plain_lang",
    [
        # no noun of possibility; the German claim read with its translation, as the pipeline reads it (what a
        # hedge bears on is looked for there too: "inundaciones" / "floods")
        ("Es posible que se produzcan inundaciones.", "es", ("Es gibt Überschwemmungen.", "There are floods."), "de"),
        ("De regen kan mogelijk overstromingen veroorzaken.", "nl", ("The rain will cause flooding.", None), "en"),  # no future there
    ],
)
def test_a_hedge_the_other_sentence_lacks_is_a_warning(hedged, lang, plain, plain_lang):
    found, _ = findings(hedged, lang, plain[0], plain_lang, right_translation=plain[1])
    assert severity_of("modality_mismatch", found) == {"warning"}


def test_a_negation_in_the_sentence_a_translator_split_off_is_only_a_note():
    # One English sentence, two Spanish ones: the pair links the second, the negation is in the first.
    english = claim("The tsunami didn't come by itself, it dragged cars and houses, Nugroho said, adding that it travelled fast.", "en", "a")
    spanish = Document("b", "<test>/b", "es", "El tsunami no llegó solo, arrastró coches y casas. Se había desplazado muy rápido.", PUBLISHED)
    second = extract_claims(spanish, segment(spanish).sentences)[-1]
    everything = {c.id: c for c in (english, *extract_claims(spanish, segment(spanish).sentences))}
    _, found = compare_pairs([Pair(english.id, second.id, 0.5, "agree")], everything)
    assert severity_of("polarity_mismatch", {(f.type, f.severity) for f in found}) == {"info"}
    # Without the neighbouring sentence the negation has no place to sit, but the Spanish claim is a
    # quarter of the English one: the negation may sit in what it leaves out (a note, issue 13).
    _, found = compare_pairs([Pair(english.id, second.id, 0.5, "agree")], {english.id: english, second.id: second})
    assert severity_of("polarity_mismatch", {(f.type, f.severity) for f in found}) == {"info"}
    # A whole Spanish sentence without the negation is a conflict.
    whole = Document("c", "<test>/c", "es", "El tsunami llegó solo, arrastró coches y casas, dijo Nugroho, y añadió que se desplazó muy rápido.", PUBLISHED)
    (plain,) = extract_claims(whole, segment(whole).sentences)[:1]
    _, found = compare_pairs([Pair(english.id, plain.id, 0.5, "agree")], {english.id: english, plain.id: plain})
    assert severity_of("polarity_mismatch", {(f.type, f.severity) for f in found}) == {"warning"}


def test_with_no_states_an_absence_both_ways():
    found, _ = findings("Las comunicaciones estaban paralizadas y no había información.", "es",
                        "Communications were totally crippled with no information.")
    assert severity_of("polarity_mismatch", found) <= {"info"}


# Few letters, so that shared stems, words inside words and c/k/q initials are common.
_WORD = st.text(alphabet="ckqaeinrsty", min_size=1, max_size=9)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, max_size=12), _WORD)
def test_the_cognate_index_finds_what_trying_every_word_finds(vocabulary, word):
    assert CognateIndex(vocabulary).has_cognate(word) == any(_cognate(word, other) for other in vocabulary)


def test_the_cognate_index_on_names_across_languages():
    index = CognateIndex(["syria", "korea", "states", "argentina", "the", "bishkek"])
    assert all(index.has_cognate(word) for word in ("siria", "corea", "südkorea", "stati", "argentinien", "bischkeks"))
    assert not any(index.has_cognate(word) for word in ("iran", "west", "norway"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORD, max_size=6), max_size=4), _WORD)
def test_indexes_of_each_claim_answer_as_one_index_of_all_their_words(vocabularies, word):
    union = CognateIndex(w for words in vocabularies for w in words)
    assert CognateIndexes(CognateIndex(words) for words in vocabularies).has_cognate(word) == union.has_cognate(word)


# --- who said it between separately written articles (issue 13) -------------------------------------------


def attribution_findings(left_text, left_lang, right_text, method="facts"):
    left, right = claim(left_text, left_lang, "a"), claim(right_text, "en", "b")
    assert left.attribution and right.attribution
    pair = Pair(left.id, right.id, 0.5, "agree", {"method": method, "text": 1.0})
    _, found = compare_pairs([pair], {left.id: left, right.id: right})
    return {f.severity for f in found if f.type == "attribution_mismatch"}


def test_two_speakers_described_apart_are_a_warning_between_separately_written_articles():
    french = "Le porte-parole des pompiers, Pierre Meys, a annoncé que les attentats ont fait 14 morts à l'aéroport."
    english = "The Belgian health minister stated that 14 people died at the airport."
    assert attribution_findings(french, "fr", english) == {"warning"}
    # between translations a description the dictionary renders otherwise is no other speaker
    assert attribution_findings(french, "fr", english, method="path") == set()


def test_one_speaker_described_more_specifically_agrees():
    # "la police" vs "police spokesman X": one body, one of them more specific
    assert attribution_findings("Selon la police, trois personnes ont été blessées dans l'attaque.", "fr",
                                "Police spokesman John Smith said that three people were injured in the attack.") == set()


def test_two_agencies_or_a_vague_source_are_only_a_note():
    english = "The attackers used explosive belts, according to Reuters."
    assert attribution_findings("Les assaillants ont utilisé des ceintures explosives, selon l'AFP.", "fr", english) == {"info"}
    assert attribution_findings("Selon les autorités, les assaillants ont utilisé des ceintures explosives.", "fr",
                                "The mayor said that the attackers used explosive belts.") == {"info"}


def test_one_speaker_given_two_titles_is_a_warning_only_between_separately_written_articles():
    german = "Wir wissen relativ viel über den Mann, sagte Rutker Jeuken vom Innenministerium."
    english = "Rutger Jeuken, the local chief public prosecutor, said that they knew a lot about the man."
    assert attribution_findings(german, "de", english) == {"warning"}
    assert attribution_findings(german, "de", english, method="path") == {"info"}
    # a title against an affiliation with the company only: missing detail
    assert attribution_findings("Volgens Marty Beard van het bedrijf zit er niets anders op dan te stoppen.", "nl",
                                "The company has to stop, Chief Operating Officer Marty Beard said.") == {"info"}


def test_one_person_by_full_name_and_by_title_and_surname_is_one_speaker():
    found = attribution_findings("Die Zölle bleiben bestehen, sagte US-Präsident Donald Trump am Montag.", "de",
                                 "US President Trump said that the tariffs would stay in place.", method="path")
    assert "warning" not in found


def test_a_speaker_by_bare_name_against_the_same_name_with_a_title_is_no_finding():
    # "Beard said" tells the same speaker with less detail: nothing differs, not even as a note
    assert attribution_findings("Volgens Marty Beard van het bedrijf zit er niets anders op dan te stoppen.", "nl",
                                "“We are happy to help the police,” Beard said.") == set()


def speaker_findings(left_text, left_lang, right_text, right_lang, method="facts"):
    left, right = claim(left_text, left_lang, "a"), claim(right_text, right_lang, "b")
    assert left.attribution and right.attribution
    pair = Pair(left.id, right.id, 0.5, "agree", {"method": method, "text": 1.0})
    _, found = compare_pairs([pair], {left.id: left, right.id: right})
    return {(f.type, f.severity) for f in found if f.type in ("attribution_mismatch", "entity_mismatch")}


@pytest.mark.parametrize("left, left_lang, right, right_lang", [
    ("« Ils sont partis de nuit », a expliqué le directeur du zoo, Bastien Morel.", "fr",
     "\"Se marcharon de noche\", explicó el director del zoo, Bastien Lefort.", "es"),
    ("Mayor Helen Brandt said that the bridge will reopen in May.", "en",
     "Die Brücke wird im Mai wieder geöffnet, sagte Bürgermeisterin Helen Krüger.", "de"),
])
def test_one_speaker_with_the_same_given_name_and_another_surname_is_a_name_finding(left, left_lang, right, right_lang):
    # one given name, one title: one article names the speaker wrongly (a name, not another source)
    found = speaker_findings(left, left_lang, right, right_lang)
    assert ("entity_mismatch", "warning") in found and not {kind for kind, _ in found} & {"attribution_mismatch"}


def test_two_speakers_of_other_names_are_an_attribution_finding():
    # both names stand in their claim's speaker: who said it differs
    found = speaker_findings("Según el veterinario del parque, Jorge Salas, los osos no son peligrosos.", "es",
                             "Volgens de Spaanse biologe Carla Ruiz, die de dieren begeleidde, zijn de beren niet gevaarlijk.",
                             "nl")
    assert ("attribution_mismatch", "warning") in found
    # two given names: two people, not one named two ways
    assert speaker_findings("Mayor Helen Brandt said that the bridge will reopen in May.", "en",
                            "Die Brücke wird im Mai wieder geöffnet, sagte Bürgermeister Paul Brandes.", "de") == {
        ("attribution_mismatch", "warning")}


def _time_findings(left: tuple[str, str], right: tuple[str, str]):
    from factcheck.pipeline import Options, compare_documents

    docs = [Document(id=f"d{i}", path=f"<test>/d{i}", lang=lang, text=text, published=date(2019, 1, 15))
            for i, (lang, text) in enumerate((left, right))]
    return [f for f in compare_documents(docs, Options(use_cache=False)).findings if f.type == "time_mismatch"]


def test_a_sentence_with_two_times_split_differently_is_no_changed_date():
    """The Dutch lost "week" in "vorige [week]", so its one time is the second clause's; the German
    sentence states both: every Dutch time is in the German sentence, the clash is between clauses."""
    (finding,) = _time_findings(
        ("nl", "De eerste winkel is vorige geopend in Croydon, de tweede wordt later dit jaar geopend in Birmingham."),
        ("de", "Die erste Filiale wurde letzte Woche in Croydon eröffnet, und eine zweite wird später in diesem Jahr "
               "in Birmingham eröffnet."))
    assert finding.severity == "info" and "two events" in finding.message


def test_a_changed_date_beside_the_same_date_still_conflicts():
    """"sabato … sabato" against "Saturday … Tuesday": the second Saturday is stated in the English
    sentence, but paired with the first one a Tuesday is left against a Saturday."""
    (finding,) = _time_findings(
        ("en", "Rosa will reach the Arizona border early Saturday and move into southern Utah late Tuesday."),
        ("it", "Rosa raggiungerà il confine dell'Arizona sabato mattina e si sposterà verso lo Utah meridionale in "
               "tarda serata di sabato."))
    assert finding.severity in ("warning", "error") and "Tuesday" in finding.message


def test_a_hedge_resting_on_a_conditional_form_alone_is_a_note_between_translations():
    from factcheck.pipeline import Options, compare_documents

    docs = [Document(id=f"d{i}", path=f"<test>/d{i}", lang=lang, text=text, published=date(2019, 1, 15))
            for i, (lang, text) in enumerate((
                ("fr", "Des témoins auraient aperçu de nombreux suspects quitter les lieux."),
                ("en", "Witnesses saw numerous suspects leaving the scene.")))]
    (finding,) = [f for f in compare_documents(docs, Options(use_cache=False)).findings if f.type == "modality_mismatch"]
    assert finding.severity == "info" and "conditional verb form" in finding.message


@pytest.mark.parametrize("weekday, written, expected", [
    # 26 September 2018 was a Wednesday; the weekday's own date is counted from publication (2019-01-15)
    ("The storm hit the coast on Wednesday.", "Der Sturm traf am 26. September auf die Küste.", False),
    ("The storm hit the coast on Friday.", "Der Sturm traf am 26. September auf die Küste.", True),
])
def test_a_weekday_against_a_written_date_on_that_weekday_agrees(weekday, written, expected):
    found = [f for f in _time_findings(("en", weekday), ("de", written)) if f.severity in ("warning", "error")]
    assert bool(found) is expected


@pytest.mark.parametrize(
    "left, lang, right",
    [
        ("El tsunami golpeó Paul.", "es", "The tsunami hit Palu."),  # one name transliterated two ways
        ("El senador Jeff Blake votó ayer.", "es", "Senator Jeff Flake voted yesterday."),  # or mistyped
    ],
)
def test_names_spelled_alike_are_shown_but_not_warned_about(left, lang, right):
    found, all_findings = findings(left, lang, right)
    assert severity_of("entity_mismatch", found) == {"info"}
    (finding,) = [f for f in all_findings if f.type == "entity_mismatch"]
    assert "spelled alike" in finding.message


def test_a_name_is_searched_in_the_other_sides_written_words_before_its_names_renderings():
    """`OtherSide.mentions`: a name the other claim writes alike is found among its written words,
    without building the renderings and senses of its names; one it only renders ("Neapel" ->
    Naples) is found among those; one it lacks is found nowhere. Each answer is the full search's."""
    from factcheck.compare.names import OtherSide, mentioned

    english = claim("Yesterday Angela Merkel met Olaf Scholz in Naples.", "en", "a")
    german = claim("Gestern traf Angela Merkel Markus Söder in Neapel.", "de", "b")
    expected = {"Angela Merkel": (True, False), "Naples": (True, True), "Olaf Scholz": (False, True)}
    assert {name.text for name in english.entities} == set(expected)
    for name in english.entities:
        side = OtherSide(english, (german,))
        found = side.mentions(name)
        assert (found, "vocabulary" in vars(side)) == expected[name.text]
        assert found == mentioned(name, "en", OtherSide(english, (german,)), side.vocabulary)


def test_only_words_with_a_letter_of_the_acronym_are_looked_up_in_the_own_claim():
    """`OtherSide.initial_runs`: a word of the other side is blanked where the own claim expresses
    it ("Frontières" for "Fronteras"), but only a word with a letter of the acronym among its
    initials is looked up; the runs spell the acronym exactly as with every expressed word blanked
    ("MSF" and "WHO" are the own claim's words; "charity Médecins Sans" spells "CMS")."""
    from factcheck.compare.names import OtherSide, _spells

    own = claim("La asociación Médicos Sin Fronteras y la Organización Mundial de la Salud lo califican como el peor brote.", "es", "a",
                translation="The association Doctors Without Borders and the World Organization of Health call it the worst outbreak.")
    other = claim("The charity Médecins Sans Frontières and the World Health Organization call it the worst outbreak.", "en", "b")
    every_word_asked = OtherSide(own, (other,))
    blanked = [[set() if every_word_asked.expressed(word, lang) else initials for word, lang, initials in run]
               for run in every_word_asked.word_runs]
    assert any(not initials for run in blanked for initials in run)  # some word is the own claim's
    for acronym, spelled_somewhere in (("CMS", True), ("MSF", False), ("WHO", False), ("LPG", False), ("XQZ", False)):
        side = OtherSide(own, (other,))
        spelled = [_spells(acronym, run) for run in side.initial_runs(acronym)]
        assert spelled == [_spells(acronym, run) for run in blanked] and any(spelled) == spelled_somewhere
        asked = {word for word, _ in side._expressed}
        assert all(set(acronym) & initials for run in side.word_runs for word, _, initials in run if word in asked)
    assert not side._expressed  # no word of the other side has an initial X, Q or Z


def test_a_territory_is_looked_for_sentence_by_sentence_up_to_the_first_that_names_it(monkeypatch):
    """`OtherSide.names_territory`: the answer of `place in territories` (every sentence's places),
    with the sentences after the first that names the place left unread."""
    from factcheck.compare import names

    first = claim("Die Regierung von Spanien kündigte am Montag neue Regeln an.", "de", "b")
    second = claim("In Portugal und Frankreich blieb alles beim Alten.", "de", "b")
    own = claim("Spain's government announced new rules on Monday.", "en", "a")
    read = []
    monkeypatch.setattr(names, "territories_in", lambda text, lang, _read=names.territories_in: read.append(text) or _read(text, lang))
    named = names.OtherSide(own, (first, second)).territories
    assert {"Spain", "France"} <= named and "Germany" not in named
    for place in ("Spain", "France", "Germany"):
        read.clear()
        assert names.OtherSide(own, (first, second)).names_territory(place) == (place in named)
        assert read == ([first.sentence_text] if place == "Spain" else [first.sentence_text, second.sentence_text])


def test_a_pair_whose_left_names_are_all_mentioned_does_not_search_the_right_claims_names(monkeypatch):
    """`_clash`: a clash needs a name of each side that the other lacks; when the left claim has
    none, the right claim's names are not looked up on the left side (the same answer, None)."""
    from factcheck.compare import names

    left = claim("Angela Merkel met the mayor in Naples on Monday.", "en", "a")
    right = claim("Angela Merkel traf am Montag Olaf Scholz in Neapel.", "de", "b", translation="Angela Merkel met on Monday Olaf Scholz in Naples.")
    asked = []
    monkeypatch.setattr(names.OtherSide, "mentions", lambda side, entity, _mentions=names.OtherSide.mentions:
                        asked.append((side.own.id, entity.text)) or _mentions(side, entity))
    _, found = compare_pairs([Pair(left.id, right.id, 0.5, "agree")], {left.id: left, right.id: right})
    assert not [f for f in found if f.type == "entity_mismatch"]
    assert asked and {own for own, _ in asked} == {left.id}


@pytest.mark.parametrize("a, b", [("argentinien", "argentina"), ("", "abc"), ("abc", "abc"), ("abc", "abd"), ("x", "y"), ("stati", "states")])
def test_common_prefix_length_is_that_of_commonprefix(a, b):
    import os

    from factcheck.compare.common import _common_prefix_length

    assert _common_prefix_length(a, b) == _common_prefix_length(b, a) == len(os.path.commonprefix([a, b]))


@pytest.mark.parametrize(
    "left, lang, right, right_lang",
    [
        ("Rosa dejará más de 25 centímetros de lluvia.", "es", "Rosa porterà fino a 25 cm di pioggia.", "it"),
        ("Der Sturm bringt bis zu 40 Zentimeter Schnee.", "de", "La tempête apportera plus de 40 cm de neige.", "fr"),
        ("De storm bracht meer dan 30 centimeter sneeuw.", "nl", "The storm brought up to 30 cm of snow.", "en"),
    ],
)
def test_one_figure_bounded_differently_is_a_warning_not_an_error(left, lang, right, right_lang):
    """The same stated figure with bound words that differ: the wording around an agreed figure
    differs, which a reader should check, but the figure itself is the same."""
    found, details = findings(left, lang, right, right_lang)
    assert severity_of("number_mismatch", found) == {"warning"}
    (message,) = [f.message for f in details if f.type == "number_mismatch"]
    assert "the same figure" in message


def test_bounds_on_opposite_sides_of_two_figures_stay_an_error():
    found, _ = findings("Rosa dejará más de 25 centímetros de lluvia.", "es", "Rosa porterà fino a 10 cm di pioggia.", "it")
    assert severity_of("number_mismatch", found) == {"error"}


@pytest.mark.parametrize(
    "left, lang, right, right_lang",
    [
        ("Het verschil is bijna 20 graden.", "nl", "La diferencia es de casi 7 grados.", "es"),
        ("La différence atteint 25 degrés.", "fr", "La differenza raggiunge 12 gradi.", "it"),
    ],
)
def test_degrees_without_a_scale_that_differ_are_a_warning(left, lang, right, right_lang):
    """"20 graden" may be Fahrenheit and "7 grados" a conversion that kept the bare word: the
    same unit, not surely the same scale, so the role match is too weak for an error."""
    found, _ = findings(left, lang, right, right_lang)
    assert severity_of("number_mismatch", found) == {"warning"}


def test_degrees_with_the_same_scale_that_differ_stay_an_error():
    found, _ = findings("Es wurden 35 °C gemessen.", "de", "Se midieron 20 °C.", "es")
    assert severity_of("number_mismatch", found) == {"error"}


@pytest.mark.parametrize(
    "left, lang, right, right_lang",
    [
        ("Hier en daar valt 10 cm regen.", "nl",
         "Caerán entre 2 y 5 centímetros de lluvia, con posibilidad de llegar a los 10 en lugares aislados.", "es"),
        ("Stellenweise fallen 15 Zentimeter Schnee.", "de",
         "Il tombera entre 5 et 10 cm de neige, voire 15 sur les sommets.", "fr"),
        ("In alcuni punti potrebbero cadere 15 pollici di pioggia.", "it",
         "Between 5 and 10 inches of rain are expected, with 15 in isolated spots.", "en"),
    ],
)
def test_a_figure_whose_unit_the_other_claim_says_once_for_two_figures_is_no_conflict(left, lang, right, right_lang):
    """"entre 2 y 5 centímetros … los 10": the unit is written once, the bare 10 is 10 cm."""
    found, _ = findings(left, lang, right, right_lang)
    assert not severity_of("number_mismatch", found) - {"info"}


def test_a_bare_figure_that_differs_still_clashes_with_a_measure():
    found, _ = findings("Hier en daar valt 10 cm regen.", "nl",
                        "Caerán entre 2 y 5 centímetros de lluvia, con posibilidad de llegar a los 12 en lugares aislados.", "es")
    assert severity_of("number_mismatch", found) - {"info"}



@pytest.mark.parametrize(
    "left, lang, right, right_lang",
    [
        ("Der Markt ist 2,8 Milliarden britische Pfund wert.", "de", "El mercado vale 2800 billones de libras.", "es"),
        ("Le budget atteint 4 milliards d'euros.", "fr", "The budget reaches 4 trillion euros.", "en"),
    ],
)
def test_figures_a_scale_word_apart_say_so_and_stay_an_error(left, lang, right, right_lang):
    """A scale word read in another language's sense ("billion" / "billón") changes the figure a
    thousandfold or more: still a changed figure, and the message says how it may have come about."""
    found, details = findings(left, lang, right, right_lang)
    assert severity_of("number_mismatch", found) == {"error"}
    (message,) = [f.message for f in details if f.type == "number_mismatch"]
    assert "times apart, as a scale word" in message


def test_figures_apart_by_another_factor_name_no_scale_word():
    found, details = findings("Der Markt ist 2,8 Milliarden britische Pfund wert.", "de", "El mercado vale 3500 millones de libras.", "es")
    (message,) = [f.message for f in details if f.type == "number_mismatch"]
    assert "scale word" not in message


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.K é_1-\n", max_size=30))
def test_initials_dots_go_where_the_look_behind_first_pattern_finds_them(text):
    """INITIAL_DOT opens with its dot (a pattern opening with a look-behind is tried at every
    position); it removes the same dots as the look-behind-first form: "U.S" -> "US"."""
    import re

    from factcheck.compare.common import INITIAL_DOT

    assert INITIAL_DOT.sub("", text) == re.sub(r"(?<=\b\w)\.(?=\w\b)", "", text)
    assert INITIAL_DOT.sub("", "the U.S.A. and K.o. ab.cd") == "the USA. and Ko. ab.cd"


@pytest.mark.parametrize("plain, lang", [
    ("The bridge was last inspected in May.", "en"),
    ("Die Brücke wurde im Mai zuletzt kontrolliert.", "de"),
])
def test_an_elided_french_negation_denies_the_word_after_its_verb(plain, lang):
    """"aucun défaut n'avait été constaté": the elided "n'" runs into its verb, and what it denies
    ("constaté") is what the other side does not state: the claims share the inspection only."""
    finding = polarity_note("Selon le maire, aucun défaut n'avait été constaté lors du contrôle de mai.", "fr", plain, lang)
    assert "constaté" in finding.message


@pytest.mark.parametrize("negating", ["Le maire n'a pas été réélu en mai.", "Le maire n'était jamais réélu en mai."])
def test_an_elided_negation_of_the_stated_verb_stays_a_warning(negating):
    found, _ = findings(negating, "fr", "The mayor was re-elected in May.")
    assert severity_of("polarity_mismatch", found) == {"warning"}
