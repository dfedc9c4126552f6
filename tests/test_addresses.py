"""Web and e-mail addresses and @handles state no values (claims/addresses.py): the figures,
dates and capitalised words inside them are never read as a claim's numbers, times or names,
and the offsets of what is read around them still index the article text."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.claims.addresses import hidden
from factcheck.model import Document
from factcheck.segment import segment

from .test_compare import findings, severity_of


@pytest.mark.parametrize("text, head, tail", [
    ("Read [the report](https://example.net/2023/11/ferry-12-cars) today.", "Read [the report](", ") today."),
    ("Pictures at www.example.net/photos/2022/8 now.", "Pictures at ", " now."),
    ("See harbour.example.com/ferry/17-cars, then leave.", "See ", ", then leave."),
    ("Write to desk2023@example.net or @Ferry112 today.", "Write to ", " today."),
])
def test_an_address_is_blanked_out_with_as_many_spaces(text, head, tail):
    blanked = hidden(text)
    assert len(blanked) == len(text) and blanked.startswith(head) and blanked.endswith(tail)
    assert not any(ch.isdigit() for ch in blanked)


def test_a_full_stop_after_an_address_ends_the_sentence_not_the_address():
    text = "See harbour.example.com/ferry/17-cars."
    assert hidden(text) == "See" + " " * (len(text) - 4) + "."


def test_a_sentence_without_an_address_is_returned_unchanged():
    text = "On 3/4 of the days, 12 ferries left at 9.15."
    assert hidden(text) is text


def _claims(text: str, lang: str = "en"):
    document = Document(id=lang, path=f"<{lang}>", lang=lang, text=text)
    return document, extract_claims(document, segment(document).sentences)


def test_figures_dates_and_names_inside_a_link_are_no_values_of_the_claim():
    document, claims = _claims("A storm sank 12 ferries near Oban on 4 May, "
                               "[the coastguard said](https://example.net/Glasgow/2023/11/ferry-17-cars).")
    numbers = [n for c in claims for n in c.numbers]
    times = [t for c in claims for t in c.times]
    names = [e.text for c in claims for e in c.entities]
    assert [(n.value, document.text[n.start:n.end]) for n in numbers] == [(12, "12")]
    assert [document.text[t.start:t.end] for t in times] == ["4 May"]
    assert "Glasgow" not in names and "Oban" in names


def test_an_address_and_a_handle_give_no_figure_and_no_name():
    _, claims = _claims("Questions go to desk2023@example.net or to @Ferry112.")
    assert not [n for c in claims for n in c.numbers]
    assert not [e for c in claims for e in c.entities]


def test_a_figure_in_a_link_does_not_stand_in_for_the_stated_one():
    # The link's "17" is the other side's figure: read as one, it would make the pair agree.
    found, _ = findings("Der Sturm versenkte 17 Fähren.", "de",
                        "The storm sank 12 ferries, [said the coastguard](https://example.net/2023/ferry-17-boats).")
    assert severity_of("number_mismatch", found) & {"warning", "error"}
