"""Hand-checked quantities in all six languages."""

import pytest

from factcheck.claims.numbers import extract_numbers, quantity_relation
from factcheck.model import Quantity


def only(text: str, lang: str) -> Quantity:
    found = extract_numbers(text, lang)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start:q.end] == q.text
    return q


@pytest.mark.parametrize("text,lang,value,unit", [
    ("Er kwamen 272.000 bezoekers.", "nl", 272000, None),
    ("Es kamen 272.000 Besucher.", "de", 272000, None),
    ("Il y a eu 272 000 visiteurs.", "fr", 272000, None),
    ("Vinieron 272.000 visitantes.", "es", 272000, None),
    ("Sono venuti 272.000 visitatori.", "it", 272000, None),
    ("Some 28,000 visitors came.", "en", 28000, None),
    ("De groei was 3,5 procent.", "nl", 3.5, "%"),
    ("Das Wachstum lag bei 3,5 Prozent.", "de", 3.5, "%"),
    ("La croissance était de 3,5 pour cent.", "fr", 3.5, "%"),
    ("El crecimiento fue del 3,5 por ciento.", "es", 3.5, "%"),
    ("La crescita è stata del 3,5 per cento.", "it", 3.5, "%"),
    ("Growth was 3.5%.", "en", 3.5, "%"),
    ("Het kost twee miljoen euro.", "nl", 2_000_000, "EUR"),
    ("Het kost 1,5 miljoen euro.", "nl", 1_500_000, "EUR"),
    ("It costs two million dollars.", "en", 2_000_000, "USD"),
    ("It costs $2 billion.", "en", 2e9, "USD"),
    ("Es kostet eine Million Euro.", "de", 1_000_000, "EUR"),
    ("Cela coûte deux millions d'euros.", "fr", 2_000_000, "EUR"),
    ("Cuesta dos millones de euros.", "es", 2_000_000, "EUR"),
    ("Costa due milioni di euro.", "it", 2_000_000, "EUR"),
    ("Er waren drie klanten.", "nl", 3, None),
    ("Er waren drieëntwintig klanten.", "nl", 23, None),
    ("Es kostet € 5,50.", "de", 5.5, "EUR"),
    ("Een orkaan binnen 61 mijl van de grens.", "nl", 61, "mi"),
    ("He was about 30 yards from goal.", "en", 30, "yd"),
    ("Het dodental is opgelopen tot 2349.", "nl", 2349, None),  # no year beyond 2199 after a preposition
])
def test_values(text, lang, value, unit):
    q = only(text, lang)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text,lang,approx,low,high", [
    ("more than 28,000 people", "en", "more_than", 28000, None),
    ("ruim 200 bedrijven", "nl", "more_than", 200, None),
    ("bijna 300 klanten", "nl", "about", 270, 300),
    ("about 30 firms", "en", "about", 27, 33),
    ("etwa 30 Firmen", "de", "about", 27, 33),
    ("environ 30 entreprises", "fr", "about", 27, 33),
    ("unos 30 empresas", "es", "about", 27, 33),
    ("circa 30 aziende", "it", "about", 27, 33),
    ("at least 5 dead", "en", "at_least", 5, None),
    ("between 10 and 20 percent", "en", "range", 10, 20),
    ("tussen 10 en 20 procent", "nl", "range", 10, 20),
    ("entre 10 y 20", "es", "range", 10, 20),
    ("pas moins de 20 % de l'eau", "fr", "at_least", 20, None),  # a negated bound is the other bound
    ("no less than 20 percent", "en", "at_least", 20, None),
    ("nicht mehr als 30 Personen", "de", "at_most", None, 30),
    ("más del 16 % de la población", "es", "more_than", 16, None),  # "del" = "de" + "el"
    # a bound before an approximation word keeps the bound
    ("hasta casi dos centímetros de agua", "es", "at_most", None, 2),
    ("up to almost 2 centimetres", "en", "at_most", None, 2),
    ("bis zu fast 2 Zentimeter", "de", "at_most", None, 2),
    ("jusqu'à près de 2 cm", "fr", "at_most", None, 2),
    ("fino a quasi 2 cm", "it", "at_most", None, 2),
    ("casi dos centímetros de agua", "es", "about", 1.8, 2),
])
def test_approximations_and_ranges(text, lang, approx, low, high):
    q = only(text, lang)
    assert (q.approx, q.low, q.high) == (approx, pytest.approx(low) if low else low, pytest.approx(high) if high else high)


def test_date_parts_and_years_are_left_to_times():
    assert extract_numbers("op 30 december 2015 stopt het", "nl") == []
    assert extract_numbers("On December 30, the company said", "en") == []
    assert extract_numbers("in 2015 groeide het", "nl") == []
    assert extract_numbers("drie weken geleden", "nl") == []
    assert extract_numbers("le 1er janvier", "fr") == []


@pytest.mark.parametrize("text, lang", [
    ("Nel periodo 2010-2015 ci sono stati 55 casi.", "it"),
    ("En 2010-2015 hubo 55 casos.", "es"),
    ("En la temporada 2017-18 hubo 55 partidos.", "es"),
    ("In der Saison 2017/2018 gab es 55 Spiele.", "de"),
])
def test_a_span_of_years_is_no_range_of_counts(text, lang):
    assert [q.value for q in extract_numbers(text, lang)] == [55]


def test_figures_joined_by_a_dash_are_still_a_range():
    assert [(q.low, q.high) for q in extract_numbers("Es kostet 2000-3000 Euro.", "de")] == [(2000, 3000)]
    assert [(q.low, q.high) for q in extract_numbers("Es kostet 2000-2020 Euro.", "de")] == [(2000, 2020)]
    assert [(q.low, q.high) for q in extract_numbers("It costs $2000-2020.", "en")] == [(2000, 2020)]


def test_explicit_exclude_spans():
    text = "Het kost 30 euro."
    assert extract_numbers(text, "nl", exclude=[(9, 11)]) == []


def test_articles_are_not_numbers():
    assert extract_numbers("Een bedrijf zei dat het zo was.", "nl") == []
    assert extract_numbers("One of them said it.", "en") == []


@pytest.mark.parametrize("text, lang, found", [
    ("qui a fait au moins un mort", "fr", [(1.0, "at_least")]),
    ("Unter den Überlebenden ist mindestens ein deutscher Jugendlicher", "de", [(1.0, "at_least")]),
    ("at least one person died", "en", [(1.0, "at_least")]),
    ("almeno uno dei feriti", "it", [(1.0, "at_least")]),
    ("minstens één dode", "nl", [(1.0, "at_least")]),
    ("un mort et deux blessés", "fr", [(2.0, "exact")]),  # without a bound, an article
    ("It lasted more than a year", "en", []),  # English "a" stays an article after a bound
    ("más de unos días", "es", []),  # Spanish "unos": some
])
def test_one_after_a_lower_bound_is_a_figure(text, lang, found):
    assert [(q.value, q.approx) for q in extract_numbers(text, lang)] == found


def q(value, approx="exact", low=None, high=None, unit=None):
    return Quantity(str(value), 0, 1, value, unit, approx, low, high)


def test_relations():
    assert quantity_relation(q(28000), q(28000)) == "equal"
    assert quantity_relation(q(300, "about", 270, 300), q(297)) == "compatible"  # nearly 300
    assert quantity_relation(q(30, "about", 27, 33), q(30)) == "compatible"
    assert quantity_relation(q(28000, "more_than", 28000), q(24000)) == "conflict"
    assert quantity_relation(q(28000, "more_than", 28000), q(30000)) == "compatible"
    assert quantity_relation(q(28000), q(27800)) == "compatible"  # rounding of a round figure
    assert quantity_relation(q(297), q(310)) == "conflict"
    assert quantity_relation(q(5, unit="%"), q(5, unit="EUR")) == "incomparable"
    assert quantity_relation(q(5, unit="EUR"), q(5, unit="USD")) == "incomparable"
    assert quantity_relation(q(5, unit="EUR"), q(5)) == "equal"


@pytest.mark.parametrize("text,lang,value,unit", [
    ("The storm reached 85 mph.", "en", 85, "mph"),
    ("De storm bereikte 140 km/h.", "nl", 140, "km/h"),
    ("Het begint om 15.00 uur.", "nl", 900, "clock"),
    ("It starts at 3 p.m.", "en", 900, "clock"),
    ("La historia data del siglo XV.", "es", 15, "century"),
    ("Le style a connu son apogée au XIVe siècle.", "fr", 14, "century"),
    ("Er kamen 300 000 personas.", "es", 300000, "people"),
    ("Es fehlten 503 Millionen US-Dollar.", "de", 503e6, "USD"),
    # the currency's country between the figure and the currency word (nl, de, en write it first)
    ("Ze verkochten de winkels voor 125 miljoen Britse pond.", "nl", 125e6, "GBP"),
    ("Der Markt ist 3,4 Milliarden britische Pfund wert.", "de", 3.4e9, "GBP"),
    ("Sie zahlten 12 Millionen kanadischen Dollar.", "de", 12e6, "USD"),
    ("The firm raised 40 million Australian dollars.", "en", 40e6, "USD"),
    ("Het kostte 7 miljoen Amerikaanse dollar.", "nl", 7e6, "USD"),
    # areas: symbols in every language, words per language
    ("The blaze burned 85 square kilometres of forest.", "en", 85, "km²"),
    ("The estate spans 340 acres.", "en", 340, "acre"),
    ("The lake covers 12 sq mi.", "en", 12, "mi²"),
    ("Het natuurgebied is 45 vierkante kilometer groot.", "nl", 45, "km²"),
    ("Er ging 2.300 hectare landbouwgrond verloren.", "nl", 2300, "ha"),
    ("Der Park umfasst 45 Quadratkilometer.", "de", 45, "km²"),
    ("Das Hochwasser überflutete 2.300 Hektar Ackerland.", "de", 2300, "ha"),
    ("Die Wohnung misst 72 qm.", "de", 72, "m²"),
    ("L'incendie a ravagé 2 300 hectares de garrigue.", "fr", 2300, "ha"),
    ("Le terrain fait 640 mètres carrés.", "fr", 640, "m²"),
    ("La reserva ocupa 45 kilómetros cuadrados.", "es", 45, "km²"),
    ("Se quemaron 2.300 hectáreas de pinar.", "es", 2300, "ha"),
    ("Il parco si estende su 45 chilometri quadrati.", "it", 45, "km²"),
    ("Sono andati in fumo 2.300 ettari di bosco.", "it", 2300, "ha"),
    ("The plot is 640 m².", "en", 640, "m²"),
])
def test_units_clock_times_and_centuries(text, lang, value, unit):
    q = only(text, lang)
    assert (q.value, q.unit) == (value, unit)


def test_dutch_tot_is_no_upper_bound():
    assert only("Het aantal steeg tot 832.", "nl").approx == "exact"


@pytest.mark.parametrize("text, lang, value, unit", [
    ("sold for £125m three years ago", "en", 125e6, "GBP"),  # "m" after a currency is million
    ("a $26.7bn deal", "en", 26.7e9, "USD"),
    ("a wall 5m high", "en", 5.0, "m"),  # without a currency it is metres
])
def test_currency_letters_scale_the_amount(text, lang, value, unit):
    (quantity,) = extract_numbers(text, lang)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("text, lang, low, high", [
    ("in hundreds of stores", "en", 100, 1000),
    ("dans des centaines de magasins", "fr", 100, 1000),
    ("in centinaia di negozi", "it", 100, 1000),
    ("tens of thousands of people", "en", 1e4, 1e5),
])
def test_a_plural_scale_word_is_an_order_of_magnitude(text, lang, low, high):
    (quantity,) = extract_numbers(text, lang)
    assert (quantity.approx, quantity.low, quantity.high) == ("range", low, high)


def test_degrees_without_a_scale_compare_as_fahrenheit_or_celsius():
    eighty = extract_numbers("New York could reach 80 degrees on Tuesday", "en")[0]
    assert quantity_relation(eighty, extract_numbers("27 ºC erreichen", "de")[0]) == "compatible"  # 80 °F
    assert quantity_relation(eighty, extract_numbers("atteindre 26 degrés", "fr")[0]) == "compatible"
    assert quantity_relation(eighty, extract_numbers("atteindre 36 degrés", "fr")[0]) == "conflict"


def test_a_difference_of_degrees_converts_without_the_offset():
    ten = extract_numbers("approximately 10 degrees above average", "en")[0]
    assert quantity_relation(ten, extract_numbers("ungefähr 6 Grad über dem Durchschnitt", "de")[0]) == "compatible"
    assert quantity_relation(ten, extract_numbers("20 ºC wärmer", "de")[0]) == "conflict"


@pytest.mark.parametrize("text, lang, unit", [
    ("Winden von 136 Kilometern pro Stunde", "de", "km/h"),
    ("des vents de 136 kilomètres par heure", "fr", "km/h"),
    ("venti a una velocità di 85 miglia all’ora", "it", "mph"),
    # the abbreviation with the speed in words: not a distance of 90 km
    ("il pullman viaggiava a 90 km orari", "it", "km/h"),
    ("el autobús circulaba a 90 km por hora", "es", "km/h"),
    ("le car roulait à 90 km à l'heure", "fr", "km/h"),
    ("der Bus fuhr mit 90 Stundenkilometern", "de", "km/h"),
])
def test_spelled_speed_units(text, lang, unit):
    assert [q.unit for q in extract_numbers(text, lang)][-1] == unit


def test_spanish_plural_article_is_no_number():
    assert [q.value for q in extract_numbers("Se esperan unas lluvias de entre 7 y 15 centímetros", "es")] == [11.0]
    assert [q.value for q in extract_numbers("unas 12.000 personas", "es")] == [12000.0]


def test_italian_groups_thousands_with_a_space():
    (quantity,) = extract_numbers("Fortis ha 85 000 dipendenti", "it")
    assert quantity.value == 85000


@pytest.mark.parametrize("text, lang, value, unit, approx", [
    # one or half of a measure, which a translation writes as a figure ("plus de 1,3 cm")
    ("Rainfall totals of over half an inch are possible.", "en", 0.5, "in", "more_than"),
    ("Möglich sind Niederschlagsmengen von über einem Zentimeter.", "de", 1, "cm", "more_than"),
    ("The boat sank a mile from the coast.", "en", 1, "mi", "exact"),
    ("Le bateau a coulé à un kilomètre de la côte.", "fr", 1, "km", "exact"),
    ("De boot zonk een halve kilometer uit de kust.", "nl", 0.5, "km", "exact"),
    ("El barco se hundió a medio kilómetro de la costa.", "es", 0.5, "km", "exact"),
    ("La barca è affondata a mezzo chilometro dalla costa.", "it", 0.5, "km", "exact"),
    ("Le bateau a coulé à un demi-kilomètre de la côte.", "fr", 0.5, "km", "exact"),
    # metric words with their accents and singulars
    ("Rosa se trouvait à 620 kilomètres de Punta Eugenia.", "fr", 620, "km", "exact"),
    ("Rosa está a 620 kilómetros de Punta Eugenia.", "es", 620, "km", "exact"),
    ("Sono caduti 2,5 centimetri di pioggia.", "it", 2.5, "cm", "exact"),
])
def test_one_or_half_of_a_measure(text, lang, value, unit, approx):
    q = only(text, lang)
    assert (q.value, q.unit, q.approx) == (value, unit, approx)


@pytest.mark.parametrize("text, lang", [
    ("I am here.", "en"),  # "a" + "m" is no metre
    ("Il a pris un metro.", "it"),  # a subway train
    ("Se quedó en un metro parado.", "es"),
    ("Es ging zu einem Fuß des Berges.", "de"),  # a body part, a foot of the mountain
    ("The dog was found in a yard.", "en"),
    ("La réunion a duré une demi-heure.", "fr"),  # half an hour is a duration, read by times
])
def test_an_article_before_other_words_is_no_measure(text, lang):
    assert extract_numbers(text, lang) == []


@pytest.mark.parametrize(("text", "value"), [
    ("28 Menschen, darunter 22 Kinder, sind gestorben.", 22),  # "among them", not "unter" (less than)
    ("Gegenüber 30 Zeugen sagte er nichts.", 30),  # "opposite", not "über" (more than)
])
def test_an_approximation_word_inside_a_longer_word_is_not_read(text, value):
    """ "dar«unter 22» Kinder" was 22 as an upper bound: a figure that agrees read as one that cannot."""
    quantity = next(q for q in extract_numbers(text, "de") if q.value == value)
    assert quantity.text.startswith(str(value)) and quantity.approx == "exact", quantity


@pytest.mark.parametrize("text, lang", [
    ("Er kwamen 5 Britse toeristen.", "nl"),
    ("Es kamen 40 britische Soldaten.", "de"),
])
def test_a_country_adjective_before_other_words_is_no_currency(text, lang):
    quantity = only(text, lang)
    assert quantity.unit is None and "Brit" not in quantity.text and "brit" not in quantity.text


@pytest.mark.parametrize("text, lang, figure", [
    ("Le but est tombé à la 41e minute.", "fr", "41e"),
    ("Elle a terminé 12ème du classement.", "fr", "12ème"),
    ("He scored in the 63rd minute.", "en", "63rd"),
    ("It was only the 2nd time this year.", "en", "2nd"),
    ("Een bedrijf zei dat het de 3e keer was.", "nl", "3e"),
    ("La squadra è arrivata 7ª in classifica.", "it", "7ª"),
    ("Quedó en el 9.º puesto.", "es", "9.º"),
    ("Il pareggio è arrivato al 58' su punizione.", "it", "58'"),  # the minute mark of Italian match reports
])
def test_digit_ordinals_are_figures_marked_ordinal(text, lang, figure):
    found = extract_numbers(text, lang)
    assert [(q.text, q.ordinal) for q in found] == [(figure, True)]
    assert found[0].value == float(figure.rstrip("abcdefghijklmnopqrstuvwxyzèº.ª'"))


@pytest.mark.parametrize("text, lang", [
    ("Die Partei kam auf 17. Danach sprach der Chef.", "de"),  # German "17." is no ordinal here
    ("The G7 met with 20 ministers.", "en"),  # a letter before the figure makes no ordinal
    ("Il fait 30° à l'ombre.", "fr"),  # degrees, not an ordinal
])
def test_no_ordinal_without_the_languages_suffix(text, lang):
    assert not any(q.ordinal for q in extract_numbers(text, lang))


def test_an_ordinal_is_compared_only_with_an_ordinal_and_exactly():
    from factcheck.claims.numbers import same_kind

    minute_87, minute_84 = (extract_numbers(f"à la {n}e minute", "fr")[0] for n in (87, 84))
    count_87 = extract_numbers("87 minutes de jeu", "fr")[0]
    eightieth, eighty_third = (extract_numbers(f"the {n} anniversary", "en")[0] for n in ("80th", "83rd"))
    assert same_kind(minute_87, minute_84) and quantity_relation(minute_87, minute_84) == "conflict"
    assert not same_kind(minute_87, count_87)
    assert quantity_relation(eightieth, eighty_third) == "conflict"  # no rounding slack for a place in an order


@pytest.mark.parametrize("text, lang, figure, approx", [
    ("Il se trouvait à 30 mètres environ du but.", "fr", "30 mètres environ", "about"),
    ("La diga è lunga 25 metri circa.", "it", "25 metri circa", "about"),
    ("El muro mide 40 metros aproximadamente.", "es", "40 metros aproximadamente", "about"),
    ("The wall is 40 metres or so high.", "en", "40 metres or so", "about"),
    # before another figure the word is that figure's ("alle 8 circa 200 persone")
    ("Alle 8 circa 200 persone erano in piazza.", "it", "8", "exact"),
])
def test_an_approximation_word_after_the_figure(text, lang, figure, approx):
    found = [q for q in extract_numbers(text, lang) if q.text == figure]
    assert len(found) == 1 and found[0].approx == approx


@pytest.mark.parametrize("text, lang, seconds", [
    ("Bij de mannen won Daniel Kiprono in 2:06.31.", "nl", 7591),
    ("Tra gli uomini si è imposto Daniel Kiprono in 2:06:31.", "it", 7591),
    ("Sie lief die Strecke in 2 Stunden, 6 Minuten und 31 Sekunden.", "de", 7591),
    ("Ha chiuso in 2 ore 19 minuti e 48 secondi.", "it", 8388),
    ("He finished in 2 hours 19 minutes.", "en", 8340),
])
def test_a_time_taken_is_read_whole_in_seconds_never_as_a_time_of_day(text, lang, seconds):
    q = only(text, lang)
    assert (q.value, q.unit, q.approx) == (seconds, "s", "exact")


def test_a_time_of_day_is_still_a_time_of_day_beside_a_time_taken():
    found = extract_numbers("De start was om 9.30 uur; de winnaar liep 2:06.31.", "nl")
    assert [(q.text, q.unit) for q in found] == [("9.30 uur", "clock"), ("2:06.31", "s")]
