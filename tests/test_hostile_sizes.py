"""Inputs shaped to make a stage slow or big: work must grow with the input, not with its square.
Counted in operations, never timed (the machine is shared)."""

from datetime import date

from factcheck.model import Document
from factcheck.pipeline import extract


def figures_only_claim(count: int):
    """A flattened table: one sentence of `count` figures and no words."""
    text = " ".join(str(n) for n in range(1, count + 1))
    doc = Document(id="table", path="<table>", lang="en", text=text, published=date(2015, 11, 30))
    claims = [c for c in extract(doc).claims if len(c.numbers) > 50]
    assert claims, "the table should give a claim of many figures"
    return claims[0]


class CountingPattern:
    def __init__(self, pattern):
        self.pattern, self.searches = pattern, 0

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_the_roles_of_a_claims_figures_search_its_words_a_bounded_number_of_times_per_figure(monkeypatch):
    from factcheck.claims import roles

    claim = figures_only_claim(300)
    counting = CountingPattern(roles.WORD)
    monkeypatch.setattr(roles, "WORD", counting)
    monkeypatch.setattr(roles, "_ROLE_MEMO", {})
    for quantity in claim.numbers:
        roles.quantity_role(quantity, claim)
    # each figure looked for the words after every other figure: 300 figures, ~90,000 searches
    assert counting.searches <= 3 * len(claim.numbers)


def test_the_role_memo_keeps_one_copy_of_a_claims_figures():
    from factcheck.claims import roles

    claim = figures_only_claim(300)
    roles._ROLE_MEMO.clear()
    for quantity in claim.numbers:
        roles.quantity_role(quantity, claim)
    figure_lists = {id(key[-1]) for key in roles._ROLE_MEMO}
    roles._ROLE_MEMO.clear()
    # one list of the claim's figures per figure grew with the square of the figures (16 MB a claim)
    assert len(figure_lists) == 1
