"""Light facets of a claim: named entities, negation, modality.

No offline NER model covers Dutch, German, Spanish and Italian (see docs/dependencies.md), so
names are capitalised spans and acronyms; they are language-neutral anchors and align well
across translations. Negation and modality are closed word classes: small per-language lists.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from ..lazyre import LazyPattern, compiled
from ..model import Entity

# "without"/"ohne"/"sans" are left out on purpose: they negate a phrase ("without spectators",
# "senza targa" = "unmarked"), not the claim. "failed to" is a negation in all but form
# ("had failed to pay" = "nicht beglichen"), so it counts as one. A cue joined by a hyphen to the
# next word is a prefix of a compound ("no-confidence motion", "niet-westerse", "non-profit":
# `_negation_cue`), but for "no-one" (nobody).
NEGATION = {
    "en": r"no-one|not|n't|cannot|no|never|none|nobody|nothing|nowhere|neither|nor|fail(?:s|ed)? to",
    "nl": r"niet|geen|nooit|niets|niemand|nergens|noch|geenszins|nimmer|nimmermeer",
    "de": r"nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|niemand|nirgends|nirgendwo|weder|"
    r"keinesfalls|keineswegs|mitnichten|nimmer|nimmermehr",
    # "jamais", "rien", "aucun", "personne" negate only with "ne" ("plus que jamais" = ever, "toute
    # personne" = anyone), which is a cue of its own.
    # Without a verb ("Rien de nouveau", "Aucun blessé") a sentence-initial "rien"/"aucun" negates alone.
    "fr": r"ne|n['’]|pas|non|(?<![\w,]\s)(?-i:Rien|Aucune?)(?![^.;:!?]*\bn(?:e\b|['’]))",  # "et non à un jeune"
    # "tampoco", "nemmeno" (not either, not even) negate alone before the verb and repeat a
    # negation after it ("no lo vio tampoco": `NEGATIVE_CONCORD`).
    "es": r"no|nunca|jamás|ningún|ninguna|ninguno|nada|nadie|tampoco",
    "it": r"non|mai|nessun|nessuna|nessuno|niente|nulla|nemmeno|neanche|neppure",
}
# A negated negation is an assertion ("not without", "had not failed to", "nicht ohne"): such a
# pair, at most two words apart, is removed before negation is looked for.
# "un-" words count only when the rest is a word of the language ("not unlike", "nicht
# unmöglich"), not "understand", "until" or "und".
DOUBLE_NEGATION = {
    "en": (r"not|n't|never", r"without|fail(?:s|ed)? to|un(?P<stem>\w{4,})"),
    "nl": (r"niet", r"zonder"),
    "de": (r"nicht", r"ohne|un(?P<stem>\w{4,})"),
    "fr": (r"pas|jamais", r"sans"),
    "es": (r"no", r"sin"),
    "it": (r"non", r"senza"),
}
# Spanish "nunca"/"jamás" and Italian "mai" mean "ever" after a comparative or superlative when no
# other negation stands with them ("el peor que he visto nunca", "más que nunca", "il peggiore che
# abbia mai visto", "più che mai"), as English "ever", German "je", Dutch "ooit" and French "jamais"
# without "ne" do; Italian "come mai" is "why", "se mai" "if ever". Spanish only at the end of its
# clause, after the verb: before it ("más importante es que nunca ha dicho") it negates. So do they
# between a superlative and its participle, without "che"/"que" ("la marea più alta mai registrata",
# "la cifra más alta jamás registrada" = the highest ever recorded).
COMPARED = {
    "es": r"más|menos|mejor|mejores|peor|peores|mayor|mayores|menor|menores",
    "it": r"più|meno|meglio|migliore|migliori|peggio|peggiore|peggiori|maggiore|maggiori|massimo|massima",
}
EVER = {
    "es": rf"(?:{COMPARED['es']})\s+(?:[\w'’]+\s+){{0,5}}?que\s+(?:(?!no\b)[\w'’]+\s+){{0,3}}?(?:nunca|jamás)"
    r"(?=\s*(?:[.,;:!?\"”»)]|$))|"
    rf"(?:{COMPARED['es']})\s+(?:[\w'’]+\s+){{0,2}}?(?:nunca|jamás)\s+\w+(?:d|t|ch)[oa]s?(?![\w'’])",
    "it": rf"(?:{COMPARED['it']})\s+(?:[\w'’]+\s+){{0,5}}?che\s+(?:(?!non\b)[\w'’]+\s+){{0,2}}?mai|come mai|se mai|"
    rf"(?:{COMPARED['it']})\s+(?:[\w'’]+\s+){{0,2}}?mai\s+\w+[st][oaie](?![\w'’])",
}
# Compass points abbreviated as a negation word is spelt ("au NE de Kathmandu", "le flanc NE,",
# "al NO de Madrid"), with the words for "of": in capitals before punctuation or "of" they are no
# particle, which stands before its verb.
COMPASS_POINTS = {"fr": (r"NE", r"de|d['’]|du|des"), "es": (r"NO", r"de|del")}


def _compass_point(lang: str) -> str:
    point, of = COMPASS_POINTS[lang]
    return rf"(?-i:{point})(?=\s*(?:[,;:.)]|$|(?:{of})(?![\w'’])))"


# Phrases whose negation word does not negate the claim ("not only", "no choice but to").
NEGATION_IDIOMS = {
    "en": r"not only|not just|not merely|no choice but|no doubt|nothing but|no\.\s?\d+|"
    r"(?:no|not) (?:later|earlier|sooner|more|less|fewer) than|not least|not the only|"
    r"(?:not|\w+n't)\s+(?:\w+\s+){0,4}?until|"  # "didn't open until March" = "opened only in March"
    r"(?:can't|cannot|couldn't) stop|"  # "can't stop laughing" = keeps laughing
    r"no(?=\s*[,!])|"  # the answer "No, uh no, I wait" (Dutch "Nee", German "Nein")
    r"not the first time|"  # = it happened before
    # "with no information" = "without"; "whether … or not"; ", not through the service door"
    # negates a phrase, not the claim
    r"with no|or not|,\s*(?:and\s+)?not(?=\s+(?:through|by|in|on|at|for|with|from|as|a|an|the)\b)",
    # "does not stop doing" = "keeps doing" (continuation, not negation)
    # "pas moins de 20 %" = "at least 20 %": a bound, not a negation.
    "nl": r"niet alleen|niets anders op dan|geen twijfel|(?:houdt|hield|houden) niet op|niet (?:minder|meer|later|eerder) dan|"
    r"niet (?:de|het) enige|"
    r"niet de eerste keer|of niet|,\s*(?:en\s+)?niet(?=\s+(?:door|met|in|op|voor|van|uit|als|via)\b)",
    "de": r"nicht nur|keine andere wahl|keine?n? zweifel|(?:hört|hörte|hören) nicht auf|nicht (?:weniger|mehr|später|früher) als|"
    r"nicht (?:der|die|das|den|dem) einzigen?|"
    r"nicht das erste mal|oder nicht|,\s*(?:und\s+)?nicht(?=\s+(?:durch|mit|in|an|auf|für|von|aus|als|über)\b)",
    "fr": r"non seulement|pas seulement|sans doute|n'(?:a|ont|avait|avaient) (?:pas )?cessé de|"
    r"ne (?:cesse|cessent|cessait|cessaient|cessa|cessèrent|cessera|cesseront) (?:pas )?de|"
    r"(?:pas|non) (?:moins|plus)(?: tard| tôt)? (?:de|que)|non(?=\s*[,!])|"
    r"n['’](?:est|était|sont|étaient) pas (?:le|la|les|l['’])\s*seule?s?|"
    # the expletive "ne" after "avant que", "à moins que", "de peur que" negates nothing
    r"(?:avant|à moins|de peur|de crainte) qu(?:e\s+|['’])(?:[\w'’-]+\s+){0,6}?n(?:e\s+|['’])(?!(?:\w+\s+)?(?:pas|plus|jamais|rien)\b)|ne fait (?:aucun|pas de) doute|nul doute|(?:il n['’]y a )?aucun doute|"
    r"n['’]est pas la première fois|"
    # "ne fait que monter" = only rises: a restriction, not a negation (unless "pas" is there too);
    # three words for a compound passive ("n'a été retrouvé qu'en mars"), and text that puts a space
    # after an elided word ("n' est qu' un") reads as written without
    r"n(?:e\s+|['’]\s*)(?:(?!pas\b|plus\b|jamais\b|guère\b|rien\b|personne\b|aucun)[\w'’]+\s+){1,3}qu(?:e|(?=['’]))|"
    r"ou non|ou pas|,\s*(?:et\s+)?(?:non|pas)(?=\s+(?:par|avec|dans|en|sur|pour|de|comme)\b)|"
    # "un grand pas vers", "le premier pas", "pas à pas", "à deux pas", "40 pas": the noun (a step),
    # not the particle
    r"(?:un|le|les|ce|ces|du|des|ses|son|mes|mon|tes|ton|nos|vos|leurs?|grand|grands|premier|premiers|petit|petits|"
    r"nouveau|faux|mauvais|propres|quelques|plusieurs|deux|trois|quatre|cinq|dix|cent|mille|\d{1,3})\s+pas\b|pas à pas|"
    r"n(?:e\s+|['’])(?:manque|manquent|manquait|manquaient|manqua|manquera|manqueront)\s+pas\s+d(?:e\b|['’])|"
    r"n['’](?:a|ont|avait|avaient)\s+pas\s+manqué\s+d(?:e\b|['’])|" + _compass_point("fr"),
    "es": r"no solo|no sólo|sin duda|no (?:deja|dejan|dejó|dejaron|dejaba|dejaban) de|no (?:menos|más)(?: tarde| temprano)? (?:del?|que)|"
    r"no (?:es|era|son|eran|fue) (?:el|la|los|las) únic[oa]s?|"
    r"no(?=\s*[,!])|no obstante|no (?:cabe|hay) (?:ninguna )?duda|no es la primera vez|o no|"
    r",\s*(?:y\s+)?no(?=\s+(?:por|con|en|para|de|como)\b)|" + EVER["es"] + "|" + _compass_point("es"),
    "it": r"non solo|senza dubbio|non (?:smette|smettono|ha smesso|hanno smesso) di|non (?:meno|più)(?: tardi| presto)? d(?:i|['’])|non oltre|"
    r"non (?:è|era|sono|erano|fu) (?:il|la|i|le|gli|l['’])\s*unic[oaie]|"
    r"no(?=\s*[,!])|non appena|non c['’]è (?:alcun )?dubbio|nessun dubbio|non è la prima volta|o no|o meno|"
    r",\s*(?:e\s+)?non(?=\s+(?:per|con|in|da|di|come|attraverso)\b)|" + EVER["it"],
}
# Words that say how sure or official a statement is: negated ("non è stata confermata", "on ne
# connaît pas l'identité", "Il bilancio non è ufficiale"), they leave the statement unconfirmed,
# not denied (compare/stance.py, between separately written articles).
EPISTEMIC = {
    "en": r"confirm\w*|known|official(?:ly)?|verified|clear|certain|sure",
    "nl": r"bevestig\w*|bekend|officieel|officiële|duidelijk|zeker",
    "de": r"bestätig\w*|bekannt|offiziell\w*|klar|sicher|gewiss",
    "fr": r"confirm\w*|conna[iî]t|connaissait|connue?s?|sait|officiel\w*|clair\w*|certaine?s?|sûre?s?",
    "es": r"confirm\w*|conoce|conocid[oa]s?|sabe|oficial\w*|clar[oa]s?|segur[oa]s?",
    "it": r"conferm\w*|conosce|conosciut[oaie]|not[oaie]|sa|ufficial\w*|chiar[oaie]|cert[oaie]|sicur[oaie]",
}
EPISTEMIC_SCOPE = 3  # words between the negation and the word of knowing ("non è stata subito confermata")
# Nouns of evidence: negated ("there was no evidence yet that the bus was speeding", "gave no information
# about a possible motive", "keine Hinweise auf", "aucune preuve que"), they leave unconfirmed what follows
# them in their clause, not the sentence.
EVIDENCE_NOUNS = {
    "en": r"evidence|indications?|information|proof",
    "nl": r"bewijs|bewijzen|aanwijzing(?:en)?|informatie",
    "de": r"Beweise?|Hinweise?|Anhaltspunkte?|Anzeichen|Informationen",
    "fr": r"preuves?|indices?|indications?|informations?",
    "es": r"pruebas?|indicios?|evidencias?|informaci[oó]n(?:es)?",
    "it": r"prove|indizi|evidenze?|informazion[ei]",
}
# A comma ends the clause unless the statement it announces follows ("keine Hinweise darauf, dass ...").
COMPLEMENTIZERS = {"en": r"that", "nl": r"dat", "de": r"dass", "fr": r"que|qu['’]", "es": r"que|de que", "it": r"che"}


def unconfirmed_clause(text: str, lang: str) -> str | None:
    """What a negated noun of evidence leaves unconfirmed: the rest of its clause ("no evidence
    yet that the bus was speeding" -> "yet that the bus was speeding"); None for other cues."""
    span = unconfirmed_cue(text, lang)
    if span is None or lang not in EVIDENCE_NOUNS:
        return None
    noun, clause_end = _evidence_patterns(lang)
    if not noun.search(text[span[0]:span[1]]):
        return None
    end = clause_end.search(text, span[1])
    return text[span[1]:end.start() if end else len(text)]


@lru_cache(maxsize=None)
def _evidence_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """A cue ending in a noun of evidence; the end of the clause after it."""
    return (compiled(rf"(?:{EVIDENCE_NOUNS[lang]})$", re.I),
            compiled(rf"[;:.!?]|,(?!\s*(?:{COMPLEMENTIZERS[lang]})(?![\w'’]))", re.I))


def unconfirmed(text: str, lang: str) -> bool:
    """Does a negation deny that the statement is known or confirmed, rather than the statement?"""
    return unconfirmed_cue(text, lang) is not None


def unconfirmed_cue(text: str, lang: str) -> tuple[int, int] | None:
    """Where the words that leave the statement unconfirmed ("non è stata confermata") stand."""
    if lang not in EPISTEMIC or lang not in NEGATION:
        return None
    match = _unconfirmed_pattern(lang).search(_without_idioms(text, lang))
    return match.span() if match else None


@lru_cache(maxsize=None)
def _unconfirmed_pattern(lang: str) -> re.Pattern:
    negation = NEGATION[lang] + (r"|\w+n['’]t" if lang == "en" else "")
    return compiled(rf"(?<!\w)(?:{negation})(?:(?<=['’])|(?![\w'’]))\s*(?:[\w'’]+\s+){{0,{EPISTEMIC_SCOPE}}}?"
                    rf"(?:{EPISTEMIC[lang]}|{EVIDENCE_NOUNS.get(lang, '(?!)')})(?![\w'’])", re.I)


# A source named before a conditional makes it the conditional of hearsay ("según las primeras
# informaciones, habría dos víctimas", "selon le maire, le bilan ferait état de"): the writer
# reports without vouching. Without a source the conditional is as often the future of reported
# speech ("dijo que habría elecciones").
HEARSAY_SOURCES = {
    "en": r"according to", "nl": r"volgens", "de": r"laut|zufolge",
    "fr": r"selon|d['’]après", "es": r"según|de acuerdo con", "it": r"secondo|stando a",
}


def hearsay_conditional(text: str, lang: str) -> bool:
    if lang not in HEARSAY_SOURCES:
        return False
    source = _whole_words(HEARSAY_SOURCES[lang]).search(text)
    return source is not None and _whole_words(MODALITY["conditional"][lang]).search(text, source.end()) is not None


# "it is possible", with an adverb the copula may carry ("è anche possibile", "il est également
# possible"): the hedge, and before an infinitive an ability (`NON_HEDGES`).
IS_POSSIBLE = {
    "en": r"(?:is|are|it's|be) (?:also |quite |entirely |still |very )?possible",
    "de": r"(?:ist|sind|wäre|wären) (?:es )?(?:auch |durchaus |gut |sehr )?möglich",
    "fr": r"il est (?:aussi |également |tout à fait |bien |très )?possible",
    "es": r"es (?:también |muy |bien |perfectamente )?posible",
    "it": r"è (?:anche |pure |ben |molto |quindi )?possibile",
}

MODALITY = {
    "obligation": {
        "en": r"must|have to|has to|had to|need to|needs to|required to|obliged to|forced to",
        "nl": r"moet|moeten|moest|moesten|verplicht|dienen|dient",
        "de": r"muss|müssen|musste|mussten|soll|sollen|sollte|verpflichtet",
        "fr": r"doit|doivent|devait|devaient|devra|devront|obligé|obligée|contraint|il faut|il faudra",
        "es": r"debe|deben|debía|debían|deberá|tiene que|tienen que|obligado|obligada",
        "it": r"deve|devono|doveva|dovevano|dovrà|costretto|costretta|obbligato",
    },
    # Epistemic possibility: the claim is hedged ("could", "may", "possibly", "likely").
    "possibility": {
        # Case-sensitive "may": "the end of May" is a month, not a hedge.
        # "May" in a title-case headline ("Drought Areas May Benefit"), not the month ("May 30").
        "en": r"(?-i:may)|(?-i:May)(?=\s+(?-i:[A-Z][a-z]+|be|have|not)\b)|might|could|possibly|perhaps|probably|"
        r"(?:un)?likely|" + IS_POSSIBLE["en"] + "|"
        r"possible(?=\s*(?:[,.;:!?\"”’)]|$))",  # "up to 10 inches possible,"
        "nl": r"mogelijk|misschien|wellicht|(?:on)?waarschijnlijk|zou kunnen|zouden kunnen",
        "de": r"könnte|könnten|möglicherweise|vielleicht|(?:un)?wahrscheinlich|möglich (?:ist|sind|wäre|wären)|"
        + IS_POSSIBLE["de"] + "|"
        # epistemic "mögen" with a perfect infinitive: "Zwei späte Versuche mögen das Endergebnis verzerrt haben"
        r"(?:mag|mögen)(?=(?:\s+[\w'’-]+){1,8}?\s+(?!zu\s)[\w'’-]+\s+(?:haben|sein)(?![\w'’]))",
        "fr": r"pourrait|pourraient|peut-être|probablement|éventuellement|"
        + IS_POSSIBLE["fr"] + "|"
        r"(?:im)?probable|"
        r"vraisemblablement|sans doute|susceptibles? d['’]|puisse|puissent|risquen?t de|risquai(?:en)?t de",
        "es": r"podría|podrían|quizás|tal vez|probablemente|" + IS_POSSIBLE["es"] + "|"
        r"(?:im)?probable|"
        r"pueda|puedan|pudo haber",
        "it": r"potrebbe|potrebbero|forse|probabilmente|" + IS_POSSIBLE["it"] + "|"
        r"(?:im)?probabile|"
        r"possa|possano|rischiano? di",
    },
    # Ability or permission ("can be heard", "kan vallen"): translators add and drop it freely
    # ("se oye"), so it is neither a commitment nor a hedge. The future of "can" ("potrà lavorare",
    # "pourront atteindre") is an ability to come, as "will be able to" is, not the writer's doubt.
    # Permission too ("darf", "mag", "may enter" = "dürfen eintreten"), and the past of "can" in every
    # tense ("pudo ver", "a pu voir", "ha potuto segnare" = "could see", "was able to score").
    "ability": {
        "en": r"can|cannot|can't|couldn't|able to",
        "nl": r"kan|kunnen|kon|konden|mag|mogen|mocht|mochten",
        "de": r"kann|kannst|können|könnt|konnte|konnten|darf|darfst|dürfen|dürft|durfte|durften",
        "fr": r"peut|peux|pouvez|pouvons|peuvent|pouvait|pouvaient|pourra|pourront|put|purent|"
        r"(?:a|ont|avait|avaient|aura|auront) pu",
        "es": r"puede|puedes|podemos|pueden|podía|podían|podrá|podrán|pudo|pudieron|pude|pudimos|"
        r"(?:ha|han|había|habían|habrá|habrán) podido",
        "it": r"può|puoi|possiamo|potete|possono|poteva|potevano|potrà|potranno|poté|poterono|"
        r"(?:ha|hanno|aveva|avevano|avrà|avranno) potuto|(?:è|sono|era|erano) potut[oaie]",
    },
    "conditional": {
        "en": r"would|should",
        "nl": r"zou|zouden",
        "de": r"würde|würden|wäre|wären",
        # "déclarait", "assurait", "espérait", "ignorait" are imperfects of -rer verbs, "quería" of querer
        "fr": r"\w*(?:[^\Waoéu]|au)rai(?:t|ent)",
        "es": r"(?!quer[ií]a)\w+rían?",
        "it": r"\w+rebbe|\w+rebbero",
    },
    "hedged": {
        "en": r"reportedly|allegedly|apparently|supposedly|purportedly|reported to|said to be|seems? to|"
        r"seemed to|appears? to|appeared to|it (?:appears|seems)(?: that)?|"
        r"according to (?:\w+\s+){0,2}reports",
        # Report nouns compound freely ("nach Medienberichten", "volgens persberichten"): any compound counts.
        "nl": r"naar verluidt|zou hebben|vermoedelijk|blijkbaar|schijnbaar|ogenschijnlijk|naar het schijnt|"
        r"volgens \w*berichten",
        "de": r"angeblich|offenbar|anscheinend|scheinbar|mutmaßlich|vermutlich|\w*berichten zufolge|nach \w*berichten|"
        r"laut \w*berichten|soll haben|sollen haben|dem vernehmen nach",
        "fr": r"selon (?:des|les) (?:\w+\s+)?(?:informations|médias|rapports)|aurait|auraient|présumé|apparemment|prétendument|supposément|paraît-il",
        "es": r"presuntamente|supuestamente|aparentemente|al parecer|parece que|según parece|por lo visto|"
        r"según se informa|se dice que|según (?:\w+\s+){0,2}(?:informes|medios)",
        "it": r"presumibilmente|apparentemente|a quanto pare|pare che|sembra|si riferisce che|"
        r"si dice che|secondo quanto riferito|stando a quanto riferito|(?:stando|secondo) (?:al|alle|i|le) (?:notizie|media)",
    },
    "future": {
        "en": r"will|'ll|going to|is to|are to",
        "nl": r"zal|zullen|gaat|gaan",
        "de": r"wird|(?<!zu\s)werden",  # not the infinitive ("befürchten, zur Zielscheibe … zu werden")
        "fr": r"va|vont|\w*(?:[^\Waoéu]|au)ra|\w+ront",  # not the past "déclara", "assura", nor "caméra"
        "es": r"va a|van a|\w+rá|\w+rán",
        "it": r"\w+rà|\w+ranno",
    },
}
# A possibility named by a noun ("besteht die Möglichkeit", "con posibilidad de llegar a 25"), by an
# adjective on what may happen ("de potentiels glissements", "posibles desprendimientos") or by a
# forecast ("Si prevedono", "are expected", "naar verwachting"): the sentence states the hedge although
# no modal word marks its stance, so a translation's "possibly" / "likely" is no change of stance.
POSSIBILITY_WORDS = {
    "en": r"possibility|possibilities|chance|chances|potential|possible|expected|forecast|predicted|tipped to",
    "nl": r"mogelijkheid|mogelijkheden|kans|kansen|mogelijke|potentiële|verwacht|verwachte|naar verwachting|voorspeld",
    "de": r"Möglichkeit|Möglichkeiten|Chance|Chancen|mögliche[nmrs]?|potenzielle[nmrs]?|erwartet|vorhergesagt|"
    r"voraussichtlich|prognostiziert",
    "fr": r"possibilité|possibilités|chance|chances|potentiel(?:le)?s?|possibles|éventuel(?:le)?s|attendue?s?|"
    r"prévue?s?|prévoit|prévoient",
    "es": r"posibilidad|posibilidades|posibles|potencial(?:es)?|eventuales|se espera|se esperan|previsto|previstos|"
    r"prevista|previstas|prevé|prevén|pronostica",
    "it": r"possibilità|possibili|potenziali|eventuali|si prevede|si prevedono|previsto|previsti|prevista|previste|"
    r"atteso|attesi|attesa|attese",
}


def possibility_word(text: str, lang: str) -> str | None:
    """The word by which the text names a possibility or a forecast (`POSSIBILITY_WORDS`), if any."""
    match = _whole_words(POSSIBILITY_WORDS[lang]).search(text) if lang in POSSIBILITY_WORDS else None
    return match.group(0) if match else None


def _says_one_of(words_by_language: dict[str, str], text: str, lang: str) -> bool:
    """Does the text hold one of the language's words (whole words)?"""
    return lang in words_by_language and _whole_words(words_by_language[lang]).search(text) is not None


# Verbs of seeming ("het lijkt erop dat", "scheint … zu", "il semble que", "parece que"): how
# translators render "reportedly", "apparently", "it appears" or "looks set to". Too loose to make a
# claim hedged on their own ("lijkt op" = looks like), they still show that a sentence does not
# assert plainly, so a hedge on the other side is no change of stance (compare/stance.py).
SEEMING = {
    "en": r"seem(?:s|ed)?|looks? set to",  # "seems to", "it appears", "apparently": hedges of their own
    "nl": r"lijkt|lijken|leek|leken|schijnt|schijnen|scheen|schenen",
    "de": r"scheint|scheinen|schien|schienen",
    "fr": r"semble|semblent|semblait|semblaient|a semblé|paraît|paraissent|paraissait",
    "es": r"parece|parecen|parecía|parecían|pareció",
    "it": r"sembra|sembrano|sembrava|sembravano|sembrò|pare|paiono|pareva",
}


def seeming(text: str, lang: str) -> bool:
    return _says_one_of(SEEMING, text, lang)


# Hedges written only as a verb form that is also the plain conditional or a modal of duty ("il
# aurait dit", "hij zou hebben", "er soll haben"): a reading of the form, not a word of hearsay.
CONDITIONAL_HEDGES = {"nl": r"zou hebben", "de": r"soll haben|sollen haben", "fr": r"aurait|auraient"}


def hedged_by_form_only(text: str, lang: str) -> bool:
    """The text is hedged, and nothing but a `CONDITIONAL_HEDGES` form makes it so."""
    return _sole_hedge(CONDITIONAL_HEDGES, text, lang) is not None


# Adverbs of evidence read both as "evidently" and as "seemingly" ("Blijkbaar is hij benoemd" renders
# "it was discovered he's been named"; "dat scheldpartijen blijkbaar als normaal worden beschouwd"
# renders a plain "how abuse has become normalised"): a translator adds them to a plain statement.
EVIDENTIAL_HEDGES = {
    "en": r"apparently", "nl": r"blijkbaar", "de": r"offenbar|offensichtlich", "fr": r"apparemment",
    "es": r"aparentemente", "it": r"apparentemente",
}


def evidential_hedge(text: str, lang: str) -> str | None:
    """The `EVIDENTIAL_HEDGES` adverb when it is all that hedges the text, else None."""
    return _sole_hedge(EVIDENTIAL_HEDGES, text, lang)


def _sole_hedge(words_by_language: dict[str, str], text: str, lang: str) -> str | None:
    words = words_by_language.get(lang)
    found = _whole_words(words).search(text) if words and _marks("hedged", text, lang) else None
    if found is None or stances(_whole_words(words).sub(" ", text), lang) & {"hedged", "possibility"}:
        return None
    return found.group(0)


# Words that present a statement as reported by someone ("local press reported", "were told that",
# "selon la presse locale", "se informó a … que", "ha segnalato che", "who accused him of"): a hedge of
# hearsay on the other side ("reportedly", "según medios", "supposément", "allegedly") says no more.
REPORTED = {
    "en": r"report(?:s|ed)|(?:was|were|been|being) told|(?:was|were|been) informed|according to|"
    r"accus(?:e|es|ed|ing)|claim(?:s|ed) that",
    "nl": r"meld(?:t|de|den)|bericht(?:te|ten)|volgens|(?:krijgt|kreeg|kregen|krijgen)\s+(?:[\w'’]+\s+){0,3}?te horen|te horen (?:gekregen|kregen)|"
    r"(?:werd|werden) (?:verteld|meegedeeld)|beschuldig(?:t|de|den)",
    "de": r"meldet(?:e|en)?|berichtet(?:e|en)?|laut|zufolge|(?:wurde|wurden) mitgeteilt|beschuldigt(?:e|en)?",
    # an object pronoun may be elided onto the verb ("qui l’accuse")
    "fr": r"selon|d['’]après|rapport(?:e|ent|é|ée|ait)|(?:a|ont) appris|(?:[lmt]['’])?accus(?:e|ent|ait|é|ée|ant)|"
    r"on (?:leur|lui) a (?:dit|annoncé|fait savoir)",
    "es": r"según|inform(?:ó|aron|a|an)|comunic(?:ó|aron)|acus(?:a|ó|aron|aba|ando)",
    "it": r"secondo|(?:ha|hanno) (?:segnalato|riferito)|riferisc[eo]|comunicat[oaie]|(?:[lm]['’])?accus(?:a|ò|ato|ata|ano)",
}


def reported_word(text: str, lang: str) -> str | None:
    """The word by which the text presents its statement as reported by someone (`REPORTED`)."""
    match = _whole_words(REPORTED[lang]).search(text) if lang in REPORTED else None
    return match.group(0) if match else None


# Checked in this order: the most specific stance wins ("could" before "can" doesn't matter,
# but hedging beats everything and obligation beats future: "will have to" is an obligation).
MODALITY_ORDER = ("hedged", "obligation", "possibility", "ability", "conditional", "future")

ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{1,7}s?\b")
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]{1,2}\.\s?){2,}")  # "U.S.", "EE. UU."
# A capitalised word, dotted initials or acronyms ("D.K. Arya", "EE. UU."), or one initial
# before a capitalised word ("A. Rahman").
NAME_TOKEN = r"(?:[A-Z]{1,2}\.(?:\s?[A-Z]{1,2}\.)+|[A-Z]\.(?=\s+[A-ZÀ-ÖØ-Þ])|[A-ZÀ-ÖØ-Þ][\w'’.-]*[\w])"
NAME_SPAN = re.compile(rf"{NAME_TOKEN}(?:\s+(?:(?:van|von|de|der|den|la|le|di|da|del|du|bin|al)\s+)?{NAME_TOKEN})*")
ORG_HINTS = re.compile(
    r"\b(?:inc|corp|ltd|gmbh|ag|bv|nv|sa|spa|group|company|bank|authority|agency|ministry|council|"
    r"services?|university|party|autoriteit|ministerie|behörde|ministerium|autorité|ministère|"
    r"autoridad|ministerio|autorità|ministero)\b",
    re.I,
)


def negated(text: str, lang: str) -> bool:
    return negation_cue(text, lang) is not None


def negation_cue(text: str, lang: str) -> tuple[int, int] | None:
    """Where the first word that negates the text stands (offsets into `text`), or None."""
    words = NEGATION.get(lang)
    if not words:
        return None
    cleaned = _without_double_negation(_without_idioms(text, lang), lang)
    found = [match for match in (_negation_cue(words).search(cleaned),
                                 ENGLISH_CONTRACTED_NOT.search(cleaned) if lang == "en" and CONTRACTED_NOT.search(cleaned) else None)
             if match]
    span = min((match.span() for match in found), default=None)
    return _with_second_particle(cleaned, span, lang) if span else None


ENGLISH_CONTRACTED_NOT = re.compile(r"\w+n['’]t\b", re.I)  # "didn't", "wasn't"
# What each of its matches holds, found by a scan in C (it skips to an "n"): the pattern above tries
# every letter of every word and backtracks, ~3 us a claim that has none
CONTRACTED_NOT = LazyPattern(r"[nN]['’][tT]")

# A negation written in two particles ("ne … pas", "n’a jamais"): the cue a reader looks for is
# both, with the verb between them, not the bare "ne".
SECOND_PARTICLE = {"fr": (r"ne|n['’]", r"pas|plus|jamais|rien|personne|guère|aucune?|nullement|point")}
SECOND_PARTICLE_SCOPE = 3  # words between the two particles ("n'a toujours pas")


def _with_second_particle(text: str, span: tuple[int, int], lang: str) -> tuple[int, int]:
    first, second = SECOND_PARTICLE.get(lang, (None, None))
    if first is None or not re.fullmatch(first, text[span[0]:span[1]], re.I):
        return span
    closing = _second_particle_after(second).match(text, span[1])
    return (span[0], closing.end()) if closing else span


@lru_cache(maxsize=None)
def _second_particle_after(second: str) -> re.Pattern:
    return re.compile(rf"\s*(?:[\w'’-]+\s+){{0,{SECOND_PARTICLE_SCOPE}}}?(?:{second})(?![\w'’])", re.I)


# A negation of one adjective or participle ("produits non testés", "ensayo no convertido", "meta non
# convertita") denies a word, not the claim, as a prefix does ("non-food", "untested"): translators
# render it by a prefix or a word of opposite meaning ("vegani", "respetuosos con los animales"). French
# "non" before any content word (the verb takes "ne"); Spanish and Italian "no"/"non" only right
# before a participle, since there they also stand before the verb. (A negation in a relative clause
# is no such case: DEMETR changes its polarity as often as the main clause's, dev negation 0.82 -> 0.765.)
# The word is in lower case: "et non Paris" denies a name, not a quality.
WORD_NEGATION = {
    "fr": r"non(?=\s+(?!(?:à|a|au|aux|de|du|des|le|la|les|un|une|par|pour|en|dans|sur|avec|pas|plus|seulement|"
    r"moins|loin|sans|que|qu)\b)(?-i:[a-zà-ÿ])[\w'’-]+)",
    "es": r"no(?=\s+(?-i:[a-zà-ÿ])\w+(?:ad|id)[oa]s?\b)",
    "it": r"non(?=\s+(?-i:[a-zà-ÿ])\w+(?:at|it|ut)[oaie]\b)",
}


def one_word_negation(text: str, lang: str) -> tuple[int, int] | None:
    """Where the first negation and the word it negates stand ("non testés") when every negation
    of the text bears on one word (`WORD_NEGATION`); None when one denies more."""
    pattern = _word_negation(lang)
    return _every_negation(text, lang, lambda rest, span: _span(pattern.match(rest, span[0]))) if pattern else None


# Litotes: a negated adjective of ease ("not easy", "n'est pas chose simple", "niet makkelijk maken",
# "no es fácil", "non è semplice") is a set phrase for the opposite quality, which a translation
# states plainly ("a challenge", "supone todo un reto", "den Rockies das Spiel verderben"). German
# "einfach" is also the adverb "simply" ("nicht einfach aufgeben"): predicative only there.
EASE_WORDS = {
    "en": r"easy|easily|simple|straightforward",
    "nl": r"makkelijk|gemakkelijk|eenvoudig|simpel",
    "de": r"(?:einfach|leicht)(?!\s+(?!(?:zu|für|machen|gemacht|sein|werden|gewesen)\b)(?-i:[a-zäöüß]))",
    "fr": r"facile|facilement|simple|aisée?",
    "es": r"fácil|fácilmente|sencill[oa]|simple",
    "it": r"facile|facilmente|semplice|agevole",
}
LITOTES_SCOPE = 2  # words between the negation and the adjective ("n'est pas chose simple", "not an easy")


def litotes(text: str, lang: str) -> tuple[int, int] | None:
    """Where the first negation and its adjective of ease stand ("niet makkelijk") when every
    negation of the text is such a litotes (`EASE_WORDS`); None when one denies more."""
    pattern = _litotes_after_cue(lang)
    return _every_negation(text, lang, lambda rest, span: _litotes_span(pattern, rest, span)) if pattern else None


def ease_word(text: str, lang: str) -> str | None:
    """The text's own word of ease, if any ("easy", "facile"): it states the quality itself."""
    match = _whole_words(EASE_WORDS[lang]).search(text) if lang in EASE_WORDS else None
    return match.group(0) if match else None


def _span(match: re.Match | None) -> tuple[int, int] | None:
    return match.span() if match else None


def _litotes_span(pattern: re.Pattern, text: str, cue: tuple[int, int]) -> tuple[int, int] | None:
    found = pattern.match(text, cue[1])
    return (cue[0], found.end()) if found else None


@lru_cache(maxsize=None)
def _litotes_after_cue(lang: str) -> re.Pattern | None:
    words = EASE_WORDS.get(lang)
    return compiled(rf"\s+(?:[\w'’]+\s+){{0,{LITOTES_SCOPE}}}?(?:{words})(?![\w'’])", re.I) if words else None


def _every_negation(text: str, lang: str, bears_on) -> tuple[int, int] | None:
    """The span `bears_on(text, cue)` gives for the first negation cue, when it gives one for every
    cue of the text (each blanked out before the next is looked for); else None."""
    first = None
    while span := negation_cue(text, lang):
        found = bears_on(text, span)
        if found is None:
            return None
        first = first or found
        text = text[:span[0]] + " " * (span[1] - span[0]) + text[span[1]:]
    return first


@lru_cache(maxsize=None)
def _word_negation(lang: str) -> re.Pattern | None:
    words = WORD_NEGATION.get(lang)
    return compiled(rf"(?:{words})\s+[^\W\d][\w'’-]*", re.I) if words else None


# Negation carried by a word rather than a particle ("unbeaten" = "nog geen nederlaag",
# "ontevreden" = "not happy", "lack of" = "geen"): a translation may move it into a particle.
# Romance "in-"/"dis-" are left out: too many plain words start so ("discorso", "informe").
NEGATIVE_PREFIXES = {"en": "un|non-?", "nl": "on", "de": "un"}
# The Germanic suffix of lacking ("powerless", "machteloos", "machtlos" = "sin poder") after a word of
# the language; Romance languages write it as a phrase ("sans", "sin", "senza": `NEGATIVE_WORDS`).
NEGATIVE_SUFFIXES = {"en": "less", "nl": "loos|loze", "de": "los|lose|losen|loser|loses|losem"}
# "little"/"wenig"/"peu" deny a degree ("wenig Grund" = "not much reason"), unless "a" makes
# them a small amount ("a little", "ein wenig", "un peu"); Spanish and Italian "poco" are left
# out: mostly "shortly" or "a few" ("poco después", "pochi millisecondi"). Words of disagreeing,
# being dissatisfied, advising against, hindering, lacking, being unbeaten or intolerant are given
# in every language, since Romance prefixes ("des-", "dis-", "s-", "in-") are not read: "niet eens"
# / "en désaccord", "no se recomienda" / "sconsiglia", "nicht glücklich" / "descontento"; so is
# "have yet to" ("devono ancora annunciare" / "noch keinen … angekündigt").
# Spanish and Italian "poco" before an adjective or participle is its negation ("poco presidencial"
# = unpresidential, "erano poco ispirati" = "n'étaient pas inspirés"); before anything else it is an
# amount or a time ("poco después", "poco più di", "un poco"), read by its ending.
ADJECTIVE_ENDINGS = r"\w+(?:al|ales|il|iles|ble|bles|ivo|iva|ivos|ivas|oso|osa|osos|osas|[aiu]d[oa]s?|" \
    r"ale|ali|ile|ili|bile|bili|ivi|ive|osi|ose|[aiu]t[oaie]|ante|anti|antes|ente|enti|entes)"
SLIGHTLY = {
    "es": rf"(?<!un )poco (?!antes|después|menos|más){ADJECTIVE_ENDINGS}",
    "it": rf"(?<!un )poco (?!prima|dopo|meno|più){ADJECTIVE_ENDINGS}",
}
NEGATIVE_WORDS = {
    "en": r"rarely|seldom|with no|(?<!a )little|(?:has|have|had) yet to|"
    r"lack(?:s|ed|ing)?|without|absence|hardly|barely|scarcely|neither|nor|refus\w+|den(?:y|ies|ied)|"
    r"rather than|instead of|prevent\w*|fail(?:s|ed|ing)?|avoid\w*|forbid\w*|banned|unable|incapable|disagree\w*|"
    r"disregard\w*|ignor(?:e|es|ed|ing)|"
    r"dissatisf\w*|discontent\w*|discourag\w*|dissuad\w*|advis\w* against|intoleran\w*|hinder\w*|"
    r"short of|(?:fall|falls|fell|fallen|falling) (?:\w+ )?short|devoid|free of",
    "nl": r"zelden|(?<!een )weinig|zonder|gebrek|nauwelijks|amper|weiger\w+|ontken\w+|in plaats van|"
    r"verhinder\w*|voorkom\w*|vermijd\w*|verbod\w*|negeer\w*|negeren|ontbr\w+|"
    r"oneens|onenig\w*|afgeraden|ontraden|ontraadt|ongeslagen|intolerant\w*|belemmer\w*|(?:moet|moeten|moest|moesten) nog|"
    r"tekort\w*|te kort|verstoken van|vrij van",
    "de": r"selten|(?<!ein )wenig|ohne|mangel\w*|kaum|weiger\w+|bestritt\w*|bestreit\w*|statt|anstatt|"
    r"verhinder\w*|vermeid\w*|vermied\w*|verbot\w*|fehl(?:t|en|te|ten|end\w*)|ignorier\w+|missacht\w+|"
    r"uneinig\w*|unzufrieden\w*|abgeraten|abzuraten|ungeschlagen\w*|intoleran\w*|gehindert|hinder(?:t|n|te|ten)|"
    r"(?:muss|müssen|musste|mussten) noch|"
    r"zu kurz|(?:blieb|blieben|bleibt|bleiben|zurückgeblieben) (?:\w+ ){0,3}?hinter|frei von|bar jede[rsn]?",
    "fr": r"rarement|(?<!un )peu|sans|manque\w*|absence|guère|à peine|refus\w*|ni|au lieu de|plutôt que|"
    r"empêch\w*|évit\w*|interdi\w*|ignor\w+|"
    r"privée?s? de|dépourvue?s? de|incapables?|"
    r"désaccord|mécontent\w*|insatisf\w*|déconseill\w*|dissua\w*|invaincu\w*|intolérant\w*|"
    r"(?:fait|font|faisait|faisaient) défaut|(?:doit|doivent|devait|devaient) encore|"
    r"à court de|en[ -]deçà|démuni\w*|dénuée?s? de|exempte?s? de|indigne\w*|étrangère?s? à",
    "es": r"rara vez|raramente|sin|ausencia|apenas|rechaz\w+|neg(?:ó|aron|ar|ando)|ni|en lugar de|en vez de|"
    r"impid\w*|imped\w*|evit\w*|prohib\w*|falta de|carencia|caso omiso|ignor\w+|"
    r"desprovist[oa]s? de|carentes? de|incapa(?:z|ces)|"
    r"desacuerdo|descontent\w*|insatisfech\w*|desaconsej\w*|disuad\w*|invict[oa]s?|intolerantes?|carec\w*|"
    r"(?:aún|todavía) (?:tiene|tienen|tenía|tenían) que|" + SLIGHTLY["es"] + "|"
    r"qued\w+ cort[oa]s?|ajen[oa]s? al?|exent[oa]s? de|libres? de|indign[oa]s?",
    "it": r"raramente|di rado|senza|mancanza|assenza|appena|rifiut\w+|negat\w+|né|anziché|invece di|"
    r"impedi\w*|evit\w*|viet\w*|ignor\w+|"
    r"priv[oaie] di|incapac[ei]|"
    r"disaccordo|scontent\w*|insoddisfatt\w*|sconsigli\w*|dissua\w*|imbattut[oaie]|intolleran\w*|"
    r"(?:deve|devono|doveva|dovevano) ancora|" + SLIGHTLY["it"] + "|"
    r"al di sotto|a corto di|estrane[oaie]|indegn[oaie]|esent[ie] da|liber[oaie] da|sprovvist[oaie]",
}
MIN_NEGATED_STEM = 5  # "unhappy" -> "happy"; "union", "until", "under" have no word after "un"


# Words of negative concord: after another negation they repeat it ("no había ninguna razón", "non ha
# mai detto niente": one negation each).
NEGATIVE_CONCORD = {
    "fr": r"rien|aucune?",  # a verbless "Rien de nouveau" (`NEGATION`) beside another cue of its sentence
    "es": r"nunca|jamás|ningún|ninguna|ninguno|nada|nadie|ni|tampoco",
    "it": r"mai|nessun|nessuna|nessuno|niente|nulla|né|nemmeno|neanche|neppure",
}


def negation_count(text: str, lang: str) -> int:
    """How many negations the text holds ("the car that didn't stop isn't insured": two); a word of
    negative concord after another negation is no new one."""
    concord = _whole_words(NEGATIVE_CONCORD[lang]) if lang in NEGATIVE_CONCORD else None
    return _cue_count(text, lambda rest: negation_cue(rest, lang),
                      lambda rest, span: concord is not None and concord.fullmatch(rest, *span) is not None)


def lexical_negation_count(text: str, lang: str) -> int:
    """How many words of the text negate by themselves (`lexical_negation_cue`)."""
    return _cue_count(text, lambda rest: lexical_negation_cue(rest, lang))


def _cue_count(text: str, find_cue, repeats_one=lambda rest, span: False) -> int:
    """Cues found one after another, each blanked out before the next search; a cue that
    `repeats_one` after the first is not counted again."""
    count = 0
    while span := find_cue(text):
        count += not (count and repeats_one(text, span))
        text = text[:span[0]] + " " * (span[1] - span[0]) + text[span[1]:]
    return count


def lexical_negation_cue(text: str, lang: str) -> tuple[int, int] | None:
    """Where the text negates by a word of its own: a negative word, or a prefix before a word the
    dictionary knows ("unbeaten", "ontevreden", "unmöglich", "inutile"); None where it does not."""
    words = NEGATIVE_WORDS.get(lang)
    if words and (match := _whole_words(words).search(text)):
        return match.span()
    vocabulary = _known_words(lang) if lang in NEGATIVE_PREFIXES or lang in NEGATIVE_SUFFIXES else ()
    if prefixes := NEGATIVE_PREFIXES.get(lang):
        for match in compiled(rf"\b(?:{prefixes})(\w{{{MIN_NEGATED_STEM},}})", re.I).finditer(text):
            if match.group(1).lower() in vocabulary:
                return match.span()
    if suffixes := NEGATIVE_SUFFIXES.get(lang):
        for match in compiled(rf"\b(\w{{{MIN_NEGATED_STEM - 1},}}?)(?:{suffixes})\b", re.I).finditer(text):
            if _known_stem(match.group(1).lower(), vocabulary):
                return match.span()
    return None


def _known_stem(stem: str, vocabulary: Container[str]) -> bool:
    """The word before a suffix, with the linking "e" Dutch may put there ("machte-loos")."""
    return stem in vocabulary or (stem.endswith("e") and stem[:-1] in vocabulary)


@lru_cache(maxsize=50_000)
def lemma_list_knows(word: str, lang: str) -> bool | None:
    """simplemma's word list of the language has the (lower-case) word; None for a language it
    does not cover."""
    from ..lemmas import is_known

    try:
        return is_known(word, lang)
    except ValueError:
        return None


def _known_words(lang: str) -> Container[str]:
    """Headwords of the language's dictionary (its entries, no copy: German has 270,000); for
    English, the common words of its glosses (precomputed: counting them is slow, and "Germany"
    is no common word)."""
    from ..translate.english_words import common_english_words
    from ..translate.lexicon import load_lexicon

    return common_english_words() if lang == "en" else load_lexicon(lang).entries


# The words set aside below are blanked with as many spaces, so that the offsets of a cue found in
# what is left are offsets into the text (the patterns read any run of spaces as one).
def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _without_idioms(text: str, lang: str) -> str:
    idioms = NEGATION_IDIOMS.get(lang)
    return _idiom_words(idioms).sub(_blank, text) if idioms else text


def _without_double_negation(text: str, lang: str) -> str:
    if lang not in DOUBLE_NEGATION:
        return text
    return _double_negation(lang).sub(lambda match: _blank(match) if _negative_word(match, lang) else match.group(0), text)


@lru_cache(maxsize=None)
def _double_negation(lang: str) -> re.Pattern:
    first, second = DOUBLE_NEGATION[lang]
    return compiled(rf"(?<![\w'’])(?:{first})(?:\s+\w+){{0,2}}?\s+(?:{second})(?![\w'’])", re.I)


def _negative_word(match: re.Match, lang: str) -> bool:
    stem = match.groupdict().get("stem")
    return stem is None or stem.lower() in _known_words(lang)


# Phrases whose modal word hedges nothing: "as soon as possible" / "zo snel mogelijk" is a
# degree, a subjunctive after "so that" ("pour que … puisse") states a purpose, "possible to"
# + verb ("è possibile vedere") is ability, a negated "could" ("no one could have been
# confused") asserts that something did not happen, and a modal after a verb of fearing ("are
# worried it could invite ridicule") or in a clause about whoever may exist ("anyone who may have
# footage", "iedereen die mogelijk iets heeft gefilmd", "le persone che possano avere visto") says
# what someone fears or looks for, not how sure the writer is. A French "qui" after a comma or a
# bracket opens a clause that states something of its own ("crues subites (qui pourraient être
# bénéfiques …)"): its hedge counts.
NON_HEDGES = {
    "en": r"as (?:\w+\s+){1,3}?as possible|(?:if|where|when|whenever) possible|(?:best|worst|only|highest|lowest) possible|"
    r"(?:it )?" + IS_POSSIBLE["en"] + r" to|(?:not|never|no one|nobody|nothing|\w+n't)\s+(?:\w+\s+){0,5}?could|"
    r"could(?:\s+\w+)?\s+(?:not|never|hardly)|"
    r"(?:worr(?:y|ies|ied)|fears?|feared|concerned|afraid)\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:could|might|may)|"
    r"(?:anyone|anybody|someone|people|those|whoever)\s+(?:\w+\s+)?(?:who|that)\s+(?:may|might|could)|"
    r"could only(?=\s+\w+)",  # "Lithgow could only direct his effort wide": what he managed
    "nl": r"(?:niet|niemand|niets|nooit|geen)\s+(?:\w+\s+){0,5}?(?:zou|zouden) kunnen|"
    r"zo ?veel mogelijk|zo \w+ mogelijk|(?:indien|waar|zodra) mogelijk|(?:iedereen|mensen|wie) die mogelijk|"
    r"(?:vrezen|vreest|denken|denkt|geloven|gelooft|bezorgd|bang|ongerust),?\s+(?:dat\s+)?(?:\w+\s+){0,4}?(?:zou|zouden) kunnen",
    "de": r"(?:nicht|niemand|nichts|nie|niemals|kein\w*)\s+(?:\w+\s+){0,5}?(?:könnte|könnten)|"
    r"(?:könnte|könnten)(?:\s+\w+)?\s+(?:nicht|nie|niemals|kaum)|"
    r"so \w+ wie möglich|wenn möglich|"
    r"(?:befürchten|befürchtet|fürchten|fürchtet|glauben|glaubt|denken|denkt|besorgt|sorgen sich|sorgt sich),?\s+(?:dass\s+)?(?:\w+\s+){0,4}?(?:könnte|könnten)",
    # a whole word before the space: "personne" is not the start of "personnel"
    "fr": r"(?:(?:personne|rien|jamais|aucune?|ne)\s+|n['’]\s*)(?:\w+\s+){0,5}?(?:pourrai(?:en)?t)|"
    r"(?:pour|afin) qu['’e]\s*(?:\w+\s+){0,4}?(?:puisse|puissent)|(?:dès|autant) que possible|si possible|"
    + IS_POSSIBLE["fr"] + r" de|(?:quiconque|(?<![(,]\s)(?<![(,])qui)\s+(?:\w+\s+)?(?:pourrai(?:en)?t|aurai(?:en)?t|puissent|puisse)|"
    r"(?:pensent|pense|croit|croient|craint|craignent|estime|estiment|redoute|redoutent|s['’]inquiètent|s['’]inquiète|"
    r"inquiets?|inquiètes?|préoccupée?s?)\s+qu['’e]\s*(?:\w+\s+){0,3}?"
    r"(?:pourrai(?:en)?t|puisse|puissent)",
    "es": r"(?:no|nadie|nada|nunca|ningún|ninguna)\s+(?:\w+\s+){0,5}?(?:podría|podrían)|"
    r"para que\s+(?:\w+\s+){0,4}?(?:pueda|puedan)|lo (?:más|antes) \w* ?posible|si es posible|"
    r"(?:quien|quienes|cualquiera que)\s+(?:\w+\s+)?(?:pueda|puedan|podría|podrían)|"
    r"(?:temen|teme|creen|cree|piensan|piensa|preocupa|preocupan|preocupad[oa]s?|inquieta|inquietan)\s+que\s+(?:\w+\s+){0,3}?(?:podría|podrían|pueda|puedan)|"
    + IS_POSSIBLE["es"] + r"(?=\s+\w+(?:ar|er|ir)\b)",
    "it": r"(?:non|nessuno|nessuna|niente|nulla|mai)\s+(?:\w+\s+){0,5}?(?:potrebbe|potrebbero)|"
    r"(?:temono|teme|preoccupat[ioe]|preoccupa)\s+(?:dal fatto\s+)?che\s+(?:\w+\s+){0,3}?(?:potrebbe|potrebbero)|"
    r"(?:perché|affinché|che|chiunque)\s+[“\"«‘]?(?:\w+\s+){0,4}?(?:possa|possano)|(?:il più|prima) \w* ?possibile|se possibile|"
    + IS_POSSIBLE["it"] + r"(?=\s+\w+(?:are|ere|ire)\b)",
}

# German "werden" is the passive auxiliary after a participle ("gespielt werden"), not the future.
GERMAN_PASSIVE = re.compile(r"\bge\w+(?:t|en)\s+(?:werden|wird|worden)\b", re.I)


def modality(text: str, lang: str) -> str:
    """The claim's stance, one of the report's labels: ability counts as "possibility" there;
    `ability_only` tells the two apart where it matters (comparing stances)."""
    stance = _stance(text, lang)
    return "possibility" if stance == "ability" else stance


def stances(text: str, lang: str) -> set[str]:
    """Every stance some word of the text marks (`modality` reports only the strongest)."""
    text = _without_non_hedges(text, lang)
    return {stance for stance in MODALITY_ORDER if _marks(stance, text, lang)}


def ability_only(text: str, lang: str) -> bool:
    """"can be heard", "kan vallen": a possibility label that is no hedge."""
    return _stance(text, lang) == "ability"


def modality_cue(text: str, lang: str) -> tuple[str, int, int] | None:
    """The claim's stance (as `modality` labels it) and where the word that marks it stands in
    the text; None when the text is asserted."""
    found = _stance_match(text, lang)
    if found is None:
        return None
    stance, match = found
    return ("possibility" if stance == "ability" else stance), *match.span()


def _stance(text: str, lang: str) -> str:
    found = _stance_match(text, lang)
    return found[0] if found else "asserted"


def _stance_match(text: str, lang: str) -> tuple[str, re.Match] | None:
    """The strongest stance some word of the text marks, with that word's match."""
    text = _without_non_hedges(text, lang)
    if not _any_stance_words(lang).search(text):  # three claims in four: asserted (one search, not one per stance)
        return None
    for stance in MODALITY_ORDER:
        if match := _stance_word(stance, text, lang):
            return stance, match
    return None


@lru_cache(maxsize=None)
def _any_stance_words(lang: str) -> re.Pattern:
    """The words of every stance in one pattern: it matches where one of `_stance_word`'s
    patterns does (an alternation tries each of its branches), so no match means no stance."""
    return _whole_words("|".join(f"(?:{MODALITY[stance][lang]})" for stance in MODALITY_ORDER if MODALITY[stance].get(lang))
                        or "(?!x)x")


def _without_non_hedges(text: str, lang: str) -> str:
    if lang == "de":
        text = GERMAN_PASSIVE.sub(_blank, text)
    if lang in NON_HEDGES:
        text = _whole_words(NON_HEDGES[lang]).sub(_blank, text)
    return text


def _marks(stance: str, text: str, lang: str) -> bool:
    return _stance_word(stance, text, lang) is not None


def _stance_word(stance: str, text: str, lang: str) -> re.Match | None:
    pattern = MODALITY[stance].get(lang)
    return _whole_words(pattern).search(text) if pattern else None


# A language's word list compiled once: building and hashing the pattern text at every call cost
# more than the search.
@lru_cache(maxsize=None)
def _whole_words(words: str) -> re.Pattern:
    return compiled(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.I)


@lru_cache(maxsize=None)
def _negation_cue(words: str) -> re.Pattern:
    # An elided word may stand before the cue ("qu'aucune", "n'y"), but no letter may.
    return compiled(rf"(?<!\w)(?:{words})(?:(?<=['’])|(?![\w'’-]))", re.I)


@lru_cache(maxsize=None)
def _idiom_words(idioms: str) -> re.Pattern:
    return compiled(rf"\b(?:{idioms})\b", re.I)


# Month and weekday names, whole words (a prefix would take "Marco" and "Month" for months).
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "januari februari maart mei augustus oktober januar februar märz mai dezember jänner "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "jan feb mar apr jun jul aug sep sept oct okt nov dec dez déc dic ene gen giu lug ago ott set "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
)


POSSESSIVE = re.compile(r"['’]s$")
ENGLISH_I = re.compile(r"I(?:['’](?:m|ve|d|ll))?")  # the pronoun, capitalised everywhere


def _calendar_word(word: str) -> bool:
    return word.lower().rstrip(".") in CALENDAR_WORDS


NAME_AFTER_FIRST_WORD = rf"(?<=[\w,;:“”\"'’)]\s){NAME_TOKEN}"  # compiled when first used (lazyre)


def names_in_document(sentences: list[str], lang: str) -> set[str]:
    """Capitalised words seen after the first word of a sentence: in languages other than
    German those are names, which lets a sentence-initial "BlackBerry" count as one too."""
    names = set()
    for sentence in sentences:
        for match in compiled(NAME_AFTER_FIRST_WORD).finditer(sentence):
            if looks_like_name(match.group(0), lang):
                names.add(match.group(0))
    return names


def entities(text: str, offset_in_sentence: int, sentence: str, lang: str, doc_names: set[str]) -> list[Entity]:
    """Capitalised spans and acronyms; offsets are relative to the sentence."""
    found: list[Entity] = []
    for match in NAME_SPAN.finditer(text):
        for start, end in _name_runs(text, match, offset_in_sentence, sentence, lang, doc_names):
            span = _without_common_tail(text[start:end], lang)
            absolute = offset_in_sentence + start
            found.append(Entity(span, _entity_type(span), absolute, absolute + len(span)))
    return found


def _without_common_tail(span: str, lang: str) -> str:
    """"BES-servers", "Pakistan-regio", "Corona-Krise" -> the name; "Grande-Bretagne" and
    "Saint-Etienne" are one name (a capitalised tail that is no German common noun)."""
    head, hyphen, tail = span.rpartition("-")
    if not hyphen or not head or not re.search(r"[a-zà-ÿ]", tail):
        return span
    common = tail[:1].islower() or (lang == "de" and _german_common_noun(tail))
    return head if common else span


def _name_runs(text, match, offset_in_sentence, sentence, lang, doc_names):
    """Split a capitalised span into runs of real name tokens ("Daten von BlackBerry" in German
    is a noun, a connector and a name); connectors survive only between two name tokens."""
    tokens = [(match.start() + m.start(), match.start() + m.end()) for m in re.finditer(r"\S+", match.group(0))]
    runs, current, pending = [], [], []
    for start, end in tokens:
        word = text[start:end]
        if word[:1].islower():
            pending.append((start, end))
            continue
        if _is_name_token(word, is_sentence_start(sentence, offset_in_sentence + start), lang, doc_names):
            current.extend(pending + [(start, end)] if current else [(start, end)])
            if POSSESSIVE.search(word):  # "Liverpool's Daniel Sturridge": two names
                runs.append(current)
                current = []
        elif current:
            runs.append(current)
            current = []
        pending = []
    if current:
        runs.append(current)
    return [(run[0][0], run[-1][1]) for run in runs]


def _is_name_token(word: str, at_sentence_start: bool, lang: str, doc_names: set[str]) -> bool:
    # A capital at the start of a sentence says nothing, so there a word is a name only when
    # the article uses it as one elsewhere, it looks like one (BlackBerry), no dictionary of the
    # language knows it ("Siminoff ha dichiarato", "Steijn und ich"), or ours knows it only as a name.
    if at_sentence_start and word not in doc_names and not _distinctive(word) and _known_word(word, lang) \
            and not _known_only_as_name(word, lang):
        return False
    return looks_like_name(word, lang)


@lru_cache(maxsize=20_000)
def _known_only_as_name(word: str, lang: str) -> bool:
    """A word the lemma list of the language does not know, which the dictionary renders only
    capitalised, its first sense with no common English word ("Apia", Italian "Atene"): a name at the
    start of a sentence too, where a one-sentence text cannot show it used as a name elsewhere.
    Not "Die" (the), "Ik" (I), "Premierminister" (Prime Minister), nor a place the lemma list
    knows as a word ("Paris": bets)."""
    from ..translate.english_words import ENGLISH_STOPWORDS, common_english_words
    from ..translate.lexicon import LANGUAGES, load_lexicon

    senses = load_lexicon(lang).entries.get(word.lower(), ()) if lang in LANGUAGES else ()
    if not senses or not all(sense[:1].isupper() for sense in senses) or lemma_list_knows(word.lower(), lang) is not False:
        return False
    words = re.findall(r"\w+", senses[0].lower())
    return bool(words) and not any(w in common_english_words() or w in ENGLISH_STOPWORDS for w in words)


@lru_cache(maxsize=50_000)
def _known_word(word: str, lang: str) -> bool:
    folded = re.sub(r"^(?:[ldjmnst]|qu)['’]", "", word.lower())  # French/Italian elision: "L'introduction"
    if lemma_list_knows(folded, lang) is not False:
        return True  # known, or a language simplemma does not cover: the cautious reading
    from ..translate.lexicon import LANGUAGES

    return lang in (*LANGUAGES, "en") and folded in _known_words(lang)


def _distinctive(word: str) -> bool:
    """Acronyms and inner capitals (BlackBerry, iPhone) are names wherever they stand."""
    return bool(ACRONYM.fullmatch(word) or DOTTED_ACRONYM.fullmatch(word) or re.search(r"[a-z][A-Z]", word))


def looks_like_name(word: str, lang: str) -> bool:
    if _calendar_word(word) or len(word) < 2 or (lang == "en" and ENGLISH_I.fullmatch(word)):
        return False
    if lang == "de" and not _distinctive(word):
        # German capitalises every noun: a capitalised word is a name unless the German-English
        # dictionary renders it as a common word ("Kinder" -> "child", "Zinsforderungen" ->
        # "interest demand"); names stay capitalised ("Pakistan", "Deutschland" -> "German country").
        return not _german_common_noun(word)
    return True


@lru_cache(maxsize=20_000)
def _german_common_noun(word: str) -> bool:
    """The dictionary renders the word as a common word; a word it does not know, by its lemma
    ("Worten" -> "Wort", "Nominierungsprozesses" -> "Nominierungsprozess")."""
    english = _german_rendering(word)
    if english != word or not word.isalpha():  # known, or several words ("Rekordtorschütze Klose")
        return _common_gloss(word, english)
    return any(_common_gloss(lemma, _german_rendering(lemma)) for lemma in _german_lemmas(word))


def _german_rendering(word: str) -> str:
    from ..translate.lexicon import LexiconTranslator

    (english,) = LexiconTranslator().translate([word], "de")
    return english


def _german_lemmas(word: str) -> set[str]:
    from ..lemmas import lemmatize

    # The greedy lemma is spelled the old way ("Nominierungsprozeß"); a lemma in lower case is
    # a guess at an unknown word, not a noun.
    lemmas = {lemmatize(word, "de"), lemmatize(word, "de", greedy=True)}
    return {lemma.replace("ß", "ss") for lemma in lemmas if lemma[:1].isupper()} - {word}


def _common_gloss(word: str, english: str) -> bool:
    """A lower-case rendering, or a common English word capitalised by the dictionary whose
    other senses are common ("Gesetz": Act, law; not "Polen": Poland, polarize)."""
    from ..translate.english_words import common_english_words
    from ..translate.lexicon import load_lexicon

    if english == english.lower():
        return True
    senses = load_lexicon("de").entries.get(word.lower(), ())
    return english.lower() in common_english_words() and any(sense == sense.lower() for sense in senses)


WORD_CHAR = re.compile(r"\w")
OPENS_SENTENCE = re.compile(r"(?:[:;«“„\"‹‘]|(?<!\w)['‚]|[—–-]\s)\s*$")


def is_sentence_start(sentence: str, index: int) -> bool:
    # An opening quote or a colon starts a quoted sentence: "declaró: «Hemos puesto…»".
    # Only the few characters before the spaces are read (not the whole prefix: a long
    # sentence with many names would be quadratic).
    if not WORD_CHAR.search(sentence, 0, index):
        return True
    spaces_from = index
    while spaces_from > 0 and sentence[spaces_from - 1].isspace():
        spaces_from -= 1
    return OPENS_SENTENCE.search(sentence, max(0, spaces_from - 2), index) is not None


def _entity_type(span: str) -> str:
    if ORG_HINTS.search(span) or ACRONYM.fullmatch(span) or re.search(r"[a-z][A-Z]", span):
        return "ORG"
    if len(span.split()) >= 2:
        return "PERSON"
    return "NAME"


@lru_cache(maxsize=50_000)
def demonym_country(word: str, lang: str) -> str | None:
    """English demonyms are capitalised ("Polish", not "polish"); a foreign word by the first word of
    its first dictionary sense ("belges" -> Belgian, "Pole" -> Pole, "pakistanaise" -> Pakistani woman),
    or, for a word in lower case, by the country that sense names ("niederländischer" -> Netherlands)."""
    from ..places import country_named, country_of_demonym  # read lazily, as the dictionary below: the claims stage seldom needs them

    if lang == "en":
        return country_of_demonym(word) if word[:1].isupper() else None
    from ..translate.lexicon import senses  # the dictionary, read lazily: most callers never need it

    glosses = senses(word, lang)
    sense = glosses[0] if glosses else ""
    if word.islower() and (country := country_named(sense, "en")):
        return country  # an adjective glossed as its country ("niederländischer" -> Netherlands); a capitalised word is a name
    first = sense.split()[0] if sense else ""
    return country_of_demonym(first) if first[:1].isupper() else None
