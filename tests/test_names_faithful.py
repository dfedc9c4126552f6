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
    ],
)
def test_a_name_glossed_elsewhere_is_found_on_the_other_side(left, right):
    found = _story_names(left, right)
    assert not [f for f in found if f.severity in ("warning", "error")]



NICE = [
    (("it", "Il camion ha investito la folla a Nizza giovedì sera, uccidendo 84 persone."),
     ("fr", "Le camion a foncé sur la foule jeudi soir, tuant 84 personnes, à Nice.")),
    (("nl", "De vrachtwagen reed donderdagavond in Nice op de menigte in en doodde 84 mensen."),
     ("it", "Il camion ha investito la folla a Nizza giovedì sera, uccidendo 84 persone.")),
]


@pytest.mark.parametrize("left, right", NICE)
def test_a_city_named_by_its_exonym_is_no_other_name(left, right):
    # The German dictionary glosses "Nizza" as Nice; the Italian one does not know it.
    assert not [f for f in _story_names(left, right) if f.severity in ("warning", "error")]


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
