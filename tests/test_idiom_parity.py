"""The negation idioms of the English list in every language (issue 13, branch `faithful17`).

"not least", "not just", "nothing but" and "didn't … until" negate nothing in English; a language
whose list lacked the same idiom read a negation where the English read none, a polarity alarm
between two faithful translations. Each idiom is checked beside a plain negation of the same
sentence, which must still count."""

import pytest

from factcheck.claims.facets import negation_count


@pytest.mark.parametrize(
    "idiom, plain, lang",
    [
        ("Not least because of the weather, many people came.", "Because of the weather, many people did not come.", "en"),
        ("Nicht zuletzt wegen des Wetters kamen viele Menschen.", "Wegen des Wetters kamen viele Menschen nicht.", "de"),
        ("Het was niet in de laatste plaats zijn eigen schuld.", "Het was niet zijn eigen schuld.", "nl"),
        ("Le prix, et non des moindres, a fait fuir les clients.", "Le prix n'a pas fait fuir les clients.", "fr"),
        ("Non da ultimo, il prezzo ha allontanato i clienti.", "Il prezzo non ha allontanato i clienti.", "it"),
        ("Por último, y no menos importante, el precio alejó a los clientes.", "El precio no alejó a los clientes.", "es"),
        # "not only" in its other words
        ("Het museum is niet enkel een gebouw.", "Het museum is geen gebouw.", "nl"),
        ("Das Museum ist nicht bloß ein Gebäude.", "Das Museum ist kein Gebäude.", "de"),
        ("Ce n’est pas uniquement mon expérience.", "Ce n’est pas mon expérience.", "fr"),
        ("Il ne pense pas seulement à lui.", "Il ne pense pas à lui.", "fr"),
        ("El museo no solamente es un edificio.", "El museo no es un edificio.", "es"),
        ("Il museo non soltanto è un edificio.", "Il museo non è un edificio.", "it"),
        # "nothing but"
        ("Das war nichts anderes als Diebstahl.", "Das war kein Diebstahl.", "de"),
        ("Dat was niets anders dan diefstal.", "Dat was geen diefstal.", "nl"),
        ("Ce n’était rien d’autre que du vol.", "Ce n’était pas du vol.", "fr"),
        ("Era nient’altro che un furto.", "Non era un furto.", "it"),
        # "didn't … until": a time from which on it holds
        ("El museo no abrió hasta marzo.", "El museo no abrió en marzo.", "es"),
        ("El museo no abrirá hasta que llegue el director.", "El museo no abrirá cuando llegue el director.", "es"),
        ("Il museo non ha aperto fino a marzo.", "Il museo non ha aperto a marzo.", "it"),
        ("Il museo non aprirà finché non arriva il direttore.", "Il museo non aprirà quando arriva il direttore.", "it"),
    ],
)
def test_an_idiom_of_the_english_list_negates_nothing_in_any_language(idiom, plain, lang):
    assert negation_count(idiom, lang) == 0
    assert negation_count(plain, lang) == 1


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("No pudo llegar hasta la costa.", "es"),  # "hasta" = as far as: a place, no time
        ("Non è arrivato fino a Roma.", "it"),
        ("Er war nicht allein.", "de"),  # not alone, no "not only"
        ("Il ne mange rien.", "fr"),
    ],
)
def test_the_words_of_an_idiom_outside_it_still_negate(sentence, lang):
    assert negation_count(sentence, lang) == 1
