"""The JSON formats (json, sarif, rdjson, cluster json) are written a piece at a time: the report of
two 128 KiB figure tables is 24 MB of JSON, and as one string, with the millions of pieces json joins
into it, it doubled the run's peak memory (348 → 185 MiB measured with /usr/bin/time -v)."""

from __future__ import annotations

import io
import json

from factcheck.cli import Format, _render
from factcheck.report import report_to_dict
from factcheck.safe_text import JSON_WRITE_CHARS, json_text, write_json
from tests.report_factory import many_findings_report


class RecordingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[int] = []

    def write(self, text: str) -> int:
        self.pieces.append(len(text))
        return super().write(text)


def test_written_in_pieces_it_is_the_text_json_text_gives():
    # Characters json leaves raw but the output escapes (C1 controls, bidi controls, lone surrogates)
    # at every distance from a piece's end.
    hostile = ["\x85", "\u202e", "\ud800", "plain", "\x9b[31m"]
    value = {"items": [{"id": f"x{i}", "text": hostile[i % len(hostile)] * (i % 7)} for i in range(20_000)]}
    stream = RecordingStream()
    write_json(value, stream, indent=2)
    assert stream.getvalue() == json_text(value, indent=2) + "\n"
    assert len(stream.pieces) > 5 and max(stream.pieces) < 2 * JSON_WRITE_CHARS
    assert "\u202e" not in stream.getvalue() and "\\u202e" in stream.getvalue()


def test_a_large_json_report_is_never_held_as_one_string():
    report = many_findings_report(errors=3_000, warnings=3_000, infos=3_000)
    stream = RecordingStream()
    _render(report, Format.json, stream)
    assert json.loads(stream.getvalue()) == report_to_dict(report)
    assert len(stream.getvalue()) > 4 * JSON_WRITE_CHARS and max(stream.pieces) < 2 * JSON_WRITE_CHARS
