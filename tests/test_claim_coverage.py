"""Issue 13, point 7: no content is lost in claims. Every content word of every sentence is in a
claim or in the attribution set aside for it (texts written for this test)."""

from datetime import date

import pytest

from factcheck.claims import extract_claims
from factcheck.claims.coverage import lost_words
from factcheck.model import Document
from factcheck.segment import segment

TEXTS = {
    "en": "Some 40 percent of residents said they trusted the council, while only 12 percent said the same about the mayor. "
          "The plant will close at the end of the year, the company said on Monday. "
          "According to the police, three people were injured, but nobody was killed. "
          "The health minister, Maggie De Block, said on Tuesday that 11 people died at the airport. "
          "It also said the extremists opened fire at the airport and that two of them detonated belts.",
    "nl": "Volgens de burgemeester raakten vier mensen gewond, terwijl twee inwoners werden vermist. "
          "Hoewel het bedrijf oorspronkelijk vandaag moest stoppen, heeft de regering de deadline uitgesteld. "
          "Het bedrijf meldt dat de 30 winkels open blijven, meldt hun persbureau.",
    "de": "Die Polizei sagte, drei Menschen seien verletzt worden, während zwölf Prozent dasselbe über den Bürgermeister sagten. "
          "Laut dem Sprecher kostet der Eintritt 49.50 Franken. "
          "Am Montag sagte der Sprecher, drei Menschen seien verletzt worden.",
    "fr": "Selon le ministre, 28 personnes sont mortes, tandis que 24 ont été blessées. "
          "Le billet coûte 49 fr. 50 pour les adultes, a déclaré mardi le directeur. "
          "Le porte-parole des pompiers, Pierre Meys, a annoncé que les attentats ont fait 14 morts.",
    "es": "Según la policía, 13 personas murieron, mientras que más de 100 resultaron heridas. "
          "El alcalde dijo que trece personas murieron en el accidente, según la agencia EFE.",
    "it": "Secondo i soccorritori, i morti sono 250, mentre i feriti sono 365, ha detto il prefetto. "
          "Alcuni testimoni hanno detto di aver udito dei colpi di arma da fuoco.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_claims_and_attributions_cover_every_content_word(lang):
    doc = Document(id=lang, path=f"<{lang}>", lang=lang, text=TEXTS[lang], published=date(2020, 3, 2))
    sentences = segment(doc).sentences
    claims = extract_claims(doc, sentences)
    lost = {s.text: words for s in sentences if (words := lost_words(s, claims))}
    assert not lost


def test_a_clause_after_while_is_not_an_attribution():
    text = TEXTS["en"].split(". ")[0] + "."
    doc = Document(id="en", path="<en>", lang="en", text=text, published=date(2020, 3, 2))
    claims = extract_claims(doc, segment(doc).sentences)
    mayor = [c for c in claims if "mayor" in c.text]
    assert mayor and mayor[0].attribution is None
    assert [q.value for q in mayor[0].numbers] == [12.0]
