"""Per-language lexicons for `times.py`.

Only data lives here; `times.py` builds one set of regular expressions from these tables for
every language, so a language is added by adding its row, never by copying code. Entries are
regex fragments (matched case-insensitively, on word boundaries). Longer alternatives are
sorted first by the builder, so the order here does not matter.
"""

from __future__ import annotations

LANGS = ("en", "nl", "de", "fr", "es", "it")

# Month forms, index 0 = January. The first form of each month is the full name; only full
# names may stand alone ("in juli"), abbreviations only next to a day number ("2 okt.") because
# bare "mar", "ago", "set", "may" are ordinary words.
MONTHS: dict[str, list[list[str]]] = {
    "en": [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"],
           ["may"], ["june", "jun"], ["july", "jul"], ["august", "aug"],
           ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"],
           ["december", "dec"]],
    "nl": [["januari", "jan"], ["februari", "feb"], ["maart", "mrt", "mar"], ["april", "apr"],
           ["mei"], ["juni", "jun"], ["juli", "jul"], ["augustus", "aug"],
           ["september", "sept", "sep"], ["oktober", "okt"], ["november", "nov"],
           ["december", "dec"]],
    "de": [["januar", "jänner", "jan"], ["februar", "feb"], ["märz", "maerz", "mär", "mrz"],
           ["april", "apr"], ["mai"], ["juni", "jun"], ["juli", "jul"], ["august", "aug"],
           ["september", "sept", "sep"], ["oktober", "okt"], ["november", "nov"],
           ["dezember", "dez"]],
    "fr": [["janvier", "janv", "jan"], ["février", "fevrier", "févr", "fév", "fev"], ["mars"],
           ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"], ["août", "aout"],
           ["septembre", "sept", "sep"], ["octobre", "oct"], ["novembre", "nov"],
           ["décembre", "decembre", "déc", "dec"]],
    "es": [["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"],
           ["mayo", "may"], ["junio", "jun"], ["julio", "jul"], ["agosto", "ago"],
           ["septiembre", "setiembre", "sept", "sep"], ["octubre", "oct"],
           ["noviembre", "nov"], ["diciembre", "dic"]],
    "it": [["gennaio", "gen"], ["febbraio", "feb"], ["marzo", "mar"], ["aprile", "apr"],
           ["maggio", "mag"], ["giugno", "giu"], ["luglio", "lug"], ["agosto", "ago"],
           ["settembre", "sett", "set"], ["ottobre", "ott"], ["novembre", "nov"],
           ["dicembre", "dic"]],
}

# Month names that are also common words: accepted alone only when written with a capital
# ("May" vs "may", "March" vs "march").
CAPITALISED_ONLY_MONTHS = {"en": {"may", "march"}}

# Weekdays, index 0 = Monday. Full names only: abbreviations ("Di", "Mo", "we") are the
# classic dateparser false positives.
WEEKDAYS: dict[str, list[list[str]]] = {
    "en": [["monday"], ["tuesday"], ["wednesday"], ["thursday"], ["friday"], ["saturday"],
           ["sunday"]],
    "nl": [["maandag"], ["dinsdag"], ["woensdag"], ["donderdag"], ["vrijdag"], ["zaterdag"],
           ["zondag"]],
    "de": [["montag"], ["dienstag"], ["mittwoch"], ["donnerstag"], ["freitag"],
           ["samstag", "sonnabend"], ["sonntag"]],
    "fr": [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"],
           ["dimanche"]],
    "es": [["lunes"], ["martes"], ["miércoles", "miercoles"], ["jueves"], ["viernes"],
           ["sábado", "sabado"], ["domingo"]],
    "it": [["lunedì", "lunedi"], ["martedì", "martedi"], ["mercoledì", "mercoledi"],
           ["giovedì", "giovedi"], ["venerdì", "venerdi"], ["sabato"], ["domenica"]],
}

# Deictic day words -> offset in days from the publication date.
RELATIVE_DAYS: dict[str, dict[str, int]] = {
    "en": {"today": 0, "tonight": 0, "this morning": 0, "this evening": 0, "tomorrow": 1, "tmrw": 1,
           "yesterday": -1, "the day after (?:tomorrow|tmrw)": 2, "the day before yesterday": -2,
           "(?:the )?past day": -1},
    "nl": {"vandaag": 0, "vanavond": 0, "vanmorgen": 0, "vanochtend": 0, "vannacht": 0,
           "morgen": 1, "gisteren": -1, "gisteravond": -1, "eergisteren": -2,
           "overmorgen": 2, "(?:de )?afgelopen dag": -1},
    "de": {"heute": 0, "morgen": 1, "gestern": -1, "vorgestern": -2, "übermorgen": 2},
    "fr": {"aujourd['’]hui": 0, "ce soir": 0, "ce matin": 0, "demain": 1, "hier": -1,
           "avant[- ]hier": -2, "après[- ]demain": 2},
    "es": {"hoy": 0, "esta noche": 0, "esta mañana": 0, "mañana": 1, "ayer": -1,
           "anteayer": -2, "antier": -2, "antes de ayer": -2, "pasado mañana": 2,
           "(?:el )?día después de mañana": 2, "(?:el )?día antes de ayer": -2},
    "it": {"oggi": 0, "stasera": 0, "stamattina": 0, "stamani": 0, "domani": 1, "ieri": -1,
           "l['’]altro ieri": -2, "avantieri": -2, "dopodomani": 2},
}

# Words after which a day word means a part of day, not a day ("de morgen" = the morning,
# "am Morgen", "la mañana"): the match is dropped.
NOT_A_DAY_AFTER: dict[str, str] = {
    "nl": r"(?:'s|’s|de|deze|elke|iedere|goede|die|een|zondag|maandag|dinsdag|woensdag"
          r"|donderdag|vrijdag|zaterdag)\s+$",
    "de": r"(?:am|heute|gestern|jeden|guten|den|diesen|der|dem|einen|früh|frühen)\s+$",
    "es": r"(?:la|cada|una|toda)\s+$",
}

# Calendar units: (singular forms, plural forms). Relative periods ("volgende week") take only
# singular forms, so "de laatste jaren" (recent years) is not read as "last year".
UNITS: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "en": {"day": (["day"], ["days"]),
           "workday": (["business day", "working day", "workday"], ["business days", "working days", "workdays"]), "week": (["week", "fortnight"], ["weeks"]),
           "month": (["month"], ["months"]), "year": (["year"], ["years"])},
    "nl": {"day": (["dag"], ["dagen"]), "workday": (["werkdag"], ["werkdagen"]), "week": (["week"], ["weken"]),
           "month": (["maand"], ["maanden"]), "year": (["jaar"], ["jaren"])},
    "de": {"day": (["tag", "tages"], ["tage", "tagen"]),
           "workday": (["werktag", "arbeitstag"], ["werktage", "werktagen", "arbeitstage", "arbeitstagen"]), "week": (["woche"], ["wochen"]),
           "month": (["monat", "monats"], ["monate", "monaten"]),
           "year": (["jahr", "jahres", "jahrs"], ["jahre", "jahren"])},
    "fr": {"day": (["jour"], ["jours"]),
           "workday": (["jour ouvré", "jour ouvrable"], ["jours ouvrés", "jours ouvrables"]), "week": (["semaine"], ["semaines"]),
           "month": (["mois"], ["mois"]), "year": (["année", "annee", "an"], ["années", "ans"])},
    "es": {"day": (["día", "dia"], ["días", "dias"]),
           "workday": (["día hábil", "día laborable"], ["días hábiles", "días laborables"]), "week": (["semana"], ["semanas"]),
           "month": (["mes"], ["meses"]), "year": (["año", "ano"], ["años", "anos"])},
    "it": {"day": (["giorno"], ["giorni"]),
           "workday": (["giorno lavorativo"], ["giorni lavorativi"]), "week": (["settimana"], ["settimane"]),
           "month": (["mese"], ["mesi"]), "year": (["anno"], ["anni"])},
}

# Shift words that mean "the first one after publication" for weekdays ("aanstaande vrijdag",
# "vendredi prochain", and in news English "next Friday": translators render it "el próximo
# viernes"); "next week Friday" ("volgende week vrijdag") is the weekday in next week.
UPCOMING_WORDS: dict[str, str] = {
    "en": r"(?:the\s+)?(?:coming|next)", "nl": r"(?:de\s+)?(?:aanstaande|aankomende|komende)",
    "de": r"(?:kommende[nrsm]?|nächste[nrsm]?)",
    "fr": r"(?:prochaine?|le\s+prochain|la\s+prochaine)",
    "es": r"(?:el\s+|la\s+)?(?:próxim[oa]|que\s+viene|siguiente)",
    "it": r"(?:il\s+|la\s+)?(?:prossim[oa])",
}

# Vague quantities in durations ("a few days ago"); 3 follows Recognizers-Text.
VAGUE_COUNTS: dict[str, dict[str, int]] = {
    "en": {"a": 1, "an": 1, "one": 1, "a few": 3, "few": 3, "a couple of": 2, "several": 3},
    "nl": {"een": 1, "één": 1, "enkele": 3, "een paar": 3, "een aantal": 3},
    "de": {"ein": 1, "einem": 1, "einer": 1, "eine": 1, "einigen": 3, "ein paar": 3},
    "fr": {"un": 1, "une": 1, "quelques": 3},
    "es": {"un": 1, "una": 1, "unos": 3, "unas": 3, "algunos": 3, "algunas": 3},
    "it": {"un": 1, "una": 1, "uno": 1, "alcuni": 3, "alcune": 3, "qualche": 3},
}

# Duration templates: {N} {U} = one or more "count unit" pairs ("1 maand en 21 dagen"),
# {D} = a deictic day word or "now" ("twee dagen vanaf morgen"). Sign -1 = in the past.
# "{N} years later" / "10 ans plus tard" / "zwei Jahre später" are left out: they count from an
# event of the story ("in 1870 … St. Martin's a decade later"), not from the publication date.
DURATION_TEMPLATES: dict[str, list[tuple[str, int]]] = {
    "en": [("{N} {U} ago", -1), ("in {N} {U}", 1), ("{N} {U} from now", 1),
           ("within {N} {U}", 1), ("{N} {U} (?:from|after) {D}", 1),
           ("{N} {U} before {D}", -1)],
    "nl": [("{N} {U} geleden", -1), ("over {N} {U}", 1),
           ("binnen {N} {U}", 1), ("{N} {U} (?:gerekend )?(?:vanaf|na) {D}", 1),
           ("{N} {U} voor {D}", -1)],
    "de": [("vor {N} {U}", -1), ("in {N} {U}", 1),
           ("binnen {N} {U}", 1), ("{N} {U} (?:nach|ab) {D}", 1), ("{N} {U} vor {D}", -1)],
    "fr": [("il y a {N} {U}", -1), ("dans {N} {U}", 1),
           ("{N} {U} après {D}", 1), ("{N} {U} avant {D}", -1)],
    "es": [("hace {N} {U}", -1), ("dentro de {N} {U}", 1), ("en {N} {U}", 1),
           ("{N} {U} (?:después|a partir) de {D}", 1),
           ("{N} {U} antes de {D}", -1)],
    "it": [("{N} {U} fa", -1), ("tra {N} {U}", 1), ("fra {N} {U}", 1), ("{N} {U} dopo {D}", 1), ("{N} {U} prima di {D}", -1)],
}
# "more than 2 weeks ago": the qualifier is kept in the span, the day is the bound.
DURATION_QUALIFIERS: dict[str, str] = {
    "en": "(?:more than|over|almost|nearly|about|some)", "nl": "(?:meer dan|ruim|bijna|ongeveer|zo'n)",
    "de": "(?:mehr als|über|fast|etwa|rund)", "fr": "(?:plus de|près de|environ|presque)",
    "es": "(?:más de|casi|unos|unas|cerca de)", "it": "(?:più di|quasi|circa|oltre)",
}
NOW_WORDS: dict[str, str] = {
    "en": "now", "nl": "nu", "de": "jetzt", "fr": "maintenant", "es": "ahora", "it": "(?:adesso|ora)",
}
# Conjunctions between the parts of a compound duration.
AND_WORDS: dict[str, str] = {
    "en": "and", "nl": "en", "de": "und", "fr": "et", "es": "y", "it": "e",
}

# Relative shifts ("next", "last", "this") with their offset. `pre` words stand before the
# unit/weekday/month, `post` words after it ("la semaine prochaine", "el año pasado").
SHIFT_PRE: dict[str, dict[str, int]] = {
    "en": {"next": 1, "coming": 1, "upcoming": 1, "following": 1, "last": -1, "past": -1, "previous": -1,
           "this": 0, "the current": 0, "the next": 1, "the last": -1, "the past": -1,
           "the previous": -1, "the coming": 1, "the following": 1},
    "nl": {"volgende": 1, "volgend": 1, "komende": 1, "aankomende": 1, "aanstaande": 1,
           "vorige": -1, "vorig": -1, "afgelopen": -1, "laatste": -1, "voorgaande": -1,
           "verleden": -1, "deze": 0, "dit": 0, "de volgende": 1, "het volgende": 1,
           "de vorige": -1, "het vorige": -1, "de afgelopen": -1, "het afgelopen": -1,
           "de komende": 1, "het komende": 1, "de laatste": -1, "het laatste": -1,
           "de aankomende": 1, "het aankomende": 1},
    "de": {"nächste[nrsm]?": 1, "kommende[nrsm]?": 1, "folgende[nrsm]?": 1,
           "letzte[nrsm]?": -1, "vergangene[nrsm]?": -1, "vorige[nrsm]?": -1,
           "diese[nrsm]?": 0, "de[nrms] nächsten": 1, "de[nrms] kommenden": 1,
           "de[nrms] letzten": -1, "de[nrms] vergangenen": -1, "de[nrms] vorigen": -1,
           "übernächste[nrsm]?": 2, "de[nrms] übernächsten": 2},
    "fr": {"ce": 0, "cet": 0, "cette": 0, "le prochain": 1, "la prochaine": 1,
           "prochain": 1, "prochaine": 1, "le dernier": -1, "la dernière": -1},
    "es": {"este": 0, "esta": 0, "el próximo": 1, "la próxima": 1, "próximo": 1,
           "próxima": 1, "el pasado": -1, "la pasada": -1, "pasado": -1, "pasada": -1, "el último": -1,
           "la última": -1, "el siguiente": 1, "la siguiente": 1},
    "it": {"questo": 0, "questa": 0, "quest['’]": 0, "il prossimo": 1, "la prossima": 1,
           "prossimo": 1, "prossima": 1, "lo scorso": -1, "la scorsa": -1, "scorso": -1,
           "scorsa": -1, "l['’]ultimo": -1, "l['’]ultima": -1},
}
SHIFT_POST: dict[str, dict[str, int]] = {
    "en": {},
    "nl": {},
    "de": {},
    "fr": {"prochaine?": 1, "suivante?": 1, "derni(?:er|ère)": -1, "passée?": -1,
           "précédente?": -1, "-ci": 0, "en cours": 0},
    "es": {"próxim[oa]": 1, "que viene": 1, "siguiente": 1, "pasad[oa]": -1,
           "anterior": -1, "en curso": 0},
    "it": {"prossim[oa]": 1, "successiv[oa]": 1, "scors[oa]": -1, "passat[oa]": -1,
           "precedente": -1, "in corso": 0},
}
# Articles that may open a shifted period ("le mois prochain", "el año pasado", "l'anno").
PERIOD_ARTICLES: dict[str, str] = {
    "en": r"(?:the\s+)?", "nl": "", "de": "", "fr": r"(?:(?:le|la|les)\s+|l['’])?",
    "es": r"(?:(?:el|la|los|las)\s+)?", "it": r"(?:(?:il|la|lo|le|i)\s+|l['’])?",
}

# Position in a period: end / begin / middle. Each entry is a regex fragment that is followed
# by a period target (a year, month name, or a relative year/month/week); fillers such as
# "of the" are part of the fragment.
POSITION_WORDS: dict[str, dict[str, list[str]]] = {
    "en": {"end": [r"(?:at\s+|by\s+|until\s+)?(?:the\s+)?end\s+of(?:\s+the)?", "late"],
           "begin": [r"(?:at\s+)?(?:the\s+)?(?:beginning|start)\s+of(?:\s+the)?", "early"],
           "mid": [r"(?:the\s+)?middle\s+of(?:\s+the)?", "mid-?"]},
    "nl": {"end": [r"(?:aan\s+het\s+|tegen\s+het\s+)?einde?(?:\s+van)?(?:\s+(?:het|de))?"],
           "begin": [r"(?:aan\s+het\s+)?begin(?:\s+van)?(?:\s+(?:het|de))?"],
           "mid": [r"medio", r"halverwege(?:\s+(?:het|de))?", r"midden(?:\s+van)?"]},
    "de": {"end": [r"(?:bis\s+|zum\s+|am\s+)?ende(?:\s+(?:des|der|dieses))?"],
           "begin": [r"(?:zu\s+)?(?:anfang|beginn)(?:\s+(?:des|der|dieses))?"],
           "mid": [r"mitte(?:\s+(?:des|der|dieses))?"]},
    "fr": {"end": [r"(?:à\s+la\s+|d['’]ici\s+la\s+)?fin(?:\s+de(?:\s+la|\s+le)?|\s+du|\s+d['’]|\s+de\s+l['’])?"],
           "begin": [r"(?:au\s+)?début(?:\s+de(?:\s+la|\s+le)?|\s+du|\s+d['’]|\s+de\s+l['’])?"],
           "mid": [r"(?:au\s+)?milieu(?:\s+de(?:\s+la|\s+le)?|\s+du|\s+d['’]|\s+de\s+l['’])?",
                   "mi-"]},
    "es": {"end": [r"(?:a\s+|para\s+|hasta\s+)?(?:finales|fines|final)\s+de(?:l|\s+la)?",
                   r"(?:a\s+|para\s+)?fin\s+de(?:l|\s+la)?"],
           "begin": [r"(?:a\s+)?(?:principios|comienzos|inicios)\s+de(?:l|\s+la)?"],
           "mid": [r"(?:a\s+)?mediados\s+de(?:l|\s+la)?"]},
    "it": {"end": [r"(?:alla\s+|entro\s+la\s+)?fine\s+(?:dell['’]|del|della|di)?"],
           "begin": [r"(?:all['’])?inizio\s+(?:dell['’]|del|della|di)?"],
           "mid": [r"(?:a\s+)?metà\s+(?:dell['’]|del|della|di)?"]},
}

# Compound end/begin words that carry their own unit ("year-end", "Jahresende"): the shift
# is "this" unless a year/shift follows.
POSITION_COMPOUNDS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {r"(?:at\s+|by\s+)?(?:the\s+)?year['’]s\s+end": ("end", "year"),
           r"(?:at\s+|by\s+)?(?:the\s+)?year[- ]end": ("end", "year"),
           r"(?:at\s+|by\s+)?(?:the\s+)?month['’]s\s+end": ("end", "month"),
           r"(?:at\s+|by\s+)?(?:the\s+)?month[- ]end": ("end", "month"),
           r"mid-?year": ("mid", "year")},
    "nl": {r"(?:het\s+)?jaareinde": ("end", "year"), r"eind\s+van\s+het\s+jaar": ("end", "year"),
           r"(?:het\s+)?jaarbegin": ("begin", "year")},
    "de": {r"(?:zum\s+|bis\s+zum\s+|am\s+)?jahresende": ("end", "year"),
           r"(?:zum\s+|bis\s+zum\s+|am\s+)?monatsende": ("end", "month"),
           r"(?:zu\s+)?jahres(?:anfang|beginn)": ("begin", "year"),
           r"(?:zu\s+)?monats(?:anfang|beginn)": ("begin", "month"),
           r"jahresmitte": ("mid", "year")},
    "fr": {r"(?:en\s+)?fin\s+d['’]année": ("end", "year"),
           r"(?:en\s+)?début\s+d['’]année": ("begin", "year"),
           r"(?:en\s+)?fin\s+de\s+mois": ("end", "month")},
    "es": {r"(?:a\s+)?fin\s+de\s+año": ("end", "year"),
           r"(?:a\s+)?(?:finales|fines)\s+de\s+año": ("end", "year"),
           r"(?:a\s+)?principios\s+de\s+año": ("begin", "year"),
           r"(?:a\s+)?fin\s+de\s+mes": ("end", "month")},
    "it": {r"(?:a\s+)?fine\s+anno": ("end", "year"), r"(?:a\s+)?fine\s+mese": ("end", "month"),
           r"(?:a\s+)?inizio\s+anno": ("begin", "year")},
}

# Early/late inside the current period ("earlier this year", "later deze maand").
EARLIER_LATER: dict[str, dict[str, str]] = {
    "en": {"earlier": "earlier", "later": "later"},
    "nl": {"eerder": "earlier", "later": "later"},
    "de": {"früher": "earlier", "später": "later"},
    "fr": {"plus tôt": "earlier", "plus tard": "later"},
    "es": {"antes": "earlier", "más tarde": "later"},
    "it": {"prima": "earlier", "più tardi": "later"},
}

# Words between a day number and a month name ("1st of May", "5 de mayo", "2 van juni").
DAY_MONTH_JOINERS: dict[str, str] = {
    "en": r"(?:\s+of)?", "nl": r"(?:\s+van)?", "de": "", "fr": r"(?:\s+de|\s+d['’])?", "es": r"(?:\s+de)?",
    "it": r"(?:\s+di)?",
}
# Words between month and year ("5 de mayo de 2016", "maggio del 2016").
MONTH_YEAR_JOINERS: dict[str, str] = {
    "en": r"(?:\s+of)?", "nl": "", "de": "", "fr": "", "es": r"(?:\s+del?)?",
    "it": r"(?:\s+del)?",
}
# Articles before a day number ("the 15th", "de 15e", "le 1er", "el 5", "il 5", "am 5.").
DAY_ARTICLES: dict[str, str] = {
    "en": r"(?:the\s+)?", "nl": r"(?:de\s+)?", "de": r"(?:(?:am|dem|den|der|vom|zum|bis\s+zum)\s+)?",
    "fr": r"(?:le\s+)?", "es": r"(?:el\s+)?", "it": r"(?:il\s+|l['’])?",
}
# Ordinal suffixes after day digits ("15th", "15e", "15.", "1er", "1º").
DAY_SUFFIXES: dict[str, str] = {
    "en": r"(?:st|nd|rd|th|\.)?", "nl": r"(?:e|ste|de|ste)?", "de": r"\.?",
    "fr": r"(?:er|re|e|ème)?", "es": r"(?:º|°|o|ro|do|to|vo|no|mo)?", "it": r"(?:º|°)?",
}

# A year standing alone counts as a time expression only after one of these words
# (otherwise "2000 people" would be a year).
YEAR_INTRODUCERS: dict[str, str] = {
    "en": r"(?:in|since|until|by|from|of|year|the\s+year|before|after|during|early|late|mid)",
    "nl": r"(?:in|sinds|tot|vanaf|van|jaar|het\s+jaar|voor|na|tijdens|medio|begin|eind|najaar|voorjaar|zomer|winter)",
    "de": r"(?:im\s+jahre?|in|seit|bis|ab|von|jahr|vor|nach|während|anfang|ende|mitte)",
    "fr": r"(?:en|depuis|jusqu['’]en|dès|année|l['’]année|avant|après|de|fin|début|mi-?)",
    "es": r"(?:en|desde|hasta|año|el\s+año|antes\s+de|después\s+de|de|del|durante)",
    "it": r"(?:nel|dal|fino\s+al|entro\s+il|anno|l['’]anno|prima\s+del|dopo\s+il|del|di|durante|in)",
}

# ---------------------------------------------------------------------------------------------
# Numbers written in words

# Word starts of cardinal/ordinal number words (accent-folded, lowercase). A number-word slot
# only tries words that begin with one of these, which keeps the word slots cheap to scan and
# keeps ordinary words ("van", "people") out of them; text2num then reads the words.
NUMBER_STEMS: dict[str, str] = {
    "en": r"(?:one|two|thr|thi|fou|fiv|fif|six|sev|eig|nin|ten|ele|twe|fir|sec|zero|hundred|thousand)",
    "nl": r"(?:een|eer|twe|dri|der|vie|vee|vij|zes|zev|ach|neg|tie|elf|twa|hon|dui|nul)",
    "de": r"(?:ein|ers|zwe|zwa|dre|dri|vie|fun|sec|sie|ach|neu|zeh|elf|zwo|hun|tau|nul)",
    "fr": r"(?:un|premi|deu|sec|tro|qua|cin|six|sep|hui|neu|dix|onz|dou|tre|sei|vin|cen|mil)",
    "es": r"(?:un|prim|dos|seg|tre|ter|cua|cin|qui|sei|sex|sie|sep|set|och|oct|nue|nov|die|dec|onc"
          r"|doc|cat|vei|vig|cie|mil)",
    "it": r"(?:un|prim|due|sec|tre|ter|qua|cin|sei|ses|set|ott|nov|non|die|dec|und|dod|tred|sed"
          r"|ven|tren|cen|mil)",
}
# Tens that combine with a following unit or ordinal as a separate word ("twenty one",
# "vingt et un", "treinta y uno", "vigésimo segundo"); Dutch and German write these as one word.
DAY_TENS: dict[str, str] = {
    "en": r"(?:twenty|thirty)", "nl": r"(?!x)x", "de": r"(?!x)x", "fr": r"(?:vingt|trente)",
    "es": r"(?:veinte|treinta|vigesimo|trigesimo)", "it": r"(?:venti|trenta|ventesimo|trentesimo)",
}
# Ordinals that text2num refuses because they are also words for "a second" (time unit);
# next to a month name they can only be the day.
IRREGULAR_ORDINALS: dict[str, dict[str, int]] = {
    "fr": {"second": 2, "seconde": 2}, "es": {"segundo": 2, "segunda": 2},
}
# Ordinal endings that are always accented; restored when a text was typed without accents
# ("deuxieme" -> "deuxième", "vigesimo" -> "vigésimo") so text2num can read it.
ACCENTED_ENDINGS: dict[str, list[tuple[str, str]]] = {
    "fr": [(r"ieme\b", "ième")], "es": [(r"esim([oa])\b", r"ésim\1")],
}
# The noun "year" before a year number ("year 247", "het jaar 1789", "el año 247").
YEAR_NOUNS: dict[str, str] = {
    "en": r"(?:the\s+)?year", "nl": r"(?:het\s+)?jaar", "de": r"(?:im\s+)?jahre?",
    "fr": r"(?:l['’])?an(?:née)?", "es": r"(?:el\s+)?año", "it": r"(?:l['’])?anno",
}

# ---------------------------------------------------------------------------------------------
# More relative expressions

# "the month after next", "het jaar na het volgende", "el mes tras el próximo": two periods on.
# {U} is a singular unit; German uses "übernächste" (SHIFT_PRE).
AFTER_NEXT: dict[str, str] = {
    "en": r"(?:the\s+)?{U}\s+after\s+(?:the\s+)?next",
    "nl": r"(?:de\s+|het\s+)?{U}\s+na\s+(?:de|het)\s+volgende",
    "de": r"(?!x)x",
    "fr": r"(?!x)x",
    "es": r"(?:el\s+|la\s+)?{U}\s+(?:tras|despu[eé]s\s+del?)\s+(?:el\s+|la\s+)?pr[oó]xim[oa]",
    "it": r"(?:il\s+|la\s+|l['’])?{U}\s+dopo\s+(?:il|la)\s+prossim[oa]",
}
# "rest of the year", "resto del mes", "lo que queda del año": the current period from
# publication on (the value is the period itself).
REST_OF: dict[str, str] = {
    "en": r"(?:the\s+)?rest\s+of\s+(?:the|this)", "nl": r"(?:de\s+)?rest\s+van\s+(?:het|de|deze|dit)",
    "de": r"(?:den\s+|der\s+)?rest\s+(?:des|der|dieses|dieser)",
    "fr": r"(?:le\s+)?reste\s+(?:de\s+la|de\s+l['’]|du|de\s+cette|de\s+ce|de\s+cet)",
    "es": r"(?:(?:el\s+)?resto|lo\s+que\s+queda)\s+(?:del|de\s+la|de\s+este|de\s+esta)",
    "it": r"(?:il\s+)?resto\s+(?:del|della|dell['’]|di\s+questo|di\s+questa)",
}
# "the week of 16 September", "de week die op 4 februari begint", "de maand van 16 september":
# the week (Monday-Sunday) or month containing the date written at {DATE}.
PERIOD_OF_DATE: dict[str, dict[str, list[str]]] = {
    "en": {"week": [r"(?:the\s+)?week\s+(?:of|commencing|starting|beginning)(?:\s+on)?\s*{DATE}", r"w/c\s*{DATE}"],
           "month": [r"(?:the\s+)?month\s+of\s*{DATE}"]},
    "nl": {"week": [r"(?:de\s+)?week\s+van\s*{DATE}",
                    r"(?:de\s+)?week\s+die(?:\s+op)?\s*{DATE}\s+(?:aanvangt|start|begint)"],
           "month": [r"(?:de\s+)?maand\s+van\s*{DATE}"]},
    "de": {"week": [r"(?:die\s+)?woche\s+(?:vom|des|ab)\s*{DATE}"], "month": []},
    "fr": {"week": [r"(?:la\s+)?semaine\s+(?:du|de)\s*{DATE}"], "month": [r"(?:le\s+)?mois\s+(?:du|de)\s*{DATE}"]},
    "es": {"week": [r"(?:la\s+)?semana\s+(?:del|de)\s*{DATE}"], "month": [r"(?:el\s+)?mes\s+(?:del|de)\s*{DATE}"]},
    "it": {"week": [r"(?:la\s+)?settimana\s+(?:del|di)\s*{DATE}"], "month": [r"(?:il\s+)?mese\s+(?:del|di)\s*{DATE}"]},
}
# Anaphoric days: the day after / before the day the text last mentioned ("He was arrested on
# Friday and charged the next day"). Without an earlier day in the same text they fall back to
# the publication date (see times.py). "el próximo día 15" is a date, hence the (?!\s*\d).
ANAPHORIC_DAYS: dict[str, dict[str, int]] = {
    "en": {r"(?:the\s+)?next\s+day": 1, r"the\s+following\s+day": 1, r"the\s+previous\s+day": -1},
    "nl": {r"(?:de\s+)?volgende\s+dag": 1, r"de\s+dag\s+(?:erna|daarna|daarop)": 1,
           r"de\s+dag\s+ervoor": -1},
    "de": {r"(?:am\s+)?(?:nächsten|folgenden)\s+tag": 1, r"tags\s+darauf": 1, r"am\s+vortag": -1},
    "fr": {r"(?:le\s+)?lendemain": 1, r"le\s+jour\s+suivant": 1},
    "es": {r"(?:el\s+|al\s+)?d[ií]a\s+siguiente": 1, r"(?:el\s+)?pr[oó]ximo\s+d[ií]a(?!\s*\d)": 1,
           r"(?:el\s+)?d[ií]a\s+anterior": -1},
    "it": {r"(?:il\s+)?giorno\s+(?:dopo|seguente|successivo)": 1, r"l['’]indomani": 1,
           r"(?:il\s+)?giorno\s+(?:prima|precedente)": -1},
}
# Plural endings of weekday names, for counts of weekdays ("two Sundays from now",
# "twee zondagen later").
WEEKDAY_PLURAL: dict[str, str] = {"en": "s", "nl": "en", "de": "e", "fr": "s", "es": "", "it": ""}
