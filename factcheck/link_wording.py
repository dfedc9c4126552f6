"""What links two claims of separately written articles, in words a reader uses.

The aligner labels a fact link by the anchors the two claims share (align_facts.py: "name:Canadian",
"role:dead", "context:lead:dead"). Finding messages (compare) and the weak-link lines of the text
report say them in plain words: "linked by the names “Beard” and “BlackBerry”", never "name:Beard".
"""

from __future__ import annotations

from collections.abc import Iterable

ANCHOR_WORDING = {
    "name": "the name “{}”",
    "date": "the date {}",
    "number": "the figure “{}”",
    "clock": "the time of day {}",
    "lead": "the figure for “{}” both articles lead with",
    "role": "a figure for “{}” on both sides",
    "roles": "a passage on the same roles ({})",
    "speaker": "the speaker “{}” both credit",
    "hedged": "the word “{}” both state",
    "leftover": "the one figure in {} that each article states and the other does not",
    "differing": "their wording (each the other's closest claim) and a figure ({}) on each side that the other article does not state",
    "word": "the rare word “{}”",  # a content word no other claim of either article uses (align_facts.rare_shared_words)
}
# kinds said together, one phrase for all their values: "the names “Beard” and “BlackBerry”"
GROUPED = {"name": "the names {}", "word": "the rare words {}"}
# ... a written-out day (align_facts.LEFTOVER_DATE), which has no unit to name
LEFTOVER_DAY = "the one date written out to the day that each article states and the other does not"
DIFFERING_DAY = "their wording (each the other's closest claim) and a day on each side that the other article does not state"
# a link made on an event family (align_facts._event_pivot_pairs, "event:find/date"), by the kind of value
EVENT_WORDING = "the event “{}” that each alone names with {} the other article does not state"
EVENT_VALUES = {"date": "a day", "clock": "a time of day", "count": "a figure"}
CONTEXT = "context:"  # a claim that takes the link of the claim before it (align_facts._continuation_links)
POSITIONAL_METHODS = ("gap", "path")  # links the sentence path placed by the articles' order


def link_basis(evidence: dict) -> str:
    """What a link rests on, for a reader: its anchors, or for a link of a parallel text's sentence
    path (align.py: a "gap" it fills, or a "path" bead's two claims) the claims' place in their articles.
    A weak path bead shares nothing at all (compare.common.positional_link); it said "a few words"."""
    if evidence.get("method") in POSITIONAL_METHODS:
        return "position only" if not evidence.get("shared") else "position and little wording"
    return readable_anchors(evidence.get("anchors") or ())


def readable_anchor(label: str) -> str:
    """One anchor label as a reader says it; an unknown kind is left as it is."""
    if label.startswith(CONTEXT):
        return _continued([label.removeprefix(CONTEXT)])
    kind, _, value = label.partition(":")
    if (kind, value) == ("leftover", "date"):
        return LEFTOVER_DAY
    if (kind, value) == ("differing", "date"):
        return DIFFERING_DAY
    if kind == "event" and "/" in value:
        family, _, of_kind = value.rpartition("/")
        return EVENT_WORDING.format(family, EVENT_VALUES.get(of_kind, f"a figure ({of_kind})"))
    wording = ANCHOR_WORDING.get(kind)
    return wording.format(value.replace("+", ", ")) if wording and value else label


def readable_anchors(labels: Iterable[str], none: str = "a few words") -> str:
    """A link's anchors as one phrase: names together ("the names “Beard” and “BlackBerry”"), a
    name dropped where the speaker of that name says it, a role where the figure both articles lead
    with for it says it, the anchors a claim takes from the claim before it said once, at the end."""
    labels = list(dict.fromkeys(labels))
    own = [label for label in labels if not label.startswith(CONTEXT)]
    inherited = [label.removeprefix(CONTEXT) for label in labels if label.startswith(CONTEXT)]
    parts = _own_words(own)
    if inherited:
        parts.append(_continued(inherited))
    return _listed(parts) if parts else none


def _own_words(labels: list[str]) -> list[str]:
    # the figure both articles lead with for a role says that both give one ("role:dead" beside "lead:dead")
    leads = {label.partition(":")[2] for label in labels if label.startswith("lead:")}
    labels = [label for label in labels if not (label.startswith("role:") and label[5:] in leads)]
    speakers = {label.partition(":")[2] for label in labels if label.startswith("speaker:")}
    grouped = {kind: [label.partition(":")[2] for label in labels if label.startswith(f"{kind}:")] for kind in GROUPED}
    grouped["name"] = [name for name in grouped["name"] if name not in speakers]
    parts: list[str] = []
    for label in labels:
        kind, _, value = label.partition(":")
        if kind in GROUPED:
            if grouped[kind] and value == grouped[kind][0]:
                parts.append(_said_together(kind, grouped[kind]))
            continue
        parts.append(readable_anchor(label))
    return parts


def _said_together(kind: str, values: list[str]) -> str:
    if len(values) == 1:
        return ANCHOR_WORDING[kind].format(values[0])
    return GROUPED[kind].format(_listed([f"“{value}”" for value in values]))


def _continued(labels: list[str]) -> str:
    linked = _own_words([label for label in labels if label != "words"])
    return f"what links the claim before it ({_listed(linked) if linked else 'its wording'})"


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
