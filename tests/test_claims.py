import pytest

from factcheck.claims import facets
from factcheck.claims.clauses import split_clauses


def clauses(sentence, lang):
    return [(sentence[c.start:c.end], c.attribution_source) for c in split_clauses(sentence, lang)]


def test_dutch_fronted_subordinate_clause_and_colon_are_split():
    s = ("Hoewel oorspronkelijk het bedrijf vandaag moest stoppen met alle werkzaamheden in Pakistan heeft het land "
         "de deadline uitgesteld: op 30 december moet BlackBerry gestopt zijn.")
    assert [text for text, _ in clauses(s, "nl")] == [
        "Hoewel oorspronkelijk het bedrijf vandaag moest stoppen met alle werkzaamheden in Pakistan",
        "heeft het land de deadline uitgesteld",
        "op 30 december moet BlackBerry gestopt zijn.",
    ]


def test_trailing_attribution_is_set_aside():
    s = "It is therefore withdrawing on December 30, Chief Operating Officer Marty Beard said in a blog post Monday."
    assert clauses(s, "en") == [("It is therefore withdrawing on December 30", "Chief Operating Officer Marty Beard")]


def test_quote_attribution_after_closing_quote():
    s = "“We are more than happy to assist law enforcement agencies,” Beard said."
    (text, source), = clauses(s, "en")
    assert source == "Beard" and "law enforcement" in text and "said" not in text


def test_dutch_leading_attribution_without_comma():
    s = "Volgens Marty Beard van het bedrijf zit er daarom niets anders op dan te stoppen."
    (text, source), = clauses(s, "nl")
    assert source == "Marty Beard van het bedrijf"
    assert text.startswith("zit er daarom")


# (sentence, language, the description and the name as read)
DESCRIBED_THEN_NAMED = [
    ("Según el veterinario del parque, Jorge Salas, los osos no son peligrosos.", "es", "el veterinario del parque", "Jorge Salas"),
    ("Selon le maire de Namur, Léa Fontaine, le pont rouvrira en mai.", "fr", "le maire de Namur", "Léa Fontaine"),
    ("Volgens de burgemeester van Gent, Pieter de Smet, gaat de brug in mei weer open.", "nl", "de burgemeester van Gent", "Pieter de Smet"),
    ("According to the city's mayor, Helen Brandt, the bridge will reopen in May.", "en", "the city's mayor", "Helen Brandt"),
    ("Secondo il sindaco di Lecco, Marco Bassi, il ponte riaprirà a maggio.", "it", "il sindaco di Lecco", "Marco Bassi"),
    ("Laut dem Bürgermeister von Kassel, Jonas Weber, wird die Brücke im Mai geöffnet.", "de", "dem Bürgermeister von Kassel", "Jonas Weber"),
]


@pytest.mark.parametrize("sentence, lang, description, name", DESCRIBED_THEN_NAMED)
def test_a_described_speaker_named_between_commas_is_the_speaker(sentence, lang, description, name):
    (text, speaker), = clauses(sentence, lang)
    assert speaker == f"{description}, {name}"
    assert sentence.endswith(text) and name not in text  # the reported clause, without the name


@pytest.mark.parametrize("sentence, lang, source, first", [
    # a named source, then the reported clause's subject
    ("Selon Eurostat, Radio Lumière, dont les animateurs sont connus, était la plus écoutée.", "fr", "Eurostat", "Radio"),
    # one capitalised word is a place or the first of a list, not a person
    ("According to the ministry, Paris, Lyon and Lille will get new trams.", "en", "the ministry", "Paris"),
])
def test_what_follows_a_source_between_commas_stays_the_claims_when_it_is_no_persons_name(sentence, lang, source, first):
    (text, speaker), = clauses(sentence, lang)
    assert speaker == source and text.startswith(first)


ATTRIBUTIONS = [
    ("It is therefore withdrawing on December 30, Chief Operating Officer Marty Beard said in a blog post Monday.", "en"),
    ("According to the mayor, the bridge will reopen in May.", "en"),
    ("The Belgian health minister stated that eleven people died in the fire.", "en"),
    ("Volgens Marty Beard van het bedrijf zit er daarom niets anders op dan te stoppen.", "nl"),
    ("Die Brücke wird im Mai wieder geöffnet, erklärte der Bürgermeister am Montag.", "de"),
    ("Le pont rouvrira en mai, a déclaré le maire de la ville.", "fr"),
    ("Según el alcalde, el puente se reabrirá en mayo.", "es"),
    ("Il ponte riaprirà a maggio, ha detto il sindaco ai giornalisti.", "it"),
]


@pytest.mark.parametrize("sentence,lang", ATTRIBUTIONS)
def test_attribution_pre_check_skips_no_attribution(sentence, lang, monkeypatch):
    """The look for a verb of saying in the lowercased sentence only skips sentences that cannot
    hold an attribution: in any case of the letters, the clauses are those read without it."""
    import factcheck.claims.clauses as module

    variants = (sentence, sentence.upper(), sentence.title(), sentence.swapcase())
    checked = [clauses(variant, lang) for variant in variants]
    monkeypatch.setattr(module, "_may_hold_attribution", lambda sentence, lang: True)
    assert checked == [clauses(variant, lang) for variant in variants]
    assert checked[0][0][1]  # the sentence has its speaker
    from factcheck.claims._time_meanings import case_simple

    assert case_simple(module._attribution_words(lang).pattern)  # the words' letters lowercase one to one


def test_no_choice_but_is_not_a_clause_boundary():
    s = "The company decided it has no choice but to leave Pakistan altogether."
    assert len(split_clauses(s, "en")) == 1


def test_short_fragments_are_not_split_off():
    assert len(split_clauses("Cats and dogs, but not mice.", "en")) == 1


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("we hebben nooit toegang gegeven", "nl", True),
        ("wir haben keinen Zugang gewährt", "de", True),
        ("nous n'avons pas donné accès", "fr", True),
        ("BlackBerry didn't agree", "en", True),
        ("BLACKBERRY DIDN’T AGREE", "en", True),  # any case, either apostrophe: the contraction's pre-check too
        ("BlackBerry wasN'T in", "en", True),
        ("it has no choice but to leave", "en", False),
        ("het bedrijf stopt", "nl", False),
        ("non solo la società", "it", False),
        ("pas moins de 20 % de l'eau", "fr", False),  # "at least": a bound, not a negation
        ("nicht weniger als 20 Prozent", "de", False),
        ("un individu adulte, et non à un jeune", "fr", True),
        ("une action non-violente", "fr", False),
        ("No, uh no, I wait one - that was really bad", "en", False),  # an answer, not a negation
        ("Das Tier gehörte weder Yuan noch seinem Cousin.", "de", True),
        ("No obstante, la falta de financiación ha afectado", "es", False),  # "however"
        ("Non appena Willoughby ha scelto Instagram", "it", False),  # "as soon as"
        ("no es la primera vez que un cerdo ataca", "es", False),  # it happened before
        # a negated comparative is a bound ("no later than Friday"), "not the only" = one of several
        ("si prevede avrà luogo non più tardi di venerdì", "it", False),
        ("le vote aura lieu pas plus tard que vendredi", "fr", False),
        ("Hij is niet de enige beroemde rapper die zijn naam verandert.", "nl", False),
        ("Er ist nicht der einzige Rapper, der seinen Namen ändert.", "de", False),
        ("Il n'est pas le seul rappeur à changer de nom.", "fr", False),
        ("No es el único rapero que cambia de nombre.", "es", False),
        ("He is not the only rapper to change his name.", "en", False),
        ("Il n'est pas le rappeur qui a changé de nom.", "fr", True),
        ("Hij is niet de rapper die zijn naam veranderde.", "nl", True),
        # "pas" is a noun after any determiner ("ses pas" = his steps); "ne manque pas de" = does
        ("la longueur de ses pas était presque le double des miens", "fr", False),
        ("ce qui ne manque pas de créer de grosses difficultés", "fr", False),
        ("nos empreintes ne s'étaient élargies que de 3 millimètres", "fr", False),  # "ne … que" = only
        ("Nirgends hatte es sich auf allen Vieren bewegt.", "de", True),
        ("Het dier had nergens sporen achtergelaten.", "nl", True),
        # French "personne", "jamais", "aucun" negate only with "ne"; the expletive "ne" negates nothing
        ("Toute personne disposant d’informations est priée de contacter la police", "fr", False),
        ("Il est plus motivé que jamais", "fr", False),
        ("Aucune sirène n’a retenti à Palu", "fr", True),
        ("Avant que les portes de l’ascenseur ne se soient refermées, Flake a parlé", "fr", False),
        ("aber es gibt keinen Zweifel, dass Ayr gewonnen hat", "de", False),
        ("se celebre no más tarde del viernes", "es", False),
    ],
)
def test_negation(text, lang, expected):
    assert facets.negated(text, lang) is expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("het bedrijf moest stoppen", "nl", "obligation"),
        ("BlackBerry will shut down operations", "en", "future"),
        ("the company may leave", "en", "possibility"),
        ("l'entreprise pourrait partir", "fr", "possibility"),
        ("el gobierno presuntamente exigió acceso", "es", "hedged"),
        ("Pakistan eiste toegang", "nl", "asserted"),
        ("Berichten zufolge dauerten die Plünderungen an", "de", "hedged"),
        ("der Ausbruch wurde vermutlich verursacht", "de", "hedged"),
        ("è poco probabile che subisca accuse", "it", "possibility"),
        ("it is possible that I will have a meeting", "en", "possibility"),
        ("le procès a vraisemblablement atteint un large public", "fr", "possibility"),
        ("aber nach Berichten geneigt, ihn werfen zu lassen", "de", "hedged"),
        ("parece que la familia está negociando", "es", "hedged"),
        ("play it forward as much as possible", "en", "asserted"),  # degree, not a hedge
        ("zo snel mogelijk vertrekken", "nl", "asserted"),
        ("hij is mogelijk ziek", "nl", "possibility"),
        ("pour que le personnel puisse offrir des conseils", "fr", "asserted"),  # purpose
        ("des pluies risquent de provoquer des crues", "fr", "possibility"),
        ("è possibile vedere la cattiveria", "it", "asserted"),  # possible + verb = can
        ("è possibile che venga", "it", "possibility"),
        ("si potranno raggiungere i 26 gradi", "it", "possibility"),
        ("No one could have been confused", "en", "asserted"),  # negated "could"
        ("it could get much worse", "en", "possibility"),
        ("Drought Areas May Benefit", "en", "possibility"),  # title case
        ("It ends on May 30", "en", "asserted"),  # the month
        ("with up to 10 inches possible, weather.com reported", "en", "possibility"),
        ("AMs are worried it could invite ridicule", "en", "asserted"),  # what they fear
        ("Officers appealed for anyone who may have footage", "en", "asserted"),  # whoever exists
        ("è preoccupato che possa fare rima", "it", "asserted"),  # subjunctive after "che"
        ("des membres pensent que cela pourrait faire l'objet de railleries", "fr", "asserted"),  # their view
        ("un appello a chiunque possa avere ripreso la scena", "it", "asserted"),
        ("les habitants qui auraient vu quelque chose", "fr", "asserted"),  # a relative clause
        ("Des témoins auraient aperçu des suspects", "fr", "hedged"),  # the journalistic conditional
        ("Alan Lithgow could only direct his effort wide", "en", "asserted"),  # what he managed
        ("wobei bis zu 25 Zentimeter möglich sind", "de", "possibility"),
        # "it is reported that": an impersonal report hedges like "reportedly"
        ("Si riferisce che aveva viaggiato con il cugino", "it", "hedged"),
        # a French "qui" after a bracket or comma states something of its own; a bare "qui" picks out whoever
        ("des crues subites (qui pourraient être bénéfiques pour les zones arides)", "fr", "possibility"),
        # imperfects and pasts of verbs whose stem ends in -r are no conditional or future
        ("une source a indiqué que Kiernan quería involucrarse", "es", "asserted"),
        ("Le ministre déclarait que le pont était sûr", "fr", "asserted"),
        ("Le ministre déclara que le pont était sûr", "fr", "asserted"),
        ("Le pont serait fermé", "fr", "conditional"),
        ("Pour que le référendum soit valide, il faut 50 % des voix", "fr", "obligation"),
        ("it appears Kiernan is planning for life after Craiglang", "en", "hedged"),
        # a negated "could" asserts that something did not happen, in every language
        ("Nessuno a Nottingham East potrebbe essere rimasto sconcertato", "it", "asserted"),
        ("Personne ne pourrait ignorer mes positions", "fr", "asserted"),
        ("Le personnel étranger pourrait travailler sur place", "fr", "possibility"),  # not "personne"
        ("nadie podría haber dudado de mis posiciones", "es", "asserted"),
        ("Según se informa, viajó con su primo", "es", "hedged"),
        # "reportedly" in every language's words for it: hearsay adverbs and "according to reports"
        ("Según parece, viajó con su primo", "es", "hedged"),
        ("he supposedly left the country", "en", "hedged"),
        ("a farmer was killed, according to local media reports", "en", "hedged"),
        ("un agriculteur a été tué, selon des médias locaux", "fr", "hedged"),
        ("un ganadero murió, según medios de comunicación locales", "es", "hedged"),
        ("ucciso da un maiale stando alle notizie diffuse dai media locali", "it", "hedged"),
        ("il est prétendument parti", "fr", "hedged"),
        ("er ist dem Vernehmen nach abgereist", "de", "hedged"),
        ("hij is naar het schijnt vertrokken", "nl", "hedged"),
        # a named source is no hedge: "according to" a person states what that person said
        ("a farmer was killed, according to the police", "en", "asserted"),
        ("un ganadero murió, según la policía", "es", "asserted"),
        # "it is possible" with an adverb on the copula; before an infinitive still an ability
        ("È anche possibile che la macchina sia stata colpita", "it", "possibility"),
        ("il est également possible que la voiture ait été touchée", "fr", "possibility"),
        ("Es ist auch möglich, dass das Auto getroffen wurde", "de", "possibility"),
        ("It is also possible that the car was hit", "en", "possibility"),
        ("es también posible ver el mar", "es", "asserted"),
        # German epistemic "mögen" with a perfect infinitive, not "mögen" = to like
        ("Zwei späte Versuche mögen das Endergebnis etwas verzerrt haben", "de", "possibility"),
        ("Die Spieler mögen das neue Stadion", "de", "asserted"),
        # "zu werden" is an infinitive, no future
        ("Die Abgeordneten befürchten, zur Zielscheibe des Spotts zu werden", "de", "asserted"),
        # a modal after a verb of worrying says what someone fears, in every language
        ("A los miembros les preocupa que esto pueda ser ridiculizado", "es", "asserted"),
        ("Les élus s'inquiètent que cela puisse être ridiculisé", "fr", "asserted"),
        ("Die Abgeordneten sind besorgt, dass dies lächerlich wirken könnte", "de", "asserted"),
        ("De leden zijn bezorgd dat dit belachelijk zou kunnen overkomen", "nl", "asserted"),
    ],
)
def test_modality(text, lang, expected):
    assert facets.modality(text, lang) == expected


def test_entities_sentence_initial_common_word_is_not_a_name():
    sentence = "De autoriteiten dwingen providers om de diensten van BlackBerry te blokkeren."
    names = facets.names_in_document([sentence], "nl")
    found = [e.text for e in facets.entities(sentence, 0, sentence, "nl", names)]
    assert found == ["BlackBerry"]


def test_entities_hyphen_compound_keeps_the_name():
    sentence = "Het bedrijf gaf nooit toegang tot onze BES-servers."
    found = [e.text for e in facets.entities(sentence, 0, sentence, "nl", set())]
    assert found == ["BES"]


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Mais en Grande-Bretagne, l'automne commence.", "fr", ["Grande-Bretagne"]),
        ("Die Corona-Krise traf auch Bayern.", "de", ["Corona", "Bayern"]),
    ],
)
def test_entities_hyphenated_names(sentence, lang, expected):
    assert [e.text for e in facets.entities(sentence, 0, sentence, lang, set())] == expected


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Siminoff ha dichiarato che le vendite sono aumentate.", "it", ["Siminoff"]),  # no dictionary knows it
        ("Steijn und ich verstehen uns blendend.", "de", ["Steijn"]),
        ("Justice was served at the court.", "en", []),  # an English word: the capital is the sentence's
        ("Secondo il governo, la crisi è finita.", "it", []),
        ("El inspector general adjunto, D.K. Arya, declaró.", "es", ["D.K. Arya"]),  # initials
        ("Los precios en EE. UU. subieron.", "es", ["EE. UU."]),
        ("U.S. officials said I'm fine.", "en", ["U.S."]),
        ("Meer dan een uur zongen ze: ‘Niet vergeten’.", "nl", []),  # a quote starts a sentence
        ("L'introduction par Apple a séduit.", "fr", ["Apple"]),  # elision before a known word
        ("Sie werden genannt (James et al., 1995).", "de", ["James"]),  # a bracket starts no sentence
        ("Watch: Liverpool's Daniel Sturridge scores.", "en", ["Liverpool's", "Daniel Sturridge"]),  # a possessive ends a name
        ("The report by Sergio Marco appeared in March.", "en", ["Sergio Marco"]),  # "Marco" is no month
    ],
)
def test_entities_sentence_initial_unknown_word_is_a_name(sentence, lang, expected):
    assert [e.text for e in facets.entities(sentence, 0, sentence, lang, set())] == expected


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Apia wurde 1850 gegründet.", "de", ["Apia"]),  # no lemma list knows it, the dictionary only as a name
        ("Keulen ligt aan de Rijn.", "nl", ["Keulen", "Rijn"]),
        ("Atene ha risposto.", "it", ["Atene"]),
        ("Ik ben blij.", "nl", []),  # "I": capitalised in English, but a function word
        ("Hace dos años llovió.", "es", []),  # a form of "hacer", whatever its odd gloss
        ("Koalition und Opposition stimmten zu.", "de", []),  # common nouns
        ("Premierminister Johnson sagte das.", "de", ["Johnson"]),  # a title of common words
    ],
)
def test_sentence_initial_word_known_only_as_a_name(sentence, lang, expected):
    assert [e.text for e in facets.entities(sentence, 0, sentence, lang, set())] == expected


def test_german_nouns_are_not_names():
    sentence = "Die Regierung in Pakistan verlangt Zugang zu den Daten von BlackBerry."
    names = facets.names_in_document([sentence], "de")
    found = {e.text for e in facets.entities(sentence, 0, sentence, "de", names)}
    assert "Regierung" not in found and {"Pakistan", "BlackBerry"} <= found


@pytest.mark.parametrize(
    "sentence, nouns, names",
    [
        # inflected nouns, known by their lemma ("Worten" -> "Wort", "-prozesses" -> "-prozess")
        ("Am Montag antwortete Klose mit scharfen Worten.", {"Worten"}, {"Klose"}),
        ("Trump sprach während des Nominierungsprozesses in Wales.", {"Nominierungsprozesses"}, {"Trump", "Wales"}),
        # a noun whose first sense is a name ("Gesetz": Act, law)
        ("Sie stimmen in Cardiff über das Gesetz ab.", {"Gesetz"}, {"Cardiff"}),
        # names the dictionary knows stay names, whatever another sense or a lemma ("Alp") says
        ("Es schneit in Polen und in den Alpen.", set(), {"Polen", "Alpen"}),
    ],
)
def test_inflected_german_nouns_are_not_names(sentence, nouns, names):
    found = {e.text for e in facets.entities(sentence, 0, sentence, "de", set())}
    assert not nouns & found and names <= found


@pytest.mark.parametrize(
    "text, lang",
    [
        ("No deja de repetir que es terrible", "es"),
        ("Il ne cesse de répéter que c'est terrible", "fr"),
        ("Er hört nicht auf, das zu wiederholen", "de"),
        ("Non smette di ripetere che è terribile", "it"),
    ],
)
def test_continuation_idioms_are_not_negations(text, lang):
    assert not facets.negated(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("His messages showed one grey tick rather than two blue ones", "en"),
        ("The police prevented the march", "en"),
        ("La policía impidió la marcha", "es"),
        # verbs of disregarding and nouns of lacking, in the words of each language
        ("he has said he will disregard the vote", "en"),
        ("ha afirmado que hará caso omiso de la votación", "es"),
        ("die offensichtlich fehlende Tsunamiwarnsirene in Palu", "de"),
        ("la aparente falta de sirenas de alerta en Palu", "es"),
        ("de regering negeert de uitslag", "nl"),
        ("il governo ignora il risultato", "it"),
        # disagreeing, dissatisfaction, advising against, hindering, lacking, unbeaten, intolerant
        ("j'étais en désaccord avec Jeremy Corbyn", "fr"),
        ("todo su grupo estaba descontento", "es"),
        ("Si sconsiglia fortemente di avventurarsi nel deserto", "it"),
        ("Het wordt ten sterkste afgeraden om te voet te gaan", "nl"),
        ("dass Helfer an der Reise gehindert würden", "de"),
        ("EE. UU. carece de una estrategia oficial", "es"),
        ("une stratégie officielle fait défaut aux États-Unis", "fr"),
        ("rimanendo imbattuto per sei partite", "it"),
        ("Die Partei ist intolerant gegenüber denen", "de"),
        ("the group as a whole was dissatisfied", "en"),
        # "have yet to": what is still to happen has not happened
        ("I Nationals devono ancora annunciare un lanciatore per domenica", "it"),
        ("Los Nationals aún tienen que anunciar un abridor", "es"),
        ("Les Nationals doivent encore annoncer un lanceur", "fr"),
        ("De Nationals moeten nog aankondigen wie zondag speelt", "nl"),
        # falling short, being deprived of or foreign to something (polarity13)
        ("The team fell well short of its standards.", "en"),
        ("De ploeg schoot tekort.", "nl"),
        ("Die Mannschaft blieb weit hinter den Erwartungen zurück.", "de"),
        ("L'équipe est restée en deçà de son niveau.", "fr"),
        ("El equipo se quedó corto.", "es"),
        ("La squadra è rimasta al di sotto delle attese.", "it"),
        ("Les habitants sont démunis face à la crue.", "fr"),
        ("Los vecinos son ajenos al conflicto.", "es"),
        ("Die Region ist frei von Risiken.", "de"),
    ],
)
def test_implicit_negation_words(text, lang):
    assert facets.lexical_negation_cue(text, lang) is not None


@pytest.mark.parametrize("text, lang", [
    ("la regione ha un accordo con il governo", "it"),  # "accordo", not "disaccordo"
    ("El equipo invitó a los aficionados", "es"),  # "invitó", not "invicto"
    ("Il a fait des erreurs par défaut de calcul", "fr"),  # "défaut" without a verb of lacking
    ("Het huis is kort geleden gebouwd.", "nl"),  # "kort" without "te"/"tekort"
])
def test_plain_words_near_the_implicit_negations_are_not_negations(text, lang):
    assert facets.lexical_negation_cue(text, lang) is None


def test_stances_lists_every_marked_stance():
    text = "le risque ne doit pas être pris à la légère, la pluie pourrait être bénéfique"
    assert facets.modality(text, "fr") == "obligation"  # the strongest
    assert {"obligation", "possibility"} <= facets.stances(text, "fr")


@pytest.mark.parametrize("text, lang, kept", [
    # the reported content is no speaker: the claim keeps it
    ("Kavanaugh, in impassioned testimony, said he's 100 percent certain that it didn't happen.", "en", "100 percent certain"),
    ("Kavanaugh, dans une tirade passionnée, a affirmé être certain à 151 % que cela n’était jamais arrivé.", "fr", "151 %"),
    # "Laut Giles" without a comma: the comma further on closes a clause, not the speaker
    ("Laut Giles gibt es in dem Gebiet über 203 Haiarten, die jedoch nicht als gefährlich gelten.", "de", "203 Haiarten"),
])
def test_a_long_clause_is_no_speaker(text, lang, kept):
    from factcheck.claims.clauses import split_clauses

    assert any(kept in text[c.start:c.end] for c in split_clauses(text, lang))


def test_a_short_trailing_attribution_is_still_set_aside():
    from factcheck.claims.clauses import split_clauses

    text = "It is therefore withdrawing on December 30, Chief Operating Officer Marty Beard said in a blog post Monday."
    (clause,) = split_clauses(text, "en")
    assert text[clause.start:clause.end] == "It is therefore withdrawing on December 30"
    assert clause.attribution_source == "Chief Operating Officer Marty Beard"


# --- who said it (issue 13): speakers read in six languages, the reported clause stays the claim ----------


@pytest.mark.parametrize("sentence, lang, speaker, kept", [
    ("The Belgian health minister stated that 11 people died at the airport.", "en", "The Belgian health minister", "11 people died"),
    ("France's DGAC aviation authority said air traffic controllers initiated distress procedures.", "en",
     "France's DGAC aviation authority", "air traffic controllers initiated"),
    ("De burgemeester zei dat vier mensen gewond raakten bij de brand.", "nl", "De burgemeester", "vier mensen gewond"),
    ("Der Sprecher der Feuerwehr sagte, drei Menschen seien verletzt worden.", "de", "Der Sprecher der Feuerwehr",
     "drei Menschen seien verletzt"),
    ("Le porte-parole des pompiers, Pierre Meys, a annoncé que les attentats ont fait 14 morts à Zaventem.", "fr",
     "Le porte-parole des pompiers, Pierre Meys", "14 morts"),
    ("El alcalde dijo que trece personas murieron en el accidente.", "es", "El alcalde", "trece personas murieron"),
    ("Alcuni testimoni hanno detto di aver udito dei colpi di arma da fuoco.", "it", "Alcuni testimoni", "aver udito dei colpi"),
    ("L'Etat islamique a revendiqué les attaques menées avec des ceintures, selon le site spécialisé SITE.", "fr",
     "le site spécialisé SITE", "revendiqué les attaques"),
    # a short reported clause after "X, title, said" is no trailing speaker of the words before the comma
    ("Marty Beard, chief operating officer at BlackBerry, said the demand was not about safety.", "en",
     "Marty Beard, chief operating officer at BlackBerry", "the demand was not about safety"),
    ("John Smith, a spokesman for the police, said two people were injured.", "en",
     "John Smith, a spokesman for the police", "two people were injured"),
])
def test_a_speaker_before_the_verb_of_saying_is_set_aside(sentence, lang, speaker, kept):
    (text, source), = clauses(sentence, lang)
    assert source == speaker and kept in text


@pytest.mark.parametrize("sentence, lang, speaker", [
    # the speaker ends where the day and place of the statement begin, as long as an apposition (user15 rate,
    # user18 hoard, user20 landing)
    ("„Die Passagiere waren zu keinem Zeitpunkt in Gefahr“, sagte ein Sprecher von Alpina Air am Dienstag in München.",
     "de", "ein Sprecher von Alpina Air"),
    ("«So einen Fund macht man nur einmal im Leben», sagte Kantonsarchäologin Ursula Brunner am Montag vor den Medien in Brugg.",
     "de", "Kantonsarchäologin Ursula Brunner"),
    ("The plant will close at the end of the year, said the company in a statement on its website on Monday.", "en", "the company"),
])
def test_a_trailing_speaker_ends_at_its_adjunct(sentence, lang, speaker):
    (text, source), = clauses(sentence, lang)
    assert source == speaker and not any(day in text for day in ("Dienstag", "Montag", "Monday"))


def test_a_figure_after_a_trailing_speaker_stays_in_the_claim():
    """As in a leading speaker ("Some 40 percent of residents said …") and in the tail (an age)."""
    s = "The bridge will reopen in May, said the mayor on March 3."
    (text, source), = clauses(s, "en")
    assert source is None and "March 3" in text


def test_a_long_adjunct_after_a_trailing_speaker_is_content():
    s = "The plant will close at the end of the year, said the company in a statement after a long and heated meeting of its board in Paris."
    (text, source), = clauses(s, "en")
    assert source is None and text == s


@pytest.mark.parametrize("source, role, name", [
    ("Jan Bosman van Farmers Defence Force", "van Farmers Defence Force", "Jan Bosman"),  # user15 protest
    ("Secretary General of NATO Jens Stoltenberg", "Secretary General of NATO", "Jens Stoltenberg"),  # a title first
    ("Chief Operating Officer Marty Beard", "Chief Operating Officer", "Marty Beard"),
])
def test_a_person_named_before_the_body_they_speak_for(source, role, name):
    from factcheck.claims import _split_role

    assert _split_role(source) == (role, name)


def test_a_trailing_speaker_keeps_its_title_and_leaves_out_the_adjunct():
    s = "C'est un compromis que nous ne sommes pas prêts à accepter, a indiqué Marty Beard, directrice générale de BlackBerry, dans un communiqué."
    (text, source), = clauses(s, "fr")
    assert source == "Marty Beard, directrice générale de BlackBerry" and text.endswith("accepter")



@pytest.mark.parametrize("sentence, lang, speaker, day", [
    # the day the statement was made stands between the verb and the speaker who follows it
    ("Le pont restera fermé jusqu'à vendredi, a indiqué lundi le maire de la commune.", "fr", "le maire de la commune", "lundi"),
    ("Il ponte resterà chiuso fino a venerdì, ha detto ieri il sindaco del paese.", "it", "il sindaco del paese", "ieri"),
    ("El puente seguirá cerrado hasta el viernes, dijo el lunes el alcalde del pueblo.", "es", "el alcalde del pueblo", "el lunes"),
    ("Die Brücke bleibt bis Freitag gesperrt, sagte am Montag der Bürgermeister.", "de", "der Bürgermeister", "am Montag"),
    ("De brug blijft tot vrijdag dicht, zei maandag de burgemeester.", "nl", "de burgemeester", "maandag"),
    ("The bridge will stay closed until Friday, said on Monday the town's mayor.", "en", "the town's mayor", "on Monday"),
    ("Il ponte resterà chiuso fino a venerdì, ha detto domenica sera l'assessore Marco Ferri.", "it",
     "l'assessore Marco Ferri", "domenica sera"),
    # verbs of saying the lists lacked ("a assuré", "ha assicurato"; Spanish "aseguró" was there)
    ("« Le pont rouvrira vendredi », a assuré la ministre des Transports, Claire Dumas.", "fr",
     "la ministre des Transports, Claire Dumas", None),
    ("Il ponte riaprirà venerdì, ha assicurato il sindaco Paolo Conti.", "it", "il sindaco Paolo Conti", None),
])
def test_a_trailing_speaker_after_the_day_of_the_statement(sentence, lang, speaker, day):
    """The speaker is set aside; the day dates the statement, so it leaves the claim with the attribution."""
    (clause,) = split_clauses(sentence, lang)
    assert clause.attribution_source == speaker
    if day:
        assert day not in sentence[clause.start:clause.end] and day in clause.attribution_text


@pytest.mark.parametrize("sentence, lang, kept", [
    # after the day, a complementizer opens the reported clause: no speaker follows the verb
    ("Il ponte è chiuso, ha detto ieri che i lavori dureranno ancora molti mesi.", "it", "i lavori dureranno"),
    ("El puente está cerrado, dijo ayer que las obras durarán meses.", "es", "las obras durarán"),
])
def test_a_day_then_the_reported_clause_is_no_speaker(sentence, lang, kept):
    assert any(kept in text for text, _ in clauses(sentence, lang))

@pytest.mark.parametrize("sentence, lang, kept", [
    # a figure in the "speaker" is content
    ("Some 40 percent of residents said they trusted the council.", "en", "40 percent"),
    # a fronted time, then the verb and its subject: "Am Montag" is no speaker
    ("Am Montag sagte der Sprecher, drei Menschen seien verletzt worden.", "de", "Am Montag"),
    # more than a short object before "that": the words after "said" are the reported clause
    ("It also said the extremists opened fire at the airport and that several of them detonated belts.", "en",
     "the extremists opened fire"),
    # a tail that reports a clause is no title of the speaker
    ("The plant will close next year, said John Smith, adding that the decision was final.", "en", "the decision was final"),
])
def test_content_never_becomes_a_speaker(sentence, lang, kept):
    assert any(kept in text for text, _ in clauses(sentence, lang))


@pytest.mark.parametrize("sentence, lang, speaker", [
    # German and Dutch put the verb last in "as X said": read, and the claim keeps its words
    ("Die Brücke bleibt bis Mai gesperrt, wie die Stadtverwaltung am Montag mitteilte.", "de", "die Stadtverwaltung"),
    ("Die Brücke bleibt bis Mai gesperrt, wie Sprecherin Anna Kowal erläuterte.", "de", "Sprecherin Anna Kowal"),
    ("De brug blijft tot mei dicht, zoals de gemeente meldde.", "nl", "de gemeente"),
    ("The bridge stays closed until May, as the mayor said.", "en", "the mayor"),  # "as" is no part of the speaker
    ("Er lief so schnell, wie er konnte.", "de", None),  # a comparison, no verb of saying
])
def test_a_clause_as_someone_said_credits_the_sentence(sentence, lang, speaker):
    (text, source), = clauses(sentence, lang)
    assert source == speaker and text.startswith(sentence.split(",")[0])


def test_a_trailing_speaker_after_a_clause_is_still_read():
    s = "Two people were injured in the fire, said John Smith."
    (text, source), = clauses(s, "en")
    assert source == "John Smith" and text == "Two people were injured in the fire"


def test_a_denied_statement_is_content_not_an_attribution():
    s = "Jersey Dairy has not announced that there will be an increase in the wholesale prices of its milk."
    (text, source), = clauses(s, "en")
    assert source is None and "not announced" in text
    (text, source), = clauses(s.replace("has not announced", "has announced"), "en")
    assert source == "Jersey Dairy"


def test_a_hedge_set_aside_as_attribution_still_hedges_the_claim():
    """"Según parece, …" is cut off as a leading attribution; its words still hedge the claim,
    as "reportedly" does in the English original."""
    from datetime import date

    from factcheck.claims import extract_claims
    from factcheck.model import Document
    from factcheck.segment import segment

    text = "Según parece, viajó con su primo desde la provincia vecina el miércoles para vender cerdos."
    document = Document(id="es", path="<test>/es", lang="es", text=text, published=date(2019, 1, 15))
    (claim,) = extract_claims(document, segment(document).sentences)
    assert claim.attribution is not None and "parece" in claim.attribution.text
    assert "parece" not in claim.text and claim.modality == "hedged"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Des témoins auraient aperçu de nombreux suspects", "fr", True),  # the form alone
        ("Selon des informations, des témoins auraient aperçu des suspects", "fr", False),  # a word of hearsay too
        ("Hij zou hebben gezegd dat hij vertrekt", "nl", True),
        ("Hij zou naar verluidt hebben gezegd dat hij vertrekt", "nl", False),
        ("Er soll haben gesagt, dass er geht", "de", True),
        ("Witnesses reportedly saw many suspects", "en", False),  # no such form in English
        ("Des témoins ont aperçu des suspects", "fr", False),  # not hedged at all
    ],
)
def test_hedged_by_form_only(text, lang, expected):
    assert facets.hedged_by_form_only(text, lang) is expected


@pytest.mark.parametrize("sentence", ["He said: prices rose ; wages fell.", "Two sides;then one: none",
                                      "No punctuation here at all", "Ratio 3:2 ;  and  :  end", "a :\n b; c"])
def test_clause_cuts_at_colons_and_semicolons_are_the_pattern_s_matches(sentence):
    """The cuts are searched only where a ";" or ":" stands (the pattern opens with \\s*): the same
    cuts as the pattern finds in the whole sentence."""
    import re

    from factcheck.claims.clauses import _boundary_cuts

    expected = [m.span() for m in re.finditer(r"\s*[;]\s+|\s*:\s+(?=\S)", sentence)]
    assert [cut for cut in _boundary_cuts(sentence, "xx") if cut in expected] == expected


@pytest.mark.parametrize("text, spans", [("the 2017-18 season", [(4, 11)]), ("from 2010 – 2015 on", [(5, 16)]),
                                          ("in 2017/2018", [(3, 12)]), ("in 2017 and 2018", []), ("costs 1990-2000 $", [])])  # a currency after: amounts
def test_spans_of_years_need_a_dash_or_slash(text, spans):
    from factcheck.claims.numbers import _spans_of_years

    assert _spans_of_years(text, "en") == spans


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Il ministro è arrivato a Roma ieri sera, ha detto che il governo cadrà presto."),
    ("es", "El ministro llegó a Madrid anoche, dijo que la empresa cerrará pronto."),
    ("de", "Der Minister kam gestern Abend in Berlin an, sagte dass die Firma bald schließt."),
    ("nl", "De minister kwam gisteravond in Den Haag aan, zei dat het bedrijf snel sluit."),
    ("en", "The minister arrived in London last night, said that the firm would close soon."),
])
def test_a_verb_of_saying_before_a_reported_clause_has_no_speaker_after_it(lang, sentence):
    """", ha detto che …": the words after the verb are the reported clause, not its speaker, and
    stay in the claim."""
    assert clauses(sentence, lang) == [(sentence, None)]


def test_a_speaker_after_the_verb_is_still_read():
    sentence = "El ministro llegó a Madrid anoche, dijo el portavoz Juan Pérez."
    assert clauses(sentence, "es") == [("El ministro llegó a Madrid anoche", "el portavoz Juan Pérez")]
