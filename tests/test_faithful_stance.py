"""Negation and modality read the way translators write them (issue 13, faithful translations):
"ever" written with a word of "never", "poco" and "-less" as negations by a word, permission and
the past of "can" as ability, evidential adverbs and reported speech against hearsay hedges."""

from datetime import date

import pytest

from factcheck.claims import facets
from factcheck.model import Document
from factcheck.pipeline import Options, compare_documents


@pytest.mark.parametrize(
    "text, lang, negated",
    [
        ("Fue el peor discurso que he oído nunca.", "es", False),
        ("Ahora el equipo está más unido que nunca.", "es", False),
        ("Es el mejor resultado que ha logrado jamás.", "es", False),
        ("Lo más importante es que nunca ha pagado la multa.", "es", True),  # before the verb: negates
        ("Es el mejor hotel que no he visto nunca.", "es", True),  # "no" is a negation of its own
        ("È stato il discorso peggiore che abbia mai sentito.", "it", False),
        ("Oggi la squadra è più unita che mai.", "it", False),
        ("Come mai il sindaco ha cambiato idea?", "it", False),
        ("Il sindaco non ha mai pagato la multa.", "it", True),
        ("Mai vista una folla simile in piazza.", "it", True),
    ],
)
def test_never_words_read_as_ever_after_a_comparison(text, lang, negated):
    assert facets.negated(text, lang) is negated


@pytest.mark.parametrize(
    "text, lang, cue",
    [
        ("Los críticos lo llamaron un gesto poco elegante.", "es", "poco elegante"),
        ("I giocatori erano poco motivati nel secondo tempo.", "it", "poco motivati"),
        ("Voters felt powerless after the vote.", "en", "powerless"),
        ("De kiezers voelden zich machteloos na de stemming.", "nl", "machteloos"),
        ("Die Wähler fühlten sich nach der Abstimmung machtlos.", "de", "machtlos"),
    ],
)
def test_a_word_that_negates_by_its_form(text, lang, cue):
    span = facets.lexical_negation_cue(text, lang)
    assert span is not None and text[span[0]:span[1]] == cue


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El tren salió poco después de las diez.", "es"),  # a time
        ("Estaba un poco cansado.", "es"),  # "a little"
        ("Il museo ha accolto poco più di duecento visitatori.", "it"),  # an amount
        ("Unless the council votes, nothing changes.", "en"),  # no word before "less"
        ("Los geht es am Montag.", "de"),
    ],
)
def test_words_that_only_look_negative(text, lang):
    assert facets.lexical_negation_cue(text, lang) is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Certains habitants ont pu quitter le village à temps.", "fr"),
        ("Algunos vecinos pudieron salir del pueblo a tiempo.", "es"),
        ("Alcuni abitanti hanno potuto lasciare il paese in tempo.", "it"),
        ("Bezoekers mogen de tuin gratis betreden.", "nl"),
        ("Besucher dürfen den Garten kostenlos betreten.", "de"),
        ("Visitors are able to enter the garden for free.", "en"),
    ],
)
def test_permission_and_the_past_of_can_are_ability(text, lang):
    assert facets.ability_only(text, lang) and facets.modality(text, lang) == "possibility"


def test_an_epistemic_past_of_can_stays_a_hedge():
    assert not facets.ability_only("El viento pudo haber avivado el incendio.", "es")


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("Blijkbaar is de burgemeester afgetreden.", "nl", "Blijkbaar"),
        ("Der Bürgermeister ist offenbar zurückgetreten.", "de", "offenbar"),
        ("Apparently the mayor has resigned.", "en", "Apparently"),
        ("Le maire a apparemment démissionné.", "fr", "apparemment"),
        ("El alcalde aparentemente ha dimitido.", "es", "aparentemente"),
        ("Il sindaco si è apparentemente dimesso.", "it", "apparentemente"),
        ("Blijkbaar is de burgemeester naar verluidt afgetreden.", "nl", None),  # a word of hearsay too
        ("De burgemeester is afgetreden.", "nl", None),
    ],
)
def test_an_evidential_adverb_alone(text, lang, word):
    assert facets.evidential_hedge(text, lang) == word


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("Twelve people were hurt, local radio reported.", "en", "reported"),
        ("Twaalf mensen raakten gewond, meldde de lokale radio.", "nl", "meldde"),
        ("Wie das Lokalradio berichtete, wurden zwölf Menschen verletzt.", "de", "berichtete"),
        ("Douze personnes ont été blessées, selon la radio locale.", "fr", "selon"),
        ("Se informó a los vecinos que el agua no era potable.", "es", "informó"),
        ("La radio locale ha riferito che dodici persone sono rimaste ferite.", "it", "ha riferito"),
        ("Twelve people were hurt in the crash.", "en", None),
    ],
)
def test_a_statement_reported_by_someone(text, lang, word):
    assert facets.reported_word(text, lang) == word


def _findings(kind: str, *sides: tuple[str, str]):
    docs = [Document(id=f"d{i}", path=f"<test>/d{i}", lang=lang, text=text, published=date(2019, 1, 15))
            for i, (lang, text) in enumerate(sides)]
    return [f for f in compare_documents(docs, Options(use_cache=False)).findings if f.type == kind]


def test_a_hearsay_hedge_against_reported_speech_is_a_note_between_translations():
    (finding,) = _findings("modality_mismatch",
                           ("es", "Doce personas fueron atendidas por heridas leves, según medios locales."),
                           ("nl", "Twaalf mensen werden behandeld voor lichte verwondingen, meldde de lokale radio."))
    assert finding.severity == "info" and "reports it too" in finding.message


def test_a_hearsay_hedge_against_a_plain_statement_stays_a_warning():
    (finding,) = _findings("modality_mismatch",
                           ("es", "Doce personas fueron atendidas por heridas leves, según medios locales."),
                           ("nl", "Twaalf mensen werden behandeld voor lichte verwondingen."))
    assert finding.severity == "warning"


def test_an_evidential_adverb_is_a_note_between_translations():
    (finding,) = _findings("modality_mismatch",
                           ("nl", "Blijkbaar is de zanger benoemd tot directeur van een brouwerij."),
                           ("fr", "Le chanteur a été nommé directeur d'une brasserie."))
    assert finding.severity == "info" and "Blijkbaar" in finding.message


def test_ever_written_with_a_word_of_never_is_no_negation():
    assert not _findings("polarity_mismatch",
                         ("es", "Fue el peor discurso que he oído nunca."),
                         ("it", "È stato il discorso peggiore che abbia mai sentito."))


def test_a_negation_by_a_suffix_makes_the_flip_a_note():
    (finding,) = _findings("polarity_mismatch",
                           ("en", "The villagers felt powerless against the flood."),
                           ("es", "Los aldeanos no tenían ningún poder contra la inundación."))
    assert finding.severity == "info" and "powerless" in finding.message


def test_a_word_before_a_closing_quote_is_read_without_the_quote():
    """‘… nooit zal gebeuren’: the denied word is "gebeuren" (happen), not "gebeuren’", which no
    dictionary knows; the French sentence does not say it, so the translation most likely rephrased
    the negation (read with the quote, nothing could be ruled out: a warning)."""
    (finding,) = _findings("polarity_mismatch",
                           ("nl", "Burgemeester Jansen sprak maandag in Rotterdam. ‘Dit is een ramp waarvan je altijd "
                                  "hoopt dat het nooit zal gebeuren’, zei Jansen."),
                           ("fr", "Le maire Jansen a parlé lundi à Rotterdam. « Nous redoutons tout le temps ce type "
                                  "de catastrophe », a dit Jansen."))
    assert finding.severity == "info" and "“gebeuren” has no counterpart" in finding.message


@pytest.mark.parametrize(
    "text, lang, count",
    [
        ("The bus that didn't stop isn't insured.", "en", 2),
        ("Aún no han conseguido ninguna victoria.", "es", 1),  # negative concord: one negation
        ("No pagó y no volvió.", "es", 2),
        ("Non ha mai detto niente.", "it", 1),
        ("Il ne mange pas et ne boit jamais.", "fr", 2),
    ],
)
def test_negations_counted(text, lang, count):
    assert facets.negation_count(text, lang) == count


def test_a_negating_word_explains_one_negation_not_two():
    """"poco probabile" renders "isn't likely", not the "didn't stop" a changed translation adds."""
    one, two = (_findings("polarity_mismatch",
                          ("it", "È poco probabile che l'autista dell'autobus che ha investito il ciclista venga multato."),
                          ("en", english))
                for english in ("The driver of the bus that hit the cyclist isn't likely to be fined.",
                                "The driver of the bus that didn't hit the cyclist isn't likely to be fined."))
    assert [f.severity for f in one] == ["info"] and [f.severity for f in two] == ["warning"]


@pytest.mark.parametrize(
    "text, negated",
    [
        ("Rien de nouveau sur le chantier du pont.", True),  # verbless: "rien" negates alone
        ("Aucune victime sur la route du col.", True),
        ("« Rien de neuf », a dit le maire.", True),
        ("Il a vu le film Rien de personnel hier.", False),  # a title inside the sentence
        ("La commune a rien moins que doublé son budget.", False),  # lower case: needs "ne"
    ],
)
def test_a_verbless_french_rien_or_aucun_negates_alone(text, negated):
    assert facets.negated(text, "fr") is negated


@pytest.mark.parametrize("text", ["Aucun blessé n'est à déplorer.", "Rien ne va plus au conseil."])
def test_rien_or_aucun_beside_ne_is_one_negation(text):
    assert facets.negation_count(text, "fr") == 1


def test_a_verbless_negation_agrees_with_a_negated_translation():
    assert not _findings("polarity_mismatch",
                         ("fr", "Rien de nouveau sur le chantier du pont."),
                         ("de", "Von der Baustelle der Brücke gibt es nichts Neues."))


@pytest.mark.parametrize(
    "hedged, plain",
    [
        (("es", "El huracán podría tocar tierra en Florida el jueves."),
         ("it", "L'uragano arriva sulla costa della Florida giovedì.")),
        (("fr", "La tempête pourrait toucher terre jeudi."), ("en", "The storm makes landfall on Thursday.")),
    ],
)
def test_a_possibility_on_words_the_other_translation_does_not_state_is_a_note(hedged, plain):
    (finding,) = _findings("modality_mismatch", hedged, plain)
    assert finding.severity == "info" and "has no counterpart on the other side" in finding.message


@pytest.mark.parametrize(
    "hedged, plain",
    [
        (("fr", "Le gouvernement pourrait augmenter les impôts."), ("it", "Il governo aumenta le tasse.")),  # same verb
        (("es", "El gobierno podría subir los impuestos."), ("en", "The government raises taxes.")),
        # an English possibility: the dictionaries cannot rule its words out in another language
        (("en", "The storm could make landfall on Thursday."), ("fr", "La tempête touche terre jeudi.")),
    ],
)
def test_a_possibility_on_words_the_other_translation_states_stays_a_warning(hedged, plain):
    (finding,) = _findings("modality_mismatch", hedged, plain)
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    "text, lang, negated",
    [
        ("Le refuge se trouve au NE du lac, à deux heures de marche.", "fr", False),  # a compass point
        ("Ils ont tenté la face NE, puis la crête.", "fr", False),
        ("LE REFUGE NE ROUVRIRA PAS CET ÉTÉ", "fr", True),  # a headline in capitals: the particle
        ("Le refuge ne rouvrira pas cet été.", "fr", True),
        ("El refugio está al NO del lago.", "es", False),
        ("El alcalde NO firmará el contrato.", "es", True),  # capitals for emphasis, before a verb
    ],
)
def test_a_compass_point_spelt_like_a_negation_negates_nothing(text, lang, negated):
    assert facets.negated(text, lang) is negated


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Die Zeit reichte dafür keinesfalls aus.", "de"),
        ("Der Vorschlag ist keineswegs neu.", "de"),
        ("Het plan is geenszins nieuw.", "nl"),
        ("Tampoco el alcalde firmó el contrato.", "es"),
        ("Nemmeno il sindaco ha firmato il contratto.", "it"),
        ("Neanche il sindaco ha firmato il contratto.", "it"),
    ],
)
def test_negation_adverbs_negate(text, lang):
    assert facets.negated(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El alcalde no firmó el contrato, y el concejal tampoco.", "es"),
        ("Il sindaco non ha firmato il contratto, e nemmeno il consigliere.", "it"),
    ],
)
def test_not_either_after_a_negation_repeats_it(text, lang):
    assert facets.negation_count(text, lang) == 1


def test_a_negation_adverb_agrees_with_a_negated_translation():
    assert not _findings("polarity_mismatch",
                         ("de", "Für den Abstieg reichte die Zeit keinesfalls aus."),
                         ("fr", "On n'avait pas assez de temps pour la descente."))


@pytest.mark.parametrize("text", ["Il ne cessa de pleuvoir pendant trois jours.",
                                  "La foule ne cessait de grossir devant la mairie."])
def test_ne_cesser_de_is_a_continuation_in_every_tense(text):
    assert not facets.negated(text, "fr")


@pytest.mark.parametrize(
    "text, lang, negated",
    [
        ("The council survived a no-confidence vote on Monday.", "en", False),  # a compound, not a negation
        ("No-one was hurt in the fire.", "en", True),  # "no-one" is "nobody"
        ("De stad telt veel niet-Europese studenten.", "nl", False),
        ("L'association est une organisation non-gouvernementale.", "fr", False),
        ("Il museo è gestito da un ente non-profit.", "it", False),
        ("The council did not vote on Monday.", "en", True),
    ],
)
def test_a_negation_joined_by_a_hyphen_is_part_of_a_compound(text, lang, negated):
    assert facets.negated(text, lang) is negated


@pytest.mark.parametrize(
    "text, lang",
    [
        ("They want to enter as partners, and not through a side entrance.", "en"),
        ("Ze willen binnenkomen als partner, en niet via een zij-ingang.", "nl"),
        ("Sie wollen als Partner eintreten, und nicht durch einen Nebeneingang.", "de"),
        ("Quieren entrar como socios, y no por una puerta lateral.", "es"),
        ("Vogliono entrare come soci, e non da un ingresso laterale.", "it"),
    ],
)
def test_and_not_before_a_phrase_contrasts_it_without_negating_the_claim(text, lang):
    assert not facets.negated(text, lang)


@pytest.mark.parametrize(
    "text, negated",
    [
        ("Le corps n'a été retrouvé qu'en mars.", False),  # a compound passive: three words before "qu'"
        ("Ce n' est qu' un témoignage de seconde main .", False),  # a space after each elided word
        ("Le sommet n' a été atteint qu' en 1953 .", False),
        ("Le corps n'a pas été retrouvé avant mars.", True),
        ("Le maire n'a pas dit que le pont fermerait.", True),  # "pas": a negation, not a restriction
    ],
)
def test_ne_que_is_a_restriction_in_compound_tenses_and_spaced_text(text, negated):
    assert facets.negated(text, "fr") is negated
