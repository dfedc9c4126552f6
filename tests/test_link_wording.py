"""What links two claims of separately written articles is said in plain words, in the finding
messages and in the text report's weak links (never the aligner's labels "role:dead", "context:name:X")."""

import re

import pytest

from factcheck.link_wording import readable_anchors
from tests.test_comparable import on_loose_fact_link

LABEL = re.compile(r"\b(?:name|date|number|clock|lead|role|roles|speaker|hedged|context|word|differing|leftover|event):\S")


@pytest.mark.parametrize(("anchors", "said"), [
    (["role:dead"], "a figure for “dead” on both sides"),
    (["name:Beard", "name:BlackBerry", "speaker:Beard"], "the name “BlackBerry” and the speaker “Beard” both credit"),
    (["name:Lommel", "name:Stekske", "role:children"], "the names “Lommel” and “Stekske” and a figure for “children” on both sides"),
    (["clock:10:01"], "the time of day 10:01"),
    (["hedged:retrouvés"], "the word “retrouvés” both state"),
    (["context:name:Gokmen", "context:name:Tanis", "context:number:37"],
     "what links the claim before it (the names “Gokmen” and “Tanis” and the figure “37”)"),
    (["context:words"], "what links the claim before it (its wording)"),
    (["name:Rambla", "context:lead:dead"], "the name “Rambla” and what links the claim before it (the figure for “dead” both articles lead with)"),
    (["lead:dead", "role:dead", "role:injured"], "the figure for “dead” both articles lead with and a figure for “injured” on both sides"),
    # a word the two claims alone use: it said "linked by word:first only" (user17's satellite story)
    (["word:first"], "the rare word “first”"),
    (["name:Doha", "word:storm", "word:captain"], "the name “Doha” and the rare words “storm” and “captain”"),
    ([], "a few words"),
])
def test_anchors_are_said_in_words(anchors, said):
    assert readable_anchors(anchors) == said
    assert not LABEL.search(readable_anchors(anchors))


def test_a_finding_on_a_loose_link_says_what_links_its_claims_in_words():
    found = on_loose_fact_link(("fr", "À la station Maelbeek, l'explosion a fait 106 blessés selon les pompiers."),
                               ("en", "The blast at the Maelbeek station in the morning left 55 wounded."),
                               ["role:injured", "roles:dead+injured", "name:Maelbeek"])
    message = next(f.message for f in found if f.type == "number_mismatch")
    assert "linked by a figure for “injured” on both sides, a passage on the same roles (dead, injured) and the name “Maelbeek”" in message
    assert not LABEL.search(message), message  # was 'linked by role:injured, roles:dead+injured, name:Maelbeek'
