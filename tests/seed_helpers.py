"""Find claims, pairs and findings in a seed report by what they say, not by their ids."""

from factcheck.model import StoryReport


def claim_id(story: StoryReport, doc: str, fragment: str) -> str:
    matches = [c.id for c in story.claims if c.doc == doc and fragment in c.text]
    assert matches, f"no {doc} claim contains {fragment!r}"
    return matches[0]


def paired(story: StoryReport, left: str, right: str):
    return next((p for p in story.pairs if {p.left, p.right} == {left, right}), None)


def findings_between(story: StoryReport, a: str, b: str, kind: str):
    return [f for f in story.findings if f.type == kind and {f.left, f.right} == {a, b}]
