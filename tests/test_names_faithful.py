"""Name clashes between faithful translations that are no different actor (issue 13, branch names13):
two names each article writes elsewhere, and names that another language's dictionary glosses."""

from datetime import date

import pytest

from factcheck.compare.names import names_glossed_elsewhere
from factcheck.model import Document

PUBLISHED = date(2015, 11, 30)


def _story_names(left: tuple[str, str], right: tuple[str, str]) -> list:
    """The entity findings of two whole articles compared as a story."""
    from factcheck.pipeline import Options, compare_documents

    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=PUBLISHED) for lang, text in (left, right)]
    return [f for f in compare_documents(docs, Options(use_cache=False)).findings if f.type == "entity_mismatch"]


def _alarms(left: tuple[str, str], right: tuple[str, str]) -> list:
    """The entity findings a user is warned of (warning or error)."""
    return [f for f in _story_names(left, right) if f.severity in ("warning", "error")]


# The first sentence of each article: one translator names the presenter and calls the brand "the
# company", the other names the brand and calls her "the presenter". Both articles name both in the
# second sentence.
BOTH_NAMED = [
    (("nl", "Het bedrijf zou het fortuin van Fenwick volgens kenners verdubbelen. Fenwick verliet Lumora in maart."),
     ("fr", "La marque Lumora devait selon les experts doubler la fortune de l’animatrice. Fenwick a quitté Lumora en mars.")),
    (("de", "Das Unternehmen sollte das auf 11 Millionen Pfund geschätzte Vermögen von Fenwick verdoppeln. "
            "Fenwick verließ Lumora im März."),
     ("es", "La marca Lumora iba a duplicar la fortuna de la presentadora, estimada en 11 millones de libras. "
            "Fenwick dejó Lumora en marzo.")),
    (("it", "L’azienda avrebbe raddoppiato il patrimonio di Fenwick, stimato in 11 milioni di sterline. "
            "Fenwick ha lasciato Lumora a marzo."),
     ("nl", "Het merk Lumora zou het op 11 miljoen pond geschatte fortuin van de presentatrice verdubbelen. "
            "Fenwick verliet Lumora in maart.")),
]


@pytest.mark.parametrize("left, right", BOTH_NAMED)
def test_two_names_each_article_writes_elsewhere_are_a_note(left, right):
    (finding,) = _story_names(left, right)
    assert finding.severity == "info"
    assert "each article names both elsewhere" in finding.message
    assert {"Fenwick", "Lumora"} <= set(finding.evidence["differing"])
    assert "undecided" in finding.evidence  # triangulation still counts it as a clash


@pytest.mark.parametrize("left, right", BOTH_NAMED)
def test_a_name_the_other_article_never_writes_stays_a_clash(left, right):
    # The second article no longer names Fenwick anywhere: its "Lumora" may stand where she stood.
    lang, text = right
    first, _second = text.split(". ", 1)
    without_her = (lang, first + ". " + {"fr": "Lumora a fermé en mars.", "es": "Lumora cerró en marzo.",
                                         "nl": "Lumora sloot in maart."}[lang])
    (finding,) = _story_names(left, without_her)
    assert finding.severity == "warning"
    assert "each article names both" not in finding.message


@pytest.mark.parametrize(
    "left, right",
    [
        (("en", "He said his talks with Lumin had brought 3 results. Trump met Lumin in May."),
         ("fr", "Selon Trump, ses discussions avec Zorvak ont donné 3 résultats. Trump a rencontré Lumin en mai.")),
        (("de", "Er sagte, seine Gespräche mit Lumin hätten 3 Ergebnisse gebracht. Trump traf Lumin im Mai."),
         ("it", "Secondo Trump, i suoi colloqui con Zorvak hanno portato 3 risultati. Trump ha incontrato Lumin a maggio.")),
    ],
)
def test_a_name_swapped_in_is_reported_before_two_names_both_articles_write(left, right):
    # "Lumin" / "Trump" ("Er" stands for Trump) is explained by the second sentences; "Zorvak" is not.
    (finding,) = _story_names(left, right)
    assert finding.severity == "warning"
    assert finding.evidence["differing"] == ["Lumin", "Zorvak"]


@pytest.mark.parametrize(
    "name, lang, gloss",
    [
        ("Oscar", "it", "Academy Award"),  # the French, Spanish and German dictionaries list it
        ("Óscar", "es", "Academy Award"),  # accents folded
        ("Napoli", "es", "Naples"),  # the Italian dictionary names the city
        ("Napoli", "en", "Naples"),  # an English text that calls the club by its own name (entities14)
    ],
)
def test_a_name_is_glossed_by_another_languages_dictionary(name, lang, gloss):
    assert gloss in names_glossed_elsewhere(name, lang)


@pytest.mark.parametrize(
    "name, lang",
    [
        ("Napoli", "it"),  # its own dictionary knows it: no other one is asked
        ("Fenwick", "nl"),  # no dictionary knows it
        ("Pain", "de"),  # French bread: a common word of another language glosses no name
    ],
)
def test_a_name_known_at_home_or_glossed_as_a_word_elsewhere_gets_no_foreign_gloss(name, lang):
    assert names_glossed_elsewhere(name, lang) == ()


@pytest.mark.parametrize(
    "left, right",
    [
        # The Italian dictionary lacks "Oscar"; the French, Spanish and German ones gloss it.
        (("it", "Circa 20 milioni di persone hanno seguito l’udienza, un pubblico simile a quello dei premi Oscar."),
         ("en", "About 20 million people watched the hearing, an audience similar to that of the Academy Awards.")),
        # The Spanish dictionary lacks "Napoli"; the Italian one names the city the German "Neapel" is.
        (("es", "El equipo juega el miércoles en Napoli."),
         ("de", "Die Mannschaft spielt am Mittwoch in Neapel.")),
        # English keeps the Italian name of the club, German writes its exonym (entities14).
        (("de", "In der Nachspielzeit machte Marek das 2:0 für Neapel perfekt."),
         ("en", "In added time, Marek made it 2-0 for Napoli.")),
    ],
)
def test_a_name_glossed_elsewhere_is_found_on_the_other_side(left, right):
    assert not _alarms(left, right)



NICE = [
    (("it", "Il camion ha investito la folla a Nizza giovedì sera, uccidendo 84 persone."),
     ("fr", "Le camion a foncé sur la foule jeudi soir, tuant 84 personnes, à Nice.")),
    (("nl", "De vrachtwagen reed donderdagavond in Nice op de menigte in en doodde 84 mensen."),
     ("it", "Il camion ha investito la folla a Nizza giovedì sera, uccidendo 84 persone.")),
]


@pytest.mark.parametrize("left, right", NICE)
def test_a_city_named_by_its_exonym_is_no_other_name(left, right):
    # The German dictionary glosses "Nizza" as Nice; the Italian one does not know it.
    assert not _alarms(left, right)


@pytest.mark.parametrize("left, right", NICE)
def test_a_city_named_by_its_exonym_is_no_omitted_value(left, right):
    from factcheck.pipeline import Options, compare_documents

    docs = [Document(id=lang, path=f"<{lang}>", lang=lang, text=text, published=PUBLISHED) for lang, text in (left, right)]
    found = compare_documents(docs, Options(use_cache=False)).findings
    assert not [f for f in found if f.type == "omission" and "Nizza" in f.message]


# Words read as names (issue 13, branch names14): a connective opening a sentence is capitalised but
# is no name once the dictionary knows it; a Dutch form of address ("Dhr.", "Mevr.") says how a
# person is named, not who. Each pair is checked against the same sentence with an unknown name in
# that place, which must still clash.
OPENING_CONNECTIVES = [
    (("nl", "Ik ben tenslotte de laatste van een rij Labour-parlementariërs die niet welkom zijn."),
     ("it", "{word}, sono l’ultimo di una serie di parlamentari laburisti che non sono benvenuti."), "Dopotutto"),
    (("de", "Schließlich bin ich der letzte von vielen Labour-Abgeordneten, die nicht willkommen sind."),
     ("fr", "{word}, je suis le dernier d’une série de députés travaillistes qui ne sont pas les bienvenus."),
     "Ironiquement"),
    (("de", "Schließlich bin ich der letzte von vielen Labour-Abgeordneten, die nicht willkommen sind."),
     ("it", "{word}, sono l’ultimo di una serie di parlamentari laburisti che non sono benvenuti."), "Ciononostante"),
]


@pytest.mark.parametrize("left, right, word", OPENING_CONNECTIVES)
def test_a_connective_opening_a_sentence_is_no_name(left, right, word):
    lang, text = right
    assert _story_names(left, (lang, text.format(word=word))) == []
    (clash,) = _story_names(left, (lang, text.format(word="Dorvakki")))
    assert clash.severity == "warning" and "Dorvakki" in clash.message


@pytest.mark.parametrize("title", ["Dhr.", "Mevr."])
def test_a_dutch_form_of_address_is_no_name(title):
    left = ("nl", f"{title} Gendon vertelde dat het hotel in Palu was ingestort.")
    right = ("de", "Gendon erzählte, dass das Hotel in Palu eingestürzt war, als die Nachricht die Runde machte.")
    assert _story_names(left, right) == []
    (clash,) = _story_names(("nl", left[1].replace("Gendon", "Marwick")), right)
    assert "Marwick" in clash.message


# A demonym against a place or body (entities14): one article tells its readers the country, the
# other names the town or the institution, which the first article writes in another sentence.
DEMONYM_FOR_A_NAME = [
    (("en", "A Spanish court fined the former mayor 40,000 euros on Monday. He had run Valdemora for ten years."),
     ("es", "El tribunal de Valdemora multó el lunes al antiguo alcalde con 40.000 euros. Había dirigido el pueblo "
            "durante diez años."), "Spanish", "Valdemora"),
    (("en", "The Dutch parliament voted for the ban on Tuesday. The Tweede Kamer has 150 members."),
     ("nl", "De Tweede Kamer stemde dinsdag voor het verbod. De Kamer telt 150 leden."), "Dutch", "Tweede Kamer"),
]


@pytest.mark.parametrize("left, right, demonym, name", DEMONYM_FOR_A_NAME)
def test_a_demonym_against_a_name_its_article_writes_elsewhere_is_a_note(left, right, demonym, name):
    (finding,) = _story_names(left, right)
    assert finding.severity == "info"
    assert f"“{demonym}” says only which country" in finding.message
    assert {demonym, name} <= set(finding.evidence["differing"])
    assert "undecided" in finding.evidence  # triangulation still counts it as a clash


@pytest.mark.parametrize("left, right", [
    # the demonym's article never writes the town: the town may stand where another place stood
    (("en", "A Spanish court fined the former mayor 40,000 euros on Monday. He had run the town for ten years."),
     ("es", "El tribunal de Valdemora multó el lunes al antiguo alcalde con 40.000 euros. Había dirigido el pueblo "
            "durante diez años.")),
    # a place swapped in for the demonym's country, which the other article names elsewhere
    (("en", "The Welsh assembly voted for the new name on Tuesday. Wales has had an assembly since 1999."),
     ("nl", "De Vergadering van Ayr stemde dinsdag voor de nieuwe naam. Wales heeft sinds 1999 een vergadering.")),
])
def test_a_demonym_against_a_name_written_nowhere_else_stays_a_clash(left, right):
    (finding,) = _story_names(left, right)
    assert finding.severity == "warning"
    assert "says only which country" not in finding.message


def test_a_name_swapped_for_an_exonym_still_clashes():
    # "Torino" is no gloss of "Neapel" in any dictionary: the English name glossed elsewhere finds nothing.
    (finding,) = _story_names(("de", "In der Nachspielzeit machte Marek das 2:0 für Neapel perfekt."),
                              ("en", "In added time, Marek made it 2-0 for Torino."))
    assert finding.severity == "warning"
    assert {"Neapel", "Torino"} <= set(finding.evidence["differing"])


@pytest.mark.parametrize("left, right", [
    # "Nr." (number) and "Vgl." (compare) are German abbreviations, not names (entities14)
    (("de", "Er schrieb einen Artikel (The Alpine Journal, Nr. 292, Mai 1956). Vgl. auch Ralph Izzard."),
     ("fr", "Il a publié un article dans The Alpine Journal, numéro 292, en mai 1956. Cf. également Ralph Izzard.")),
])
def test_an_abbreviation_with_its_full_stop_is_no_name(left, right):
    assert not _story_names(left, right)


def test_a_word_of_the_abbreviation_list_without_its_full_stop_stays_a_name():
    from factcheck.compare.names import _names
    from factcheck.pipeline import Options, compare_documents

    docs = [Document(id="nl", path="<nl>", lang="nl", text="Lumora kocht dinsdag de winkels van Nr en Vlot.", published=PUBLISHED)]
    (claim,) = compare_documents(docs, Options(use_cache=False)).claims
    assert {"Nr", "Vlot"} <= {e.text for e in _names(claim)}


# An English name of common words against one common word the other article repeats (entities14):
# the translator calls the institution by its kind throughout ("Presiding Officer" / "la Asamblea").
OFFICER_EN = "The Presiding Officer, Mira Lund, will submit the bill within weeks."
OFFICER_ES = "La presidenta de la Asamblea, Mira Lund, presentará el proyecto de ley en pocas semanas."


def test_an_english_description_against_a_kind_its_partner_repeats_is_no_clash():
    left = ("en", OFFICER_EN + " The assembly meets again in March.")
    right = ("es", OFFICER_ES + " La Asamblea se reúne de nuevo en marzo.")
    assert not _alarms(left, right)


def test_an_english_description_against_a_kind_written_once_stays_a_clash():
    # one sentence a side, as in DEMETR: nothing shows the translator's habit
    (finding,) = _story_names(("en", OFFICER_EN), ("es", OFFICER_ES))
    assert finding.severity == "warning"
    assert {"Presiding Officer", "Asamblea"} <= set(finding.evidence["differing"])


# Compass points in names (entities14): the Spanish "Este" is also east, and the Dutch dictionary
# lacked "oost", so a place named by a compass point and common words was another name.
COMPASS = [
    (("de", "Das Amt in East Stone Bridge veröffentlichte am Freitag einen vorläufigen Bericht."),
     ("es", "El Juzgado de Instrucción de Stone Bridge Este publicó un informe preliminar el viernes.")),
    (("es", "El Juzgado de Instrucción de Stone Bridge Este publicó un informe preliminar el viernes."),
     ("nl", "De lijkschouwer in Oost-Stone Bridge publiceerde vrijdag een voorlopig rapport.")),
]


@pytest.mark.parametrize("left, right", COMPASS)
def test_a_compass_point_of_a_name_is_found_in_its_translation(left, right):
    assert not _alarms(left, right)


def test_a_compass_point_does_not_hide_another_place():
    (finding,) = _story_names(("de", "Das Amt in East Stone Bridge veröffentlichte am Freitag einen vorläufigen Bericht."),
                              ("es", "El Juzgado de Instrucción de Marbella Este publicó un informe preliminar el viernes."))
    assert finding.severity == "warning"
