"""The report's JSON Schema, shipped inside the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files


def schema_text() -> str:
    return files("factcheck").joinpath("schema/report.schema.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def report_schema() -> dict:
    return json.loads(schema_text())
