"""Per-language lexicons for `numbers.py` (regex fragments, matched case-insensitively)."""

from __future__ import annotations

import re
from functools import lru_cache

# Decimal comma languages use "." (and spaces in French) to group thousands.
DECIMAL_COMMA = {"nl", "de", "fr", "es", "it"}
# French, Italian, and Spanish since the RAE's 2010 rules, group thousands with a space
# ("300 000 personas", "85 000 dipendenti").
SPACE_GROUPING = {"fr", "es", "it"}
# Swiss and typographic German and Dutch group with a no-break or thin space ("76 000"), never a
# plain one, which in running text separates two numbers as often as it groups one.
NARROW_SPACE_GROUPING = {"de", "nl"}
# The spaces that group digits wherever a language groups with spaces: no-break, thin (U+2009, which
# French typesetting uses as often as the narrow no-break U+202F) and narrow no-break.
GROUPING_SPACES = "\u00a0\u2009\u202f"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# Scale words after a number ("1,5 miljoen", "two billion", "3 Mrd.").
SCALES: dict[str, dict[str, float]] = {
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "billion": 1e9,
           "billions": 1e9, "bn": 1e9, "trillion": 1e12},
    "nl": {"duizend": 1e3, "miljoen": 1e6, "mln\\.?": 1e6, "miljard": 1e9, "mld\\.?": 1e9,
           "biljoen": 1e12},
    "de": {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio\\.?": 1e6, "milliarde": 1e9,
           "milliarden": 1e9, "mrd\\.?": 1e9, "billion": 1e12, "billionen": 1e12},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9},
    "es": {"mil millones": 1e9, "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6,
           "millardo": 1e9, "millardos": 1e9, "billón": 1e12, "billones": 1e12},
    "it": {"mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9,
           "miliardi": 1e9},
}

# Plural scale words without a number ("hundreds of stores", "des centaines de magasins"): an
# order of magnitude, read as the range base..10 x base; "tens of thousands" multiplies.
VAGUE_AMOUNTS: dict[str, dict[str, float]] = {
    "en": {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9},
    "nl": {"tientallen": 10, "dozijnen": 12, "honderden": 100, "duizenden": 1e3, "miljoenen": 1e6, "miljarden": 1e9},
    "de": {"dutzende": 12, "hunderte": 100, "tausende": 1e3, "abertausende": 1e3, "millionen": 1e6, "milliarden": 1e9},
    "fr": {"dizaines": 10, "douzaines": 12, "centaines": 100, "milliers": 1e3, "millions": 1e6, "milliards": 1e9},
    "es": {"decenas": 10, "docenas": 12, "cientos": 100, "centenares": 100, "miles": 1e3, "millones": 1e6},
    "it": {"decine": 10, "dozzine": 12, "centinaia": 100, "migliaia": 1e3, "milioni": 1e6, "miliardi": 1e9},
}
# Collective numerals ("une vingtaine de morts", "una quindicina di feriti", "een twintigtal
# doden"): about that many. Read only before the language's linking word ("de", "di"), so
# "quarantaine" (quarantine) and "quincena de julio" (a fortnight) stay words.
ROUND_AMOUNTS: dict[str, dict[str, float]] = {
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
           "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1e3},
    "es": {"decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1e3},
    "it": {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40,
           "cinquantina": 50, "sessantina": 60, "settantina": 70, "ottantina": 80, "novantina": 90,
           "centinaio": 100, "migliaio": 1e3},
    "nl": {"tiental": 10, "twintigtal": 20, "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50, "honderdtal": 100},
}
ROUND_LINKS = {"fr": r"(?:de\s+|d['’])", "es": r"de\s+", "it": r"(?:di\s+|d['’])", "nl": r""}
# "of" between two of them ("tens of thousands", "dizaines de milliers", "decine di migliaia").
VAGUE_LINKS = {"en": "of", "nl": "", "de": "", "fr": "de", "es": "de", "it": "di"}
# English writes millions and billions after a currency as letters ("£125m", "$26.7bn").
CURRENCY_SCALES = {"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3}

# Stems that every number word of the language contains; a word without one is never tried
# with text2num (keeps extraction fast and avoids "often" -> "ten").
NUMBER_WORD_STEMS: dict[str, list[str]] = {
    "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "teen", "ty"],
    "nl": ["een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
           "elf", "twaalf", "twintig", "dertig", "veertig", "tig", "honderd"],
    "de": ["eins", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
           "zehn", "elf", "zwölf", "zig", "ßig", "hundert"],
    "fr": ["un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
           "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
           "cinquante", "soixante", "cent"],
    "es": ["uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
           "diez", "once", "doce", "trece", "catorce", "quince", "veint", "treinta", "cuarenta",
           "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "ientos"],
    "it": ["uno", "una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
           "dieci", "undici", "dodici", "venti", "trenta", "anta", "cento"],
}
# Words joining the parts of a spelled number ("vingt et un", "one hundred and five").
NUMBER_WORD_JOINERS: dict[str, str] = {
    "en": "and", "nl": "en", "de": "und", "fr": "et", "es": "y", "it": "e",
}
# "one"/"een"/"un" alone is an article or pronoun (Spanish "unos"/"unas": some), not a number worth checking; counted only
# before a scale word ("een miljoen", "eine Million").
ARTICLE_ONES: dict[str, set[str]] = {
    "en": {"one", "a", "an"}, "nl": {"een", "één"}, "de": {"ein", "eine", "einer", "einen", "einem", "eins"},
    "fr": {"un", "une"}, "es": {"un", "uno", "una", "unos", "unas"}, "it": {"un", "uno", "una"},
}
# Suffixes that make a digit figure an ordinal ("87e minute", "23rd", "3º posto"), right after the digits and
# ending the word. German "87." is left out: a dot after a figure also ends sentences and writes a date's day.
# "°" is left out: after a figure it is mostly degrees. Italian match reports mark a minute with an apostrophe
# ("all'84'": the 84th minute); Swiss "1'000" is read as a grouped figure before this suffix is looked at.
ORDINAL_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("st", "nd", "rd", "th"), "nl": ("e", "de", "ste"), "de": (),
    "fr": ("e", "ème", "eme", "er", "re", "ère", "è"), "es": ("º", "ª", ".º", ".ª"), "it": ("º", "ª", "'", "’"),
}
# ... of which these are never the figure one, not even after a bound ("more than a year", "más de unos").
ARTICLE_ONLY: dict[str, set[str]] = {"en": {"a", "an"}, "es": {"unos", "unas"}}

# Approximation words after a figure and its unit ("à 30 mètres environ", "25 metri circa", "30 metros
# aproximadamente", "30 metres or so"): the figure is about that much. Not before another figure ("alle 8
# circa 200 persone": there the word is the next figure's).
APPROX_AFTER: dict[str, str] = {
    "en": r"or so", "fr": r"environ", "es": r"aproximadamente|más o menos", "it": r"circa",
}
# Approximation words before a number -> Quantity.approx. "nearly" is "about" below the value;
# a negated bound is the opposite bound ("pas moins de 20 %" = "at least 20 %").
# Dutch "tot" alone is left out: it is mostly "to"/"until" ("steeg tot 832"), rarely "up to".
APPROX: dict[str, dict[str, str]] = {
    "en": {"more than": "more_than", "over": "more_than", "above": "more_than",
           "in excess of": "more_than", "upwards of": "more_than", "less than": "less_than",
           "fewer than": "less_than", "under": "less_than", "below": "less_than",
           "at least": "at_least", "at most": "at_most", "up to": "at_most",
           "about": "about", "around": "about", "approximately": "about", "roughly": "about",
           "some": "about", "an estimated": "about", "close to": "nearly", "nearly": "nearly",
           "almost": "nearly", "just under": "nearly", "no less than": "at_least", "not less than": "at_least",
           "no fewer than": "at_least", "no more than": "at_most", "not more than": "at_most"},
    "nl": {"meer dan": "more_than", "ruim": "more_than", "boven de": "more_than",
           "minder dan": "less_than", "onder de": "less_than", "minstens": "at_least",
           "ten minste": "at_least", "minimaal": "at_least", "maximaal": "at_most",
           "hooguit": "at_most", "tot wel": "at_most", "ongeveer": "about", "circa": "about",
           "ca\\.": "about", "rond de": "about", "zo['’]n": "about", "naar schatting": "about",
           "bijna": "nearly", "nagenoeg": "nearly", "krap": "nearly", "niet minder dan": "at_least",
           "niet meer dan": "at_most"},
    "de": {"mehr als": "more_than", "über": "more_than", "weniger als": "less_than",
           "unter": "less_than", "mindestens": "at_least", "höchstens": "at_most",
           "bis zu": "at_most", "etwa": "about", "rund": "about", "circa": "about",
           "ca\\.": "about", "ungefähr": "about", "zirka": "about", "schätzungsweise": "about",
           "fast": "nearly", "knapp": "nearly", "beinahe": "nearly", "nicht weniger als": "at_least",
           "nicht mehr als": "at_most"},
    "fr": {"plus de": "more_than", "moins de": "less_than", "au moins": "at_least",
           "au plus": "at_most", "jusqu['’]à": "at_most", "environ": "about",
           "près de": "about", "quelque": "about", "autour de": "about", "presque": "nearly",
           "quasiment": "nearly", "pratiquement": "nearly", "pas moins de": "at_least", "pas plus de": "at_most"},
    "es": {"más de": "more_than", "más del": "more_than", "menos de": "less_than", "menos del": "less_than",
           "al menos": "at_least",
           "por lo menos": "at_least", "como máximo": "at_most", "hasta": "at_most",
           "unos": "about", "unas": "about", "alrededor de": "about",
           "aproximadamente": "about", "cerca de": "about", "casi": "nearly", "no menos de": "at_least",
           "no más de": "at_most"},
    "it": {"più di": "more_than", "più del": "more_than", "oltre": "more_than", "meno di": "less_than",
           "meno del": "less_than",
           "almeno": "at_least", "al massimo": "at_most", "fino a": "at_most", "circa": "about",
           "intorno a": "about", "quasi": "nearly", "non meno di": "at_least", "non più di": "at_most"},
}

# Ranges: "between 10 and 20", "tussen 10 en 20", "10 to 20", "10-20".
RANGE_TEMPLATES: dict[str, list[str]] = {
    "en": ["between {A} and {B}", "from {A} to {B}", "{A} to {B}"],
    "nl": ["tussen (?:de )?{A} en {B}", "van {A} tot {B}", "{A} tot {B}"],
    "de": ["zwischen {A} und {B}", "von {A} bis {B}", "{A} bis {B}"],
    # "100 à 250 mètres" without "de" is still a range; in es/it "a" alone is too common a word.
    "fr": ["entre {A} et {B}", "de {A} à {B}", "{A} à {B}"],
    "es": ["entre {A} y {B}", "de {A} a {B}"],
    "it": ["tra {A} e {B}", "fra {A} e {B}", "da {A} a {B}"],
}

# Units after the number (percent, currencies, people, common measures) -> canonical unit.
UNITS_AFTER: dict[str, dict[str, str]] = {
    "en": {"%": "%", "percent": "%", "per cent": "%", "percentage points?": "pp",
           "euros?": "EUR", "dollars?": "USD", "pounds?": "GBP", "people": "people",
           "persons": "people", "degrees?": "°"},
    "nl": {"%": "%", "procent": "%", "procentpunt(?:en)?": "pp", "euro": "EUR",
           "(?:us-?)?dollar": "USD", "pond": "GBP", "mensen": "people", "personen": "people", "graden": "°"},
    "de": {"%": "%", "prozent": "%", "prozentpunkte?": "pp", "euro": "EUR", "(?:us-?)?dollar": "USD",
           "pfund": "GBP", "menschen": "people", "personen": "people", "grad": "°"},
    "fr": {"%": "%", "pour ?cent": "%", "points? de pourcentage": "pp", "euros?": "EUR",
           "dollars?": "USD", "livres?": "GBP", "personnes": "people", "degrés?": "°"},
    "es": {"%": "%", "por ciento": "%", "puntos? porcentuales": "pp", "euros?": "EUR",
           "dólar(?:es)?": "USD", "libras?": "GBP", "personas": "people", "grados?": "°"},
    "it": {"%": "%", "per ?cento": "%", "punti percentuali": "pp", "euro": "EUR",
           "dollari": "USD", "dollaro": "USD", "sterline": "GBP", "persone": "people", "grad[oi]": "°"},
}
# The country of a currency written between the figure and the currency word, where the language puts
# the adjective first ("125 miljoen Britse pond", "2,8 Milliarden britische Pfund", "10 million Canadian
# dollars"); French, Spanish and Italian put it after ("livres sterling", "dólares canadienses"), where
# the currency word is read already. Read only right before a currency (`CURRENCIES`).
CURRENCY_COUNTRIES: dict[str, str] = {
    "en": r"british|us|u\.s\.|american|canadian|australian|new zealand|hong kong|singapore",
    "nl": r"britse|amerikaanse|canadese|australische|nieuw-zeelandse|hongkongse|singaporese",
    "de": r"britische[nr]?|(?:us-)?amerikanische[nr]?|kanadische[nr]?|australische[nr]?|neuseeländische[nr]?",
}
CURRENCIES = frozenset({"EUR", "USD", "GBP", "CHF"})
# Units valid in every language (symbols and codes, before or after the number).
COMMON_UNITS_AFTER = {"eur": "EUR", "usd": "USD", "gbp": "GBP", "€": "EUR", "\\$": "USD",
                      "£": "GBP", "km": "km", "kilomet(?:er|re)s?": "km", "kilom[eè]tres?": "km", "kilómetros?": "km",
                      "chilometr[oi]": "km", "kg": "kg", "kilos?": "kg", "kilogramm(?:es?|s|[oi])?": "kg",
                      "chilogramm[oi]": "kg", "kilogramos?": "kg", "ton(?:nes|nen|s)?": "t", "mb": "MB", "gb": "GB",
                      # a speed in words after "km" too: "80 km orari", "km por hora", "km à l'heure" ("140 km
                      # per uur" is left a distance: read as a speed, NTREX dev two at a time 376 -> 382 alarms)
                      "km/h": "km/h", "km/u": "km/h", "kilomet(?:er|re)(?:s|n)? (?:per|pro) (?:hour|uur|stunde)": "km/h",
                      "(?:kilómetros|km) por hora": "km/h", "(?:chilometri|km) (?:orari|all['’]ora)": "km/h",
                      "(?:kilomètres?|km) (?:par heure|à l['’]heure)": "km/h", "stundenkilometer[n]?": "km/h", "mph": "mph",
                      "miles per hour": "mph", "millas por hora": "mph", "miglia (?:orarie|all['’]ora)": "mph",
                      "meilen pro stunde": "mph", "mijl per uur": "mph", "milles (?:par heure|à l['’]heure)": "mph", "miles?": "mi", "millas?": "mi", "miglia": "mi", "meilen?": "mi", "mijl(?:en)?": "mi", "milles": "mi",
                      "yards?": "yd", "yardas?": "yd", "iarde": "yd",
                      "cm": "cm", "centimet(?:er|re)s?": "cm", "centímetros?": "cm", "centimetr[oi]": "cm", "centim[eè]tres?": "cm",
                      "zentimeter": "cm", "mm": "mm", "millimet(?:er|re)s?": "mm", "milímetros?": "mm",
                      "millimetr[oi]": "mm", "millim[eè]tres?": "mm", "m": "m", "met(?:er|re)s?": "m", "mètres?": "m", "metros?": "m",
                      "metri": "m", "inch(?:es)?": "in", "inches": "in", "pulgadas?": "in", "pollici": "in",
                      "pouces?": "in", "zoll": "in", "duim": "in", "f(?:ee|oo)t": "ft", "pies": "ft",
                      "piedi": "ft", "fu(?:ß|ss)": "ft", "voet": "ft", "pieds?": "ft",
                      "[°º] ?f": "°F", "(?:degrees? )?fahrenheit": "°F", "[°º] ?c": "°C", "(?:degrees? )?celsius": "°C",
                      "(?:grad|graden|grados|gradi|degrés) celsius": "°C",
                      # Swiss francs: "49.50 Franken", "12 francs suisses", "CHF 20", "Fr. 49.50", "49 fr."
                      "chf": "CHF", "franken": "CHF", "francs?(?: suisses)?": "CHF", "franchi(?: svizzeri)?": "CHF",
                      "frank(?:en)?": "CHF", "francos?(?: suizos)?": "CHF", "swiss francs?": "CHF", "sfr\\.?": "CHF",
                      "fr\\.": "CHF"}
# Areas (fires, floods, farmland, parks, plots): symbols every language writes, then each language's
# words. "ha" only where it is no common word ("ha" is a verb in Italian and Spanish: "10 ha votato");
# the are ("ares") is left out, a verb in English and rare in news.
AREA_SYMBOLS = {"km[²2]": "km²", "sq\\.? ?km": "km²", "m[²2]": "m²", "sq\\.? ?m": "m²", "mi[²2]": "mi²",
                "sq\\.? ?mi(?:les?)?": "mi²", "ft[²2]": "ft²", "sq\\.? ?f(?:ee|oo)?t": "ft²"}
AREA_UNITS: dict[str, dict[str, str]] = {
    "en": {"square kilomet(?:er|re)s?": "km²", "square met(?:er|re)s?": "m²", "square miles?": "mi²",
           "square f(?:ee|oo)t": "ft²", "hectares?": "ha", "ha": "ha", "acres?": "acre"},
    "nl": {"vierkante kilometers?": "km²", "vierkante meters?": "m²", "vierkante mijl(?:en)?": "mi²",
           "hectares?": "ha", "ha": "ha", "acres?": "acre"},
    "de": {"quadratkilometer[n]?": "km²", "qkm": "km²", "quadratmeter[n]?": "m²", "qm": "m²",
           "quadratmeilen?": "mi²", "hektar(?:en)?": "ha", "ha": "ha", "acres?": "acre"},
    "fr": {"kilom[eè]tres? carr[ée]s?": "km²", "m[eè]tres? carr[ée]s?": "m²", "milles? carr[ée]s?": "mi²",
           "pieds? carr[ée]s?": "ft²", "hectares?": "ha", "ha": "ha", "acres?": "acre"},
    "es": {"kil[oó]metros? cuadrados?": "km²", "metros? cuadrados?": "m²", "millas? cuadradas?": "mi²",
           "pies cuadrados": "ft²", "hect[aá]reas?": "ha", "acres?": "acre"},
    "it": {"chilometr[oi] quadrat[oi]": "km²", "metr[oi] quadrat[oi]": "m²", "migli[ao] quadrat[ei]": "mi²",
           "piedi quadrati": "ft²", "ettar[oi]": "ha", "acri": "acre"},
}


@lru_cache(maxsize=None)
def units_after(lang: str) -> dict[str, str]:
    """Every unit word read after a figure in `lang` (as written -> canonical unit): the language's
    own, its areas, and the symbols and measures of every language."""
    return {**UNITS_AFTER.get(lang, {}), **AREA_UNITS.get(lang, {}), **AREA_SYMBOLS, **COMMON_UNITS_AFTER}


# Measures that translators convert ("85 mph" -> "136 km/h"): unit -> (dimension, factor to the
# dimension's base unit). Temperatures are affine and handled apart in numbers.py.
CONVERSIONS = {"km": ("length", 1000.0), "m": ("length", 1.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
               "mi": ("length", 1609.344), "in": ("length", 0.0254), "ft": ("length", 0.3048), "yd": ("length", 0.9144),
               "km/h": ("speed", 1.0), "mph": ("speed", 1.609344), "kg": ("mass", 1.0), "t": ("mass", 1000.0),
               "km²": ("area", 1e6), "ha": ("area", 1e4), "m²": ("area", 1.0), "mi²": ("area", 2589988.110336),
               "acre": ("area", 4046.8564224), "ft²": ("area", 0.09290304)}
# The customary units a metric figure may have been converted from ("30 yards" -> "27 Meter",
# "650 pounds" -> "295 kg", "80 °F" -> "27 °C"): metric unit -> (source unit, its factor to the
# dimension's base unit as in CONVERSIONS; None for °F), for telling two roundings of one converted
# figure (compare/converted.py).
IMPERIAL_SOURCES = {"mm": (("in", 0.0254),), "cm": (("in", 0.0254), ("ft", 0.3048)),
                    "m": (("ft", 0.3048), ("yd", 0.9144)), "km": (("mi", 1609.344),),
                    "km/h": (("mph", 1.609344),), "kg": (("lb", 0.45359237),), "°C": (("°F", None),),
                    "km²": (("mi²", 2589988.110336),), "ha": (("acre", 4046.8564224),), "m²": (("ft²", 0.09290304),)}
# Measures an article counts as one of ("an inch", "einem Zentimeter", "un kilomètre"); not feet,
# yards and metres, which are also a body part, a garden and a subway ("un pied", "in a yard", "un metro").
ARTICLE_MEASURES = {unit for unit in CONVERSIONS if unit not in ("ft", "yd", "m")}
# "half a mile", "een halve kilometer", "einen halben Meter", "un demi-kilomètre", "medio metro".
HALF_MEASURE = {"en": r"half an?|a half", "nl": r"(?:een )?halve", "de": r"(?:eine[mnr]?\s+)?halbe[mnrs]?",
                "fr": r"(?:une? )?demi-?", "es": r"medi[oa]", "it": r"mezz[oa]"}
# Century words after a Roman or ordinal number ("siglo XV", "XIVe siècle", "15th century").
CENTURY_WORDS = {"en": r"century", "nl": r"eeuw", "de": r"jahrhunderts?", "fr": r"si[eè]cles?",
                 "es": r"siglos?", "it": r"secol[oi]"}
# Spanish/Italian put the century word first ("siglo XV", "secolo XIV"); others after the number.
CENTURY_BEFORE = {"es", "it"}
CURRENCY_BEFORE = {"€": "EUR", "us\\$": "USD", "\\$": "USD", "£": "GBP", "eur": "EUR",
                   "usd": "USD", "gbp": "GBP", "chf": "CHF", "sfr\\.": "CHF", "fr\\.": "CHF"}
# Swiss and other grouping marks every language may meet: "12'400", "12’400", and a (thin)
# space in German and Dutch Swiss or typographic texts ("76 000").
APOSTROPHE_GROUPING = "'’"
# A price in francs and centimes written around the currency ("49 fr. 50"): the pattern reads
# the number, the abbreviation and the two-digit centimes as one amount.
FRANCS_AND_CENTIMES = r"(?P<units>\d{1,6})\s?(?:fr|frs|sfr)\.\s?(?P<cents>\d{2})(?!\d)"
# A time taken, as race results write it: hours, minutes and seconds ("2:06:31", Dutch and German
# "2:06.31"), never a time of day.
ELAPSED_TIME = r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d)[:.](?P<s>[0-5]\d)(?![\d:]|[.,]\d)"
# The same spelled out with its hour, minute and second words ("2 ore 19 minuti e 48 secondi",
# "2 Stunden, 6 Minuten und 31 Sekunden"); hours and minutes at least.
ELAPSED_WORDS: dict[str, tuple[str, str, str]] = {
    "en": (r"hours?|hrs?", r"minutes?|mins?", r"seconds?|secs?"),
    "nl": (r"uur", r"minuten|minuut|min", r"seconden|seconde|sec"),
    "de": (r"stunden?|std\.?", r"minuten|minute|min\.?", r"sekunden?|sek\.?"),
    "fr": (r"heures?", r"minutes?|min", r"secondes?|s"),
    "es": (r"horas?", r"minutos?|min", r"segundos?|s"),
    "it": (r"ore|ora", r"minut[oi]|min", r"second[oi]|s"),
}
# A score: "3:1", or "3-0" / "2–1" where the first figure is not smaller (a smaller one opens a
# range, "1-5"); one or two digits, then one digit.
SCORE = r"(?<![\d:.,-])(?P<home>\d{1,2})\s?(?P<mark>[:–-])\s?(?P<away>\d)(?![\d:.,])"


def quantity_follows(text: str, position: int, lang: str) -> bool:
    """Whether a unit or scale word of a quantity starts at `position` ("2000 people", "1990
    millones"): a four-digit number before one is a count, not a year."""
    return bool(_quantity_word(lang).match(text, position))


def counted_noun_follows(text: str, position: int, lang: str) -> bool:
    """Whether a noun that news counts (`COUNTED_NOUNS` of the time files: "cas", "Tote",
    "manifestantes") starts at `position`: "1800 pazienti" is a count, not the year 1800."""
    from .roles import fold  # lower case, accents off: the nouns are written folded

    pattern = _counted_noun(lang)
    return pattern is not None and pattern.match(fold(text[position:position + COUNTED_NOUN_REACH])) is not None


COUNTED_NOUN_REACH = 40  # characters after a figure that hold its noun


@lru_cache(maxsize=None)
def _counted_noun(lang: str) -> re.Pattern | None:
    from factcheck.claims import _time_rules as T

    nouns = T.COUNTED_NOUNS.get(lang)
    return re.compile(rf"\s+{nouns}(?!\w)") if nouns else None


@lru_cache(maxsize=None)
def _quantity_word(lang: str) -> re.Pattern:
    words = [*units_after(lang), *SCALES.get(lang, {})]
    return re.compile(r"\s*(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_to_int(numeral: str) -> int | None:
    """"XIV" -> 14; None for anything that is not a well-formed Roman numeral up to 399."""
    if not re.fullmatch(r"c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", numeral.lower()) or not numeral:
        return None
    values = [ROMAN[ch] for ch in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
