import pytest

from factcheck.model import Document
from factcheck.segment import segment


def doc(text, lang="en", title=None, path="d.txt"):
    return Document(id="d", path=path, lang=lang, text=text, title=title)


def test_sentences_have_offsets_into_the_text():
    text = "First sentence here. Second one follows!\n\nA new paragraph starts."
    result = segment(doc(text))
    assert [s.text for s in result.sentences] == ["First sentence here.", "Second one follows!", "A new paragraph starts."]
    for s in result.sentences:
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in result.sentences] == [0, 0, 1]


def test_breadcrumb_and_trailer_are_set_aside_and_reported():
    text = "Home / Mobile / Big news\n\nBig news\n\nThe company left.\n\nLeave a Reply\n\nYour email address will not be published."
    result = segment(doc(text, title="Big news"))
    assert [s.text for s in result.sentences] == ["Big news", "The company left."]
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Home / Mobile / Big news"] == "breadcrumb navigation"
    assert "trailer" in reasons["Your email address will not be published."]


def test_dutch_abbreviation_does_not_end_a_sentence():
    result = segment(doc("Dhr. Jansen zei dat het bedrijf stopt. Daarna volgde niets.", lang="nl"))
    assert [s.text for s in result.sentences] == ["Dhr. Jansen zei dat het bedrijf stopt.", "Daarna volgde niets."]


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    text = "The company said on Monday that it\nwould leave the country.\nA second paragraph line."
    result = segment(doc(text))
    assert result.sentences[0].text == "The company said on Monday that it\nwould leave the country."
    assert result.sentences[1].paragraph == 1


def test_seed_site_name_is_removed_but_headline_kept(tmp_path):
    text = "Numrush\n\nBlackBerry trekt zich terug uit Pakistan\n\nDe producent stopt."
    result = segment(doc(text, lang="nl", title="BlackBerry trekt zich terug uit Pakistan"))
    assert result.sentences[0].text == "BlackBerry trekt zich terug uit Pakistan"
    assert result.removed[0].text == "Numrush"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The report by L. W. Davies appeared. It was pronounced as the letter u. The Assembly agreed.",
            ["The report by L. W. Davies appeared.", "It was pronounced as the letter u.", "The Assembly agreed."],
        ),
        (  # a closing quote ends the sentence it closes
            "Il a dit : « C’est fini. » Puis il est parti. Er sagte: „Ich bin da.“ Chelsea führte.",
            ["Il a dit : « C’est fini. »", "Puis il est parti.", "Er sagte: „Ich bin da.“", "Chelsea führte."],
        ),
        (  # dotted initials stay with the name; a dotted place acronym may end a sentence
            "A.R. Rahman, a UN expert, spoke. He lives in the U.K. Since then it rained.",
            ["A.R. Rahman, a UN expert, spoke.", "He lives in the U.K.", "Since then it rained."],
        ),
    ],
)
def test_initials_join_but_a_lowercase_letter_ends_a_sentence(text, expected):
    assert [s.text for s in segment(doc(text)).sentences] == expected


def test_abbreviation_chain_of_lowercase_letters_is_kept():
    result = segment(doc("Das sagten u. a. Berlin und München. Gut.", lang="de"))
    assert result.sentences[0].text == "Das sagten u. a. Berlin und München."


def test_a_short_heading_with_a_figure_is_no_site_name():
    from factcheck.model import Document
    from factcheck.segment import segment

    doc = Document(id="a", path="a", lang="de", text="Himalaya-Chronik 1956\n\nIn letzter Zeit sind die Höhenzahlen in Fluss gekommen.")
    result = segment(doc)
    assert result.sentences[0].text == "Himalaya-Chronik 1956" and not result.removed
    doc = Document(id="b", path="b", lang="de", text="Spiegel Online\n\nIn letzter Zeit sind die Höhenzahlen in Fluss gekommen.")
    assert [r.text for r in segment(doc).removed] == ["Spiegel Online"]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("El tramo estaba limitado a 80. Iban a bordo 218 pasajeros.", "es",
         ["El tramo estaba limitado a 80.", "Iban a bordo 218 pasajeros."]),
        ("The news came from Europe 1. According to the president, it was over.", "en",
         ["The news came from Europe 1.", "According to the president, it was over."]),
        ("1. The first point stands.", "en", ["1. The first point stands."]),  # a list item
        ("Der Vertrag läuft bis zum 30. Dezember weiter.", "de", ["Der Vertrag läuft bis zum 30. Dezember weiter."]),
    ],
)
def test_a_small_number_ends_a_sentence_where_ordinals_take_a_suffix(text, lang, expected):
    # simplemma reads "80." as an ordinal ("am 30. Dezember") in every language.
    assert [s.text for s in segment(doc(text, lang=lang)).sentences] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The council met on Nov. 10, as the law allows. It voted.", "en",
         ["The council met on Nov. 10, as the law allows.", "It voted."]),
        ("The plant opened in Sept. 2021 and closed on Jan. 4. The staff left.", "en",
         ["The plant opened in Sept. 2021 and closed on Jan. 4.", "The staff left."]),
        ("Le conseil a siégé le 10 nov. 2024 à Lille. Il a voté.", "fr",
         ["Le conseil a siégé le 10 nov. 2024 à Lille.", "Il a voté."]),
        ("Der Rat tagte am 3. Okt. 2024 in Kassel. Er stimmte ab.", "de",
         ["Der Rat tagte am 3. Okt. 2024 in Kassel.", "Er stimmte ab."]),
        ("El consejo se reunió el 5 dic. 2023 en Lugo. Votó.", "es",
         ["El consejo se reunió el 5 dic. 2023 en Lugo.", "Votó."]),
        ("Il consiglio si è riunito il 3 sett. 2022 a Lecco. Ha votato.", "it",
         ["Il consiglio si è riunito il 3 sett. 2022 a Lecco.", "Ha votato."]),
        ("De raad kwam op 3 okt. 2021 bijeen in Zwolle. Hij stemde.", "nl",
         ["De raad kwam op 3 okt. 2021 bijeen in Zwolle.", "Hij stemde."]),
        ("O conselho reuniu-se a 3 out. 2021 em Braga. Votou.", "pt",
         ["O conselho reuniu-se a 3 out. 2021 em Braga.", "Votou."]),
        # before a word the abbreviation ends a sentence as any word does
        ("The vote was held in Nov. The count took a week.", "en",
         ["The vote was held in Nov.", "The count took a week."]),
        ("Die Wahl war im Okt. Danach wurde gezählt.", "de", ["Die Wahl war im Okt.", "Danach wurde gezählt."]),
    ],
)
def test_a_month_abbreviation_before_a_day_or_a_year_ends_no_sentence(text, lang, expected):
    assert [s.text for s in segment(doc(text, lang=lang)).sentences] == expected


def test_the_month_abbreviations_are_short_forms_of_the_time_tables_months():
    from factcheck.claims import _time_rules
    from factcheck.segment import MONTH_ABBREVIATIONS

    for lang, abbreviations in MONTH_ABBREVIATIONS.items():
        short_forms = {form for forms in _time_rules.MONTHS[lang] for form in forms[1:]}
        folded = {form.replace("é", "e").replace("ä", "a") for form in abbreviations}
        assert folded <= {form.replace("é", "e").replace("ä", "a") for form in short_forms}, lang


@pytest.mark.parametrize("text, lang, dateline, first", [
    ("OSLO (Reuters) - The ferry sank near the coast. Nobody was hurt.", "en", "OSLO (Reuters) - ",
     "The ferry sank near the coast."),
    ("LYON, 4 mai (AFP) — Le pont a été fermé. Il rouvrira lundi.", "fr", "LYON, 4 mai (AFP) — ", "Le pont a été fermé."),
    ("Kassel am See, Hessen (dpa) - Der Zug hielt an. Er fuhr später weiter.", "de",
     "Kassel am See, Hessen (dpa) - ", "Der Zug hielt an."),
])
def test_a_dateline_is_set_aside_as_metadata_and_the_sentence_after_it_kept(text, lang, dateline, first):
    result = segment(doc(text, lang=lang))
    assert result.sentences[0].text == first
    assert text[result.sentences[0].start:result.sentences[0].end] == first
    assert [(r.text, r.reason.startswith("dateline")) for r in result.removed] == [(dateline, True)]


@pytest.mark.parametrize("text", [
    "The minister (Reuters) - said nothing more. The talks go on.",  # no place: lowercase words
    "BILAN HUMAIN – Trois explosions ont eu lieu. Le bilan est lourd.",  # a heading, no agency
    "Officials told AFP - in private - that the plan had failed.",
])
def test_a_paragraph_without_a_dateline_keeps_its_opening(text):
    result = segment(doc(text))
    assert result.sentences[0].text.startswith(text.split()[0])
    assert not [r for r in result.removed if r.reason.startswith("dateline")]


MARKDOWN_ARTICLE = """## Floods in [Valencia](https://example.org/valencia)

Rain fell for *three* days, the agency said.

| Town | Dead |
|:-----|-----:|
| Paiporta | 45 |

- the river rose by 2 metres.
- Roads were closed.
1. First count: 62 dead.

> "We lost everything," said one resident.

![Flooded street](https://example.org/street.jpg)

* * *
"""


def test_markdown_block_syntax_is_not_read_as_words():
    result = segment(doc(MARKDOWN_ARTICLE, path="floods.md"))
    assert [s.text for s in result.sentences] == [
        "Floods in [Valencia](https://example.org/valencia)", "Rain fell for *three* days, the agency said.",
        "the river rose by 2 metres.", "Roads were closed.", "First count: 62 dead.", "\"We lost everything,\" said one resident.",
    ]
    for sentence in result.sentences:  # offsets still index the file's text
        assert MARKDOWN_ARTICLE[sentence.start:sentence.end] == sentence.text
    assert all(MARKDOWN_ARTICLE[span.start:span.end] == span.text for span in result.removed)
    removed = {span.text: span.reason for span in result.removed}
    assert removed["| Paiporta | 45 |"] == removed["|:-----|-----:|"] == "Markdown table (its cells are not sentences)"
    assert removed["![Flooded street](https://example.org/street.jpg)"] == "Markdown image"
    assert removed["* * *"].startswith("Markdown rule")
    assert [span.text for span in result.removed if span.reason.startswith("Markdown markup")] == ["##", "-", "-", "1.", ">"]


def test_markdown_syntax_is_text_outside_markdown_files():
    # "- " and "| … |" are characters of a .txt article: nothing is set aside
    result = segment(doc("| Paiporta | 45 |\n\n- the river rose by 2 metres.\n", path="floods.txt"))
    assert [s.text for s in result.sentences] == ["| Paiporta | 45 |", "- the river rose by 2 metres."] and result.removed == []


def test_a_markdown_list_item_is_never_a_hard_wrap_of_the_line_before():
    # lowercase after a line without a full stop joined the two lines as one wrapped sentence
    result = segment(doc("The measures include\n- a curfew from 10 pm\n- closed schools\n", path="a.md"))
    assert [s.text for s in result.sentences] == ["The measures include", "a curfew from 10 pm", "closed schools"]


@pytest.mark.parametrize("name, looking_back_first", [
    ("LOWERCASE_LETTER_END", r"(?<![a-z]\.\s[a-z]\.)(?<=\s[a-z]\.)\s+(?=[A-ZÀ-Þ])"),
    ("NUMBER_END", r"(?:(?<=[\w.]\s\d\.)|(?<=[\w.]\s\d\d\.))\s+(?=[A-ZÀ-Þ])"),
])
def test_sentence_gaps_opening_with_their_first_space_are_the_gaps_read_looking_back_first(name, looking_back_first):
    """The gap patterns open with a space (found fast) and look back from after it; they find the
    same gaps as the plain reading, also inside a span and right at its edges."""
    import re

    from factcheck import segment as segmenting

    texts = ["It is the letter u.  The Assembly met. See e. g. Rome, u. a. Berlin.",
             "Limitado a 80. Iban a bordo; Europe 1.\n\tAccording to x 3.Then 04 93 72 22 22. Le plan",
             "u. Ab 12.  Cd a 7. \u00c9t\u00e9 x u.\u00a0\u00c0 la, 5. 5.  B", "on Aug. 4. The talks. 12. 13. X"]
    plain = re.compile(looking_back_first)
    assert sum(bool(plain.search(text)) for text in texts) >= 2  # gaps to find
    for text in texts:
        for start, end in [(0, len(text)), (5, len(text) - 3), (text.find(". ") + 1, len(text))]:
            spans = [m.span() for m in getattr(segmenting, name).finditer(text, start, end)]
            assert spans == [m.span() for m in plain.finditer(text, start, end)]
